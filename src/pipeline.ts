import type { Document, DocumentResult } from './types.ts';
import { extractDocument } from './extract/document.ts';
import type { ExtractContext } from './extract/context.ts';
import { buildGraph } from './graph/build.ts';
import { assignMetrics } from './graph/metrics.ts';
import { assignLayout } from './graph/layout.ts';
import type { ActorGraph } from './graph/schema.ts';
import type { Issue } from './graph/positions.ts';

/** Extracts every document; a document that fails gives an error message in its result, never stops the others. */
export function extractAll(ctx: ExtractContext, docs: Document[], onDone?: (i: number) => void): DocumentResult[] {
  return docs.map((d, i) => {
    let r: DocumentResult;
    try {
      r = extractDocument(ctx, d);
    } catch (e) {
      const { text: _t, ...meta } = d;
      r = { doc: meta, sentences: [], mentions: [], relations: [], claims: [],
        messages: [{ file: d.path ?? d.id, severity: 'error', ruleId: 'extract-failed', reason: `document "${d.id}" could not be extracted (${(e as Error).message.split('\n')[0]}); skipped` }] };
    }
    onDone?.(i);
    return r;
  });
}

/** The graph of a set of results, with metrics and a seeded layout. */
export function graphOf(ctx: ExtractContext, results: DocumentResult[], issues?: Issue[]): ActorGraph {
  const graph = buildGraph(results, ctx.dictionary, { issues });
  assignMetrics(graph);
  assignLayout(graph);
  return graph;
}
