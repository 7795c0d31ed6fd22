import type { Document, DocumentResult, Evidence, Message, Sentence } from '../types.ts';
import { segment } from '../ingest/segment.ts';
import { resolveMentions } from '../actors/resolve.ts';
import { extractRelations } from './relations.ts';
import { claimsNeedParse, extractClaims } from './claims.ts';
import { resolveDiscourse } from './claims/discourse.ts';
import { attributeRelations } from './attribution.ts';
import { voiceAt } from '../ingest/voice.ts';
import type { ExtractContext } from './context.ts';
import { documentParser, type Parse } from './cache.ts';
import { mayHoldCue } from './lexicon.ts';

/** One sentence as the extractors see it: its mentions, its evidence, and the words of a compromise parse made at most once, on demand. */
export interface SentenceInput {
  sentence: Sentence;
  mentions: import('../types.ts').Mention[];
  evidence: Evidence;
  parse: () => Parse;
}

const evidenceOf = (s: Sentence): Evidence => ({ docId: s.docId, sentence: s.index, start: s.start, end: s.end, text: s.text });

/** The whole pipeline for one document: sentences, mentions, relations and claims. Pure apart from the shared context. */
export function extractDocument(ctx: ExtractContext, doc: Document): DocumentResult {
  const messages: Message[] = [];
  const sentences = segment(doc.id, doc.text, voiceAt(doc.text), messages);
  const { mentions: mentionsBySentence, actors: newActors } = resolveMentions(ctx.matcher, sentences, { date: doc.date });
  const relations = [];
  const claims = [];
  // a guess at which sentences the extractors will parse, so that those are parsed together (src/extract/cache.ts)
  const guess = new Int8Array(sentences.length);
  const likely = (i: number) => {
    // asked again at each batch's look-ahead: worked out once
    if (guess[i] === 0) guess[i] = claimsNeedParse(sentences[i], mentionsBySentence[i]) || (new Set(mentionsBySentence[i].map((m) => m.actorId)).size > 1 && mayHoldCue(ctx.lexicon, sentences[i].text)) ? 1 : 2;
    return guess[i] === 1;
  };
  const parseAt = documentParser(sentences.map((s) => s.text), likely);
  for (const s of sentences) {
    const input: SentenceInput = { sentence: s, mentions: mentionsBySentence[s.index], evidence: evidenceOf(s), parse: () => parseAt(s.index) };
    relations.push(...extractRelations(ctx, input));
    claims.push(...extractClaims(ctx, input));
  }
  // speakers named once for several sentences, then relations inside reported speech take their speaker
  const allClaims = resolveDiscourse(ctx.dictionary, doc.text, { sentences, mentions: mentionsBySentence, claims, evidence: evidenceOf });
  const attributed = attributeRelations(relations, allClaims);
  const { text: _text, ...meta } = doc;
  return { doc: meta, sentences, mentions: mentionsBySentence.flat(), relations: attributed, claims: allClaims, actors: newActors, messages: messages.map((m) => ({ file: doc.path ?? doc.id, ...m })) };
}
