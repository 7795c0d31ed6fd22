import fs from 'node:fs';
import path from 'node:path';

/** How the content of a speech cue is laid out after it (see data/lexicon/speech.json). */
export type Frame = 'clause' | 'object' | 'object-content' | 'np';

export interface SpeechCue {
  lemma: string;
  frame: Frame;
  stance: 1 | -1;
  /** A word that must follow the verb ("call for", "point out"). */
  particle?: string;
  /** The content must open with "that", a colon or a quotation ("the poll found that ..."). */
  needsThat?: boolean;
}

export interface SpeechLexicon {
  /** Lower-case surface form -> cues it may start. */
  forms: Map<string, SpeechCue[]>;
  /** Cheap pre-filter: does a sentence hold any cue word at all? */
  anyCue: RegExp;
  according: string[];
  denialNouns: Set<string>;
  /** Speech nouns after a possessor ("Russia's call for ..."): noun -> words that must follow it, and stance. */
  nouns: Map<string, { next: string[]; stance: 1 | -1 }>;
}

const FILE = path.join(path.dirname(new URL(import.meta.url).pathname), '../../../data/lexicon/speech.json');

const VOWEL = /[aeiou]/;
/** Regular inflections of an English verb: 3sg, past, -ing. Irregular ones are listed in the data. */
export function inflect(lemma: string): string[] {
  const s = /(s|x|z|ch|sh)$/.test(lemma) ? `${lemma}es` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  const ed = lemma.endsWith('e') ? `${lemma}d` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ied` : `${lemma}ed`;
  const ing = lemma.endsWith('ie') ? `${lemma.slice(0, -2)}ying` : lemma.endsWith('e') && !lemma.endsWith('ee') && VOWEL.test(lemma.slice(0, -1)) ? `${lemma.slice(0, -1)}ing` : `${lemma}ing`;
  return [lemma, s, ed, ing];
}

/** Inflected forms that are, capitalised, mostly names or nouns. */
const CAP_NOUNS = new Set(['states', 'reports', 'notes', 'points', 'claims', 'answers', 'remarks', 'comments', 'fears', 'hopes', 'doubts', 'counters', 'jokes', 'hints', 'guesses', 'repeats', 'worries']);

let cached: SpeechLexicon | undefined;

/** Loads data/lexicon/speech.json once per process; throws a one-line error naming the file on bad data. */
export function speechLexicon(file = FILE): SpeechLexicon {
  if (cached && file === FILE) return cached;
  let raw: { verbs: Record<string, { frame: Frame; stance?: number; forms?: string[]; particle?: string; lemma?: string; that?: boolean }>; according: string[]; denialNouns: string[]; nouns?: Record<string, { next: string[]; stance?: number }> };
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: cannot read speech lexicon (${(e as Error).message.split('\n')[0]})`);
  }
  const forms = new Map<string, SpeechCue[]>();
  for (const [key, v] of Object.entries(raw.verbs)) {
    if (!['clause', 'object', 'object-content', 'np'].includes(v.frame)) throw new Error(`${file}: cue "${key}" has unknown frame "${v.frame}"`);
    const lemma = v.lemma ?? key;
    const cue: SpeechCue = { lemma, frame: v.frame, stance: v.stance === -1 ? -1 : 1, particle: v.particle, needsThat: v.that === true };
    const all = v.forms ? [lemma, ...v.forms] : inflect(lemma);
    for (const f of new Set(all)) {
      const list = forms.get(f) ?? [];
      // cues with a particle are tried first: "called on" before "called"
      list.push(cue);
      list.sort((a, b) => Number(Boolean(b.particle)) - Number(Boolean(a.particle)));
      forms.set(f, list);
    }
  }
  // case matters: "Islamic State" or "United States" must not cost a parse; headlines keep "Says", "Calls for"
  const cap = (w: string) => w[0].toUpperCase() + w.slice(1);
  const lemmas = new Set([...forms.values()].flat().map((c) => c.lemma));
  const capitalised = [...forms.keys()].filter((f) => !lemmas.has(f) && !CAP_NOUNS.has(f)).map(cap);
  const according = raw.according.map((a) => a.split(' ')[0]);
  const words = [...forms.keys(), ...capitalised, ...according, ...according.map(cap), ...Object.keys(raw.nouns ?? {})];
  const anyCue = new RegExp(`\\b(?:${[...new Set(words)].sort().join('|')})\\b`);
  const nouns = new Map(Object.entries(raw.nouns ?? {}).map(([n, v]) => [n, { next: v.next, stance: (v.stance === -1 ? -1 : 1) as 1 | -1 }]));
  const lex = { forms, anyCue, according: raw.according, denialNouns: new Set(raw.denialNouns), nouns };
  if (file === FILE) cached = lex;
  return lex;
}
