// A faster `bulkMatch` for compromise's match-net ("sweep"), registered as a plugin.
// compromise's own version looks up, for every comma-separated chunk of every sentence, each of
// the net's ~thousand hook keys in the chunk's word set and concatenates as it goes; on news text
// that bookkeeping costs about as much as the matching itself. This version walks the chunk's
// few words instead and restores the net's key order, so the same matches run in the same order.
// Then each pattern is tried only at the words where its first word (and second) can match,
// where compromise copies the rest of the chunk at every word and tries there. The tags are
// identical (tests/nlp/sweep.test.ts compares both on real sentences).
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

interface Reg {
  optional?: boolean; negative?: boolean; anything?: boolean; greedy?: boolean; choices?: unknown; start?: boolean; end?: boolean; group?: string | number;
  id?: string; word?: string; use?: string; fuzzy?: boolean; tag?: string; fastOr?: Set<string>; pos?: string;
  method?: string; pre?: string; post?: string; regex?: RegExp; chunk?: string; switch?: string; machine?: string; sense?: string;
}
interface MatchObj { match: string; needs: string[]; wants: string[]; minWant: number; minWords: number; ifNo?: string[]; unTag?: unknown; regs: Reg[]; group?: string | number; notIf?: Reg[] }
type Term = { id: string; text: string; normal: string; machine?: string | null; root?: string; implicit?: string; alias?: string[]; tags: Set<string> };
type Found = { pointer: number[]; groups: Record<string, number[]> };

// compromise's own phrase and term matchers (pure functions of terms and parsed patterns), which
// it does not export: loaded from the installed package's sources, beside the entry point it resolves to
const MATCH_DIR = path.join(path.dirname(createRequire(import.meta.url).resolve('compromise')), '../../src/1-one/match/methods/match');
const load = async <T>(file: string): Promise<T> => ((await import(pathToFileURL(path.join(MATCH_DIR, file)).href)) as { default: T }).default;
const fromHere = await load<(terms: Term[], regs: Reg[], start: number, length: number) => Found | null>('02-from-here.js');
const termMatches = await load<(term: Term, reg: Reg, index: number, length: number) => boolean>('term/doesMatch.js');
const notIf = await load<(res: Found[], not: Reg[], docs: Term[][]) => Found[]>('03-notIf.js');
const getGroup = await load<(res: Found[], group: string | number | undefined) => { ptrs: number[][] }>('03-getGroup.js');
interface Net { hooks: Record<string, MatchObj[]>; always: MatchObj[] }
type Methods = { one: { cacheDoc(doc: Term[][]): Array<Set<string>> } };

/** The net indexed once: each hook key's position in compromise's iteration order, and its patterns as numbers. */
interface Order { index: Map<string, number>; lists: Int32Array[]; patterns: MatchObj[]; seen: Int32Array; stamp: number }
const orders = new WeakMap<object, Order>();

function orderOf(hooks: Record<string, MatchObj[]>): Order {
  let o = orders.get(hooks);
  if (!o) {
    const keys = Object.keys(hooks);
    // patterns are told apart by their match string, as compromise's own de-duplication does
    const ids = new Map<string, number>(), patterns: MatchObj[] = [];
    const idOf = (m: MatchObj) => { let id = ids.get(m.match); if (id === undefined) { id = patterns.length; ids.set(m.match, id); patterns.push(m); } return id; };
    o = { index: new Map(keys.map((k, i) => [k, i])), lists: keys.map((k) => Int32Array.from(hooks[k], idOf)), patterns, seen: new Int32Array(patterns.length), stamp: 0 };
    orders.set(hooks, o);
  }
  return o;
}

/** Candidate matches of one chunk: hooked by its words and tags, in net order, first of each pattern kept, needs met, no `ifNo` present, enough wants. */
function candidates(haves: Set<string>, net: Net, order: Order, words: number): MatchObj[] {
  const keys: number[] = [];
  for (const item of haves) { const k = order.index.get(item); if (k !== undefined) keys.push(k); }
  keys.sort((a, b) => a - b);
  const stamp = ++order.stamp, seen = order.seen;
  const out: MatchObj[] = [];
  for (const k of keys) {
    for (const id of order.lists[k]) {
      if (seen[id] === stamp) continue;
      seen[id] = stamp;
      const m = order.patterns[id];
      if (m.minWords > words) continue;
      if (!m.needs.every((n) => haves.has(n))) continue;
      if (m.ifNo !== undefined && m.ifNo.some((n) => haves.has(n))) continue;
      if (m.wants.length > 0 && m.wants.filter((w) => haves.has(w)).length < m.minWant) continue;
      out.push(m);
    }
  }
  // compromise appends the net's unhooked patterns after its filters
  for (const m of net.always) if (m.minWords <= words) out.push(m);
  return out;
}

/** A pattern word that must match one term by itself, whatever the term's position: no optional, negative, any-word, choice or anchor. */
const plain = (r: Reg) => !r.optional && !r.negative && !r.anything && r.choices === undefined && !r.start && !r.end;

type Test = (t: Term) => boolean;
const tests = new WeakMap<Reg, Test | null>();

/** compromise's term test (term/doesMatch.js) for a plain word, written out for the common kinds: a tag, a word, a (fast|or). */
function testOf(r: Reg): Test | null {
  let f = tests.get(r);
  if (f !== undefined) return f;
  f = null;
  if (plain(r)) {
    const earlier = (keys: Array<keyof Reg>) => keys.some((k) => r[k] !== undefined);
    const { word, tag, fastOr, pos } = r;
    if (r.id !== undefined || r.use !== undefined || r.fuzzy !== undefined) f = (t) => termMatches(t, r, 0, 0) === true;
    else if (word !== undefined) f = (t) => t.machine === word || (t.alias !== undefined && t.alias.includes(word)) || word === t.text || word === t.normal;
    else if (tag !== undefined) f = (t) => t.tags.has(tag);
    else if (fastOr !== undefined && !earlier(['method', 'pre', 'post', 'regex', 'chunk', 'switch', 'machine', 'sense'])) {
      f = (t) => (!pos || t.tags.has(pos)) && (fastOr.has(t.root || t.implicit || t.machine || t.normal) || fastOr.has(t.text));
    } else f = (t) => termMatches(t, r, 0, 0) === true;
  }
  tests.set(r, f);
  return f;
}

/**
 * compromise's `match()` of one pattern on one chunk (match/index.js), except that a start where
 * the pattern's first plain word (or a plain second word after a plain first one) fails is skipped
 * without copying the rest of the chunk: the copy and the try compromise makes there both fail on
 * that word.
 */
function matchChunk(terms: Term[], todo: MatchObj): number[][] {
  const regs = todo.regs;
  if (!regs || regs.length === 0) return [];
  let results: Found[] = [];
  const first = regs[0];
  if (first.start === true) {
    const res = fromHere(terms, regs, 0, terms.length);
    if (res) results.push(res);
  } else {
    let minLength = 0;
    for (const r of regs) if (r.optional !== true && r.negative !== true) minLength++;
    const test0 = testOf(first);
    // the second word is tried on the next term only when the first one takes exactly one term
    const test1 = test0 && first.greedy !== true && regs.length > 1 ? testOf(regs[1]) : null;
    for (let i = 0; i < terms.length; i += 1) {
      if (terms.length - i < minLength) break;
      if (test0 !== null) {
        if (!test0(terms[i])) continue;
        if (test1 !== null && !terms[i].implicit && !(i + 1 < terms.length && test1(terms[i + 1]))) continue;
      }
      const res = fromHere(terms.slice(i), regs, i, terms.length);
      if (res) {
        results.push(res);
        const end = res.pointer[2];
        if (Math.abs(end - 1) > i) i = Math.abs(end - 1);
      }
    }
  }
  if (results.length === 0) return [];
  for (const res of results) { res.pointer[0] = 0; for (const k in res.groups) res.groups[k][0] = 0; }
  if (regs[regs.length - 1].end === true) results = results.filter((res) => terms.length === res.pointer[2]);
  if (todo.notIf) results = notIf(results, todo.notIf, [terms]);
  const { ptrs } = getGroup(results, todo.group);
  for (const ptr of ptrs) { ptr[3] = terms[ptr[1]].id as unknown as number; ptr[4] = terms[ptr[2] - 1].id as unknown as number; }
  return ptrs;
}

function bulkMatch(document: Term[][], net: Net, methods: Methods, opts: { matchOne?: boolean } = {}) {
  const docCache = methods.one.cacheDoc(document);
  const order = orderOf(net.hooks);
  const results: Array<MatchObj & { pointer: number[] }> = [];
  for (let n = 0; n < document.length; n++) {
    for (const m of candidates(docCache[n], net, order, document[n].length)) {
      const ptrs = matchChunk(document[n], m);
      for (const ptr of ptrs) {
        ptr[0] = n;
        // a copy per hit, as compromise makes: the tagger and the caller annotate it
        results.push({ ...m, pointer: ptr });
      }
      if (ptrs.length > 0 && opts.matchOne === true) return [results[0]];
    }
  }
  return results;
}

/** The plugin: `nlp.plugin(fastSweep)`. */
export const fastSweep = { methods: { one: { bulkMatch } } };
