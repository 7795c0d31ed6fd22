// A faster `bulkMatch` for compromise's match-net ("sweep"), registered as a plugin.
// compromise's own version looks up, for every comma-separated chunk of every sentence, each of
// the net's ~thousand hook keys in the chunk's word set and concatenates as it goes; on news text
// that bookkeeping costs about as much as the matching itself. This version walks the chunk's
// few words instead and restores the net's key order, so the same matches run in the same order;
// each pattern then runs only where its first words can match (src/nlp/match.ts). The tags are
// identical (tests/nlp/sweep.test.ts compares both on real sentences).
import { ChunkIndex, matchChunk, type MatchObj, type Term } from './match.ts';

interface Net { hooks: Record<string, MatchObj[]>; always: MatchObj[] }
type Methods = { one: { cacheDoc(doc: Term[][]): Array<Set<string>> } };

/** A pattern of the net with its words and tags as numbers (ids into the net's vocabulary). */
interface Pattern {
  m: MatchObj;
  needs: Int32Array;
  wants: Int32Array;
  ifNo: Int32Array;
  /** The hook keys that list it, ascending, each with its place in that key's list (key * rank + place). */
  hooks: Float64Array;
}

/**
 * The net indexed once. Hook keys take ids 0..K-1 in compromise's iteration order, the other
 * words of `ifNo` ids after them. A pattern that needs words is found through one of them only
 * (the key listing the fewest patterns); one that only wants words, through each of those.
 */
interface Order { vocab: Map<string, number>; keys: number; rank: number; triggers: Pattern[][]; present: Int32Array; seen: Map<Pattern, number>; stamp: number }
const orders = new WeakMap<object, Order>();

function orderOf(hooks: Record<string, MatchObj[]>): Order {
  let o = orders.get(hooks);
  if (o) return o;
  const keys = Object.keys(hooks);
  // a pattern's place in a key's list, packed with the key as key * rank + place
  const rank = Math.max(1, ...keys.map((k) => hooks[k].length));
  const vocab = new Map(keys.map((k, i) => [k, i]));
  const idOf = (w: string) => { let id = vocab.get(w); if (id === undefined) { id = vocab.size; vocab.set(w, id); } return id; };
  // patterns are told apart by their match string, as compromise's own de-duplication does
  const byMatch = new Map<string, { m: MatchObj; hooks: number[] }>();
  keys.forEach((k, ki) => hooks[k].forEach((m, place) => {
    let e = byMatch.get(m.match);
    if (!e) { e = { m, hooks: [] }; byMatch.set(m.match, e); }
    e.hooks.push(ki * rank + place);
  }));
  const triggers: Pattern[][] = keys.map(() => []);
  for (const { m, hooks: hs } of byMatch.values()) {
    const p: Pattern = { m, needs: Int32Array.from(m.needs, idOf), wants: Int32Array.from(m.wants, idOf), ifNo: Int32Array.from(m.ifNo ?? [], idOf), hooks: Float64Array.from(hs).sort() };
    if (p.needs.length > 0) {
      let best = p.needs[0];
      for (const n of p.needs) if (hooks[keys[n]].length < hooks[keys[best]].length) best = n;
      triggers[best].push(p);
    } else {
      for (const w of new Set(p.wants)) triggers[w].push(p);
    }
  }
  o = { vocab, keys: keys.length, rank, triggers, present: new Int32Array(vocab.size), seen: new Map(), stamp: 0 };
  orders.set(hooks, o);
  return o;
}

/**
 * Candidate matches of one chunk, as compromise picks them: hooked by its words and tags, needs
 * met, no `ifNo` present, enough wants; in the order of the first present key that lists them.
 */
function candidates(haves: Set<string>, net: Net, order: Order, words: number): MatchObj[] {
  if (order.stamp >= 2 ** 30) { order.stamp = 0; order.present.fill(0); order.seen.clear(); }
  const stamp = ++order.stamp, present = order.present;
  const keys: number[] = [];
  for (const item of haves) {
    const id = order.vocab.get(item);
    if (id === undefined) continue;
    present[id] = stamp;
    if (id < order.keys && order.triggers[id].length > 0) keys.push(id);
  }
  const found: Array<[number, MatchObj]> = [];
  for (const k of keys) {
    next: for (const p of order.triggers[k]) {
      if (p.needs.length === 0) { if (order.seen.get(p) === stamp) continue; order.seen.set(p, stamp); }
      if (p.m.minWords > words) continue;
      for (let i = 0; i < p.needs.length; i++) if (present[p.needs[i]] !== stamp) continue next;
      for (let i = 0; i < p.ifNo.length; i++) if (present[p.ifNo[i]] === stamp) continue next;
      if (p.wants.length > 0) {
        let n = 0;
        for (let i = 0; i < p.wants.length; i++) if (present[p.wants[i]] === stamp) n++;
        if (n < p.m.minWant) continue;
      }
      let at = 0;
      while (present[Math.floor(p.hooks[at] / order.rank)] !== stamp) at++;
      found.push([p.hooks[at], p.m]);
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  const out = found.map((f) => f[1]);
  // compromise appends the net's unhooked patterns after its filters
  for (const m of net.always) if (m.minWords <= words) out.push(m);
  return out;
}

function bulkMatch(document: Term[][], net: Net, methods: Methods, opts: { matchOne?: boolean } = {}) {
  const docCache = methods.one.cacheDoc(document);
  const order = orderOf(net.hooks);
  const results: Array<MatchObj & { pointer: number[] }> = [];
  for (let n = 0; n < document.length; n++) {
    const index = new ChunkIndex(document[n]);
    for (const m of candidates(docCache[n], net, order, document[n].length)) {
      const ptrs = matchChunk(document[n], m, index);
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
