// The derived networks of the Discourse Network Analyzer: actor congruence, actor conflict and the
// two-mode actor x issue network, each tie with its explanation (the issues and sentences behind it).
import Graph from 'graphology';
import type { Dictionary } from '../../actors/dictionary.ts';
import { KIND_COLORS, POLARITY_COLORS } from '../schema.ts';
import type { Position, Positions, Stance } from '../positions.ts';

/** How congruence and conflict weights are normalised: raw counts, Jaccard over the two actors' issues, or by their average activity. */
export type Normalization = 'none' | 'jaccard' | 'average';

/**
 * One shared issue of a tie, by id: its label is in the positions' `issues` and the sentences behind both
 * positions are on the actor x issue edges. A congruence network grows with the square of the actors on an
 * issue, and ties that carried labels and sentences made positions.json 173 MB at a million words.
 */
export interface TieExplanation {
  issue: string;
  /** The two actors' positions, in the order of the edge's endpoints. */
  stances: [Stance, Stance];
  /** How many claims each actor made on the issue. */
  claims: [number, number];
}

export interface ActorNodeDisplay { label: string; kind: string; issues: number; x: number; y: number; size: number; color: string }
export interface TieAttrs { weight: number; normalized: number; explanation: TieExplanation[]; label: string; size: number; color: string }

const has = (s: Stance, v: 1 | -1) => s === 'both' || (v > 0 ? s === 'agree' : s === 'disagree');
/** Same position: both actors share at least one stance on the issue. */
export const congruent = (a: Stance, b: Stance) => (has(a, 1) && has(b, 1)) || (has(a, -1) && has(b, -1));
/** Opposite positions: one agrees where the other disagrees. */
export const conflicting = (a: Stance, b: Stance) => (has(a, 1) && has(b, -1)) || (has(a, -1) && has(b, 1));

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Places nodes on a circle in id order: deterministic and readable for the small graphs positions make. */
function circle(g: Graph): void {
  const nodes = g.nodes();
  nodes.forEach((n, i) => {
    const t = (2 * Math.PI * i) / Math.max(1, nodes.length);
    g.mergeNodeAttributes(n, { x: Math.round(Math.cos(t) * 100000) / 1000, y: Math.round(Math.sin(t) * 100000) / 1000 });
  });
}

/** A name of two to four capitalised words reads as a person's ("Angela Stent"). */
const PERSONAL_NAME = /^\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:de|al|bin|van|von|da|di|le|la)\s+)?\p{Lu}[\p{L}'’.-]+){1,3}$/u;

function actorNode(dict: Dictionary, id: string, issues: number, names: Record<string, string> = {}): ActorNodeDisplay {
  const e = dict.entries.get(id);
  const label = e?.label ?? names[id] ?? id.replace(/-/g, ' ');
  const kind = e?.kind ?? (PERSONAL_NAME.test(label) ? 'person' : 'organization');
  return { label, kind, issues, x: 0, y: 0, size: 4 + 2 * Math.sqrt(issues), color: KIND_COLORS[kind] };
}

/** A tie's label: its first issue, and how many more there are ("Assad must go (+2 more issues)"). */
function tieLabel(explanation: TieExplanation[], labels: Map<string, string>): string {
  const first = labels.get(explanation[0].issue) ?? explanation[0].issue;
  const more = explanation.length - 1;
  return more ? `${first} (+${more} more issue${more > 1 ? 's' : ''})` : first;
}

/** Actor congruence or conflict network: undirected, weight = number of issues where the pair's positions agree (or clash). */
export function actorNetwork(p: Positions, dict: Dictionary, which: 'congruence' | 'conflict', normalization: Normalization = 'none'): Graph {
  const g = new Graph({ type: 'undirected', multi: false });
  const byActor = new Map<string, Position[]>();
  for (const pos of p.positions) (byActor.get(pos.actor) ?? byActor.set(pos.actor, []).get(pos.actor)!).push(pos);
  const actors = [...byActor.keys()].sort(byCodeUnit);
  for (const a of actors) g.addNode(a, actorNode(dict, a, byActor.get(a)!.length, p.names));
  const labels = new Map(p.issues.map((i) => [i.id, i.label]));
  const test = which === 'congruence' ? congruent : conflicting;
  // pairs are found issue by issue: the work grows with the positions per issue, not with all actor pairs
  const byIssue = new Map<string, Position[]>();
  for (const pos of p.positions) (byIssue.get(pos.issue) ?? byIssue.set(pos.issue, []).get(pos.issue)!).push(pos);
  // a pair is keyed by the actors' ranks in `actors` (sorted by code unit), so the ties sort as numbers
  const rank = new Map(actors.map((a, i) => [a, i]));
  const ties = new Map<number, { a: string; b: string; explanation: TieExplanation[] }>();
  for (const [issue, list] of [...byIssue].sort((x, y) => byCodeUnit(x[0], y[0]))) {
    const sorted = [...list].sort((x, y) => byCodeUnit(x.actor, y.actor));
    for (let i = 0; i < sorted.length; i++) {
      const pa = sorted[i], base = rank.get(pa.actor)! * actors.length;
      for (let j = i + 1; j < sorted.length; j++) {
        const pb = sorted[j];
        if (!test(pa.stance, pb.stance)) continue;
        const key = base + rank.get(pb.actor)!;
        const t = ties.get(key) ?? ties.set(key, { a: pa.actor, b: pb.actor, explanation: [] }).get(key)!;
        t.explanation.push({ issue, stances: [pa.stance, pb.stance], claims: [pa.evidence.length, pb.evidence.length] });
      }
    }
  }
  for (const [, { a, b, explanation }] of [...ties].sort((x, y) => x[0] - y[0])) {
    const w = explanation.length;
    const A = byActor.get(a)!, B = byActor.get(b)!;
    const union = () => new Set([...A.map((x) => x.issue), ...B.map((x) => x.issue)]).size;
    const normalized = normalization === 'jaccard' ? w / union() : normalization === 'average' ? w / ((A.length + B.length) / 2) : w;
    g.addEdgeWithKey(`${which}:${a}:${b}`, a, b, {
      weight: w, normalized: Math.round(normalized * 1000) / 1000, explanation,
      label: tieLabel(explanation, labels), size: 1 + Math.log2(w),
      color: which === 'congruence' ? POLARITY_COLORS.cooperative : POLARITY_COLORS.conflictual,
    } satisfies TieAttrs);
  }
  circle(g);
  return g;
}

/** The two-mode network: actors and issues, one directed edge per position, weight = claims behind it. */
export function actorIssueNetwork(p: Positions, dict: Dictionary): Graph {
  const g = new Graph({ type: 'directed', multi: false });
  const count = new Map<string, number>();
  for (const pos of p.positions) count.set(pos.actor, (count.get(pos.actor) ?? 0) + 1);
  for (const a of [...count.keys()].sort(byCodeUnit)) g.addNode(a, { ...actorNode(dict, a, count.get(a)!, p.names), nodeKind: 'actor' });
  const taken = new Set(p.positions.map((x) => x.issue));
  for (const i of p.issues) {
    if (!taken.has(i.id)) continue;
    g.addNode(i.id, { nodeKind: 'issue', kind: 'issue', label: i.label, frame: i.frame ?? '', claims: i.claims.length, x: 0, y: 0, size: 3 + 2 * Math.sqrt(i.claims.length), color: KIND_COLORS.issue });
  }
  for (const pos of p.positions) {
    g.addDirectedEdgeWithKey(`position:${pos.actor}:${pos.issue}`, pos.actor, pos.issue, {
      stance: pos.stance, agree: pos.agree, disagree: pos.disagree, weight: pos.agree + pos.disagree,
      explanation: pos.evidence.map((e) => ({ claim: e.claim, cue: e.cue, orientation: e.orientation, evidence: e.text, doc: e.doc, sentence: e.sentence })),
      label: pos.stance, size: 1 + Math.log2(pos.agree + pos.disagree),
      color: pos.stance === 'agree' ? POLARITY_COLORS.cooperative : pos.stance === 'disagree' ? POLARITY_COLORS.conflictual : POLARITY_COLORS.neutral,
    });
  }
  circle(g);
  return g;
}
