// The view's shareable state (selection, display choices, filters) and its round trip through the
// URL query string. Pure module: only strings and URLSearchParams.
import { emptyFilters, type Filters } from './filters.ts';

export type ColorBy = 'kind' | 'community';
export type SizeBy = 'degree' | 'pagerank';
/** The relation graph or one of the position networks in positions.json. */
export type Network = 'relations' | 'congruence' | 'conflict' | 'actorIssue';
export const NETWORKS: Network[] = ['relations', 'congruence', 'conflict', 'actorIssue'];

export interface ViewState {
  /** ?graph=URL when the graph came from elsewhere than graph/graph.json. */
  graph: string;
  network: Network;
  selectedNode: string | null;
  selectedEdge: string | null;
  colorBy: ColorBy;
  sizeBy: SizeBy;
  filters: Filters;
}

export const defaultState = (): ViewState => ({
  graph: '', network: 'relations', selectedNode: null, selectedEdge: null, colorBy: 'kind', sizeBy: 'degree', filters: emptyFilters(),
});

// URL parameter for each excluded-value set of the filters
const SET_PARAMS: Array<[keyof Filters, string]> = [
  ['predicates', 'xpred'], ['polarities', 'xpol'], ['negation', 'xneg'], ['modalities', 'xmod'], ['nodeKinds', 'xkind'], ['documents', 'xdoc'],
];

const splitList = (v: string | null): string[] => (v ? v.split(',').map(decodeURIComponent).filter(Boolean) : []);
const joinList = (s: Set<string>): string => [...s].sort().map((v) => encodeURIComponent(v)).join(',');
const isoPrefix = (v: string | null): string => (v && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v) ? v : '');

/** Reads a state from a query string; unknown or malformed values fall back to the defaults. */
export function stateFromQuery(query: string): ViewState {
  const p = new URLSearchParams(query);
  const s = defaultState();
  s.graph = p.get('graph') ?? '';
  const net = p.get('net') as Network | null;
  if (net && NETWORKS.includes(net)) s.network = net;
  s.selectedNode = p.get('node') || null;
  s.selectedEdge = s.selectedNode ? null : p.get('edge') || null;
  if (p.get('color') === 'community') s.colorBy = 'community';
  if (p.get('size') === 'pagerank') s.sizeBy = 'pagerank';
  for (const [key, param] of SET_PARAMS) (s.filters[key] as Set<string>) = new Set(splitList(p.get(param)));
  const w = Number(p.get('minw'));
  if (Number.isFinite(w) && w > 0) s.filters.minWeight = w;
  s.filters.from = isoPrefix(p.get('from'));
  s.filters.to = isoPrefix(p.get('to'));
  return s;
}

/** Writes a state as a query string holding only what differs from the defaults, in a stable order. */
export function stateToQuery(s: ViewState): string {
  const parts: string[] = [];
  const add = (k: string, v: string) => parts.push(`${k}=${v}`);
  if (s.graph) add('graph', encodeURIComponent(s.graph));
  if (s.network !== 'relations') add('net', s.network);
  if (s.selectedNode) add('node', encodeURIComponent(s.selectedNode));
  else if (s.selectedEdge) add('edge', encodeURIComponent(s.selectedEdge));
  if (s.colorBy !== 'kind') add('color', s.colorBy);
  if (s.sizeBy !== 'degree') add('size', s.sizeBy);
  // list values are encoded once inside the list and once more for the query, so commas in values survive
  for (const [key, param] of SET_PARAMS) {
    const set = s.filters[key] as Set<string>;
    if (set.size) add(param, encodeURIComponent(joinList(set)));
  }
  if (s.filters.minWeight > 0) add('minw', String(s.filters.minWeight));
  if (s.filters.from) add('from', s.filters.from);
  if (s.filters.to) add('to', s.filters.to);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** Adds or removes one value from an exclusion set, returning new filters (the old ones are left as they were). */
export function toggleExcluded(f: Filters, key: keyof Filters, value: string, shown: boolean): Filters {
  const next = { ...f, [key]: new Set(f[key] as Set<string>) } as Filters;
  const set = next[key] as Set<string>;
  if (shown) set.delete(value);
  else set.add(value);
  return next;
}
