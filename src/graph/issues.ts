// The claims layer of the main graph: issue nodes (claims grouped by what they are about, by positions.ts) and
// speaker -> issue position edges, one per (speaker, issue, side), with every claim as evidence. Issue ids, labels
// and sides are the ones positions.json holds, so the main graph and the position networks agree.
import type { DocumentResult } from '../types.ts';
import { groupIssues, issueClaims, orientation, type Issue } from './positions.ts';
import { KIND_COLORS, POLARITY_COLORS, type ActorGraph, type EvidenceAttr } from './schema.ts';

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The issues of a set of results (claims with a named speaker), grouped as positions.json groups them. */
export const issuesOf = (results: DocumentResult[]): Issue[] => groupIssues(issueClaims(results));

/**
 * Adds issue nodes and position edges for every claim whose speaker is a node of the graph. Claims in the
 * document's own voice (speaker null) stay out: the graph links actors to what they say. A position edge's
 * polarity is the side the claim takes on its issue as labelled (+1 for, -1 against); each evidence keeps the
 * claim's own stance (+1 asserts, -1 denies).
 */
export function addIssueLayer(graph: ActorGraph, issues: Issue[]): void {
  for (const issue of issues) {
    const claims = issue.claims.filter((c) => c.claim.speaker && graph.hasNode(c.claim.speaker));
    if (!claims.length || graph.hasNode(issue.id)) continue;
    const texts = new Map<string, number>();
    for (const c of claims) { const t = c.claim.text.replace(/\s+/g, ' ').trim(); texts.set(t, (texts.get(t) ?? 0) + 1); }
    graph.addNode(issue.id, {
      nodeKind: 'issue', kind: 'issue', label: issue.label, frame: issue.frame,
      claims: Object.fromEntries([...texts.entries()].sort((a, b) => b[1] - a[1] || byCodeUnit(a[0], b[0]))),
      mentions: claims.length, firstDate: null, lastDate: null,
      pagerank: 0, weightedDegree: 0, community: 0, x: 0, y: 0, size: 1, color: KIND_COLORS.issue,
    });
    const node = graph.getNodeAttributes(issue.id);
    for (const c of claims) {
      const { claim, date } = c;
      const side = orientation(c, issue);
      widen(node, date);
      const e = claim.evidence;
      const ev: EvidenceAttr = {
        doc: e.docId, sentence: e.sentence, start: e.start, end: e.end, text: e.text, ...(date && { date }), cue: claim.cue,
        claim: claim.text.replace(/\s+/g, ' ').trim(), stance: claim.stance, voice: claim.voice,
        content: [claim.contentStart - e.start, claim.contentEnd - e.start],
        ...(claim.speakerMention && claim.speakerMention.start >= e.start && claim.speakerMention.end <= e.end
          && { marks: [[claim.speakerMention.start - e.start, claim.speakerMention.end - e.start]] }),
      };
      const key = `p:${claim.speaker}:${issue.id}:${side > 0 ? '+' : '-'}`;
      if (graph.hasEdge(key)) {
        const a = graph.getEdgeAttributes(key);
        a.weight += 1;
        a.evidence.push(ev);
        if (!a.documents.includes(ev.doc)) a.documents.push(ev.doc); // few documents per speaker and issue
        widen(a, date);
        a.size = Math.min(6, 1 + Math.log2(a.weight));
        continue;
      }
      graph.addDirectedEdgeWithKey(key, claim.speaker!, issue.id, {
        edgeKind: 'position', predicate: 'states', polarity: side, negated: false, modality: 'asserted', attributedTo: null,
        weight: 1, documents: [ev.doc], firstDate: date ?? null, lastDate: date ?? null, evidence: [ev],
        label: side > 0 ? 'for' : 'against', size: 1, color: side > 0 ? POLARITY_COLORS.cooperative : POLARITY_COLORS.conflictual,
      });
    }
  }
}

function widen(a: { firstDate: string | null; lastDate: string | null }, date: string | undefined) {
  if (!date) return;
  if (!a.firstDate || date < a.firstDate) a.firstDate = date;
  if (!a.lastDate || date > a.lastDate) a.lastDate = date;
}
