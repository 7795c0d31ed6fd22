// Attribute types of the graph: the one contract between extraction, exports, the viewer and scripts.
// Never use sigma's reserved names (type, size, color, label, hidden, x, y, zIndex, forceLabel, highlighted)
// for domain data: `label`, `size`, `color`, `x`, `y` hold display values only.
import type { MultiDirectedGraph } from 'graphology';
import type { ActorKind, Modality, Predicate, Resolution, Voice } from '../types.ts';

/** One sentence behind an edge. Offsets are in the document text. */
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
  /** This mention's own modality and attribution (an edge merges mentions that may differ in both). */
  modality?: Modality;
  attributedTo?: string | null;
  voice?: Voice;
  /** Claim evidence: the claim's content, and its [start, end) inside `text`. */
  claim?: string;
  content?: [number, number];
  stance?: 1 | -1;
}

export type NodeKind = 'actor' | 'issue';

/** What every node carries besides its own facts: counts, dates, metrics and display values. */
export interface NodeCommonAttrs {
  mentions: number;
  /** Dates of the first and last dated document that mentions the node. */
  firstDate: string | null;
  lastDate: string | null;
  pagerank: number;
  weightedDegree: number;
  community: number;
  /** Display values, computed at build time. */
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface ActorNodeAttrs extends NodeCommonAttrs {
  nodeKind: 'actor';
  /** Display name (sigma reads `label`). */
  label: string;
  kind: ActorKind;
  /** Surface forms seen in the documents, with how often each was seen. */
  aliases: Record<string, number>;
  iso3: string | null;
  affiliation: string | null;
  /** How the actor was found: in the dictionary, or as a new name in the text. */
  resolvedBy: Resolution;
}

/** A group of claims about the same issue, put forward by one or more speakers. */
export interface IssueNodeAttrs extends NodeCommonAttrs {
  nodeKind: 'issue';
  /** Always 'issue', so that colouring and filtering by kind cover every node. */
  kind: 'issue';
  label: string;
  /** The issue frame its claims fall under (data/lexicon/issues.json), if any. */
  frame: string | null;
  /** The claim texts grouped into this issue, with how often each was seen. */
  claims: Record<string, number>;
}

export type NodeAttrs = ActorNodeAttrs | IssueNodeAttrs;

export type EdgeKind = 'relation' | 'affiliation' | 'position';

/** Edge predicates: relation types, `member-of` for affiliation edges and `states` for speaker -> issue position edges (polarity: for or against). */
export type EdgePredicate = Predicate | 'member-of' | 'states';

export interface RelationEdgeAttrs {
  edgeKind: EdgeKind;
  /** Relation type (GUIDELINES.md); 'member-of' for affiliation edges; 'states' for positions. */
  predicate: EdgePredicate;
  /** +1 cooperative, -1 conflictual; for positions the stance (+1 endorses, -1 denies); 0 for affiliation. */
  polarity: 1 | -1 | 0;
  negated: boolean;
  /** The most frequent modality among the merged mentions (each evidence keeps its own). */
  modality: Modality;
  /** The most frequent attribution among the merged mentions (each evidence keeps its own). */
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

export type ActorGraph = MultiDirectedGraph<NodeAttrs, RelationEdgeAttrs, GraphAttrs>;

export const KIND_COLORS: Record<ActorKind | 'issue', string> = {
  country: '#4e79a7',
  person: '#f28e2b',
  organization: '#59a14f',
  group: '#e15759',
  issue: '#b07aa1',
};
export const POLARITY_COLORS = { cooperative: '#2e7d32', conflictual: '#c62828', neutral: '#9e9e9e' } as const;

/** True when a node is an actor (not an issue). */
export const isActor = (a: NodeAttrs): a is ActorNodeAttrs => a.nodeKind === 'actor';
