import type { Mention } from '../../types.ts';
import type { Parse } from '../cache.ts';

/** A word of the sentence with its tags, lemma, the punctuation after it and the mention it belongs to (-1 for none). */
export interface Tok {
  i: number;
  text: string;
  /** Lower-case form without punctuation. */
  norm: string;
  /** Verb infinitive or singular noun when compromise knows it, else `norm`. */
  lemma: string;
  /** compromise's own tag set, shared with the parse and every extractor: read it, never change it. */
  tags: ReadonlySet<string>;
  /** Offsets in the document text. */
  start: number;
  end: number;
  /** Punctuation that follows the word ("," ";" "—"), trimmed. */
  post: string;
  /** Punctuation that precedes the word (an opening quote or bracket), trimmed. */
  pre: string;
  /** Index into the sentence's mentions, or -1. */
  m: number;
  /** The word lies inside a mention's span but was freed as a cue ("backed" in "Russian backed rebels"). */
  within: boolean;
  /** The word ended in a hyphen that joined it to the next ("Russian-backed"). */
  hyphen: boolean;
}

const PREFIXES = new Set(['pro', 'anti']);
const PLAIN = /^[a-z0-9]+$/i;
/** Irregular participles the tagger leaves without their infinitive. */
const PARTICIPLES: Record<string, string> = { broken: 'break', forsaken: 'forsake', stricken: 'strike', withdrawn: 'withdraw', undertaken: 'undertake', overrun: 'overrun', driven: 'drive', forbidden: 'forbid', frozen: 'freeze', shaken: 'shake' };

/**
 * Words of a parsed sentence. Hyphenated compounds that join an actor to a word
 * ("anti-Assad", "U.S.-Russian", "pro-US") are split so that each actor is its own word.
 */
export function tokensOf(parse: Parse, sentenceStart: number, sentenceText: string, mentions: Mention[], freed: Array<[number, number]> = []): Tok[] {
  const toks: Tok[] = [];
  const isFreed = (a: number, b: number) => { for (const [x, y] of freed) if (x < b && a < y) return true; return false; };
  const mentionAt = (a: number, b: number) => {
    if (freed.length > 0 && isFreed(a, b)) return -1;
    for (let k = 0; k < mentions.length; k++) if (mentions[k].start < b && a < mentions[k].end) return k;
    return -1;
  };
  const push = (text: string, norm: string, lemma: string, tags: ReadonlySet<string>, start: number, end: number, post: string, pre: string, hyphen: boolean) => {
    toks.push({ text, norm, lemma, tags, start, end, post, pre, hyphen, i: toks.length, m: mentionAt(start, end), within: freed.length > 0 && isFreed(start, end) });
  };
  for (const t of parse) {
    const start = sentenceStart + t.start;
    const raw = sentenceText.slice(t.start, t.start + t.length);
    const text = t.text || raw;
    const tags = t.tags;
    const post = t.post.trim(), pre = t.pre.trim();
    // most words are plain letters and digits, which the clean-ups below leave as they are
    const lower = t.normal || text.toLowerCase();
    const norm = PLAIN.test(lower) ? lower : lower.replace(/[^\p{L}\p{N}'.-]/gu, '');
    const word = PLAIN.test(text) ? text : text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '');
    const wStart = start + Math.max(0, raw.indexOf(word));
    const parts = word.includes('-') ? word.split('-') : null;
    const splitIt = parts !== null && parts.every((p) => p.length) && (PREFIXES.has(parts[0].toLowerCase())
      || parts.some((_, k) => { const a = wStart + parts.slice(0, k).join('-').length + (k ? 1 : 0); return mentionAt(a, a + parts[k].length) >= 0; }));
    if (!splitIt) {
      const hyphen = text.endsWith('-') || raw.endsWith('-') || post === '-';
      const w = word || text;
      push(w, norm.replace(/-$/, ''), (t.root || PARTICIPLES[norm] || norm).replace(/-$/, ''), tags, wStart, wStart + w.length, post, pre, hyphen);
      continue;
    }
    let at = wStart;
    parts.forEach((p, k) => {
      const last = k === parts.length - 1;
      const lower = p.toLowerCase();
      const ptags = new Set<string>(last ? tags : PREFIXES.has(lower) ? ['Prefix'] : ['Adjective']);
      push(p, lower, last ? (k === 0 ? lower : (t.root && !t.root.includes('-') ? t.root : lower)) : lower, ptags,
        at, at + p.length, last ? post : '', k === 0 ? pre : '', !last);
      at += p.length + 1;
    });
  }
  return toks;
}

/** The mention groups of a sentence: for each mention index, its first and last token. */
export function mentionSpans(toks: Tok[], count: number): Array<[number, number] | null> {
  const spans: Array<[number, number] | null> = Array.from({ length: count }, () => null);
  for (const t of toks) {
    if (t.m < 0) continue;
    const s = spans[t.m];
    spans[t.m] = s ? [s[0], t.i] : [t.i, t.i];
  }
  return spans;
}
