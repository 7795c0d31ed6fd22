import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildGraph, guessKind } from '../../src/graph/build.ts';
import { assignMetrics } from '../../src/graph/metrics.ts';
import { assignLayout } from '../../src/graph/layout.ts';
import { toJSON } from '../../src/export/json.ts';
import type { ActorGraph } from '../../src/graph/schema.ts';
import { corpus, dict, doc } from './fixtures.ts';

const SIGMA_RESERVED = ['type', 'hidden', 'zIndex', 'forceLabel', 'highlighted'];
const full = (results = corpus()) => { const g = buildGraph(results, dict()); assignMetrics(g); assignLayout(g); return g; };
const rel = (g: ActorGraph, s: string, p: string, t: string, negated = false) =>
  g.filterOutEdges(s, (_e, a, _s, tt) => tt === t && a.predicate === p && a.negated === negated).map((e) => g.getEdgeAttributes(e));

describe('buildGraph', () => {
  it('merges mentions of the same (source, predicate, target, negated) into one edge whose weight counts them', () => {
    const g = buildGraph(corpus(), dict());
    const [e] = rel(g, 'russia', 'supports', 'bashar-al-assad');
    expect(rel(g, 'russia', 'supports', 'bashar-al-assad')).toHaveLength(1);
    expect(e.weight).toBe(2);
    expect(e.evidence.map((x) => x.text)).toEqual(['Russia supports Assad.', 'Moscow backs Damascus and supports Assad.']);
    expect(e.documents).toEqual(['d1', 'd2']);
    expect([e.firstDate, e.lastDate]).toEqual(['2015-10-01', '2015-11-15']);
  });

  it('keeps a negated relation apart from the asserted one, with its polarity', () => {
    const g = buildGraph(corpus(), dict());
    const [neg] = rel(g, 'france', 'supports', 'bashar-al-assad', true);
    expect(neg).toMatchObject({ negated: true, polarity: 1, weight: 1, label: 'not supports' });
    expect(rel(g, 'france', 'opposes', 'bashar-al-assad')[0]).toMatchObject({ polarity: -1, attributedTo: 'vladimir-putin' });
  });

  it('keeps each mention\'s modality, attribution and the actor marks in its evidence', () => {
    const g = buildGraph(corpus(), dict());
    const [e] = rel(g, 'united-states', 'attacks', 'isis');
    expect(e.modality).toBe('possible');
    const ev = e.evidence[0];
    expect(ev).toMatchObject({ doc: 'd2', modality: 'possible', attributedTo: null, date: '2015-11-15' });
    expect(ev.marks!.map(([a, b]) => ev.text.slice(a, b))).toEqual(['Washington', 'ISIS']);
  });

  it('stores the relation type as `predicate`, never under a sigma-reserved name', () => {
    const g = buildGraph(corpus(), dict());
    g.forEachEdge((_e, a) => { for (const k of SIGMA_RESERVED) expect(a).not.toHaveProperty(k); });
    g.forEachNode((_n, a) => { for (const k of SIGMA_RESERVED) expect(a).not.toHaveProperty(k); });
  });

  it('gives actor nodes kind, label, aliases with counts, iso3, affiliation and mention counts, and links persons to their affiliation', () => {
    const g = buildGraph(corpus(), dict());
    expect(g.getNodeAttributes('russia')).toMatchObject({ nodeKind: 'actor', kind: 'country', label: 'Russia', iso3: 'RUS', aliases: { Russia: 1, Moscow: 1 }, mentions: 2, resolvedBy: 'dictionary', firstDate: '2015-10-01', lastDate: '2015-11-15' });
    expect(g.getNodeAttributes('bashar-al-assad')).toMatchObject({ kind: 'person', affiliation: 'syria' });
    expect(g.getEdgeAttributes('a:bashar-al-assad')).toMatchObject({ edgeKind: 'affiliation', predicate: 'member-of' });
    expect(g.source('a:vladimir-putin')).toBe('vladimir-putin');
    expect(g.target('a:vladimir-putin')).toBe('russia');
  });

  it('labels an actor that is not in the dictionary by its most frequent mention and guesses its kind', () => {
    const r = doc('n1', undefined, [
      { text: 'The Free Syrian Army attacked Syria.', rels: [['free-syrian-army', 'Free Syrian Army', 'attacks', 'syria', 'Syria']] },
      { text: 'Free Syrian Army fighters attacked Damascus.', rels: [['free-syrian-army', 'Free Syrian Army', 'attacks', 'syria', 'Damascus']] },
    ]);
    r.mentions.forEach((m) => { if (m.actorId === 'free-syrian-army') m.resolvedBy = 'new'; });
    const g = buildGraph([r], dict());
    expect(g.getNodeAttributes('free-syrian-army')).toMatchObject({ label: 'Free Syrian Army', kind: 'group', resolvedBy: 'new', mentions: 2 });
  });

  it('takes the label and kind of a new actor from the entries extraction gives for it, the longer label on a tie', () => {
    const a = doc('n2', undefined, [{ text: 'Stent said Russia attacked Syria.', rels: [['angela-stent', 'Stent', 'accuses', 'russia', 'Russia']] }]);
    const b = doc('n3', undefined, [{ text: 'Angela Stent accused Russia.', rels: [['angela-stent', 'Angela Stent', 'accuses', 'russia', 'Russia']] }]);
    a.actors = [{ id: 'angela-stent', label: 'Stent', kind: 'person', aliases: [], affiliation: null }];
    b.actors = [{ id: 'angela-stent', label: 'Angela Stent', kind: 'person', aliases: [], affiliation: null }];
    const g = buildGraph([a, b], dict());
    expect(g.getNodeAttributes('angela-stent')).toMatchObject({ label: 'Angela Stent', kind: 'person', aliases: { 'Angela Stent': 1, Stent: 1 } });
  });

  it.each([
    ['Free Syrian Army', 'group'], ['Nusra Front', 'group'], ['Ministry of Defence', 'organization'], ['Angela Stent', 'person'],
    ['President Jane Doe', 'person'], ['Kurdish rebels', 'group'], ['Gazprom', 'organization'],
  ])('guesses that "%s" is a %s', (name, kind) => expect(guessKind(name)).toBe(kind));

  it('groups claims into issue nodes with speaker -> issue position edges, one per stance', () => {
    const g = buildGraph(corpus(), dict());
    const issues = g.filterNodes((_n, a) => a.nodeKind === 'issue');
    expect(issues).toHaveLength(1);
    const positions = g.filterOutEdges('vladimir-putin', (_e, a) => a.edgeKind === 'position').map((e) => g.getEdgeAttributes(e)).sort((a, b) => b.polarity - a.polarity);
    expect(positions.map((p) => [p.polarity, p.label, p.evidence[0].claim, p.evidence[0].stance])).toEqual([[1, 'for', 'Assad must stay', 1], [-1, 'against', 'Assad must stay', -1]]);
    const ev = positions[0].evidence[0];
    expect(ev.text.slice(...ev.content!)).toBe('Assad must stay');
  });

  it('gives the same graph, byte for byte, whatever the order of the documents', () => {
    const a = toJSON(full());
    expect(toJSON(full([...corpus()].reverse()))).toBe(a);
    expect(toJSON(full())).toBe(a);
  });

  it('assigns seeded communities, PageRank and positions that a graphology reader loads back', () => {
    const g = full();
    const back = Graph.from(JSON.parse(toJSON(g)));
    expect(back.order).toBe(g.order);
    expect(back.size).toBe(g.size);
    const r = back.getNodeAttributes('russia');
    expect(r.pagerank).toBeGreaterThan(0);
    expect(Number.isFinite(r.x) && Number.isFinite(r.y) && r.size > 0).toBe(true);
    expect(back.getNodeAttribute('russia', 'community')).toBe(back.getNodeAttribute('bashar-al-assad', 'community'));
  });
});
