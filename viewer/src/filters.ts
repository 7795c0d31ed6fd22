// Which nodes and edges the current filters let through, and the counts the legend and the filter
// panel show. Pure module: filters are data, visibility is computed, the graph is never mutated.
import type { ViewEdge, ViewGraph, ViewNode } from './model.ts';
import { edgeClass } from './style.ts';

/** Filter state. Sets hold EXCLUDED values, so values a new graph brings in are shown by default. */
export interface Filters {
  predicates: Set<string>;
  /** '1' cooperative, '-1' conflictual, '0' neutral or unknown. */
  polarities: Set<string>;
  /** 'asserted' and/or 'negated'. */
  negation: Set<string>;
  modalities: Set<string>;
  nodeKinds: Set<string>;
  documents: Set<string>;
  minWeight: number;
  /** Inclusive ISO date bounds (prefix compare, so '2015' and '2015-06' work); '' means open. */
  from: string;
  to: string;
}

export const emptyFilters = (): Filters => ({
  predicates: new Set(), polarities: new Set(), negation: new Set(), modalities: new Set(),
  nodeKinds: new Set(), documents: new Set(), minWeight: 0, from: '', to: '',
});

/** True when some filter acts on edges (so nodes left without edges are hidden too). */
export function edgeFiltersActive(f: Filters): boolean {
  return f.predicates.size + f.polarities.size + f.negation.size + f.modalities.size + f.documents.size > 0
    || f.minWeight > 0 || f.from !== '' || f.to !== '';
}

export const polarityKey = (e: ViewEdge): string => String(Math.sign(e.polarity) || 0);
export const negationKey = (e: ViewEdge): string => (e.negated ? 'negated' : 'asserted');

/** Whether an edge passes the edge filters (its end nodes are checked separately). */
export function edgePasses(e: ViewEdge, f: Filters): boolean {
  if (e.predicate && f.predicates.has(e.predicate)) return false;
  if (f.polarities.has(polarityKey(e))) return false;
  if (f.negation.has(negationKey(e))) return false;
  if (f.modalities.has(e.modality)) return false;
  if (e.weight < f.minWeight) return false;
  // an edge read in several documents stays while one of them is still selected
  if (f.documents.size > 0 && e.documents.length > 0 && e.documents.every((d) => f.documents.has(d))) return false;
  if (f.from || f.to) {
    // undated edges cannot be placed in a range: a date filter hides them
    if (!e.firstDate && !e.lastDate) return false;
    const first = e.firstDate ?? e.lastDate!;
    const last = e.lastDate ?? first;
    if (f.from && last.slice(0, f.from.length) < f.from) return false;
    if (f.to && first.slice(0, f.to.length) > f.to) return false;
  }
  return true;
}

export const nodePasses = (n: ViewNode, f: Filters): boolean => !f.nodeKinds.has(n.kind);

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

/** The visible nodes and edges: an edge needs both ends visible; with an edge filter on, a node needs a visible edge. */
export function computeVisibility(graph: ViewGraph, f: Filters): Visibility {
  const kindOk = new Set<string>();
  graph.forEachNode((k, a) => { if (nodePasses(a, f)) kindOk.add(k); });
  const edges = new Set<string>();
  const touched = new Set<string>();
  graph.forEachEdge((k, a, s, t) => {
    if (kindOk.has(s) && kindOk.has(t) && edgePasses(a, f)) {
      edges.add(k);
      touched.add(s);
      touched.add(t);
    }
  });
  if (!edgeFiltersActive(f)) return { nodes: kindOk, edges };
  const nodes = new Set<string>();
  for (const k of kindOk) if (touched.has(k) || graph.degree(k) === 0) nodes.add(k);
  return { nodes, edges };
}

export interface Facets {
  predicates: Map<string, number>;
  polarities: Map<string, number>;
  negation: Map<string, number>;
  modalities: Map<string, number>;
  nodeKinds: Map<string, number>;
  documents: Map<string, number>;
  communities: Map<number, number>;
  /** Legend classes of edges (style.ts EDGE_CLASSES). */
  edgeClasses: Map<string, number>;
  maxWeight: number;
  minDate: string;
  maxDate: string;
}

const bump = <K>(m: Map<K, number>, k: K) => m.set(k, (m.get(k) ?? 0) + 1);
const sorted = <K>(m: Map<K, number>): Map<K, number> =>
  new Map([...m].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0]))));

/** Counts of every filterable value over the given nodes and edges (the whole graph, or what is visible). */
export function facets(graph: ViewGraph, only?: Visibility): Facets {
  const f: Facets = {
    predicates: new Map(), polarities: new Map(), negation: new Map(), modalities: new Map(),
    nodeKinds: new Map(), documents: new Map(), communities: new Map(), edgeClasses: new Map(), maxWeight: 0, minDate: '', maxDate: '',
  };
  graph.forEachNode((k, a) => {
    if (only && !only.nodes.has(k)) return;
    bump(f.nodeKinds, a.kind);
    bump(f.communities, a.community);
  });
  graph.forEachEdge((k, a) => {
    if (only && !only.edges.has(k)) return;
    if (a.predicate) bump(f.predicates, a.predicate);
    bump(f.polarities, polarityKey(a));
    bump(f.negation, negationKey(a));
    bump(f.modalities, a.modality);
    bump(f.edgeClasses, edgeClass(a));
    for (const d of a.documents) bump(f.documents, d);
    f.maxWeight = Math.max(f.maxWeight, a.weight);
    for (const d of [a.firstDate, a.lastDate]) {
      if (!d) continue;
      if (!f.minDate || d < f.minDate) f.minDate = d;
      if (!f.maxDate || d > f.maxDate) f.maxDate = d;
    }
  });
  for (const key of ['predicates', 'polarities', 'negation', 'modalities', 'nodeKinds', 'documents', 'communities', 'edgeClasses'] as const) {
    (f as any)[key] = sorted((f as any)[key]);
  }
  return f;
}
