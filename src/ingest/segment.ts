import type { Message, Sentence, Voice } from '../types.ts';

// Words whose trailing period does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'adm', 'rep', 'sen', 'gov', 'pres',
  'st', 'jr', 'sr', 'vs', 'etc', 'no', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m', 'inc', 'ltd', 'co', 'corp', 'dept', 'approx', 'est', 'fig', 'mt', 'ft',
]);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);
/** Over-long sentences are cut here so that one junk line cannot stall the parser. */
export const MAX_SENTENCE_CHARS = 2000;

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\u00a0' || c === '\r' || (c > '\u007f' && /\s/.test(c));
// Every line break a text may use: LF, CR (old Mac and CRLF), VT, FF, NEL, LINE and PARAGRAPH SEPARATOR.
const isBreak = (c: string) => c === '\n' || c === '\r' || c === '\u000b' || c === '\u000c' || c === '\u0085' || c === '\u2028' || c === '\u2029';
const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Where to cut a span [s, e) longer than MAX_SENTENCE_CHARS: at the last whitespace of the window's
 * last quarter when there is one, else at the limit, moved back so that no surrogate pair is split.
 */
function cutPoint(text: string, s: number): number {
  const limit = s + MAX_SENTENCE_CHARS;
  for (let i = limit; i > limit - MAX_SENTENCE_CHARS / 4; i--) if (isSpace(text[i - 1])) return i;
  return isHigh(text.charCodeAt(limit - 1)) && isLow(text.charCodeAt(limit)) ? limit - 1 : limit;
}

/** Whether the text after a period at `i` starts a new sentence (not an abbreviation or a number). */
function periodEnds(text: string, i: number, lineEnd: number): boolean {
  if (text[i] !== '.') return true;
  let w = i;
  while (w > 0 && /[A-Za-z.]/.test(text[w - 1])) w--;
  const word = text.slice(w, i).toLowerCase();
  if (ABBREVIATIONS.has(word)) {
    // "the U.S. Army" goes on; "in the U.S. The ..." ends: only a capitalised non-name after U.S. is ambiguous, keep going
    return false;
  }
  if (/^[a-z]$/i.test(word)) return false; // initials: "George W. Bush"
  const next = text[i + 1];
  if (next !== undefined && /[0-9A-Za-z]/.test(next)) return false; // 3.5, example.com
  let j = i + 1;
  while (j < lineEnd && (isSpace(text[j]) || CLOSERS.has(text[j]))) j++;
  if (j < lineEnd && /[a-z]/.test(text[j])) return false;
  return true;
}

/** Splits one line [from, to) into sentence spans. */
function splitLine(text: string, from: number, to: number, out: Array<[number, number]>): void {
  let start = from;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    let end = i + 1;
    while (end < to && (text[end] === '.' || text[end] === '!' || text[end] === '?' || text[end] === '…')) end++;
    while (end < to && CLOSERS.has(text[end])) end++;
    if (end < to && !isSpace(text[end])) { i = end - 1; continue; }
    if (c === '.' && end === i + 1 && !periodEnds(text, i, to)) continue;
    out.push([start, end]);
    start = end;
    i = end - 1;
  }
  out.push([start, to]);
}

// List markers that open a line ("• Yes!", "- item", "* item") belong to the layout, not to the sentence.
const BULLETS = new Set(['•', '◦', '▪', '▫', '‣', '●', '○', '■', '□', '·', '-', '*', '–', '—']);

/** Trims whitespace (and, with `bullets`, leading list markers) off a span; returns null when nothing is left. */
function trim(text: string, s: number, e: number, bullets = false): [number, number] | null {
  while (s < e && /\s/.test(text[s])) s++;
  while (bullets && s + 1 < e && BULLETS.has(text[s]) && /\s/.test(text[s + 1])) {
    s++;
    while (s < e && /\s/.test(text[s])) s++;
  }
  while (e > s && /\s/.test(text[e - 1])) e--;
  return s < e ? [s, e] : null;
}

/**
 * Splits a document into sentences with exact offsets: line breaks always end a sentence,
 * and within a line terminal punctuation does unless it closes an abbreviation or initial.
 * `voiceAt` tells, for a sentence start offset, whether it lies in a comment thread.
 * A sentence longer than MAX_SENTENCE_CHARS is cut into pieces; `messages`, when given,
 * receives one warning per document that had any.
 */
export function segment(docId: string, text: string, voiceAt: (offset: number) => Voice = () => 'article', messages?: Message[]): Sentence[] {
  const spans: Array<[number, number]> = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || isBreak(text[i])) {
      splitLine(text, lineStart, i, spans);
      lineStart = i + 1;
    }
  }
  const sentences: Sentence[] = [];
  const push = (start: number, end: number) => {
    sentences.push({ docId, index: sentences.length, start, end, text: text.slice(start, end), voice: voiceAt(start) });
  };
  let cut = 0;
  let longest = 0;
  let firstCut = -1;
  for (const [s0, e0] of spans) {
    const t = trim(text, s0, e0, true);
    if (!t) continue;
    if (t[1] - t[0] <= MAX_SENTENCE_CHARS) { push(t[0], t[1]); continue; }
    cut++;
    longest = Math.max(longest, t[1] - t[0]);
    if (firstCut < 0) firstCut = t[0];
    for (let s = t[0]; s < t[1];) {
      const e = t[1] - s <= MAX_SENTENCE_CHARS ? t[1] : cutPoint(text, s);
      const piece = trim(text, s, e);
      if (piece) push(piece[0], piece[1]);
      s = e;
    }
  }
  if (cut && messages) {
    let line = 1;
    for (let i = 0; i < firstCut; i++) if (text[i] === '\n') line++;
    messages.push({
      severity: 'warning', ruleId: 'sentence-too-long',
      reason: `document "${docId}": ${cut} sentence${cut === 1 ? '' : 's'} longer than ${MAX_SENTENCE_CHARS} characters (the longest ${longest}, the first at text line ${line}) cut into pieces`,
    });
  }
  return sentences;
}
