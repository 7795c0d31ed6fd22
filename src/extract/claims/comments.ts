// What readers argue: in a comment thread, a sentence that says something about a political actor is
// the commenter's claim, with no speaker (the commenter is not an actor) and voice 'comment'.
import type { Mention } from '../../types.ts';
import { has, type Tok } from './tokens.ts';

/** Words that open a comment sentence without being part of what it claims ("No, ...", "Also ..."). */
const OPENERS = new Set(['no', 'yes', 'also', 'but', 'and', 'so', 'well', 'oh', 'aw', 'actually', 'still', 'again', 'besides', 'anyway']);
const PRONOUN = /^(he|she|it|they|him|her|them|his|its|their|we|us|i|me|you)$/i;
const finite = (t: Tok) => has(t, 'Modal') || has(t, 'Copula') || (has(t, 'Verb') && (has(t, 'PresentTense') || has(t, 'PastTense')) && !has(t, 'Gerund'));

/** The word range and cue of a commenter's claim in a sentence, or null when it is a question, an aside, or about no actor. */
export function commentClaim(toks: Tok[], mentions: Mention[], text: string): { a: number; b: number; cue: string } | null {
  if (!mentions.length || toks.length < 4 || /\?\s*$/.test(text)) return null;
  let a = 0;
  while (a < toks.length - 3 && (OPENERS.has(toks[a].lower) || has(toks[a], 'Expression'))) a++;
  const verb = toks.findIndex((t, i) => i >= a && finite(t) && toks[i - 1]?.lower !== 'to');
  if (verb < 0) return null;
  // the claim is about an actor named in it, before or right after its verb
  // named, not a pronoun that coreference resolved, and the subject or close after the verb
  const ends = toks[Math.min(toks.length - 1, verb + 6)].end;
  if (!mentions.some((m) => m.start >= toks[a].start && m.end <= ends && !PRONOUN.test(m.text))) return null;
  return { a, b: toks.length, cue: toks[verb].text };
}
