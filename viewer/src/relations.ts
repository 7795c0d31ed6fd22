// What the side panel lists: an actor's relations grouped by type and direction, and evidence
// sentences cut into plain and marked pieces. Pure module: the panel turns these into text nodes.
import type { EvidenceAttr, ViewEdge, ViewGraph } from './model.ts';

/** The name a relation is listed under: its predicate, or for a position its stance. */
export function relationName(a: ViewEdge): string {
  if (a.edgeKind === 'position') return a.polarity < 0 ? 'denies' : a.polarity > 0 ? 'endorses' : 'both endorses and denies';
  if (a.edgeKind === 'congruence') return 'shares positions with';
  if (a.edgeKind === 'conflict') return 'opposes positions of';
  if (a.edgeKind === 'affiliation') return 'member of';
  return a.predicate || a.label || a.edgeKind;
}

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

const KIND_ORDER: Record<string, number> = { relation: 0, position: 2, affiliation: 3 };

/** The node's edges among `visibleEdges`, grouped by predicate and direction: busiest groups first, heaviest edges first. */
export function groupRelations(graph: ViewGraph, node: string, visibleEdges?: Set<string>): RelationGroup[] {
  const groups = new Map<string, RelationGroup>();
  const add = (direction: 'out' | 'in') => (edge: string, attrs: ViewEdge, s: string, t: string) => {
    if (visibleEdges && !visibleEdges.has(edge)) return;
    const other = s === node ? t : s;
    const predicate = relationName(attrs);
    const key = `${direction}\u0000${attrs.edgeKind}\u0000${predicate}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { predicate, direction, items: [] }));
    g.items.push({ edge, other, otherLabel: graph.getNodeAttribute(other, 'label'), attrs });
  };
  graph.forEachOutEdge(node, add('out'));
  // an undirected network (congruence, conflict) lists every tie from the actor's side
  graph.forEachInEdge(node, add(graph.getAttribute('undirected') ? 'out' : 'in'));
  const total = (g: RelationGroup) => g.items.reduce((n, i) => n + i.attrs.weight, 0);
  for (const g of groups.values()) g.items.sort((a, b) => b.attrs.weight - a.attrs.weight || a.otherLabel.localeCompare(b.otherLabel));
  // relations between actors first, then positions on issues, then affiliations; busiest first within each
  const order = (g: RelationGroup) => KIND_ORDER[g.items[0].attrs.edgeKind] ?? 1;
  return [...groups.values()].sort((a, b) => order(a) - order(b) || total(b) - total(a) || a.predicate.localeCompare(b.predicate) || a.direction.localeCompare(b.direction));
}

export interface Piece {
  text: string;
  /** Inside an actor mention. */
  marked: boolean;
  /** Inside the claim's content (position evidence). */
  claim: boolean;
}

const clampSpan = (text: string, [s, e]: [number, number]): [number, number] =>
  [Math.max(0, Math.min(text.length, Math.trunc(s))), Math.max(0, Math.min(text.length, Math.trunc(e)))];

/** Cuts an evidence sentence at its mention marks and claim content (clamped to the text, overlaps allowed) into pieces. */
export function markPieces(text: string, marks: Array<[number, number]> | undefined, content?: [number, number]): Piece[] {
  const spans = (marks ?? []).map((m) => clampSpan(text, m)).filter(([s, e]) => e > s);
  const claim = content ? clampSpan(text, content) : null;
  const cuts = new Set([0, text.length]);
  for (const [s, e] of claim ? [...spans, claim] : spans) cuts.add(s).add(e);
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = [points[i], points[i + 1]];
    const piece = { text: text.slice(s, e), marked: spans.some(([ms, me]) => ms <= s && e <= me), claim: !!claim && claim[0] <= s && e <= claim[1] };
    const last = pieces[pieces.length - 1];
    // neighbouring pieces of the same kind read as one
    if (last && last.marked === piece.marked && last.claim === piece.claim) last.text += piece.text;
    else pieces.push(piece);
  }
  return pieces.length ? pieces : [{ text, marked: false, claim: false }];
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
