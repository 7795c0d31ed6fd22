import type { Modality } from '../../types.ts';
import type { Lexicon } from '../lexicon.ts';
import type { Tok } from './tokens.ts';

/** True when a phrase of the list occurs in the words, matched on lemma or surface form. */
export function hasPhrase(words: Tok[], list: string[][]): boolean {
  for (let i = 0; i < words.length; i++) {
    for (const p of list) {
      let ok = true;
      for (let k = 0; k < p.length && ok; k++) {
        const w = words[i + k];
        ok = !!w && (w.lemma === p[k] || w.norm === p[k] || (p[k] === "n't" && w.tags.has('Negative')));
      }
      if (ok) return true;
    }
  }
  return false;
}

/** Negation and modality of a relation from the words that govern its cue (between source and cue). */
export function judge(lex: Lexicon, chain: Tok[], opts: { demandedBy?: Tok[]; conditional?: boolean; cueNegated?: boolean } = {}): { negated: boolean; modality: Modality } {
  const negative = chain.some((t) => t.tags.has('Negative')) || hasPhrase(chain, lex.negation);
  const negated = negative !== Boolean(opts.cueNegated);
  let modality: Modality = 'asserted';
  if (opts.demandedBy && hasPhrase(opts.demandedBy, lex.demanded)) modality = 'demanded';
  else if (hasPhrase(chain, lex.demanded.filter((p) => !['call', 'urge', 'demand', 'insist', 'press', 'ask'].includes(p[0])))) modality = 'demanded';
  else if (opts.conditional || hasPhrase(chain, lex.possible)) modality = 'possible';
  else if (hasPhrase(chain, lex.intended)) modality = 'intended';
  return { negated, modality };
}
