// positions.json and positions.gexf: the issues, actor positions and the derived networks (congruence,
// conflict, actor x issue), beside the main graph. The JSON shape is the viewer's contract (README).
import type Graph from 'graphology';
import type { Dictionary } from '../actors/dictionary.ts';
import { ISSUE_THRESHOLD, buildPositions, type Issue, type Positions } from '../graph/positions.ts';
import type { DocumentResult } from '../types.ts';
import { actorIssueNetwork, actorNetwork, type Normalization, type TieExplanation } from '../graph/positions/networks.ts';
import { attr, attvalues, chunked, color, declare, num, token, type Value } from './gexf.ts';

/** The three derived networks of a set of positions. */
export interface PositionNetworks { congruence: Graph; conflict: Graph; actorIssue: Graph }

/** The three derived networks of a set of positions, built once for both files. */
export function positionNetworks(p: Positions, dict: Dictionary, normalization: Normalization = 'average'): PositionNetworks {
  return {
    congruence: actorNetwork(p, dict, 'congruence', normalization),
    conflict: actorNetwork(p, dict, 'conflict', normalization),
    actorIssue: actorIssueNetwork(p, dict),
  };
}

/**
 * positions.json: `{issues, positions, normalization, congruence, conflict, actorIssue}`, networks as graphology
 * serializations. A tie names its shared issues by id; labels are in `issues`, sentences on the actor x issue edges.
 */
export function toPositionsJSON(p: Positions, dict: Dictionary, normalization: Normalization = 'average', nets = positionNetworks(p, dict, normalization)): string {
  return JSON.stringify({
    issues: p.issues.map((i) => ({ id: i.id, label: i.label, frame: i.frame, claims: i.claims.length })),
    positions: p.positions.map(({ evidence, ...rest }) => ({ ...rest, evidence: evidence.map((e) => ({ doc: e.doc, sentence: e.sentence, text: e.text, claim: e.claim, cue: e.cue, orientation: e.orientation })) })),
    normalization,
    congruence: nets.congruence.export(),
    conflict: nets.conflict.export(),
    actorIssue: nets.actorIssue.export(),
  }) + '\n';
}

type Attrs = Record<string, unknown>;
const NODE_MODEL: Array<[string, string, (a: Attrs) => Value]> = [
  ['nodeKind', 'string', (a) => String(a.nodeKind ?? 'actor')],
  ['kind', 'string', (a) => String(a.kind ?? '')],
  ['issues', 'integer', (a) => Number(a.issues ?? 0)],
  ['claims', 'integer', (a) => Number(a.claims ?? 0)],
  ['frame', 'string', (a) => String(a.frame ?? '')],
];
const EDGE_MODEL: Array<[string, string, (a: Attrs) => Value]> = [
  ['stance', 'string', (a) => String(a.stance ?? '')],
  ['normalized', 'double', (a) => Number(a.normalized ?? a.weight)],
  ['explanation', 'string', (a) => String(a.explanation ?? '')],
];
// a tie lists its issues (ids of the issue nodes in the same file) and stances; the sentences are on the position edges
const explainTie = (x: TieExplanation[]) => x.map((e) => `${e.issue} [${e.stances[0]}/${e.stances[1]}]`).join(' || ');
const explainPosition = (x: Array<{ claim: string; evidence: string }>) => token(x.map((e) => `${e.claim}: ${e.evidence}`).join(' || '));
const POSITION_KIND: Record<string, string> = { agree: 'agrees', disagree: 'disagrees', both: 'both' };

/** A string function remembered per argument: edges repeat few colours and labels. */
function remembered(f: (s: string) => string): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    let v = seen.get(s);
    if (v === undefined) seen.set(s, (v = f(s)));
    return v;
  };
}

type EdgeText = { color: (c: string) => string; label: (l: string) => string };
const edgeText = (): EdgeText => ({ color: remembered(color), label: remembered((l) => attr(token(l))) });

function edgeXml(id: string, s: string, t: string, a: Attrs, kind: string, mutual: boolean, text: EdgeText): string {
  let viz = typeof a.color === 'string' ? text.color(a.color) : '';
  if (num(a.size)) viz += `        <viz:thickness value="${a.size}"/>\n`;
  return `      <edge id="${attr(id)}"${mutual ? ' type="mutual"' : ''} source="${attr(s)}" target="${attr(t)}" weight="${Number(a.weight)}" kind="${kind}" label="${text.label(String(a.label ?? ''))}">\n${attvalues(EDGE_MODEL, a)}${viz}      </edge>\n`;
}

/**
 * positions.gexf: one GEXF 1.3 graph with actor and issue nodes, directed position edges (kind agrees,
 * disagrees or both) and congruence and conflict ties between actors, written directly in one pass.
 * Ties are 'mutual' edges: Gephi shows them two-way, and readers of directed GEXF (networkx) accept them
 * beside the directed positions; the official RelaxNG schema validates the file.
 */
export function toPositionsGEXF(p: Positions, dict: Dictionary, normalization: Normalization = 'average', nets = positionNetworks(p, dict, normalization)): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz">\n',
    `  <meta>\n    <creator>actorgraph</creator>\n    <description>${attr(`positions: ${p.issues.length} issues, ${p.positions.length} positions`)}</description>\n  </meta>\n`,
    '  <graph defaultedgetype="directed">\n',
    declare('node', NODE_MODEL), declare('edge', EDGE_MODEL),
    '    <nodes>\n',
  ];
  const emit = chunked(out);
  nets.actorIssue.forEachNode((n, a) => {
    let viz = color(a.color);
    if (num(a.size)) viz += `        <viz:size value="${a.size}"/>\n`;
    if (num(a.x) && num(a.y)) viz += `        <viz:position x="${a.x}" y="${a.y}"/>\n`;
    emit(`      <node id="${attr(n)}" label="${attr(token(String(a.label ?? n)))}">\n${attvalues(NODE_MODEL, a)}${viz}      </node>\n`);
  });
  emit('    </nodes>\n    <edges>\n');
  const text = edgeText();
  nets.actorIssue.forEachEdge((e, a, s, t) => emit(edgeXml(e, s, t, { ...a, explanation: explainPosition(a.explanation) }, POSITION_KIND[a.stance] ?? 'both', false, text)));
  for (const which of ['congruence', 'conflict'] as const) {
    nets[which].forEachEdge((e, a, s, t) => emit(edgeXml(e, s, t, { ...a, explanation: explainTie(a.explanation) }, which, true, text)));
  }
  emit('    </edges>\n  </graph>\n</gexf>\n', true);
  return out.join('');
}

/** positions.json and positions.gexf of a set of results, rendered from one set of networks. */
export function renderPositionFiles(results: DocumentResult[], dict: Dictionary, issues?: Issue[]): Record<'positions.json' | 'positions.gexf', string> {
  const p = buildPositions(results, ISSUE_THRESHOLD, issues);
  const nets = positionNetworks(p, dict);
  return { 'positions.json': toPositionsJSON(p, dict, 'average', nets), 'positions.gexf': toPositionsGEXF(p, dict, 'average', nets) };
}
