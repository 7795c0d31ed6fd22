import { breaksAfter, has, isVerb, type Tok } from './tokens.ts';
import { trailingRun } from '../../text/trail.ts';

/** Words after which a comma closes a claim's content: the next clause is the writer's again, or another speaker's. */
const STOP_AFTER_COMMA = new Set(['while', 'but', 'although', 'though', 'with', 'according', 'citing', 'adding', 'as', 'yet', 'despite', 'even']);
/** Words after which a comma starts a second claim of the same speaker ("..., whereas ..."). */
const SPLIT_AFTER_COMMA = new Set(['whereas']);
const REMARK_NOUNS = new Set(['claim', 'charge', 'allegation', 'assertion', 'statement', 'figure', 'number', 'report', 'view', 'position', 'accusation', 'move', 'reference']);
const LEADING_ADVERBIAL = new Set(['on', 'in', 'at', 'during', 'last', 'this', 'earlier', 'late', 'yesterday', 'today', 'tonight', 'recently', 'also', 'again', 'repeatedly', 'publicly', 'privately', 'separately', 'previously', 'later', 'then', 'now', 'once']);

/** Index where the content starts after a cue: leading dates and "in an interview" phrases, then "that" or a colon are skipped. */
export function contentStart(toks: Tok[], k: number, end: number): number {
  // "said on Thursday in a statement that ...": a "that" soon after, with no verb before it, opens the content
  for (let i = k; i < Math.min(end, k + 9); i++) {
    if (toks[i].lower === 'that' && !has(toks[i], 'Determiner')) return i + 1;
    if (toks[i].lower === 'that') return i + 1;
    // "said in a statement: ..."
    if (/:/.test(toks[i].post) && i + 1 < end) return i + 1;
    if (isVerb(toks[i]) || /[“"]/.test(toks[i].pre) || breaksAfter(toks[i])) break;
  }
  let i = k;
  while (i < end && !/[“"]/.test(toks[i].pre) && (LEADING_ADVERBIAL.has(toks[i].lower) || has(toks[i], 'Date')) && !breaksAfter(toks[i])) i++;
  // "on Thursday" only when a date followed the preposition; otherwise keep the words
  if (i > k && !toks.slice(k, i).some((t) => has(t, 'Date') || LEADING_ADVERBIAL.has(t.lower) && t.lower !== 'on' && t.lower !== 'in' && t.lower !== 'at')) i = k;
  if (i < end && toks[i].lower === 'that') i++;
  return i;
}

/** Whether the words [k, end) up to the next punctuation hold no verb: then the cue closes its sentence ("..., Fabius said on Thursday."). */
export function restHasNoClause(toks: Tok[], k: number): boolean {
  for (let i = k; i < toks.length; i++) {
    if (toks[i].lower === 'that' || has(toks[i], 'Verb') || /[“"]/.test(toks[i].pre)) return false;
    // "told reporters: ..." announces its content
    if (/:/.test(toks[i].post) && i + 1 < toks.length) return false;
    if (breaksAfter(toks[i])) return true;
  }
  return true;
}

/** Content stretches [start, end) in word indices from `k`, cut at clause breaks and at the start of a following cue phrase. */
export function forwardContent(toks: Tok[], k: number, limit: number, cueStarts: number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = k;
  let quoted = false;
  for (let i = k; i < limit; i++) {
    const t = toks[i];
    const next = toks[i + 1];
    // punctuation inside a quotation belongs to the quoted words: no clause break there
    if (/[“"]/.test(t.pre)) quoted = true;
    if (/[”"]/.test(t.post)) { quoted = false; continue; }
    if (quoted) continue;
    if (i > start && t.lower === 'and' && next?.lower === 'that') {
      out.push([start, i]);
      start = i + 2;
      i++;
      continue;
    }
    if (!next || i + 1 >= limit) break;
    if (/;|\s[—–-]\s|—/.test(t.post) || (/:/.test(t.post) && i > start + 2)) { out.push([start, i + 1]); return out.filter(([a, b]) => b > a); }
    if (/,/.test(t.post)) {
      if (SPLIT_AFTER_COMMA.has(next.lower)) { out.push([start, i + 1]); start = i + 2; i++; continue; }
      const nextCue = cueStarts.find((c) => c > i && c <= i + 3);
      // "..., a claim that could not be verified": the writer's comment on what was said
      const remark = (next.lower === 'a' || next.lower === 'an') && REMARK_NOUNS.has(toks[i + 2]?.lower ?? '');
      if (STOP_AFTER_COMMA.has(next.lower) || nextCue !== undefined || remark) { out.push([start, i + 1]); return out.filter(([a, b]) => b > a); }
    }
  }
  out.push([start, limit]);
  return out.filter(([a, b]) => b > a);
}

/**
 * A content that opens with a quotation and goes on past its end ("told the radio “there is an opening” on the
 * talks") is the quotation; the words after it stay in the claim's scope for attribution. Returns the quotation's end.
 */
export function quotedPart(toks: Tok[], a: number, b: number): number {
  if (!/[“"]/.test(toks[a]?.pre ?? '')) return b;
  for (let i = a; i < b - 1; i++) if (/[”"]/.test(toks[i].post) && !/,/.test(toks[i].post)) return i + 1;
  return b;
}

/** The text and offsets of words [a, b), without surrounding quotes and punctuation. */
export function spanText(sentenceText: string, sentenceStart: number, toks: Tok[], a: number, b: number): { start: number; end: number; text: string } | null {
  if (a >= b) return null;
  let start = toks[a].start, end = toks[b - 1].end;
  let text = sentenceText.slice(start - sentenceStart, end - sentenceStart);
  const lead = /^[\s"“”'‘’«»,;:.—–(\[-]+/.exec(text)?.[0].length ?? 0;
  const trail = trailingRun(text, ' "“”\'‘’«»,;:.—–)]-');
  if (lead + trail >= text.length) return null;
  start += lead; end -= trail;
  text = text.slice(lead, text.length - trail);
  return /[\p{L}\p{N}]/u.test(text) ? { start, end, text } : null;
}
