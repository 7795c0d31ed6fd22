import fs from 'node:fs';
import path from 'node:path';
import { PREDICATES, type Predicate } from '../types.ts';

/** Predicate cues as data: verb lemma -> relation type. */
export interface Lexicon {
  verbs: Map<string, Predicate>;
}

const DEFAULT_DIR = path.join(path.dirname(new URL(import.meta.url).pathname), '../../data/lexicon');

/** Loads `data/lexicon/predicates.json`; throws a one-line error on an unknown relation type. */
export function loadLexicon(dir = DEFAULT_DIR): Lexicon {
  const file = path.join(dir, 'predicates.json');
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as { verbs: Record<string, string> };
  const verbs = new Map<string, Predicate>();
  for (const [lemma, pred] of Object.entries(raw.verbs)) {
    if (!(PREDICATES as readonly string[]).includes(pred)) throw new Error(`${file}: "${lemma}" maps to unknown relation "${pred}"`);
    verbs.set(lemma, pred as Predicate);
  }
  return { verbs };
}
