// Actor names to node ids: ids, labels and every alias seen in the documents are accepted, case- and accent-blind.
import { closest, distance } from 'fastest-levenshtein';
import type { ActorGraph } from '../graph/schema.ts';

/** A name that matches no actor; the message is one line and names the closest actors. */
export class UnknownActorError extends Error {
  constructor(readonly actorName: string, readonly suggestions: string[], ambiguous = false) {
    super(`${ambiguous ? 'ambiguous' : 'unknown'} actor "${actorName}"${suggestions.length ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?` : ''}`);
    this.name = 'UnknownActorError';
  }
}

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

interface NameIndex {
  /** Folded name -> ids, best first (id, then label, then alias frequency). */
  byName: Map<string, string[]>;
  /** Folded word -> ids whose id, label or aliases hold that word. */
  byWord: Map<string, Set<string>>;
  names: string[];
}

const indexes = new WeakMap<ActorGraph, NameIndex>();

function buildIndex(graph: ActorGraph): NameIndex {
  const scored = new Map<string, Map<string, number>>();
  const byWord = new Map<string, Set<string>>();
  const add = (name: string, id: string, score: number) => {
    const key = fold(name);
    if (!key) return;
    const m = scored.get(key) ?? scored.set(key, new Map()).get(key)!;
    m.set(id, Math.max(m.get(id) ?? 0, score));
    for (const w of key.split(' ')) (byWord.get(w) ?? byWord.set(w, new Set()).get(w)!).add(id);
  };
  graph.forEachNode((id, a) => {
    if (a.nodeKind !== 'actor') return;
    add(id.replace(/-/g, ' '), id, 3e9);
    add(a.label, id, 2e9);
    for (const [alias, n] of Object.entries(a.aliases)) add(alias, id, n);
  });
  const byName = new Map<string, string[]>();
  for (const [k, m] of scored) byName.set(k, [...m.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map((x) => x[0]));
  return { byName, byWord, names: [...byName.keys()] };
}

const indexOf = (graph: ActorGraph) => indexes.get(graph) ?? (indexes.set(graph, buildIndex(graph)), indexes.get(graph)!);

/** Up to three actor labels close to a name that matched nothing. */
export function suggest(graph: ActorGraph, name: string): string[] {
  const { names, byName } = indexOf(graph);
  const key = fold(name);
  if (!key || !names.length) return [];
  const ranked = names.map((n) => ({ n, d: distance(key, n) / Math.max(key.length, n.length) })).sort((a, b) => a.d - b.d || (a.n < b.n ? -1 : 1));
  const best = closest(key, names);
  const out: string[] = [];
  for (const { n, d } of [{ n: best, d: 0 }, ...ranked]) {
    if (d > 0.6) break;
    const label = graph.getNodeAttribute(byName.get(n)![0], 'label');
    if (!out.includes(label)) out.push(label);
    if (out.length === 3) break;
  }
  return out;
}

/**
 * The actor id a name stands for: an id, a label or an alias ("assad", "Bashar al-Assad", "Damascus"), or a
 * word that only one actor's names hold. Throws UnknownActorError with suggestions otherwise.
 */
export function resolveActor(graph: ActorGraph, name: string): string {
  if (graph.hasNode(name) && graph.getNodeAttribute(name, 'nodeKind') === 'actor') return name;
  const { byName, byWord } = indexOf(graph);
  const key = fold(name);
  const exact = byName.get(key);
  if (exact) return exact[0];
  const words = key.split(' ').filter(Boolean);
  if (words.length) {
    let ids: string[] = [...(byWord.get(words[0]) ?? [])];
    for (const w of words.slice(1)) {
      const hit = byWord.get(w);
      ids = ids.filter((x) => hit?.has(x));
    }
    if (ids.length === 1) return ids[0];
    if (ids.length > 1) throw new UnknownActorError(name, ids.sort().slice(0, 3).map((id: string) => graph.getNodeAttribute(id, 'label')), true);
  }
  throw new UnknownActorError(name, suggest(graph, name));
}
