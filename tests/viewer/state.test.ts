import { describe, expect, it } from 'vitest';
import { emptyFilters } from '../../viewer/src/filters.ts';
import { defaultState, stateFromQuery, stateToQuery, toggleExcluded } from '../../viewer/src/state.ts';

describe('view state in the URL', () => {
  it('writes nothing for the default view', () => {
    expect(stateToQuery(defaultState())).toBe('');
  });

  it('round-trips selection, display choices and every filter', () => {
    const s = defaultState();
    s.selectedNode = 'united-states';
    s.colorBy = 'community';
    s.sizeBy = 'pagerank';
    s.network = 'conflict';
    s.graph = 'https://example.org/g.json?x=1&y=2';
    s.filters = { ...emptyFilters(), predicates: new Set(['attacks', 'supports']), polarities: new Set(['-1']), negation: new Set(['negated']),
      modalities: new Set(['possible']), nodeKinds: new Set(['group']), documents: new Set(['doc,with,commas', 'd 2']), minWeight: 2, from: '2015-10', to: '2016-01-31' };
    const q = stateToQuery(s);
    expect(q).toContain('node=united-states');
    expect(stateFromQuery(q)).toEqual(s);
  });

  it('keeps an edge selection only when no node is selected', () => {
    expect(stateFromQuery('?edge=e4').selectedEdge).toBe('e4');
    expect(stateFromQuery('?node=a&edge=e4')).toMatchObject({ selectedNode: 'a', selectedEdge: null });
  });

  it('falls back to defaults on malformed values', () => {
    const s = stateFromQuery('?net=nonsense&color=red&size=huge&minw=-3&from=yesterday&to=2016-13-45x&xpred=');
    expect(s).toEqual(defaultState());
  });

  it('toggles a filter value without changing the old filters', () => {
    const f = emptyFilters();
    const g = toggleExcluded(f, 'polarities', '-1', false);
    expect([...g.polarities]).toEqual(['-1']);
    expect(f.polarities.size).toBe(0);
    expect(toggleExcluded(g, 'polarities', '-1', true).polarities.size).toBe(0);
  });
});
