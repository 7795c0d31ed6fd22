import type { Relation } from '../types.ts';
import type { ExtractContext } from './context.ts';
import type { SentenceInput } from './document.ts';

/** Relations of one sentence: a lexicon verb with the nearest actor before it as source and after it as target. */
export function extractRelations(ctx: ExtractContext, { sentence, mentions, evidence, parse }: SentenceInput): Relation[] {
  if (mentions.length < 2) return [];
  const doc = parse();
  const out: Relation[] = [];
  const terms = doc.verbs().json({ offset: true }) as Array<{ text: string; offset: { start: number; length: number }; verb?: { infinitive?: string; negative?: boolean } }>;
  for (const v of terms) {
    const lemma = v.verb?.infinitive?.toLowerCase().split(' ').pop() ?? '';
    const predicate = ctx.lexicon.verbs.get(lemma);
    if (!predicate) continue;
    const at = sentence.start + v.offset.start;
    const before = mentions.filter((m) => m.end <= at).pop();
    const after = mentions.find((m) => m.start >= at + v.offset.length);
    if (!before || !after || before.actorId === after.actorId) continue;
    out.push({
      source: before.actorId, predicate, target: after.actorId, negated: Boolean(v.verb?.negative), modality: 'asserted',
      attributedTo: null, sourceMention: before, targetMention: after, cue: v.text.trim(), evidence,
    });
  }
  return out;
}
