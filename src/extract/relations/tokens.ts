import type { Mention } from '../../types.ts';
import type { View } from '../../nlp/nlp.ts';

/** A word of the sentence with its tags, lemma, the punctuation after it and the mention it belongs to (-1 for none). */
export interface Tok {
  i: number;
  text: string;
  /** Lower-case form without punctuation. */
  norm: string;
  /** Verb infinitive or singular noun when compromise knows it, else `norm`. */
  lemma: string;
  tags: Set<string>;
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

interface TermJson {
  text: string;
  pre: string;
  post: string;
  normal: string;
  root?: string;
  tags: string[];
  offset: { start: number; length: number };
}

const PREFIXES = new Set(['pro', 'anti']);
/** Irregular participles the tagger leaves without their infinitive. */
const PARTICIPLES: Record<string, string> = { broken: 'break', forsaken: 'forsake', stricken: 'strike', withdrawn: 'withdraw', undertaken: 'undertake', overrun: 'overrun', driven: 'drive', forbidden: 'forbid', frozen: 'freeze', shaken: 'shake' };

/**
 * Words of a parsed sentence. Hyphenated compounds that join an actor to a word
 * ("anti-Assad", "U.S.-Russian", "pro-US") are split so that each actor is its own word.
 */
export function tokensOf(view: View, sentenceStart: number, sentenceText: string, mentions: Mention[], freed: Array<[number, number]> = []): Tok[] {
  view.compute('root');
  const terms = (view.json({ offset: true, terms: { offset: true } }) as Array<{ terms: TermJson[] }>).flatMap((s) => s.terms);
  const toks: Tok[] = [];
  const mentionAt = (a: number, b: number) => (freed.some(([x, y]) => x < b && a < y) ? -1 : mentions.findIndex((m) => m.start < b && a < m.end));
  const push = (t: Omit<Tok, 'i' | 'm' | 'within'>) => toks.push({ ...t, i: toks.length, m: mentionAt(t.start, t.end), within: freed.some(([x, y]) => x < t.end && t.start < y) });
  for (const t of terms) {
    if (!t.offset) continue;
    const start = sentenceStart + t.offset.start;
    const raw = sentenceText.slice(t.offset.start, t.offset.start + t.offset.length);
    const text = t.text || raw;
    const tags = new Set(t.tags);
    const post = (t.post ?? '').trim(), pre = (t.pre ?? '').trim();
    const norm = (t.normal || text.toLowerCase()).replace(/[^\p{L}\p{N}'.-]/gu, '');
    const word = text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '');
    const wStart = start + Math.max(0, raw.indexOf(word));
    const parts = word.split('-');
    const splitIt = parts.length > 1 && parts.every((p) => p.length) && (PREFIXES.has(parts[0].toLowerCase())
      || parts.some((_, k) => { const a = wStart + parts.slice(0, k).join('-').length + (k ? 1 : 0); return mentionAt(a, a + parts[k].length) >= 0; }));
    if (!splitIt) {
      const hyphen = /-$/.test(text) || /-$/.test(raw) || post === '-';
      push({ text: word || text, norm: norm.replace(/-$/, ''), lemma: (t.root || PARTICIPLES[norm] || norm).replace(/-$/, ''), tags, start: wStart, end: wStart + (word || text).length, post, pre, hyphen });
      continue;
    }
    let at = wStart;
    parts.forEach((p, k) => {
      const last = k === parts.length - 1;
      const lower = p.toLowerCase();
      const ptags = new Set<string>(last ? tags : PREFIXES.has(lower) ? ['Prefix'] : ['Adjective']);
      push({ text: p, norm: lower, lemma: last ? (k === 0 ? lower : (t.root && !t.root.includes('-') ? t.root : lower)) : lower, tags: ptags,
        start: at, end: at + p.length, post: last ? post : '', pre: k === 0 ? pre : '', hyphen: !last });
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
