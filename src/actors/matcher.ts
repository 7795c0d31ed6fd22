import type { ActorEntry } from '../types.ts';
import type { Dictionary } from './dictionary.ts';
import { fold, tokenize, type Token } from './normalize.ts';

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Actor ids ending here, with whether the alias must match case exactly (acronyms such as "US", "IS"). */
  ends?: Array<{ id: string; exactCase: string | null }>;
}

export interface Matcher {
  root: TrieNode;
  entries: Map<string, ActorEntry>;
}

export interface DictionaryHit {
  actorId: string;
  start: number;
  end: number;
  text: string;
  /** Index of the first and one past the last token. */
  from: number;
  to: number;
}

const LEADING_ARTICLE = /^(the)\s+/i;

/** Compiles a dictionary into a token trie: lookup cost grows with the text, not with the number of aliases. */
export function compileMatcher(dict: Dictionary): Matcher {
  const root: TrieNode = { next: new Map() };
  for (const e of dict.entries.values()) {
    for (const alias of new Set([e.label, ...e.aliases])) {
      const bare = alias.replace(LEADING_ARTICLE, '');
      const toks = tokenize(bare);
      if (!toks.length) continue;
      let node = root;
      for (const t of toks) {
        let n = node.next.get(t.key);
        if (!n) { n = { next: new Map() }; node.next.set(t.key, n); }
        node = n;
      }
      // an all-capitals alias (US, IS, UN) only matches in capitals, never the words "us", "is"
      const exactCase = /^[A-Z0-9.\s]+$/.test(bare) && bare.replace(/[^A-Z]/g, '').length <= 5 ? toks.map((t) => t.text).join(' ') : null;
      node.ends ??= [];
      if (!node.ends.some((x) => x.id === e.id && x.exactCase === exactCase)) node.ends.push({ id: e.id, exactCase });
    }
  }
  return { root, entries: dict.entries };
}

const isCapitalised = (t: Token) => /^[\p{Lu}\p{N}]/u.test(t.text);

/**
 * Finds dictionary actors in a text, longest match first. A match must start on a capitalised
 * word, so that common words ("turkey", "chad") are not read as countries.
 */
export function matchActors(m: Matcher, text: string, offset = 0, tokens = tokenize(text, offset)): DictionaryHit[] {
  const hits: DictionaryHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalised(tokens[i])) continue;
    let node: TrieNode | undefined = m.root;
    let best: { id: string; to: number } | null = null;
    for (let j = i; j < tokens.length && node; j++) {
      node = node.next.get(tokens[j].key);
      if (!node?.ends) continue;
      // tokens must be adjacent apart from spaces, hyphens, dots and apostrophes
      const surface = tokens.slice(i, j + 1).map((t) => t.text).join(' ');
      const end = node.ends.find((x) => x.exactCase === null || x.exactCase === surface);
      if (end) best = { id: end.id, to: j + 1 };
    }
    if (best) {
      const start = tokens[i].start, end = tokens[best.to - 1].end;
      hits.push({ actorId: best.id, start, end, text: text.slice(start - offset, end - offset), from: i, to: best.to });
      i = best.to - 1;
    }
  }
  return hits;
}

export { fold };
