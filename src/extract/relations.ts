import type { Mention, Relation } from '../types.ts';
import type { ExtractContext } from './context.ts';
import type { SentenceInput } from './document.ts';
import { mayHoldCue } from './lexicon.ts';
import { hasPhrase, judge } from './relations/negation-modality.ts';
import { modifierCues, nounCues, obligationCues, predicativeCues, verbCues, warCompounds, type Found } from './relations/patterns.ts';
import { mentionSpans, tokensOf } from './relations/tokens.ts';
import { refineMentions } from './relations/compounds.ts';
import type { Sent } from './relations/arguments.ts';

const distinctActors = (ms: Mention[]) => new Set(ms.map((m) => m.actorId)).size;

/**
 * Relations of one sentence: predicate cues from the lexicon (verbs, nouns, compound modifiers,
 * predicatives) whose source and target are actor mentions, with negation and modality.
 * Questions and sentences without two distinct actors give nothing; the sentence is parsed
 * only when it can hold a relation.
 */
export function extractRelations(ctx: ExtractContext, input: SentenceInput): Relation[] {
  const { sentence, evidence, parse } = input;
  const { mentions, freed, outer } = refineMentions(ctx.matcher, ctx.lexicon, input.mentions);
  if (distinctActors(mentions) < 2) return [];
  const text = sentence.text.trim();
  // a question asserts nothing; a statement with a question tacked on still does
  if (/\?["”’)]*$/.test(text) && /^["“‘(]*(what|why|how|who|whom|which|where|when|is|are|was|were|do|does|did|can|could|will|would|should|shall|has|have|had|may|might|must|isn't|aren't|doesn't|don't|didn't|won't|wouldn't)\b/i.test(text)) return [];
  if (!mayHoldCue(ctx.lexicon, text)) return [];
  const lex = ctx.lexicon;
  const toks = tokensOf(parse(), sentence.start, sentence.text, mentions, freed);
  const s: Sent = { toks, spans: mentionSpans(toks, mentions.length), outer };
  const found: Found[] = [];
  verbCues(lex, s, found);
  nounCues(lex, s, found);
  modifierCues(lex, s, found);
  predicativeCues(lex, s, found);
  obligationCues(lex, s, found);
  warCompounds(lex, s, found);

  // "threatened to cut off gas to X": what is threatened has not happened, the threat is the relation; after a refusal
  // or an agreement the complement's relation stays ("refused to back X" negated, "agreed to cooperate with X" intended)
  const vp = found.filter((f) => f.cue.frame === 'vp' && f.cue.type === 'threatens');
  // "offered to negotiate with X", "promised to continue aid to X": the promised act is the relation, the offer adds none
  const promised = found.filter((f) => f.cue.frame === 'vp' && f.cue.type === 'agrees' && toks[f.from].lemma !== 'agree');
  const kept = found.filter((g) => !vp.some((f) => f !== g && g.from > f.to && g.from < f.tgt.from
    && g.src.ms.every((m) => f.src.ms.includes(m)) && g.tgt.ms.every((m) => f.tgt.ms.includes(m))))
    .filter((f) => !promised.includes(f) || !found.some((g) => g !== f && g.cue.frame !== 'vp' && g.from > f.to && g.from <= f.tgt.from
      && g.src.ms.some((m) => f.src.ms.includes(m)) && g.tgt.ms.some((m) => f.tgt.ms.includes(m))));
  // a relation stated inside an "if" clause is only possible
  const firstWords = toks.slice(0, 2);
  const conditional = hasPhrase(firstWords, lex.conditional);
  // a phrase that names several actors at once (a dictionary entry with several codes) gives one triple each,
  // as coordinated actors do; the words belong to the first, so the others join it here
  const alike = (a: number) => mentions.flatMap((m, k) => (m.start === mentions[a].start && m.end === mentions[a].end ? [k] : []));
  const out: Relation[] = [];
  const seen = new Set<string>();
  for (const f of kept) {
    // "..., but if Russia uses X to normalize relations with Y": an "if" before the cue makes it a condition too
    const ifBefore = toks.slice(2, f.from).some((w) => w.norm === 'if' || w.norm === 'unless');
    // "Neither X nor Y attacked Z", "X attacked neither Y nor Z": the correlative before a coordination denies it
    const neither = [toks[f.src.from - 1], toks[f.tgt.from - 1]].filter((w) => w?.norm === 'neither');
    const judged = judge(lex, [...neither, ...f.chain], { demandedBy: f.demandedBy, conditional: conditional || ifBefore, cueNegated: f.cue.negated });
    const { negated } = judged, modality = f.demanded ? 'demanded' : judged.modality;
    const cue = sentence.text.slice(toks[f.from].start - sentence.start, toks[f.to].end - sentence.start);
    for (const a of f.src.ms.flatMap(alike)) {
      for (const b of f.tgt.ms.flatMap(alike)) {
        const sm = mentions[a], tm = mentions[b];
        if (a === b || sm.actorId === tm.actorId) continue;
        const key = `${sm.actorId}|${f.cue.type}|${tm.actorId}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({
          source: sm.actorId, predicate: f.cue.type, target: tm.actorId, negated, modality, attributedTo: null,
          sourceMention: sm, targetMention: tm, cue, evidence,
        });
      }
    }
  }
  return out;
}
