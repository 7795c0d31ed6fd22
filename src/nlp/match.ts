// compromise's `match()` of one match-net pattern on one chunk of a sentence (its match/index.js),
// made cheaper where it cannot change the result. compromise tries the pattern at every word,
// first copying the rest of the chunk; most tries fail on the first word. Here a start is tried
// only where term tests that every match needs there pass: the pattern's first word (a tag, a
// word, a (fast|or), an (a && b) or (a|b c) block) and, while each takes exactly one term, the
// words after it on the terms after it. The tests call compromise's own term matcher, or write
// out its code for the common kinds.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** A parsed pattern word (compromise's "reg"). */
export interface Reg {
  optional?: boolean; negative?: boolean; anything?: boolean; greedy?: boolean; choices?: unknown; operator?: string;
  start?: boolean; end?: boolean; group?: string | number;
  id?: string; word?: string; use?: string; fuzzy?: boolean; tag?: string; fastOr?: Set<string>; pos?: string;
  method?: string; pre?: string; post?: string; regex?: RegExp; chunk?: string; switch?: string; machine?: string; sense?: string;
}
/** A pattern of compromise's match-net. */
export interface MatchObj { match: string; needs: string[]; wants: string[]; minWant: number; minWords: number; ifNo?: string[]; unTag?: unknown; regs: Reg[]; group?: string | number; notIf?: Reg[] }
/** A compromise term, as far as matching reads it. */
export type Term = { id: string; text: string; normal: string; machine?: string | null; root?: string; implicit?: string; alias?: string[]; tags: Set<string> };
type Found = { pointer: number[]; groups: Record<string, number[]> };

// compromise's own phrase and term matchers (pure functions of terms and parsed patterns), which
// it does not export: loaded from the installed package's sources, beside the entry point it resolves to
const MATCH_DIR = path.join(path.dirname(createRequire(import.meta.url).resolve('compromise')), '../../src/1-one/match/methods/match');
const load = async <T>(file: string): Promise<T> => ((await import(pathToFileURL(path.join(MATCH_DIR, file)).href)) as { default: T }).default;
const fromHere = await load<(terms: Term[], regs: Reg[], start: number, length: number) => Found | null>('02-from-here.js');
const termMatches = await load<(term: Term, reg: Reg, index: number, length: number) => unknown>('term/doesMatch.js');
const notIf = await load<(res: Found[], not: Reg[], docs: Term[][]) => Found[]>('03-notIf.js');
const getGroup = await load<(res: Found[], group: string | number | undefined) => { ptrs: number[][] }>('03-getGroup.js');

/** Whether a match can have this reg on term `t`, at index `i` of a chunk of `n` terms. */
type Test = ((t: Term, i: number, n: number) => boolean) & {
  /** Set on a plain word or tag test: the word, or '#Tag'. The test is the same for every reg with that key (ChunkIndex). */
  key?: string;
};
const keyed = (key: string, test: Test): Test => Object.assign(test, { key });

/**
 * A test that a match must pass on the term where `r` begins, or null when there is none:
 * `r` optional or negative may take no term, '.' and 'foo+$' are tested otherwise by compromise.
 */
function testOf(r: Reg): Test | null {
  if (r.optional || r.negative || r.anything || (r.greedy && r.end)) return null;
  if (r.choices !== undefined) {
    const blocks = r.choices as Reg[][];
    if (!Array.isArray(blocks) || !blocks.every((b) => Array.isArray(b) && b.length > 0)) return null;
    // (a && b): every block matches from this term (steps/logic/and-or.js doAndBlock); (a|b c): one of them does (tryChoice)
    if (r.operator === 'and') return (t, i, n) => blocks.every((b) => Boolean(termMatches(t, b[0], i, n)));
    if (r.operator === 'or') return (t, i, n) => blocks.some((b) => termMatches(t, b[0], i, n) === true);
    return null;
  }
  if (r.start || r.end || r.id !== undefined || r.use !== undefined || r.fuzzy !== undefined) return (t, i, n) => termMatches(t, r, i, n) === true;
  // term/doesMatch.js for its common kinds, in its order of checks
  const { word, tag, fastOr, pos } = r;
  if (word !== undefined) return keyed(word, (t) => t.machine === word || (t.alias !== undefined && t.alias.includes(word)) || word === t.text || word === t.normal);
  if (tag !== undefined) return keyed(`#${tag}`, (t) => t.tags.has(tag));
  const other = r.method ?? r.pre ?? r.post ?? r.regex ?? r.chunk ?? r.switch ?? r.machine ?? r.sense;
  if (fastOr !== undefined && other === undefined) {
    return (t) => (!pos || t.tags.has(pos)) && (fastOr.has(t.root || t.implicit || t.machine || t.normal) || fastOr.has(t.text));
  }
  return (t, i, n) => termMatches(t, r, i, n) === true;
}

/** Whether a reg that matched takes exactly one term, so that the next reg begins at the next term. */
function takesOne(r: Reg): boolean {
  if (r.greedy === true || r.end === true) return false;
  if (r.choices === undefined) return true;
  return (r.choices as Reg[][]).every((b) => b.length === 1 && b[0].greedy !== true);
}

/** What is worked out once per pattern: its least length and the tests of its first regs on consecutive terms. */
interface Plan { minLength: number; tests: Test[] }
const plans = new WeakMap<MatchObj, Plan>();

/** The terms of one chunk where a plain first word or tag holds, found once per chunk for every pattern that begins with it. */
export class ChunkIndex {
  private readonly at = new Map<string, number[]>();
  constructor(readonly terms: Term[]) {}
  /** The terms where `test`, the test of `key`, holds, ascending. */
  positions(key: string, test: Test): number[] {
    let p = this.at.get(key);
    if (!p) {
      p = [];
      const n = this.terms.length;
      for (let i = 0; i < n; i++) if (test(this.terms[i], i, n)) p.push(i);
      this.at.set(key, p);
    }
    return p;
  }
}

function planOf(todo: MatchObj): Plan {
  let p = plans.get(todo);
  if (p) return p;
  const regs = todo.regs;
  const tests: Test[] = [];
  for (const r of regs) {
    const test = testOf(r);
    if (!test) break;
    tests.push(test);
    if (!takesOne(r)) break;
  }
  p = { minLength: regs.filter((r) => r.optional !== true && r.negative !== true).length, tests };
  plans.set(todo, p);
  return p;
}

/** Whether the pattern's first regs can match from term `i` on: each needs its term, the next reg the next term. */
function mayStart(tests: Test[], terms: Term[], i: number, n: number, from = 0): boolean {
  for (let k = from; k < tests.length; k++) {
    // a contraction's first half may take its second with it (steps/contraction-skip.js): test no further
    if (k > 0 && terms[i + k - 1].implicit) return true;
    if (i + k >= n || !tests[k](terms[i + k], i + k, n)) return false;
  }
  return true;
}

/** Pointers [0, start, end, startId, endId] of the matches of `todo` in one chunk, exactly as compromise's match() gives them. */
export function matchChunk(terms: Term[], todo: MatchObj, index?: ChunkIndex): number[][] {
  const regs = todo.regs;
  if (!regs || regs.length === 0) return [];
  let results: Found[] = [];
  const n = terms.length;
  const { minLength, tests } = planOf(todo);
  const first = tests[0]?.key;
  if (regs[0].start === true) {
    const res = mayStart(tests, terms, 0, n) ? fromHere(terms, regs, 0, n) : null;
    if (res) results.push(res);
  } else if (first !== undefined && index) {
    // the same tries as below, at the only terms where the first reg can hold
    let next = 0;
    for (const i of index.positions(first, tests[0])) {
      if (i < next) continue;
      if (n - i < minLength) break;
      if (!mayStart(tests, terms, i, n, 1)) continue;
      const res = fromHere(terms.slice(i), regs, i, n);
      if (res) {
        results.push(res);
        next = Math.max(i + 1, Math.abs(res.pointer[2] - 1) + 1);
      }
    }
  } else {
    for (let i = 0; i < n; i += 1) {
      if (n - i < minLength) break;
      if (!mayStart(tests, terms, i, n)) continue;
      const res = fromHere(terms.slice(i), regs, i, n);
      if (res) {
        results.push(res);
        const end = res.pointer[2];
        if (Math.abs(end - 1) > i) i = Math.abs(end - 1);
      }
    }
  }
  if (results.length === 0) return [];
  for (const res of results) { res.pointer[0] = 0; for (const k in res.groups) res.groups[k][0] = 0; }
  if (regs[regs.length - 1].end === true) results = results.filter((res) => n === res.pointer[2]);
  if (todo.notIf) results = notIf(results, todo.notIf, [terms]);
  const { ptrs } = getGroup(results, todo.group);
  for (const ptr of ptrs) { ptr[3] = terms[ptr[1]].id as unknown as number; ptr[4] = terms[ptr[2] - 1].id as unknown as number; }
  return ptrs;
}
