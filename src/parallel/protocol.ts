// Messages between the build and its worker threads (extraction, and positions).
import type { Document, DocumentResult } from '../types.ts';
import type { createContext } from '../extract/context.ts';
import type { ClaimFeatures } from '../graph/positions/features.ts';
import type { StagedFiles } from '../io/files.ts';

export type ContextOptions = NonNullable<Parameters<typeof createContext>[0]>;

export interface WorkerInit {
  context: ContextOptions;
}

/** A run of consecutive input documents; `chunk` numbers chunks in input order. */
export interface ChunkRequest {
  chunk: number;
  docs: Document[];
}

export interface ChunkReply {
  chunk: number;
  results?: DocumentResult[];
  /** Set when the worker could not start (its context failed to load). */
  error?: string | null;
}

/** The positions worker's start-up data: it loads its dictionary while extraction runs. */
export interface PositionsInit {
  context: ContextOptions;
}

/** The positions worker's one request: what positions read of the results (graph/positions.ts positionsInput), and the folder its files are staged in. */
export interface PositionsRequest {
  results: DocumentResult[];
  dir: string;
}

/** An issue as the positions worker sends it back: each claim as [result index, index among that result's position claims, features]. */
export interface IssueRef {
  id: string;
  label: string;
  frame: string | null;
  claims: Array<[number, number, ClaimFeatures]>;
}

/** The positions worker's replies, in this order: the issues, then positions.json and positions.gexf staged; or an error at any point. */
export type PositionsReply = { issues: IssueRef[] } | { staged: StagedFiles } | { error: string };
