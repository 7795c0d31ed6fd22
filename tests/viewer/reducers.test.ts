import { describe, expect, it } from 'vitest';
import { computeVisibility, emptyFilters } from '../../viewer/src/filters.ts';
import { createReducers, type Interaction } from '../../viewer/src/reducers.ts';
import { DIM_EDGE, DIM_NODE, EDGE_POLARITY_COLORS, NODE_KIND_COLORS, communityColor, communityNames, nodeSizer } from '../../viewer/src/style.ts';
import { fixtureGraph } from './fixture.ts';

function setup(patch: Partial<Interaction> = {}) {
  const g = fixtureGraph();
  const it: Interaction = { visibility: computeVisibility(g, emptyFilters()), hoveredNode: null, hoveredEdge: null, selectedNode: null, selectedEdge: null,
    colorBy: 'kind', sizeOf: nodeSizer(g, 'degree'), ...patch };
  const r = createReducers(g, () => it);
  const node = (k: string) => r.nodeReducer(k, g.getNodeAttributes(k));
  const edge = (k: string) => r.edgeReducer(k, g.getEdgeAttributes(k));
  return { g, it, node, edge };
}

describe('reducers', () => {
  it('colour nodes by kind or community and edges by polarity', () => {
    const { it, node, edge } = setup();
    expect(node('putin').color).toBe(NODE_KIND_COLORS.person);
    expect(edge('e0').color).toBe(EDGE_POLARITY_COLORS['1']);
    expect(edge('e1').color).toBe(EDGE_POLARITY_COLORS['-1']);
    it.colorBy = 'community';
    expect(node('syria').color).toBe(communityColor(1));
  });

  it('name communities by their most connected actors', () => {
    const names = communityNames(fixtureGraph());
    expect(names.get(0)).toBe('Russia, Vladimir Putin');
    expect(names.get(1)).toBe('Syria, Islamic State');
  });

  it('size nodes by the chosen measure', () => {
    const { g, it, node } = setup();
    expect(node('russia').size).toBeGreaterThan(node('isis').size as number);
    it.sizeOf = nodeSizer(g, 'pagerank');
    expect(node('syria').size).toBeGreaterThan(node('putin').size as number);
  });

  it('hide what the filters hide', () => {
    const { g, it, edge, node } = setup();
    it.visibility = computeVisibility(g, { ...emptyFilters(), polarities: new Set(['-1']) });
    expect(edge('e1').hidden).toBe(true);
    expect(edge('e0').hidden).toBe(false);
    it.visibility = computeVisibility(g, { ...emptyFilters(), nodeKinds: new Set(['group']) });
    expect(node('isis').hidden).toBe(true);
  });

  it('on hover, highlight the neighbourhood, dim the rest and label its edges, without touching the graph', () => {
    const { g, node, edge } = setup({ hoveredNode: 'syria' });
    const before = JSON.stringify(g.export());
    expect(node('syria')).toMatchObject({ highlighted: true, forceLabel: true });
    expect(node('russia')).toMatchObject({ forceLabel: true });
    expect(node('isis')).toMatchObject({ color: DIM_NODE, label: null });
    expect(edge('e0')).toMatchObject({ label: 'supports', forceLabel: true });
    expect(edge('e1')).toMatchObject({ color: DIM_EDGE, label: null });
    expect(JSON.stringify(g.export())).toBe(before);
  });

  it('leave the edges of a hovered hub unlabelled', () => {
    const { g, it, edge } = setup({ hoveredNode: 'russia' });
    expect(edge('e0').label).toBe('supports');
    for (let i = 0; i < 12; i++) {
      g.addNode(`x${i}`, { ...g.getNodeAttributes('syria'), label: `X${i}` });
      g.addEdge('russia', `x${i}`, { ...g.getEdgeAttributes('e0') });
    }
    it.visibility = computeVisibility(g, emptyFilters());
    expect(edge('e0').label).toBe(null);
    it.hoveredEdge = 'e0';
    expect(edge('e0').label).toBe('supports');
  });

  it('without dimming, change only the neighbourhood of a hover', () => {
    const { node, edge } = setup({ hoveredNode: 'syria', dimOthers: false });
    expect(node('syria')).toMatchObject({ highlighted: true, forceLabel: true });
    expect(node('isis').color).toBe(NODE_KIND_COLORS.group);
    expect(edge('e1').color).toBe(EDGE_POLARITY_COLORS['-1']);
    expect(edge('e0')).toMatchObject({ label: 'supports', zIndex: 2 });
  });

  it('label only the hovered edge when no node is hovered', () => {
    const { edge } = setup({ hoveredEdge: 'e1' });
    expect(edge('e1').label).toBe('attacks');
    expect(edge('e0').label).toBe(null);
  });

  it('focus a selected edge on its two ends', () => {
    const { node, edge } = setup({ selectedEdge: 'e3' });
    expect(node('putin').color).toBe(NODE_KIND_COLORS.person);
    expect(node('syria').color).toBe(DIM_NODE);
    expect(edge('e0').color).toBe(DIM_EDGE);
  });

  it('follow a change of filters while the focus stays the same', () => {
    const { g, it, edge } = setup({ selectedNode: 'russia' });
    expect(edge('e1').color).toBe(EDGE_POLARITY_COLORS['-1']);
    it.visibility = computeVisibility(g, { ...emptyFilters(), predicates: new Set(['attacks']) });
    expect(edge('e1').hidden).toBe(true);
    expect(edge('e0').color).toBe(EDGE_POLARITY_COLORS['1']);
  });
});
