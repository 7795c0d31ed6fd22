// A faster `bulkMatch` for compromise's match-net ("sweep"), registered as a plugin.
// compromise's own version looks up, for every comma-separated chunk of every sentence, each of
// the net's ~thousand hook keys in the chunk's word set and concatenates as it goes; on news text
// that bookkeeping costs about as much as the matching itself. This version walks the chunk's
// few words instead and restores the net's key order, so the same matches run in the same order
// and the tags are identical (tests/nlp/sweep.test.ts compares both on real sentences).

interface MatchObj { match: string; needs: string[]; wants: string[]; minWant: number; minWords: number; ifNo?: string[]; unTag?: unknown }
interface Net { hooks: Record<string, MatchObj[]>; always: MatchObj[] }
type Methods = { one: { cacheDoc(doc: unknown[][]): Array<Set<string>>; match(doc: unknown[][], m: MatchObj): { ptrs: number[][] } } };

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

function bulkMatch(document: unknown[][], net: Net, methods: Methods, opts: { matchOne?: boolean } = {}) {
  const docCache = methods.one.cacheDoc(document);
  const order = orderOf(net.hooks);
  const results: Array<MatchObj & { pointer: number[] }> = [];
  for (let n = 0; n < document.length; n++) {
    for (const m of candidates(docCache[n], net, order, document[n].length)) {
      const res = methods.one.match([document[n]], m);
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        // a copy per hit, as compromise makes: the tagger and the caller annotate it
        results.push({ ...m, pointer: ptr });
      }
      if (res.ptrs.length > 0 && opts.matchOne === true) return [results[0]];
    }
  }
  return results;
}

/** The plugin: `nlp.plugin(fastSweep)`. */
export const fastSweep = { methods: { one: { bulkMatch } } };
