import nlp from 'compromise';

/** The one compromise instance of the process; plugins are registered here once, never per call. */
export { nlp };
export type View = ReturnType<typeof nlp>;
