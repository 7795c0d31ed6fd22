import nlp from 'compromise';
import { fastSweep } from './sweep.ts';
import { remember } from '../memo.ts';

// compromise's match-net spends most of its time choosing which patterns to try (src/nlp/sweep.ts)
nlp.plugin(fastSweep as unknown as Parameters<typeof nlp.plugin>[0]);

// the chunker (noun/verb phrase chunks) runs last and only sets `term.chunk`, which no extractor reads
const hooks = (nlp as unknown as { hooks(): string[] }).hooks();
hooks.splice(0, hooks.length, ...hooks.filter((h) => h !== 'chunks'));

// compromise's roots (compute('root')) run its inflection rules afresh for every plural noun and inflected verb,
// and the same words recur all through a corpus: each word's root is remembered (a pure function of word, model and tense)
type Inflection = (str: string, model: object, form?: string) => string;
function remembered(fn: Inflection): Inflection {
  const byModel = new WeakMap<object, Map<string, string>>();
  return (str, model, form) => {
    let seen = byModel.get(model);
    if (!seen) { seen = new Map(); byModel.set(model, seen); }
    return remember(seen, form === undefined ? str : `${form}\u0000${str}`, 65_536, () => fn(str, model, form));
  };
}
const transform = (nlp as unknown as { world(): { methods: { two: { transform: { noun: { toSingular: Inflection }; verb: { toInfinitive: Inflection } } } } } }).world().methods.two.transform;
transform.noun.toSingular = remembered(transform.noun.toSingular);
transform.verb.toInfinitive = remembered(transform.verb.toInfinitive);

/** The one compromise instance of the process; plugins are registered here once, never per call. */
export { nlp };
export type View = ReturnType<typeof nlp>;
