import nlp from 'compromise';
import { fastSweep } from './sweep.ts';

// compromise's match-net spends most of its time choosing which patterns to try (src/nlp/sweep.ts)
nlp.plugin(fastSweep as unknown as Parameters<typeof nlp.plugin>[0]);

// the chunker (noun/verb phrase chunks) runs last and only sets `term.chunk`, which no extractor reads
const hooks = (nlp as unknown as { hooks(): string[] }).hooks();
hooks.splice(0, hooks.length, ...hooks.filter((h) => h !== 'chunks'));

/** The one compromise instance of the process; plugins are registered here once, never per call. */
export { nlp };
export type View = ReturnType<typeof nlp>;
