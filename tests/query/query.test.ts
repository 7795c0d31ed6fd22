import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph, claims, loadGraph, neighbors, paths, positions, relations, toJSON, UnknownActorError } from '../../src/index.ts';
import { corpus, dict } from '../graph/fixtures.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-query-'));
const file = path.join(dir, 'graph.json');
fs.writeFileSync(file, toJSON(buildGraph(corpus(), dict())));
const g = loadGraph(file);
const triples = (rs: Array<{ source: string; predicate: string; target: string; negated?: boolean }>) => rs.map((r) => `${r.source} ${r.negated ? 'not ' : ''}${r.predicate} ${r.target}`);

describe('loadGraph()', () => {
  it('reads a graph.json, or the one in a folder, and names a file it cannot read', () => {
    expect(loadGraph(dir).order).toBe(g.order);
    fs.writeFileSync(path.join(dir, 'bad.json'), '{"nodes": 3');
    expect(() => loadGraph(path.join(dir, 'bad.json'))).toThrow(/bad\.json: not valid JSON/);
    expect(() => loadGraph(path.join(dir, 'none.json'))).toThrow(/none\.json: no such file$/);
  });
});

describe('relations()', () => {
  it.each([
    ['an id', { target: 'bashar-al-assad', predicate: 'opposes' as const }],
    ['a label', { target: 'Bashar al-Assad', predicate: 'opposes' as const }],
    ['an alias, in any case', { target: 'assad', predicate: 'opposes' as const }],
    ['a word of a name', { target: 'bashar', predicate: 'opposes' as const }],
  ])('accepts %s for an actor', (_what, q) => {
    expect(triples(relations(g, q))).toEqual(['france opposes bashar-al-assad', 'united-states opposes bashar-al-assad']);
  });

  it('filters by source, predicate, polarity, negation, modality, attribution, document and dates, returning the evidence', () => {
    expect(triples(relations(g, { source: 'Moscow', predicate: 'supports' }))).toEqual(['russia supports bashar-al-assad', 'russia supports syria']);
    expect(relations(g, { source: 'russia', target: 'assad' })[0].evidence.map((e) => e.text)).toEqual(['Russia supports Assad.', 'Moscow backs Damascus and supports Assad.']);
    expect(triples(relations(g, { negated: true }))).toEqual(['france not supports bashar-al-assad']);
    expect(triples(relations(g, { polarity: 'conflictual', actor: 'US' }))).toEqual(['united-states attacks isis', 'united-states opposes bashar-al-assad']);
    expect(triples(relations(g, { modality: 'possible' }))).toEqual(['united-states attacks isis']);
    expect(triples(relations(g, { attributedTo: 'putin' }))).toEqual(['france opposes bashar-al-assad']);
    expect(triples(relations(g, { document: 'd3' }))).toEqual(['france opposes bashar-al-assad']);
    const nov = relations(g, { source: 'russia', from: '2015-11-01', to: '2015-11-30' });
    expect(nov.map((r) => [r.target, r.weight, r.firstDate])).toEqual([['bashar-al-assad', 1, '2015-11-15'], ['syria', 1, '2015-11-15']]);
  });

  it('rejects an unknown actor with a one-line message that suggests close names', () => {
    expect(() => relations(g, { target: 'Asad' })).toThrow(UnknownActorError);
    expect(() => relations(g, { target: 'Asad' })).toThrow(/^unknown actor "Asad"; did you mean "Bashar al-Assad"/);
  });
});

describe('neighbors(), paths(), positions(), claims()', () => {
  it('lists the actors related to one, with the relations between them', () => {
    const ns = neighbors(g, 'Assad');
    expect(ns.map((n) => [n.id, n.weight])).toEqual([['france', 2], ['russia', 2], ['united-states', 1]]);
    expect(triples(ns[0].relations).sort()).toEqual(['france not supports bashar-al-assad', 'france opposes bashar-al-assad']);
  });

  it('finds every shortest path between two actors, each step with its evidence', () => {
    const ps = paths(g, 'Washington', 'Moscow');
    expect(ps.map((p) => p.actors)).toEqual([['united-states', 'bashar-al-assad', 'russia']]);
    expect(ps[0].steps[1].relations[0].evidence[0].text).toBe('Russia supports Assad.');
    expect(paths(g, 'Washington', 'Moscow', { directed: true })).toEqual([]);
    expect(paths(g, 'putin', 'syria').map((p) => p.actors)).toEqual([['vladimir-putin', 'russia', 'syria']]);
  });

  it('gives an actor\'s positions and claims, with their evidence', () => {
    const [p] = positions(g, 'Putin');
    expect(p).toMatchObject({ position: 'both', agree: 1, disagree: 1, issueLabel: 'Assad must stay' });
    expect(p.evidence.map((e) => e.text).sort()).toEqual(['Putin denied that Assad must stay.', 'Putin said Assad must stay.']);
    const cs = claims(g, { speaker: 'Vladimir Putin' });
    expect(cs.map((c) => [c.stance, c.cue, c.text]).sort()).toEqual([[-1, 'denied', 'Assad must stay'], [1, 'said', 'Assad must stay']]);
    expect(claims(g, { speaker: 'Russia' })).toEqual([]);
  });
});
