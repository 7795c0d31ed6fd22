// positions.json and positions.gexf: the issues, actor positions and the derived networks (congruence,
// conflict, actor x issue), beside the main graph. The JSON shape is the viewer's contract (README).
import Graph from 'graphology';
import gexf from 'graphology-gexf';
import type { Dictionary } from '../actors/dictionary.ts';
import type { Positions } from '../graph/positions.ts';
import { actorIssueNetwork, actorNetwork, type Normalization, type TieExplanation } from '../graph/positions/networks.ts';
import { xmlSafe } from './gexf.ts';

/** The three derived networks of a set of positions. */
export function positionNetworks(p: Positions, dict: Dictionary, normalization: Normalization = 'average') {
  return {
    congruence: actorNetwork(p, dict, 'congruence', normalization),
    conflict: actorNetwork(p, dict, 'conflict', normalization),
    actorIssue: actorIssueNetwork(p, dict),
  };
}

/** positions.json: `{issues, positions, normalization, congruence, conflict, actorIssue}`, networks as graphology serializations. */
export function toPositionsJSON(p: Positions, dict: Dictionary, normalization: Normalization = 'average'): string {
  const nets = positionNetworks(p, dict, normalization);
  return JSON.stringify({
    issues: p.issues.map((i) => ({ id: i.id, label: i.label, frame: i.frame, claims: i.claims.length })),
    positions: p.positions.map(({ evidence, ...rest }) => ({ ...rest, evidence: evidence.map((e) => ({ doc: e.doc, sentence: e.sentence, text: e.text, claim: e.claim, cue: e.cue, orientation: e.orientation })) })),
    normalization,
    congruence: nets.congruence.export(),
    conflict: nets.conflict.export(),
    actorIssue: nets.actorIssue.export(),
  }, null, 1) + '\n';
}

/** r/g/b channels rather than GEXF 1.3's hex: every GEXF reader knows them (networkx reads no hex). */
const rgb = (c: unknown) => {
  const m = typeof c === 'string' ? /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(c) : null;
  return m ? `rgb(${parseInt(m[1], 16)},${parseInt(m[2], 16)},${parseInt(m[3], 16)})` : c;
};
const line = (s: string) => xmlSafe(s).replace(/\s+/g, ' ').trim();
// issues and stances only: the sentences are on the actor x issue edges, once each, not repeated on every tie
const explain = (x: TieExplanation[]) => line(x.map((e) => `${e.label} [${e.stances.join('/')}]`).join(' || '));

/**
 * positions.gexf: one GEXF 1.3 graph with actor and issue nodes, directed position edges (kind agrees,
 * disagrees or both) and undirected congruence and conflict edges between actors (kind congruence, conflict).
 */
export function toPositionsGEXF(p: Positions, dict: Dictionary, normalization: Normalization = 'average'): string {
  const nets = positionNetworks(p, dict, normalization);
  const g = new Graph({ type: 'mixed', multi: true });
  nets.actorIssue.forEachNode((n, a) => g.addNode(n, a));
  nets.actorIssue.forEachEdge((e, a, s, t) => g.addDirectedEdgeWithKey(e, s, t, { ...a, kind: a.stance === 'agree' ? 'agrees' : a.stance === 'disagree' ? 'disagrees' : 'both', explanation: line(a.explanation.map((x: { claim: string; evidence: string }) => `${x.claim}: ${x.evidence}`).join(' || ')) }));
  for (const which of ['congruence', 'conflict'] as const) {
    nets[which].forEachEdge((e, a, s, t) => g.addUndirectedEdgeWithKey(e, s, t, { ...a, kind: which, explanation: explain(a.explanation) }));
  }
  const xml: string = gexf.write(g as never, {
    version: '1.3', pedantic: true,
    formatNode: (_k: string, a: Record<string, unknown>) => ({
      label: line(String(a.label)),
      attributes: { nodeKind: String(a.nodeKind), kind: String(a.kind), issues: Number(a.issues ?? 0), claims: Number(a.claims ?? 0), frame: String(a.frame ?? '') },
      viz: { color: rgb(a.color), size: a.size, x: a.x, y: a.y },
    }),
    formatEdge: (_k: string, a: Record<string, unknown>) => ({
      label: line(String(a.label)), weight: Number(a.weight), kind: String(a.kind),
      attributes: { stance: String(a.stance ?? ''), normalized: Number(a.normalized ?? a.weight), explanation: String(a.explanation) },
      viz: { color: rgb(a.color), thickness: a.size },
    }),
  } as never);
  // the official RelaxNG schema rejects xsi:schemaLocation on the root; symmetric ties are written 'mutual', which
  // Gephi shows as two-way and which readers of directed GEXF (networkx) accept beside the directed positions
  return xml.replace(/\s+xmlns:xsi="[^"]*"\s+xsi:schemaLocation="[^"]*"/, '').replace(/ type="undirected"/g, ' type="mutual"');
}
