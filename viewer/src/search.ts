// Search suggestions over node labels and aliases. Pure module.
import type { ViewGraph } from './model.ts';

export interface SearchEntry {
  node: string;
  label: string;
  /** The alias that matched, when it is not the label itself. */
  alias: string | null;
  /** Folded text compared against the query. */
  folded: string;
  weight: number;
}

export interface Suggestion {
  node: string;
  label: string;
  alias: string | null;
}

/** Lower case without diacritics or punctuation runs, so "Poutine", "poutine" and "Poutine." compare equal. */
export function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** One entry per label and per distinct alias of every node. */
export function buildSearchIndex(graph: ViewGraph): SearchEntry[] {
  const entries: SearchEntry[] = [];
  graph.forEachNode((node, a) => {
    const weight = a.mentions || a.weightedDegree || 0;
    const seen = new Set<string>();
    // issue nodes are found by the claims grouped in them
    const claims = a.claims && typeof a.claims === 'object' ? Object.keys(a.claims as object) : [];
    for (const text of [a.label, ...Object.keys(a.aliases ?? {}), ...claims]) {
      const folded = fold(text);
      if (!folded || seen.has(folded)) continue;
      seen.add(folded);
      entries.push({ node, label: a.label, alias: text === a.label ? null : text, folded, weight });
    }
  });
  return entries;
}

/** Ranks: whole match, then prefix of the text, then prefix of a word, then anywhere; ties by mentions, then label. */
export function suggest(index: SearchEntry[], query: string, limit = 8): Suggestion[] {
  const q = fold(query);
  if (!q) return [];
  const best = new Map<string, { rank: number; e: SearchEntry }>();
  for (const e of index) {
    if (!e.folded.includes(q)) continue;
    const rank = e.folded === q ? 0 : e.folded.startsWith(q) ? 1 : ` ${e.folded}`.includes(` ${q}`) ? 2 : 3;
    const prev = best.get(e.node);
    // a match on the label beats an equally good match on an alias
    if (!prev || rank < prev.rank || (rank === prev.rank && prev.e.alias !== null && e.alias === null)) best.set(e.node, { rank, e });
  }
  return [...best.values()]
    .sort((a, b) => a.rank - b.rank || b.e.weight - a.e.weight || a.e.label.localeCompare(b.e.label))
    .slice(0, limit)
    .map(({ e }) => ({ node: e.node, label: e.label, alias: e.alias }));
}
