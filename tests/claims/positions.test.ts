import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { makeDictionary } from '../../src/actors/dictionary.ts';
import fc from 'fast-check';
import { ISSUE_THRESHOLD, buildPositions, featuresOf, similarity } from '../../src/graph/positions.ts';
import { blockingKeys } from '../../src/graph/positions/features.ts';
import { toPositionsGEXF, toPositionsJSON } from '../../src/export/positions.ts';
import type { Claim, DocumentResult, Mention } from '../../src/types.ts';
import { SHARED } from '../helpers.ts';
import { resolveTies } from '../../viewer/src/ties.ts';
import { graphFromSerialized } from '../../viewer/src/model.ts';

// [content, actors named in it]
type C = [string, string[]];
const feats = (c: C) => featuresOf(c[0], c[1], words(c[0], c[1]), new Map(c[1].flatMap((a) => (NAMES[a] ?? []).map((w) => [w, a] as [string, string]))));
const sim = (a: C, b: C) => similarity(feats(a), feats(b));
// the words of the actor names, as the document's mentions would give them
const NAMES: Record<string, string[]> = { assad: ['assad', 'president', 'bashar', 'al'], syria: ['syria', 'syrian'], isis: ['islamic', 'state', 'isis'], russia: ['russia', 'moscow'], us: ['america', 'us'], lukashenko: ['lukashenko'] };
const words = (_t: string, actors: string[]) => new Set(actors.flatMap((a) => NAMES[a] ?? []));

const MERGE: Array<[C, C]> = [
  [['Assad must go', ['assad']], ['the exclusion of President Assad from any post-war government', ['assad']]],
  [['Assad must go', ['assad']], ["Assad should have no future in Syria's affairs", ['assad', 'syria']]],
  [['Assad should remain in power while a new government is formed', ['assad']], ['Assad cannot continue to rule Syria', ['assad', 'syria']]],
  [['a grand coalition against Islamic State', ['isis']], ['Russia and America to join a wide and single coalition against Islamic State', ['russia', 'us', 'isis']]],
  [['Russia has agreed to a 48-hour ceasefire in the city', ['russia']], ['Russia agreed to a ceasefire there', ['russia']]],
  [['the fishing quotas are far too low', []], ['fishing quotas far too low', []]],
];
const APART: Array<[C, C]> = [
  [['Assad must go', ['assad']], ['Lukashenko must go', ['lukashenko']]],
  [['Assad must go', ['assad']], ['Assad is a magnet for terrorists', ['assad']]],
  [['Russia and the West share a common enemy', ['russia']], ["Russia's goal is to keep Assad in power", ['russia', 'assad']]],
  [['the fishing quotas are too low', []], ['the harbour must reopen for trade', []]],
  // both removals, with the same actors named, but of different actors
  [['Russia must be kept out of any deal with Assad', ['russia', 'assad']], ['Assad must go, with or without Russia', ['assad', 'russia']]],
];

describe('issue grouping', () => {
  it.each(MERGE)('same issue: %j ~ %j', (a, b) => expect(sim(a, b)).toBeGreaterThanOrEqual(ISSUE_THRESHOLD));
  it.each(APART)('different issues: %j vs %j', (a, b) => expect(sim(a, b)).toBeLessThan(ISSUE_THRESHOLD));

  it('compares only claims that share a blocking key, and misses no pair that reaches the threshold', () => {
    const feat = fc.record({
      actors: fc.uniqueArray(fc.constantFrom('a', 'b', 'c'), { maxLength: 2 }).map((x) => x.sort()),
      stems: fc.uniqueArray(fc.constantFrom('war', 'quota', 'fish', 'port', 'sea'), { maxLength: 4 }).map((x) => x.sort()),
      frame: fc.constantFrom(null, 'removal', 'coalition'),
      side: fc.constantFrom(1 as const, -1 as const),
    });
    fc.assert(fc.property(feat, feat, (x, y) => {
      if (similarity(x, y) < ISSUE_THRESHOLD) return true;
      const ky = new Set(blockingKeys(y));
      return blockingKeys(x).some((k) => ky.has(k));
    }), { seed: 7, numRuns: 2000 });
  });

  it('reads the side a claim takes on its frame, through negation', () => {
    const side = (t: string, a: string[]) => featuresOf(t, a, words(t, a));
    expect(side('Assad must go', ['assad'])).toMatchObject({ frame: 'removal', side: 1 });
    expect(side('Assad should remain in power', ['assad'])).toMatchObject({ frame: 'removal', side: -1 });
    expect(side('Assad cannot continue to rule Syria', ['assad', 'syria'])).toMatchObject({ frame: 'removal', side: 1 });
    expect(side('the war cannot end without Assad leaving power', ['assad'])).toMatchObject({ frame: 'removal', side: 1 });
  });
});

// A small set of results: three speakers on Assad's future, two of them on a coalition too.
let offset = 0;
function claim(doc: string, speaker: string, content: string, actors: Array<[string, string]>, stance: 1 | -1 = 1): { claim: Claim; mentions: Mention[] } {
  const text = `${speaker} said ${content}.`;
  const start = offset; offset += text.length + 1;
  const cs = start + speaker.length + 6;
  const mentions = actors.map(([id, w]) => { const at = cs + content.indexOf(w); return { actorId: id, start: at, end: at + w.length, text: w, resolvedBy: 'dictionary' as const }; });
  return { mentions, claim: { speaker, stance, text: content, cue: 'said', contentStart: cs, contentEnd: cs + content.length, speakerMention: null, voice: 'article',
    evidence: { docId: doc, sentence: 0, start, end: start + text.length, text } } };
}
function results(): DocumentResult[] {
  offset = 0;
  const items = [
    claim('d1', 'washington', 'Assad must go', [['assad', 'Assad']]),
    claim('d1', 'paris', 'Assad should have no future in Syria', [['assad', 'Assad'], ['syria', 'Syria']]),
    claim('d2', 'moscow', 'Assad should remain in power', [['assad', 'Assad']]),
    claim('d2', 'paris', 'a grand coalition against Islamic State', [['isis', 'Islamic State']]),
    claim('d2', 'moscow', 'a global coalition against Islamic State', [['isis', 'Islamic State']]),
  ];
  const byDoc = new Map<string, typeof items>();
  for (const it of items) (byDoc.get(it.claim.evidence.docId) ?? byDoc.set(it.claim.evidence.docId, []).get(it.claim.evidence.docId)!).push(it);
  return [...byDoc].map(([id, list]) => ({ doc: { id }, sentences: [], relations: [], messages: [], mentions: list.flatMap((x) => x.mentions), claims: list.map((x) => x.claim) }));
}
const dict = makeDictionary([[
  { id: 'washington', label: 'Washington', kind: 'country', aliases: [], affiliation: null },
  { id: 'paris', label: 'Paris', kind: 'country', aliases: [], affiliation: null },
  { id: 'moscow', label: 'Moscow', kind: 'country', aliases: [], affiliation: null },
]]);

describe('positions and derived networks', () => {
  const p = buildPositions(results());

  it('groups the claims into two issues and reads each actor position', () => {
    expect(p.issues.map((i) => [i.frame, i.claims.length])).toEqual([['removal', 3], ['coalition', 2]]);
    const removal = p.issues[0].id;
    expect(p.positions.filter((x) => x.issue === removal).map((x) => [x.actor, x.stance])).toEqual([['moscow', 'disagree'], ['paris', 'agree'], ['washington', 'agree']]);
  });

  it('ties actors by congruence and conflict, each tie explained by its issues, stances and claim counts', () => {
    const json = JSON.parse(toPositionsJSON(p, dict, 'none'));
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['issues', 'congruence', 'conflict', 'actorIssue']));
    expect(json.issues[0]).toMatchObject({ id: p.issues[0].id, label: 'Assad must go', claims: 3 });
    const congruence = Graph.from(json.congruence), conflict = Graph.from(json.conflict);
    expect(congruence.getEdgeAttribute('paris', 'washington', 'weight')).toBe(1);
    expect(congruence.getEdgeAttribute('moscow', 'paris', 'weight')).toBe(1); // the coalition
    expect(conflict.getEdgeAttribute('moscow', 'washington', 'weight')).toBe(1);
    const why = conflict.getEdgeAttribute('moscow', 'paris', 'explanation');
    // the issue by id only: its label is in `issues`, its sentences on the actor x issue edges (the viewer joins them)
    expect(why).toEqual([{ issue: p.issues[0].id, stances: ['disagree', 'agree'], claims: [1, 1] }]);
    expect(conflict.getEdgeAttribute('moscow', 'paris', 'label')).toBe('Assad must go');
    for (const n of congruence.nodes()) expect(Object.keys(congruence.getNodeAttributes(n))).toEqual(expect.arrayContaining(['label', 'x', 'y', 'size', 'color']));
    const twoMode = Graph.from(json.actorIssue);
    expect(twoMode.order).toBe(5);
    expect(twoMode.getEdgeAttributes('moscow', p.issues[0].id)).toMatchObject({ stance: 'disagree', weight: 1 });
  });

  it('normalises congruence by the pair\u2019s average activity when asked', () => {
    const json = JSON.parse(toPositionsJSON(p, dict, 'average'));
    const g = Graph.from(json.congruence);
    expect(g.getEdgeAttribute('paris', 'washington', 'normalized')).toBeCloseTo(1 / 1.5, 3);
  });

  it('lets the viewer show a tie with its issue label and one sentence of each actor', () => {
    const data = JSON.parse(toPositionsJSON(p, dict, 'none'));
    resolveTies(data);
    const tie = graphFromSerialized(data.conflict, 'positions.json (conflict)', { edgeKind: 'conflict' });
    const a = tie.getEdgeAttributes(tie.edges().find((e) => tie.source(e) === 'moscow' && tie.target(e) === 'paris')!);
    expect(a.explanation).toBe('Assad must go (disagree / agree)');
    expect(a.evidence.map((e) => e.text)).toEqual(['moscow said Assad should remain in power.', 'paris said Assad should have no future in Syria.']);
  });

  it('writes GEXF that the official GEXF 1.3 schema accepts', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'positions-'));
    const file = path.join(dir, 'positions.gexf');
    fs.writeFileSync(file, toPositionsGEXF(p, dict));
    const out = execFileSync('xmllint', ['--noout', '--relaxng', path.join(SHARED, 'gexf-1.3/gexf.rng'), file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(out).toBe('');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes GEXF that networkx reads with every node and tie of the three networks', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'positions-'));
    const file = path.join(dir, 'positions.gexf');
    fs.writeFileSync(file, toPositionsGEXF(p, dict));
    const json = JSON.parse(toPositionsJSON(p, dict));
    const script = `
import sys
import networkx as nx
from networkx.readwrite.gexf import GEXF
GEXF.versions.setdefault("1.3", dict(GEXF.versions["1.2draft"], NS_GEXF="http://gexf.net/1.3", NS_VIZ="http://gexf.net/1.3/viz", VERSION="1.3"))
G = nx.read_gexf(sys.argv[1], version="1.3")
print(G.number_of_nodes(), G.number_of_edges())`;
    const out = execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' });
    // a 'mutual' tie is one edge each way for a directed reader
    const ties = 2 * (json.congruence.edges.length + json.conflict.edges.length) + json.actorIssue.edges.length;
    expect(out.trim()).toBe(`${json.actorIssue.nodes.length} ${ties}`);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('names speakers outside the dictionary by their fullest mention', () => {
    const r = results();
    r[0].claims[0].speakerMention = { actorId: 'washington', start: 0, end: 10, text: 'Washington DC', resolvedBy: 'new' };
    const named = buildPositions(r);
    expect(named.names).toMatchObject({ washington: 'Washington DC' });
  });

  it('leaves claims read in reader comments out of the positions', () => {
    const r = results();
    r[1].claims[0].voice = 'comment';
    const withComment = buildPositions(r);
    expect(withComment.positions.some((x) => x.actor === 'moscow' && x.issue === withComment.issues[0].id)).toBe(false);
  });

  it('is deterministic', () => {
    expect(toPositionsJSON(buildPositions(results()), dict)).toBe(toPositionsJSON(p, dict));
  });
});
