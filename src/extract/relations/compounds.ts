import type { Mention } from '../../types.ts';
import { matchActors, type Matcher } from '../../actors/matcher.ts';
import type { Lexicon } from '../lexicon.ts';
import { remember } from '../../memo.ts';

/** Mentions as the relation patterns see them, and the cue words freed from inside mentions. */
export interface Refined {
  /** Actors named inside a longer mention come first, so their words belong to them. */
  mentions: Mention[];
  /** For each mention, the index of the mention that contains it, or -1. */
  outer: number[];
  /** Document offsets of words inside a mention that are cues, not part of the name. */
  freed: Array<[number, number]>;
}

const LEAD = new Set(['from', 'of', 'with', 'by', 'to', 'for', 'against', 'the', 'a', 'an']);
const WORD = /[\p{L}\p{N}.]+/gu;

function isCue(lex: Lexicon, w: string): boolean {
  const lower = w.toLowerCase();
  const bare = lower.replace(/(ies)$/, 'y').replace(/s$/, '').replace(/ed$/, '');
  return lex.modifiers.has(lower) || lex.prefixes.has(lower) || lex.nouns.has(lower) || lex.nouns.has(bare)
    || lex.verbs.has(lower) || lex.verbs.has(bare) || lex.verbs.has(lower.replace(/ing$/, '')) || lex.verbs.has(lower.replace(/d$/, ''));
}

/** Actors named by a proper part of a mention, longest first, not overlapping. */
function innerHits(matcher: Matcher, m: Mention, words: Array<{ start: number; end: number }>): { others: Array<{ actorId: string; start: number; end: number; text: string }>; same: boolean } {
  const out: Array<{ actorId: string; start: number; end: number; text: string }> = [];
  let same = false;
  for (let size = Math.min(words.length - 1, 4); size >= 1; size--) {
    for (let k = 0; k + size <= words.length; k++) {
      const a = words[k].start, b = words[k + size - 1].end;
      if (out.some((h) => h.start < b && a < h.end)) continue;
      const text = m.text.slice(a - m.start, b - m.start);
      const h = matchActors(matcher, text, a).find((x) => x.start === a && x.end === b);
      if (h) { same ||= h.actorId === m.actorId; if (h.actorId !== m.actorId && /^\p{Lu}/u.test(text)) out.push({ actorId: h.actorId, start: a, end: b, text }); }
    }
  }
  return { others: out, same };
}

type Hits = ReturnType<typeof innerHits>;
/** innerHits of the mention texts seen lately, per matcher, with offsets from the mention's start. */
const seenHits = new WeakMap<Matcher, Map<string, Hits>>();
const SEEN_HITS = 4096;

/** innerHits, remembered: the same names recur all through a corpus, and the hits depend only on the mention's actor and text. */
function innerHitsOf(matcher: Matcher, m: Mention, words: Array<{ start: number; end: number }>): Hits {
  let seen = seenHits.get(matcher);
  if (!seen) { seen = new Map(); seenHits.set(matcher, seen); }
  const rel = remember(seen, `${m.actorId}\u0000${m.text}`, SEEN_HITS, () => {
    const abs = innerHits(matcher, m, words);
    return { same: abs.same, others: abs.others.map((h) => ({ ...h, start: h.start - m.start, end: h.end - m.start })) };
  });
  return { same: rel.same, others: rel.others.map((h) => ({ ...h, start: h.start + m.start, end: h.end + m.start })) };
}

/**
 * A long mention may hold a relation of its own: "Russian-backed rebels", "anti-Assad forces",
 * "Russian airstrikes". Another actor named inside it becomes its own mention, and lower-case
 * cue words inside it are freed for the patterns; the mention keeps its span for the output.
 */
export function refineMentions(matcher: Matcher, lex: Lexicon, mentions: Mention[]): Refined {
  const inner: Mention[] = [];
  const freed: Array<[number, number]> = [];
  for (const m of mentions) {
    const words = [...m.text.matchAll(WORD)].map((x) => ({ w: x[0], start: m.start + x.index!, end: m.start + x.index! + x[0].length }));
    if (words.length < 2) continue;
    const found = innerHitsOf(matcher, m, words);
    const same = found.same;
    // an inner actor counts only when a cue joins it to the rest: "Russian-backed", "anti-Assad", "Russian backed"
    const others = found.others.filter((h) => {
      const after = m.text.slice(h.end - m.start), before = m.text.slice(0, h.start - m.start);
      const nextWord = /^\s*([\p{L}]+)/u.exec(after)?.[1] ?? '';
      return after.startsWith('-') || /\b(anti|pro)-?\s*$/i.test(before) || (/^\p{Ll}/u.test(nextWord) && isCue(lex, nextWord));
    });
    for (const h of others) inner.push({ actorId: h.actorId, start: h.start, end: h.end, text: h.text, resolvedBy: m.resolvedBy });
    // a mention that begins with lower-case cue words and prepositions ("help from Iran") frees them
    for (let k = 0; k < words.length - 1 && /^\p{Ll}/u.test(words[k].w) && (isCue(lex, words[k].w) || LEAD.has(words[k].w)); k++) freed.push([words[k].start, words[k].end]);
    words.forEach((x, k) => {
      if (!/^\p{Ll}/u.test(x.w) || !isCue(lex, x.w)) return;
      const last = k === words.length - 1;
      // a final cue word is freed only when the rest names the same actor ("Russian airstrikes")
      if (!last ? others.length > 0 || /^(backed|funded|armed|sponsored|supported|financed|trained|allied|anti|pro)$/i.test(x.w) : same && words.length === 2) freed.push([x.start, x.end]);
    });
  }
  const all = inner.length ? [...inner, ...mentions] : mentions;
  const outer = all.map((m, i) => (i < inner.length ? all.findIndex((c, k) => k >= inner.length && c.start <= m.start && m.end <= c.end) : -1));
  return { mentions: all, outer, freed };
}
