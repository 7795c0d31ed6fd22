import fs from 'node:fs';
import path from 'node:path';
import { PREDICATES, type Predicate } from '../types.ts';

/** One predicate cue: the relation it signals, whether the cue itself denies it ("disagree"), and its frame. */
export interface Cue {
  type: Predicate;
  negated: boolean;
  /** 'to': only "V X to ..." (call for X to join); 'reverse': the prepositional object is the source (help from X);
   * 'vp': the target is in the infinitive after it (threatened to cut off gas to X); 'changed': a neutral noun that
   * signals only when a verb builds or breaks it (restore relations with X); 'adjacent': the particle follows the verb
   * directly, since an object before it is the addressee (warn of X, but warn Y about X). */
  frame?: 'to' | 'reverse' | 'vp' | 'changed' | 'adjacent';
}

/** A cue keyed by its head lemma: the words that must follow it (particle or preposition), '' for none. */
export type Headed = Map<string, Map<string, Cue>>;

/** Predicate cues and negation/modality markers, loaded from data/lexicon/. */
export interface Lexicon {
  verbs: Headed;
  nouns: Headed;
  predicatives: Headed;
  /** X-backed Y: X relation Y. */
  modifiers: Map<string, Cue>;
  /** pro-X Y: Y relation X. */
  prefixes: Map<string, Cue>;
  reciprocal: Set<Predicate>;
  negation: string[][];
  possible: string[][];
  intended: string[][];
  demanded: string[][];
  conditional: string[][];
  /** Verbs that take a clause: the actor after them is the clause's subject, not their object ("said Russia backs ..."). */
  clauseVerbs: Set<string>;
  /** Modals of obligation: "X said Y must go" makes X demand of Y. */
  obligation: string[][];
  /** What a reported obligation asks: "Y must go" (the speaker opposes Y), "Y should stay" (supports Y). */
  obligationAgainst: string[][];
  obligationFor: string[][];
  /** Verbs that undo a measure: "lifted sanctions on X" is a concession to X, "suspended aid to X" a sanction. */
  reversers: Set<string>;
  /** Verbs that build a tie: "restored relations with X". */
  builders: Set<string>;
  /** Word beginnings that any cue starts with: a sentence without one is not parsed. */
  stems: Set<string>;
}

const DEFAULT_DIR = path.join(path.dirname(new URL(import.meta.url).pathname), '../../data/lexicon');
// inflections that do not begin like their lemma, for the cheap pre-check
const IRREGULAR = ['fought', 'struck', 'met', 'hit', 'shot', 'drove', 'driven', 'sought', 'stood', 'gave', 'overran', 'rose', 'risen', 'held', 'broke', 'cut', 'bore', 'leapt', 'led', 'won', 'told', 'against', 'talks'];

function parseCue(file: string, key: string, raw: unknown): Cue {
  const obj = typeof raw === 'string' ? { type: raw } : (raw as { type?: string; frame?: string });
  let type = String(obj?.type ?? '');
  const negated = type.startsWith('!');
  if (negated) type = type.slice(1);
  if (!(PREDICATES as readonly string[]).includes(type)) throw new Error(`${file}: "${key}" maps to unknown relation "${type}"`);
  const frame = obj.frame === 'to' || obj.frame === 'reverse' || obj.frame === 'vp' || obj.frame === 'changed' || obj.frame === 'adjacent' ? obj.frame : undefined;
  return { type: type as Predicate, negated, ...(frame && { frame }) };
}

function headed(file: string, table: Record<string, unknown> | undefined): Headed {
  const out: Headed = new Map();
  for (const [key, raw] of Object.entries(table ?? {})) {
    if (key.startsWith('_')) continue;
    const [head, ...rest] = key.toLowerCase().split(/\s+/);
    if (!out.has(head)) out.set(head, new Map());
    out.get(head)!.set(rest.join(' '), parseCue(file, key, raw));
  }
  return out;
}

const phrases = (list: unknown): string[][] => (Array.isArray(list) ? list.map((s) => String(s).toLowerCase().split(/\s+/)) : []);

function readJson(file: string): Record<string, unknown> {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (e) {
    throw new Error(`${file}: cannot read lexicon (${(e as Error).message.split('\n')[0]})`);
  }
}

/** Loads `predicates.json` and `modality.json`; throws a one-line error naming the file on bad data. */
export function loadLexicon(dir = DEFAULT_DIR): Lexicon {
  const pf = path.join(dir, 'predicates.json'), mf = path.join(dir, 'modality.json');
  const p = readJson(pf), m = readJson(mf);
  const flat = (t: unknown) => new Map(Object.entries((t ?? {}) as Record<string, unknown>).filter(([k]) => !k.startsWith('_')).map(([k, v]) => [k.toLowerCase(), parseCue(pf, k, v)]));
  const verbs = headed(pf, p.verbs as Record<string, unknown>);
  const nouns = headed(pf, p.nouns as Record<string, unknown>);
  const predicatives = headed(pf, p.predicatives as Record<string, unknown>);
  const modifiers = flat(p.modifiers), prefixes = flat(p.prefixes);
  const reciprocal = new Set<Predicate>();
  for (const r of (p.reciprocal as string[] | undefined) ?? []) {
    if (!(PREDICATES as readonly string[]).includes(r)) throw new Error(`${pf}: reciprocal lists unknown relation "${r}"`);
    reciprocal.add(r as Predicate);
  }
  const stems = new Set<string>(IRREGULAR);
  const stem = (w: string) => w.replace(/-/g, '').slice(0, Math.max(3, Math.min(5, w.length - 1)));
  for (const t of [verbs, nouns]) for (const head of t.keys()) stems.add(stem(head));
  // predicatives often start with a preposition ("at odds with"): the next word is the telling one
  for (const [head, rests] of predicatives) for (const rest of rests.keys()) stems.add(stem(head.length > 3 || !rest ? head : rest.split(' ')[0]));
  for (const w of [...modifiers.keys(), ...prefixes.keys()]) stems.add(stem(w));
  for (const w of ['must', 'should', 'said', 'told', 'thought']) stems.add(w);
  const clauseVerbs = new Set(phrases(m.clauseVerbs).map((x) => x.join(' ')));
  for (const w of clauseVerbs) stems.add(stem(w));
  return {
    verbs, nouns, predicatives, modifiers, prefixes, reciprocal,
    negation: phrases(m.negation), possible: phrases(m.possible), intended: phrases(m.intended),
    demanded: phrases(m.demanded), conditional: phrases(m.conditional), stems,
    clauseVerbs, obligation: phrases(m.obligation), obligationAgainst: phrases(m.obligationAgainst), obligationFor: phrases(m.obligationFor),
    reversers: new Set(phrases(p.reversers).map((x) => x.join(' '))), builders: new Set(phrases(p.builders).map((x) => x.join(' '))),
  };
}

/** True when some word of the text begins like a cue: a cheap test before parsing. */
export function mayHoldCue(lex: Lexicon, text: string): boolean {
  for (const w of text.toLowerCase().split(/[^a-z]+/)) {
    if (w.length < 2) continue;
    if (lex.stems.has(w)) return true;
    for (let n = 3; n <= 5 && n <= w.length; n++) if (lex.stems.has(w.slice(0, n))) return true;
  }
  return false;
}
