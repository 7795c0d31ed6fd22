// Claims and positions read from the graph's issue layer (speaker -> issue position edges).
import type { ActorGraph, EvidenceAttr, RelationEdgeAttrs } from '../graph/schema.ts';
import { resolveActor } from './resolve.ts';

/** One claim as put forward in one sentence. */
export interface ClaimResult {
  speaker: string;
  speakerLabel: string;
  issue: string;
  issueLabel: string;
  /** +1 asserts or endorses, -1 denies or rejects. */
  stance: 1 | -1;
  text: string;
  cue: string;
  evidence: EvidenceAttr;
}

/** Claims put forward by a speaker (name, label or alias), on an issue (node id), or all; in graph order. */
export function claims(graph: ActorGraph, q: { speaker?: string; issue?: string; stance?: 1 | -1; document?: string } = {}): ClaimResult[] {
  const speaker = q.speaker !== undefined ? resolveActor(graph, q.speaker) : null;
  const out: ClaimResult[] = [];
  const visit = (_e: string, a: RelationEdgeAttrs, s: string, t: string) => {
    if (a.edgeKind !== 'position' || (q.issue && t !== q.issue)) return;
    for (const ev of a.evidence) {
      if ((q.document && ev.doc !== q.document) || (q.stance && (ev.stance ?? a.polarity) !== q.stance)) continue;
      out.push({
        speaker: s, speakerLabel: graph.getNodeAttribute(s, 'label'), issue: t, issueLabel: graph.getNodeAttribute(t, 'label'),
        stance: (ev.stance ?? a.polarity) as 1 | -1, text: ev.claim ?? ev.text, cue: ev.cue ?? '', evidence: ev,
      });
    }
  };
  if (speaker) graph.forEachOutEdge(speaker, visit);
  else graph.forEachEdge(visit);
  return out;
}

/** An actor's position on one issue (for or against it as labelled): agree, disagree, or both, with counts and evidence. */
export interface PositionResult {
  issue: string;
  issueLabel: string;
  position: 'agree' | 'disagree' | 'both';
  agree: number;
  disagree: number;
  evidence: EvidenceAttr[];
}

/** The positions an actor (name, label or alias) holds, the most often stated first. */
export function positions(graph: ActorGraph, actor: string): PositionResult[] {
  const id = resolveActor(graph, actor);
  const byIssue = new Map<string, PositionResult>();
  graph.forEachOutEdge(id, (_e, a, _s, t) => {
    if (a.edgeKind !== 'position') return;
    const p = byIssue.get(t) ?? byIssue.set(t, { issue: t, issueLabel: graph.getNodeAttribute(t, 'label'), position: 'agree', agree: 0, disagree: 0, evidence: [] }).get(t)!;
    if (a.polarity < 0) p.disagree += a.weight; else p.agree += a.weight;
    p.evidence.push(...a.evidence);
  });
  return [...byIssue.values()].map((p) => ({ ...p, position: p.agree && p.disagree ? 'both' as const : p.disagree ? 'disagree' as const : 'agree' as const }))
    .sort((a, b) => b.agree + b.disagree - (a.agree + a.disagree) || (a.issue < b.issue ? -1 : 1));
}
