import nlp from 'compromise';
import { fastSweep } from './sweep.ts';

// compromise's match-net spends most of its time choosing which patterns to try (src/nlp/sweep.ts)
nlp.plugin(fastSweep as unknown as Parameters<typeof nlp.plugin>[0]);

/** The one compromise instance of the process; plugins are registered here once, never per call. */
export { nlp };
export type View = ReturnType<typeof nlp>;
