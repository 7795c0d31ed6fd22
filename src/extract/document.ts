import type { Document, DocumentResult, Evidence, Sentence } from '../types.ts';
import { segment } from '../ingest/segment.ts';
import { findMentions } from '../actors/resolve.ts';
import { extractRelations } from './relations.ts';
import { extractClaims } from './claims.ts';
import type { ExtractContext } from './context.ts';

const evidenceOf = (s: Sentence): Evidence => ({ docId: s.docId, sentence: s.index, start: s.start, end: s.end, text: s.text });

/** The whole pipeline for one document: sentences, mentions, relations and claims. Pure apart from the shared context. */
export function extractDocument(ctx: ExtractContext, doc: Document): DocumentResult {
  const sentences = segment(doc.id, doc.text);
  const mentionsBySentence = findMentions(ctx.matcher, sentences);
  const relations = [];
  const claims = [];
  for (const s of sentences) {
    const ms = mentionsBySentence[s.index];
    const ev = evidenceOf(s);
    relations.push(...extractRelations(ctx, s, ms, ev));
    claims.push(...extractClaims(s, ms, ev));
  }
  const { text: _text, ...meta } = doc;
  return { doc: meta, sentences, mentions: mentionsBySentence.flat(), relations, claims, messages: [] };
}
