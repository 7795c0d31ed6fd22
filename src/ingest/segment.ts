import type { Sentence, Voice } from '../types.ts';

// Words whose trailing period does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'adm', 'rep', 'sen', 'gov', 'pres',
  'st', 'jr', 'sr', 'vs', 'etc', 'no', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m', 'inc', 'ltd', 'co', 'corp', 'dept', 'approx', 'est', 'fig', 'mt', 'ft',
]);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);
/** Over-long sentences are cut here so that one junk line cannot stall the parser. */
export const MAX_SENTENCE_CHARS = 2000;

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\u00a0' || c === '\r';

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

/** Trims whitespace off a span; returns null when nothing is left. */
function trim(text: string, s: number, e: number): [number, number] | null {
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return s < e ? [s, e] : null;
}

/**
 * Splits a document into sentences with exact offsets: line breaks always end a sentence,
 * and within a line terminal punctuation does unless it closes an abbreviation or initial.
 * `voiceAt` tells, for a sentence start offset, whether it lies in a comment thread.
 */
export function segment(docId: string, text: string, voiceAt: (offset: number) => Voice = () => 'article'): Sentence[] {
  const spans: Array<[number, number]> = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      splitLine(text, lineStart, i, spans);
      lineStart = i + 1;
    }
  }
  const sentences: Sentence[] = [];
  for (const [s0, e0] of spans) {
    const t = trim(text, s0, e0);
    if (!t) continue;
    for (let s = t[0]; s < t[1]; s += MAX_SENTENCE_CHARS) {
      const piece = trim(text, s, Math.min(t[1], s + MAX_SENTENCE_CHARS));
      if (!piece) continue;
      const [start, end] = piece;
      sentences.push({ docId, index: sentences.length, start, end, text: text.slice(start, end), voice: voiceAt(start) });
    }
  }
  return sentences;
}
