import type { Parse } from '../cache.ts';

/** One word of a sentence with its compromise tags and offsets in the document text. */
export interface Tok {
  i: number;
  text: string;
  lower: string;
  start: number;
  end: number;
  /** compromise's own tag set, shared with the parse and every extractor: read it, never change it. */
  tags: ReadonlySet<string>;
  /** Punctuation compromise kept around the word ("“", ", "). */
  pre: string;
  post: string;
}

/** The words of a parsed sentence; `base` is the sentence's start in the document. */
export function tokensOf(parse: Parse, base: number): Tok[] {
  const out: Tok[] = [];
  for (const t of parse) {
    if (!t.text) continue;
    const start = base + t.start;
    out.push({ i: out.length, text: t.text, lower: t.text.toLowerCase(), start, end: start + t.text.length, tags: t.tags, pre: t.pre, post: t.post });
  }
  return out;
}

export const has = (t: Tok | undefined, tag: string) => Boolean(t?.tags.has(tag));
export const isVerb = (t: Tok | undefined) => has(t, 'Verb') && !has(t, 'Auxiliary');
/** A comma, colon, semicolon or dash right after the word. */
export const breaksAfter = (t: Tok | undefined) => Boolean(t && /[,;:—–]|\s-\s/.test(t.post));
export const breaksBefore = (t: Tok | undefined) => Boolean(t && /[,;:—–(]/.test(t.pre));

const OPEN = new Set(['“', '«', '„']);
const CLOSE = new Set(['”', '»']);

/** Quoted stretches of a text: [start, end) of the words inside the marks, offsets from `base`. */
export interface Quotes {
  spans: Array<[number, number]>;
  /** The text opens a quotation it does not close (it goes on in a later sentence). */
  openAtEnd: boolean;
  /** The text closes a quotation it did not open (it began in an earlier sentence). */
  closesEarlier: boolean;
}

/** Finds quotation marks in a sentence; straight double quotes pair up in order. */
export function quotesOf(text: string, base = 0): Quotes {
  const spans: Array<[number, number]> = [];
  let open: number | null = null;
  let closesEarlier = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const straight = c === '"';
    if (OPEN.has(c) || (straight && open === null && !/[\p{L}\p{N}.,!?]/u.test(text[i - 1] ?? ' '))) {
      open = i + 1;
    } else if (CLOSE.has(c) || straight) {
      if (open === null) { if (!spans.length && !closesEarlier) { closesEarlier = true; spans.push([0 + base, i + base]); } continue; }
      spans.push([open + base, i + base]);
      open = null;
    }
  }
  if (open !== null) spans.push([open + base, text.length + base]);
  return { spans, openAtEnd: open !== null, closesEarlier };
}
