// Queries over a built graph, pure: the graph in, plain typed records with their evidence out.
import Graph from 'graphology';
import { singleSourceLength, undirectedSingleSourceLength } from 'graphology-shortest-path/unweighted.js';
import type { ActorGraph, EvidenceAttr, RelationEdgeAttrs } from '../graph/schema.ts';
import type { Modality, Predicate } from '../types.ts';
import { resolveActor } from './resolve.ts';

/** Filters of `relations()`; actor names, labels or aliases are accepted wherever ids are. Dates are ISO, inclusive. */
export interface RelationQuery {
  source?: string;
  target?: string;
  /** Either end. */
  actor?: string;
  predicate?: Predicate | Predicate[];
  polarity?: 1 | -1 | 'cooperative' | 'conflictual';
  negated?: boolean;
  modality?: Modality | Modality[];
  attributedTo?: string;
  from?: string;
  to?: string;
  document?: string;
}

/** One relation edge, with the evidence that matched the query (its weight counts them). */
export type RelationResult = Omit<RelationEdgeAttrs, 'edgeKind' | 'label' | 'size' | 'color'> & {
  id: string;
  source: string;
  sourceLabel: string;
  target: string;
  targetLabel: string;
};

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const list = <T>(v: T | T[] | undefined): T[] | null => (v === undefined ? null : Array.isArray(v) ? v : [v]);
const label = (graph: ActorGraph, id: string) => graph.getNodeAttribute(id, 'label');

function toResult(graph: ActorGraph, id: string, a: RelationEdgeAttrs, s: string, t: string, evidence: EvidenceAttr[]): RelationResult {
  const dates = evidence.map((e) => e.date).filter((d): d is string => Boolean(d)).sort();
  return {
    id, source: s, sourceLabel: label(graph, s), predicate: a.predicate, target: t, targetLabel: label(graph, t),
    polarity: a.polarity, negated: a.negated, modality: a.modality, attributedTo: a.attributedTo, weight: evidence.length,
    documents: [...new Set(evidence.map((e) => e.doc))], firstDate: dates[0] ?? null, lastDate: dates.at(-1) ?? null, evidence,
  };
}

/** Relations matching every given filter, heaviest first (then by source, type, target); an edge whose evidence all fails the evidence filters is left out. */
export function relations(graph: ActorGraph, q: RelationQuery = {}): RelationResult[] {
  const source = q.source !== undefined ? resolveActor(graph, q.source) : null;
  const target = q.target !== undefined ? resolveActor(graph, q.target) : null;
  const actor = q.actor !== undefined ? resolveActor(graph, q.actor) : null;
  const attributedTo = q.attributedTo !== undefined ? resolveActor(graph, q.attributedTo) : null;
  const predicates = list(q.predicate);
  const modalities = list(q.modality);
  const polarity = q.polarity === 'cooperative' ? 1 : q.polarity === 'conflictual' ? -1 : q.polarity;
  const out: RelationResult[] = [];
  const visit = (e: string, a: RelationEdgeAttrs, s: string, t: string) => {
    if (a.edgeKind !== 'relation') return;
    if ((source && s !== source) || (target && t !== target) || (actor && s !== actor && t !== actor)) return;
    if (predicates && !predicates.includes(a.predicate as Predicate)) return;
    if (polarity !== undefined && a.polarity !== polarity) return;
    if (q.negated !== undefined && a.negated !== q.negated) return;
    const evidence = a.evidence.filter((x) =>
      (!modalities || modalities.includes(x.modality ?? a.modality)) &&
      (!attributedTo || (x.attributedTo !== undefined ? x.attributedTo : a.attributedTo) === attributedTo) &&
      (!q.document || x.doc === q.document) &&
      (!q.from || (x.date !== undefined && x.date >= q.from)) &&
      (!q.to || (x.date !== undefined && x.date <= q.to)));
    if (evidence.length) out.push(toResult(graph, e, a, s, t, evidence));
  };
  if (source) graph.forEachOutEdge(source, visit);
  else if (target) graph.forEachInEdge(target, visit);
  else if (actor) graph.forEachEdge(actor, visit);
  else graph.forEachEdge(visit);
  return out.sort((x, y) => y.weight - x.weight || cmp(x.sourceLabel, y.sourceLabel) || cmp(x.predicate, y.predicate) || cmp(x.targetLabel, y.targetLabel) || cmp(x.id, y.id));
}

/** An actor next to the queried one, with every relation between them in either direction. */
export interface Neighbor {
  id: string;
  label: string;
  kind: string;
  /** Total weight of the relations between the two. */
  weight: number;
  relations: RelationResult[];
}

/** The actors an actor has relations with, most related first. */
export function neighbors(graph: ActorGraph, actor: string): Neighbor[] {
  const id = resolveActor(graph, actor);
  const byNeighbor = new Map<string, RelationResult[]>();
  for (const r of relations(graph, { actor: id })) {
    const other = r.source === id ? r.target : r.source;
    (byNeighbor.get(other) ?? byNeighbor.set(other, []).get(other)!).push(r);
  }
  return [...byNeighbor.entries()].map(([n, rels]) => ({
    id: n, label: label(graph, n), kind: String(graph.getNodeAttribute(n, 'kind' as never) ?? 'actor'),
    weight: rels.reduce((s, r) => s + r.weight, 0), relations: rels,
  })).sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1));
}

/** One step of a path: the actors it joins and the relations (or affiliation) between them, in either direction. */
export interface PathStep {
  from: string;
  to: string;
  relations: RelationResult[];
}
export interface Path {
  actors: string[];
  labels: string[];
  steps: PathStep[];
}

const projections = new WeakMap<ActorGraph, Graph>();
/** Actors joined by relation and affiliation edges only: paths never run through issue nodes. */
function actorProjection(graph: ActorGraph): Graph {
  let p = projections.get(graph);
  if (p) return p;
  p = new Graph({ type: 'directed', multi: false });
  graph.forEachNode((n, a) => { if (a.nodeKind === 'actor') p!.addNode(n); });
  graph.forEachEdge((_e, a, s, t) => { if (a.edgeKind !== 'position') p!.mergeEdge(s, t); });
  projections.set(graph, p);
  return p;
}

/**
 * Every shortest path between two actors (at most `limit`), over relations in either direction unless `directed`;
 * each step carries the relations between its two actors with their evidence.
 */
export function paths(graph: ActorGraph, a: string, b: string, opts: { directed?: boolean; limit?: number } = {}): Path[] {
  const from = resolveActor(graph, a), to = resolveActor(graph, b);
  const p = actorProjection(graph);
  const dist = opts.directed ? singleSourceLength(p, from) : undirectedSingleSourceLength(p, from);
  if (dist[to] === undefined || from === to) return [];
  const limit = opts.limit ?? 20;
  const found: string[][] = [];
  // walk back from the target through nodes one step closer to the source
  const back = (node: string, suffix: string[]) => {
    if (found.length >= limit) return;
    if (node === from) { found.push([node, ...suffix]); return; }
    const prev = opts.directed ? p.inNeighbors(node) : p.neighbors(node);
    for (const n of prev.filter((x) => dist[x] === dist[node] - 1).sort()) back(n, [node, ...suffix]);
  };
  back(to, []);
  return found.map((actors) => ({
    actors, labels: actors.map((x) => label(graph, x)),
    steps: actors.slice(1).map((t, i) => ({ from: actors[i], to: t, relations: between(graph, actors[i], t, Boolean(opts.directed)) })),
  }));
}

function between(graph: ActorGraph, s: string, t: string, directed: boolean): RelationResult[] {
  const out: RelationResult[] = [];
  const take = (e: string, a: RelationEdgeAttrs, x: string, y: string) => { if (a.edgeKind !== 'position') out.push(toResult(graph, e, a, x, y, a.evidence)); };
  graph.forEachOutEdge(s, t, take);
  if (!directed) graph.forEachOutEdge(t, s, take);
  return out;
}
