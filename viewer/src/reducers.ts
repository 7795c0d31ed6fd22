// sigma's nodeReducer/edgeReducer as pure functions of the graph and the interaction state: filters
// hide, hover and selection highlight a neighbourhood, and the graph itself is never changed.
// No sigma import: the display data is typed structurally so vitest can run this in Node.
import type { ViewEdge, ViewGraph, ViewNode } from './model.ts';
import type { Visibility } from './filters.ts';
import type { ColorBy } from './state.ts';
import { relationName } from './relations.ts';
import { DIM_EDGE, DIM_NODE, edgeColor, edgeSize, nodeColor } from './style.ts';

/** Longest label drawn on the canvas; the panel shows the whole text. */
export const MAX_LABEL = 36;
/** A hovered hub shows its edges' labels only up to this many; beyond, they would hide each other. */
export const MAX_EDGE_LABELS = 12;

export interface Interaction {
  visibility: Visibility;
  hoveredNode: string | null;
  hoveredEdge: string | null;
  selectedNode: string | null;
  selectedEdge: string | null;
  colorBy: ColorBy;
  sizeOf: (a: ViewNode) => number;
  /** Grey out what is outside the focus (default). Off for large graphs, so a hover repaints only the neighbourhood. */
  dimOthers?: boolean;
}

export interface NodeDisplay {
  label?: string | null;
  color?: string;
  size?: number;
  hidden?: boolean;
  highlighted?: boolean;
  forceLabel?: boolean;
  zIndex?: number;
  [k: string]: unknown;
}
export type EdgeDisplay = NodeDisplay;

/** The nodes and edges in focus: the focused node with its visible neighbours and edges, or a selected edge with its ends. */
export function focusOf(graph: ViewGraph, it: Interaction): { nodes: Set<string>; edges: Set<string>; center: string | null } | null {
  const center = it.hoveredNode ?? it.selectedNode;
  if (center && graph.hasNode(center) && it.visibility.nodes.has(center)) {
    const nodes = new Set([center]);
    const edges = new Set<string>();
    graph.forEachEdge(center, (e, _a, s, t) => {
      if (!it.visibility.edges.has(e)) return;
      edges.add(e);
      nodes.add(s === center ? t : s);
    });
    return { nodes, edges, center };
  }
  if (it.selectedEdge && graph.hasEdge(it.selectedEdge) && it.visibility.edges.has(it.selectedEdge)) {
    return { nodes: new Set(graph.extremities(it.selectedEdge)), edges: new Set([it.selectedEdge]), center: null };
  }
  return null;
}

/** Builds the two reducers; `current` is read on every call, and the focus is recomputed only when it changes. */
export function createReducers(graph: ViewGraph, current: () => Interaction) {
  let cacheKey = '';
  let cached: ReturnType<typeof focusOf> = null;
  const focus = (it: Interaction) => {
    const key = `${it.hoveredNode}|${it.selectedNode}|${it.selectedEdge}`;
    // visibility is replaced (never mutated) when filters change, so identity tells us it changed
    if (key !== cacheKey || (cached as any)?.vis !== it.visibility) {
      cacheKey = key;
      cached = focusOf(graph, it);
      if (cached) (cached as any).vis = it.visibility;
    }
    return cached;
  };

  const nodeReducer = (node: string, a: ViewNode): NodeDisplay => {
    const it = current();
    if (!it.visibility.nodes.has(node)) return { ...a, hidden: true };
    // long labels (issue nodes carry a claim's words) are cut so neighbours stay readable
    const label = a.label.length > MAX_LABEL ? `${a.label.slice(0, MAX_LABEL - 1).trimEnd()}…` : a.label;
    const out: NodeDisplay = { ...a, label, color: nodeColor(a, it.colorBy), size: it.sizeOf(a), hidden: false };
    const f = focus(it);
    if (f) {
      if (f.nodes.has(node)) {
        // issue labels are long sentences: they take part in sigma's label grid instead of being forced on top of each other
        out.forceLabel = a.nodeKind !== 'issue' || node === f.center;
        out.zIndex = 2;
        out.highlighted = node === f.center || node === it.selectedNode;
      } else if (it.dimOthers !== false) {
        out.color = DIM_NODE;
        out.label = null;
        out.zIndex = 0;
        out.highlighted = false;
      }
    } else if (node === it.selectedNode) out.highlighted = true;
    return out;
  };

  const edgeReducer = (edge: string, a: ViewEdge): EdgeDisplay => {
    const it = current();
    if (!it.visibility.edges.has(edge)) return { ...a, hidden: true };
    const out: EdgeDisplay = { ...a, color: edgeColor(a), size: edgeSize(a.weight), hidden: false, label: null };
    const f = focus(it);
    const hovered = edge === it.hoveredEdge || edge === it.selectedEdge;
    // labels only where the eye is: the hovered or selected edge, and the edges of a hovered node that is not a hub
    if (hovered || (it.hoveredNode && f?.edges.has(edge) && f.edges.size <= MAX_EDGE_LABELS)) {
      out.label = relationName(a) || null;
      out.forceLabel = true;
    }
    if (hovered) out.size = (out.size as number) + 1.5;
    if (f && !f.edges.has(edge) && !hovered && it.dimOthers !== false) {
      out.color = DIM_EDGE;
      out.zIndex = 0;
    } else if (f || hovered) out.zIndex = 2;
    return out;
  };

  return { nodeReducer, edgeReducer };
}
