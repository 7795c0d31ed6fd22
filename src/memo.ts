/**
 * The value of `key` in `seen`, made by `make` the first time. `seen` is emptied when it reaches
 * `limit` entries: a bound on memory that costs nothing on the hot paths that use it (not an LRU).
 */
export function remember<V>(seen: Map<string, V>, key: string, limit: number, make: () => V): V {
  let v = seen.get(key);
  if (v === undefined) {
    v = make();
    if (seen.size >= limit) seen.clear();
    seen.set(key, v);
  }
  return v;
}
