// Colours and sizes: node colour by kind or community, size by weighted degree or PageRank, edge
// colour by polarity. Pure module; the legend reads the same tables the reducers use.
import { KIND_COLORS, POLARITY_COLORS } from '../../src/graph/schema.ts';
import type { ViewGraph, ViewNode } from './model.ts';
import type { ColorBy, SizeBy } from './state.ts';

export const NODE_KIND_COLORS: Record<string, string> = { ...KIND_COLORS, issue: '#b07aa1', claim: '#b07aa1', unknown: '#8c8c8c' };
export const EDGE_POLARITY_COLORS: Record<string, string> = {
  '1': POLARITY_COLORS.cooperative, '-1': POLARITY_COLORS.conflictual, '0': POLARITY_COLORS.neutral,
};
export const POLARITY_NAMES: Record<string, string> = { '1': 'cooperative', '-1': 'conflictual', '0': 'neutral' };
export const DIM_NODE = '#e4e4e4';
export const DIM_EDGE = '#efefef';
export const AFFILIATION_EDGE = '#8c6bb1';

// Tableau 10 without the kind colours' exact order, so communities do not read as kinds
const COMMUNITY_PALETTE = ['#76b7b2', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#bab0ac', '#17becf', '#bcbd22'];

/** Colour of a community number; negative (none) is grey. */
export const communityColor = (c: number): string => (c < 0 ? '#8c8c8c' : COMMUNITY_PALETTE[c % COMMUNITY_PALETTE.length]);

/** Colour of a kind; kinds outside the table keep the colour stored in the file. */
export const kindColor = (kind: string, fallback = '#8c8c8c'): string => NODE_KIND_COLORS[kind] ?? fallback;

export function nodeColor(a: ViewNode, by: ColorBy): string {
  return by === 'community' ? communityColor(a.community) : kindColor(a.kind, a.color);
}

export const MIN_NODE_SIZE = 4;
export const MAX_NODE_SIZE = 22;

/** A size function for the chosen measure: square-root scale between the graph's smallest and largest values. */
export function nodeSizer(graph: ViewGraph, by: SizeBy): (a: ViewNode) => number {
  const value = (a: ViewNode) => (by === 'pagerank' ? a.pagerank : a.weightedDegree);
  let lo = Infinity;
  let hi = -Infinity;
  graph.forEachNode((_k, a) => { lo = Math.min(lo, value(a)); hi = Math.max(hi, value(a)); });
  // files without the measure keep their stored sizes
  if (!(hi > lo)) return (a) => (hi > 0 || a.size > 0 ? Math.min(MAX_NODE_SIZE, Math.max(MIN_NODE_SIZE, a.size || MIN_NODE_SIZE)) : MIN_NODE_SIZE);
  return (a) => MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * Math.sqrt((value(a) - lo) / (hi - lo));
}

/** The legend's classes of edges: relations by polarity, positions by stance, affiliations, anything else. */
export const EDGE_CLASSES: Record<string, { name: string; color: string }> = {
  'relation:1': { name: 'cooperative relation', color: POLARITY_COLORS.cooperative },
  'relation:-1': { name: 'conflictual relation', color: POLARITY_COLORS.conflictual },
  'relation:0': { name: 'neutral relation', color: POLARITY_COLORS.neutral },
  'position:1': { name: 'endorses a claim', color: '#3d85c6' },
  'position:-1': { name: 'denies a claim', color: '#e69138' },
  'position:0': { name: 'both endorses and denies', color: '#999999' },
  congruence: { name: 'shared positions (congruence)', color: POLARITY_COLORS.cooperative },
  conflict: { name: 'opposed positions (conflict)', color: POLARITY_COLORS.conflictual },
  affiliation: { name: 'member of (affiliation)', color: AFFILIATION_EDGE },
  other: { name: 'other link', color: POLARITY_COLORS.neutral },
};

type EdgeLike = { edgeKind: string; polarity: number; color: string; predicate: string };

/** The legend class of an edge. */
export function edgeClass(a: EdgeLike): string {
  const pol = String(Math.sign(a.polarity) || 0);
  if (a.edgeKind === 'affiliation') return 'affiliation';
  if (a.edgeKind === 'position') return `position:${pol}`;
  if (a.edgeKind === 'congruence' || a.edgeKind === 'conflict') return a.edgeKind;
  if (a.edgeKind === 'relation' || a.predicate) return `relation:${pol}`;
  return 'other';
}

/** Edge colour: relations by polarity, positions by stance, affiliations purple; other links keep their stored colour. */
export function edgeColor(a: EdgeLike): string {
  const c = edgeClass(a);
  return c === 'other' ? a.color || EDGE_CLASSES.other.color : EDGE_CLASSES[c].color;
}

/** Edge thickness from its weight (number of merged mentions). */
export const edgeSize = (weight: number): number => Math.min(8, 1 + 1.5 * Math.log2(Math.max(1, weight)));

/** A name for each community: its two most connected actors (issue nodes only when it has no actor). */
export function communityNames(graph: ViewGraph): Map<number, string> {
  const members = new Map<number, Array<{ label: string; rank: number; actor: boolean }>>();
  graph.forEachNode((_k, a) => {
    const list = members.get(a.community) ?? [];
    list.push({ label: a.label, rank: a.weightedDegree || a.mentions || a.size, actor: a.nodeKind !== 'issue' });
    members.set(a.community, list);
  });
  const names = new Map<number, string>();
  for (const [c, list] of members) {
    const pool = list.some((m) => m.actor) ? list.filter((m) => m.actor) : list;
    pool.sort((x, y) => y.rank - x.rank || x.label.localeCompare(y.label));
    const top = pool.slice(0, 2).map((m) => (m.label.length > 18 ? `${m.label.slice(0, 17)}…` : m.label));
    names.set(c, top.join(', ') + (pool.length > 2 ? ', …' : ''));
  }
  return names;
}
