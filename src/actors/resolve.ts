import type { Mention, Sentence } from '../types.ts';
import { matchActors, type Matcher } from './matcher.ts';

/** Finds the actors named in each sentence (dictionary matches); offsets are in the document text. */
export function findMentions(matcher: Matcher, sentences: Sentence[]): Mention[][] {
  return sentences.map((s) =>
    matchActors(matcher, s.text, s.start).map((h) => ({ actorId: h.actorId, start: h.start, end: h.end, text: h.text, resolvedBy: 'dictionary' as const })),
  );
}
