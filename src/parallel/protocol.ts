// Messages between the build and its extraction workers.
import type { Document, DocumentResult } from '../types.ts';
import type { createContext } from '../extract/context.ts';

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

/** The positions worker's input: what positions read of the results (graph/positions.ts positionsInput). */
export interface PositionsRequest {
  context: ContextOptions;
  results: DocumentResult[];
}

export interface PositionsReply {
  files?: Record<string, Uint8Array>;
  error?: string;
}
