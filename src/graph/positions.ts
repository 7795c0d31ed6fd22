// Positions and the networks of the Discourse Network Analyzer, built from extracted claims: claims are
// grouped into issues, each actor's position on each issue is read from its claims' stances, and actors
// are tied by congruence (same position on shared issues) and conflict (opposite positions).
import type { Claim, DocumentResult } from '../types.ts';
import { ISSUE_THRESHOLD, blockingKeys, featuresOf, indexFeatures, indexedSimilarity, words, type ClaimFeatures } from './positions/features.ts';

/** How many of an issue's first claims a new claim is compared with: enough for wording variants, bounded for large corpora. */
const EXEMPLARS = 16;
/** How many candidate issues (those sharing the most blocking keys with a claim) are scored. */
const CANDIDATES = 32;

export { ISSUE_THRESHOLD, similarity, featuresOf } from './positions/features.ts';

/** A claim with what grouping needs: its features and where it was read. */
export interface IssueClaim {
  claim: Claim;
  features: ClaimFeatures;
  date?: string;
}

export interface Issue {
  id: string;
  label: string;
  /** The issue's frame, if its claims fall under one (data/lexicon/issues.json). */
  frame: string | null;
  claims: IssueClaim[];
}

export interface PositionEvidence {
  doc: string;
  sentence: number;
  text: string;
  claim: string;
  cue: string;
  /** +1 the claim argues for the issue as labelled, -1 against. */
  orientation: 1 | -1;
  date?: string;
}

export type Stance = 'agree' | 'disagree' | 'both';

/** One actor's position on one issue, with the claims behind it. */
export interface Position {
  actor: string;
  issue: string;
  agree: number;
  disagree: number;
  stance: Stance;
  evidence: PositionEvidence[];
}

export interface Positions {
  issues: Issue[];
  positions: Position[];
  /** How speakers outside the dictionary are named in the text (their fullest mention that is not a pronoun). */
  names?: Record<string, string>;
}

const PRONOUN = /^(he|she|it|they|him|her|them|his|its|their|we|us|i|me)$/i;
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const slug = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().match(/[\p{L}\p{N}]+/gu)?.slice(0, 8).join('-') || 'claim';
const short = (s: string, n = 80) => { const t = s.replace(/\s+/g, ' ').trim(); return t.length > n ? `${t.slice(0, n - 1).trimEnd()}…` : t; };

/** The claims positions are made of: a named speaker, in article voice. */
export const positionClaim = (c: Claim): boolean => c.speaker !== null && c.voice !== 'comment';

/**
 * The claims of a set of results with their features; actors in a claim's content are the document's mentions inside it.
 * By default only named speakers in article voice: positions are what outlets report, not what readers argue.
 */
export function issueClaims(results: DocumentResult[], keep: (c: Claim) => boolean = positionClaim): IssueClaim[] {
  const out: IssueClaim[] = [];
  const ordered = [...results].sort((a, b) => byCodeUnit(a.doc.id, b.doc.id));
  for (const r of ordered) {
    for (const claim of r.claims) {
      if (!keep(claim)) continue;
      // pronouns resolved by coreference name no new actor in the content ("he would welcome ...")
      const inside = r.mentions.filter((m) => m.start >= claim.contentStart && m.end <= claim.contentEnd && !PRONOUN.test(m.text));
      const actorOf = new Map<string, string>();
      for (const m of inside) for (const w of words(m.text)) if (!actorOf.has(w)) actorOf.set(w, m.actorId);
      out.push({ claim, features: featuresOf(claim.text, inside.map((m) => m.actorId), new Set(actorOf.keys()), actorOf), date: r.doc.date });
    }
  }
  return out;
}

/**
 * Groups claims into issues, deterministically: claims are taken in document order and each joins the issue
 * holding its most similar claim when that similarity reaches `threshold` (features.ts), else opens a new issue.
 */
export function groupIssues(claims: IssueClaim[], threshold = ISSUE_THRESHOLD): Issue[] {
  const issues: Issue[] = [];
  // only issues sharing a blocking key can reach the threshold (features.ts); each is compared through its first claims
  const index = new Map<string, number[]>();
  const issueKeys: Array<Set<string>> = [];
  // shared-key counts per issue, reset after each claim through the list of issues it touched
  let hits = new Int32Array(64);
  const touched: number[] = [];
  for (const c of claims) {
    const keys = blockingKeys(c.features);
    if (hits.length < issues.length + 1) { const grown = new Int32Array(2 * (issues.length + 1)); grown.set(hits); hits = grown; }
    for (const k of keys) {
      const list = index.get(k);
      if (list) for (let j = 0; j < list.length; j++) if (hits[list[j]]++ === 0) touched.push(list[j]);
    }
    // candidates ranked by shared keys (then by age); the best few are scored (a bound that keeps big corpora fast)
    const cands = topCandidates(hits, touched, CANDIDATES);
    for (const i of touched) hits[i] = 0;
    touched.length = 0;
    const indexed = indexFeatures(c.features);
    let best = -1, score = threshold;
    for (const i of cands) {
      let s = 0;
      const exemplars = issues[i].claims, n = Math.min(EXEMPLARS, exemplars.length);
      for (let k = 0; k < n; k++) s = Math.max(s, indexedSimilarity(exemplars[k].features, indexed));
      if (s >= score && (best < 0 || s > score)) { best = i; score = s; }
    }
    if (best < 0) { best = issues.length; issues.push({ id: '', label: '', frame: c.features.frame, claims: [c] }); issueKeys.push(new Set()); }
    else issues[best].claims.push(c);
    for (const k of keys) {
      if (issueKeys[best].has(k)) continue;
      issueKeys[best].add(k);
      (index.get(k) ?? index.set(k, []).get(k)!).push(best);
    }
  }
  const taken = new Set<string>();
  for (const issue of issues) {
    const first = issue.claims[0].claim.text;
    let id = `issue:${slug(first)}`;
    for (let n = 2; taken.has(id); n++) id = `issue:${slug(first)}-${n}`;
    taken.add(id);
    issue.id = id;
    issue.frame = issue.claims.find((c) => c.features.frame)?.features.frame ?? null;
    issue.label = short((issue.claims.find((c) => orientation(c, issue) > 0) ?? issue.claims[0]).claim.text);
  }
  return issues;
}

/**
 * The `n` touched issues with the most shared keys (the older issue first on a tie), in ascending order: the
 * first `n` of a sort by count and index, without sorting them all (counts are small integers).
 */
function topCandidates(hits: Int32Array, touched: number[], n: number): number[] {
  if (touched.length <= n) return [...touched].sort((x, y) => x - y);
  let max = 0;
  for (const i of touched) if (hits[i] > max) max = hits[i];
  const perCount = new Int32Array(max + 1);
  for (const i of touched) perCount[hits[i]]++;
  // every issue with more than `cut` shared keys is taken; those with exactly `cut` fill up by age
  let cut = max, above = 0;
  while (above + perCount[cut] < n) above += perCount[cut--];
  const out: number[] = [], edge: number[] = [];
  for (const i of touched) if (hits[i] > cut) out.push(i); else if (hits[i] === cut) edge.push(i);
  edge.sort((x, y) => x - y);
  for (let k = 0; out.length < n; k++) out.push(edge[k]);
  return out.sort((x, y) => x - y);
}

/** For the main graph's issue layer (src/graph/issues.ts): the issue key of each claim, by the same similarity. */
export function issueGrouping(results: DocumentResult[]): (claims: Claim[]) => string[] {
  return (claims) => {
    const feats = new Map(issueClaims(results, () => true).map((c) => [c.claim, c]));
    const list = claims.map((claim) => feats.get(claim) ?? { claim, features: featuresOf(claim.text, []) });
    const issues = groupIssues(list);
    const key = new Map<Claim, string>();
    for (const i of issues) for (const c of i.claims) key.set(c.claim, i.id);
    return claims.map((c) => key.get(c)!);
  };
}

/**
 * How a claim stands on its issue: for an issue with a frame, +1 argues for the frame (its stance times the
 * side its words take); for an issue without one, its stance. The issue label is a claim with orientation +1.
 */
export function orientation(c: IssueClaim, issue: Pick<Issue, 'frame'>): 1 | -1 {
  const side = issue.frame && c.features.frame === issue.frame ? c.features.side : 1;
  return (c.claim.stance * side) as 1 | -1;
}

/** Every actor's position on every issue it made a claim about. */
export function positionsOf(issues: Issue[]): Position[] {
  const out = new Map<string, Position>();
  for (const issue of issues) {
    for (const c of issue.claims) {
      const actor = c.claim.speaker;
      if (!actor) continue;
      const key = `${actor}\u0000${issue.id}`;
      const p = out.get(key) ?? out.set(key, { actor, issue: issue.id, agree: 0, disagree: 0, stance: 'agree', evidence: [] }).get(key)!;
      const o = orientation(c, issue);
      if (o > 0) p.agree++; else p.disagree++;
      p.evidence.push({ doc: c.claim.evidence.docId, sentence: c.claim.evidence.sentence, text: c.claim.evidence.text, claim: c.claim.text, cue: c.claim.cue, orientation: o, ...(c.date && { date: c.date }) });
    }
  }
  for (const p of out.values()) p.stance = p.agree && p.disagree ? 'both' : p.agree ? 'agree' : 'disagree';
  return [...out.values()].sort((a, b) => byCodeUnit(a.actor, b.actor) || byCodeUnit(a.issue, b.issue));
}

/**
 * The part of the results that positions read: each document's id and date, its claims with a named
 * speaker in article voice, and the mentions inside them. Small enough to hand to another thread.
 */
export function positionsInput(results: DocumentResult[]): DocumentResult[] {
  return results.map((r) => {
    const claims = r.claims.filter(positionClaim);
    const mentions = r.mentions.filter((m) => claims.some((c) => m.start >= c.contentStart && m.end <= c.contentEnd));
    return { doc: { id: r.doc.id, ...(r.doc.date && { date: r.doc.date }) }, sentences: [], mentions, relations: [], claims, messages: [] };
  });
}

/** Issues and positions from extraction results (claims with a named speaker). */
export function buildPositions(results: DocumentResult[], threshold = ISSUE_THRESHOLD, issues = groupIssues(issueClaims(results), threshold)): Positions {
  const counts = new Map<string, Map<string, number>>();
  for (const i of issues) {
    for (const { claim } of i.claims) {
      const m = claim.speakerMention;
      if (!claim.speaker || !m || PRONOUN.test(m.text)) continue;
      const c = counts.get(claim.speaker) ?? counts.set(claim.speaker, new Map()).get(claim.speaker)!;
      c.set(m.text, (c.get(m.text) ?? 0) + 1);
    }
  }
  const names = Object.fromEntries([...counts].sort((a, b) => byCodeUnit(a[0], b[0]))
    .map(([id, c]) => [id, [...c].sort((a, b) => b[0].length - a[0].length || b[1] - a[1] || byCodeUnit(a[0], b[0]))[0][0]]));
  return { issues, positions: positionsOf(issues), names };
}
