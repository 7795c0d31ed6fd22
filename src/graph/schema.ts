// Attribute types of the graph: the one contract between extraction, exports, the viewer and scripts.
// Never use sigma's reserved names (type, size, color, label, hidden, x, y, zIndex, forceLabel, highlighted)
// for domain data: `label`, `size`, `color`, `x`, `y` hold display values only.
import type { MultiDirectedGraph } from 'graphology';
import type { ActorKind, Modality, Predicate } from '../types.ts';

/** One sentence behind an edge or a node. Offsets are in the document text. */
export interface EvidenceAttr {
  doc: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
  date?: string;
  /** Mentions of the edge's source and target inside `text`, as [start, end) offsets relative to `text`. */
  marks?: Array<[number, number]>;
  cue?: string;
}

export interface ActorNodeAttrs {
  nodeKind: 'actor';
  /** Display name (sigma reads `label`). */
  label: string;
  kind: ActorKind;
  aliases: Record<string, number>;
  iso3: string | null;
  affiliation: string | null;
  mentions: number;
  pagerank: number;
  weightedDegree: number;
  community: number;
  /** Display values, computed at build time. */
  x: number;
  y: number;
  size: number;
  color: string;
}

export type EdgeKind = 'relation' | 'affiliation';

export interface RelationEdgeAttrs {
  edgeKind: EdgeKind;
  /** Relation type (GUIDELINES.md); 'member-of' for affiliation edges. */
  predicate: Predicate | 'member-of';
  polarity: 1 | -1 | 0;
  negated: boolean;
  modality: Modality;
  attributedTo: string | null;
  /** Number of mentions merged into this edge. */
  weight: number;
  documents: string[];
  firstDate: string | null;
  lastDate: string | null;
  evidence: EvidenceAttr[];
  /** Display values. */
  label: string;
  size: number;
  color: string;
}

export interface GraphAttrs {
  name: string;
  documents: number;
  sentences: number;
  generator: string;
}

export type ActorGraph = MultiDirectedGraph<ActorNodeAttrs, RelationEdgeAttrs, GraphAttrs>;

export const KIND_COLORS: Record<ActorKind, string> = {
  country: '#4e79a7',
  person: '#f28e2b',
  organization: '#59a14f',
  group: '#e15759',
};
export const POLARITY_COLORS = { cooperative: '#2e7d32', conflictual: '#c62828', neutral: '#9e9e9e' } as const;
