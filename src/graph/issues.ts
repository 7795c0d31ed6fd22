// The claims layer of the main graph: issue nodes (claims grouped by what they are about) and
// speaker -> issue position edges, one per (speaker, issue, stance), with every claim as evidence.
import type { Claim, DocumentResult } from '../types.ts';
import { KIND_COLORS, POLARITY_COLORS, type ActorGraph, type EvidenceAttr } from './schema.ts';

/** A claim with what the graph needs to place it. */
export interface PlacedClaim {
  claim: Claim;
  date?: string;
}

/** Groups claims into issues: returns, for each claim, the key of its issue (claims with equal keys share one issue node). */
export type IssueGrouping = (claims: Claim[]) => string[];

const STOP = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'on', 'and', 'or', 'that', 'this', 'is', 'are', 'was', 'be', 'it', 'its', 'for', 'with', 'by', 'as', 'at']);

/** The fallback grouping when no other is given: claims whose content words are the same, in any order, share an issue. */
export const groupByContentWords: IssueGrouping = (claims) =>
  claims.map((c) => [...new Set(c.text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])]
    .filter((w) => !STOP.has(w)).sort().join(' ') || c.text.trim().toLowerCase());

const slug = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().match(/[\p{L}\p{N}]+/gu)?.slice(0, 8).join('-') || 'claim';
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const short = (s: string, n = 80) => { const t = s.replace(/\s+/g, ' ').trim(); return t.length > n ? `${t.slice(0, n - 1).trimEnd()}…` : t; };

/**
 * Adds issue nodes and position edges for every claim with a named speaker that is a node of the graph.
 * Claims in the document's own voice (speaker null) stay out: the graph links actors to what they say.
 * `results` must be in the order buildGraph used, so that ids are stable.
 */
export function addIssueLayer(graph: ActorGraph, results: DocumentResult[], group: IssueGrouping = groupByContentWords): void {
  const placed: PlacedClaim[] = [];
  for (const r of results) for (const c of r.claims) if (c.speaker && graph.hasNode(c.speaker)) placed.push({ claim: c, date: r.doc.date });
  if (!placed.length) return;
  const keys = group(placed.map((p) => p.claim));
  // issue ids from the first claim of each group, made unique in first-seen order
  const issueOf = new Map<string, string>();
  const taken = new Set<string>();
  keys.forEach((k, i) => {
    if (issueOf.has(k)) return;
    const base = `issue:${slug(placed[i].claim.text)}`;
    let id = base;
    for (let n = 2; taken.has(id) || graph.hasNode(id); n++) id = `${base}-${n}`;
    taken.add(id);
    issueOf.set(k, id);
  });
  const texts = new Map<string, Map<string, number>>();
  placed.forEach(({ claim, date }, i) => {
    const issue = issueOf.get(keys[i])!;
    const text = claim.text.replace(/\s+/g, ' ').trim();
    const t = texts.get(issue) ?? texts.set(issue, new Map()).get(issue)!;
    t.set(text, (t.get(text) ?? 0) + 1);
    if (!graph.hasNode(issue)) {
      graph.addNode(issue, {
        nodeKind: 'issue', label: short(text), claims: {}, mentions: 0, firstDate: null, lastDate: null,
        pagerank: 0, weightedDegree: 0, community: 0, x: 0, y: 0, size: 1, color: KIND_COLORS.issue,
      });
    }
    const node = graph.getNodeAttributes(issue);
    node.mentions += 1;
    widen(node, date);
    const ev: EvidenceAttr = {
      doc: claim.evidence.docId, sentence: claim.evidence.sentence, start: claim.evidence.start, end: claim.evidence.end,
      text: claim.evidence.text, ...(date && { date }), cue: claim.cue, claim: text, stance: claim.stance, voice: claim.voice,
      content: [claim.contentStart - claim.evidence.start, claim.contentEnd - claim.evidence.start],
      ...(claim.speakerMention && { marks: [[claim.speakerMention.start - claim.evidence.start, claim.speakerMention.end - claim.evidence.start]] }),
    };
    const key = `p:${claim.speaker}:${issue}:${claim.stance > 0 ? '+' : '-'}`;
    if (graph.hasEdge(key)) {
      const a = graph.getEdgeAttributes(key);
      a.weight += 1;
      a.evidence.push(ev);
      if (!a.documents.includes(ev.doc)) a.documents.push(ev.doc);
      widen(a, date);
      a.size = Math.min(6, 1 + Math.log2(a.weight));
      return;
    }
    graph.addDirectedEdgeWithKey(key, claim.speaker!, issue, {
      edgeKind: 'position', predicate: 'states', polarity: claim.stance, negated: false, modality: 'asserted', attributedTo: null,
      weight: 1, documents: [ev.doc], firstDate: date ?? null, lastDate: date ?? null, evidence: [ev],
      label: claim.stance > 0 ? 'states' : 'denies', size: 1, color: claim.stance > 0 ? POLARITY_COLORS.cooperative : POLARITY_COLORS.conflictual,
    });
  });
  for (const [issue, t] of texts) {
    const sorted = [...t.entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || byCodeUnit(a[0], b[0]));
    graph.mergeNodeAttributes(issue, { claims: Object.fromEntries(sorted), label: short(sorted[0][0]) });
  }
}

function widen(a: { firstDate: string | null; lastDate: string | null }, date: string | undefined) {
  if (!date) return;
  if (!a.firstDate || date < a.firstDate) a.firstDate = date;
  if (!a.lastDate || date > a.lastDate) a.lastDate = date;
}
