// Claims put as a noun with its possessor: "Russia's call for free elections", "its claim that the
// strikes hit only militants", "Moscow's denial that ...". The possessor speaks.
import type { Mention } from '../../types.ts';
import type { SpeechLexicon } from './lexicon.ts';
import type { SpeakerRef } from './speaker.ts';
import { forwardContent } from './content.ts';
import { has, type Tok } from './tokens.ts';

const POSSESSIVE_PRONOUNS: Record<string, string> = { his: 'he', her: 'she', its: 'it', their: 'they' };

const finite = (t: Tok) => has(t, 'Modal') || has(t, 'Copula') || (has(t, 'Verb') && (has(t, 'PresentTense') || has(t, 'PastTense')) && !has(t, 'Gerund'));

/** Index of the finite verb after the first `own` ones (the content's own clause), or `b`. */
function mainVerbAt(toks: Tok[], a: number, b: number, own: number): number {
  let seen = 0;
  for (let i = a; i < b; i++) {
    if (!finite(toks[i]) || toks[i - 1]?.lower === 'to' || (i > a && finite(toks[i - 1]))) continue;
    if (seen++ >= own) return i;
  }
  return b;
}

export interface NominalClaim { speaker: SpeakerRef; cue: string; stance: 1 | -1; spans: Array<[number, number]> }

/** Noun-headed claims of a sentence: a possessor, a speech noun, then the word the noun asks for ("for", "that", "to"). */
export function nominalClaims(toks: Tok[], mentions: Mention[], lex: SpeechLexicon): NominalClaim[] {
  const out: NominalClaim[] = [];
  for (let i = 1; i < toks.length - 2; i++) {
    const noun = lex.nouns.get(toks[i].lower);
    if (!noun || !has(toks[i], 'Noun') || !noun.next.includes(toks[i + 1].lower)) continue;
    const owner = toks[i - 1];
    const pron = POSSESSIVE_PRONOUNS[owner.lower];
    const possessive = /[’']s$/.test(owner.text) || has(owner, 'Possessive');
    if (!pron && !possessive) continue;
    const src = { start: owner.start, end: owner.end, text: owner.text };
    let speaker: SpeakerRef;
    if (pron) speaker = { mention: null, pronoun: { ...src, text: pron }, source: src, fallback: mentions.find((m) => m.start === owner.start) };
    else {
      const m = mentions.filter((x) => x.start < owner.end && x.end > owner.start - 40 && x.end <= owner.end).pop();
      if (!m) continue;
      speaker = { mention: m, pronoun: null, source: { start: m.start, end: m.end, text: m.text } };
    }
    // "call for X", "claim that X": the content starts after the linking word ("to" stays: "plan to withdraw")
    const start = toks[i + 1].lower === 'to' ? i + 1 : i + 2;
    const spans = forwardContent(toks, start, toks.length, []).slice(0, 1);
    if (!spans.length) continue;
    // the noun phrase is the subject or object of the sentence: its content ends where the sentence's own verb begins
    spans[0][1] = mainVerbAt(toks, spans[0][0], spans[0][1], toks[i + 1].lower === 'that' ? 1 : 0);
    if (spans[0][1] > spans[0][0]) out.push({ speaker, cue: toks[i].text, stance: noun.stance, spans });
  }
  return out;
}
