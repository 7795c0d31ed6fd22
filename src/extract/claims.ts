import type { Claim } from '../types.ts';
import type { ExtractContext } from './context.ts';
import type { SentenceInput } from './document.ts';

const CUE = /\b(said|says|say|told|insisted|argued|warned|demanded|denied|rejected|called for)\b/;

/** Claims of one sentence: an actor followed by a speech verb; the rest of the sentence is the content. */
export function extractClaims(_ctx: ExtractContext, { sentence, mentions, evidence }: SentenceInput): Claim[] {
  const m = CUE.exec(sentence.text);
  if (!m) return [];
  const cueAt = sentence.start + m.index;
  const speaker = mentions.filter((x) => x.end <= cueAt).pop() ?? null;
  const contentStart = cueAt + m[0].length + 1;
  if (contentStart >= sentence.end) return [];
  const stance = /denied|rejected/.test(m[0]) ? -1 : 1;
  return [{
    speaker: speaker?.actorId ?? null, stance, text: sentence.text.slice(contentStart - sentence.start), cue: m[0],
    contentStart, contentEnd: sentence.end, speakerMention: speaker, voice: sentence.voice, evidence,
  }];
}
