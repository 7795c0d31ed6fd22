// What the side panel lists: an actor's relations grouped by type and direction, and evidence
// sentences cut into plain and marked pieces. Pure module: the panel turns these into text nodes.
import type { EvidenceAttr, ViewEdge, ViewGraph } from './model.ts';

export interface RelationItem {
  edge: string;
  other: string;
  otherLabel: string;
  attrs: ViewEdge;
}

export interface RelationGroup {
  predicate: string;
  direction: 'out' | 'in';
  items: RelationItem[];
}

/** The node's edges among `visibleEdges`, grouped by predicate and direction: busiest groups first, heaviest edges first. */
export function groupRelations(graph: ViewGraph, node: string, visibleEdges?: Set<string>): RelationGroup[] {
  const groups = new Map<string, RelationGroup>();
  const add = (direction: 'out' | 'in') => (edge: string, attrs: ViewEdge, s: string, t: string) => {
    if (visibleEdges && !visibleEdges.has(edge)) return;
    const other = direction === 'out' ? t : s;
    const predicate = attrs.predicate || attrs.label || attrs.edgeKind;
    const key = `${direction}\u0000${predicate}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { predicate, direction, items: [] }));
    g.items.push({ edge, other, otherLabel: graph.getNodeAttribute(other, 'label'), attrs });
  };
  graph.forEachOutEdge(node, add('out'));
  graph.forEachInEdge(node, add('in'));
  const total = (g: RelationGroup) => g.items.reduce((n, i) => n + i.attrs.weight, 0);
  for (const g of groups.values()) g.items.sort((a, b) => b.attrs.weight - a.attrs.weight || a.otherLabel.localeCompare(b.otherLabel));
  return [...groups.values()].sort((a, b) => total(b) - total(a) || a.predicate.localeCompare(b.predicate) || a.direction.localeCompare(b.direction));
}

export interface Piece {
  text: string;
  marked: boolean;
}

/** Cuts an evidence sentence at its marks (clamped to the text, overlaps merged) into plain and marked pieces. */
export function markPieces(text: string, marks: Array<[number, number]> | undefined): Piece[] {
  const spans = (marks ?? [])
    .map(([s, e]) => [Math.max(0, Math.min(text.length, Math.trunc(s))), Math.max(0, Math.min(text.length, Math.trunc(e)))] as [number, number])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const sp of spans) {
    const last = merged[merged.length - 1];
    if (last && sp[0] <= last[1]) last[1] = Math.max(last[1], sp[1]);
    else merged.push([...sp]);
  }
  const pieces: Piece[] = [];
  let at = 0;
  for (const [s, e] of merged) {
    if (s > at) pieces.push({ text: text.slice(at, s), marked: false });
    pieces.push({ text: text.slice(s, e), marked: true });
    at = e;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}

/** Evidence of an edge in reading order (document, then sentence), without repeats of the same sentence. */
export function orderedEvidence(ev: EvidenceAttr[]): EvidenceAttr[] {
  const seen = new Set<string>();
  return [...ev]
    .sort((a, b) => a.doc.localeCompare(b.doc) || a.sentence - b.sentence)
    .filter((e) => {
      const k = `${e.doc}\u0000${e.sentence}\u0000${e.text}`;
      return seen.has(k) ? false : (seen.add(k), true);
    });
}
