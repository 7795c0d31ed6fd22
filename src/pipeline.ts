import type { Document, DocumentResult } from './types.ts';
import { extractDocument } from './extract/document.ts';
import type { ExtractContext } from './extract/context.ts';
import { buildGraph } from './graph/build.ts';
import { addIssueLayer } from './graph/issues.ts';
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
  return laidOut(buildGraph(results, ctx.dictionary, { issues }));
}

/**
 * graphOf with the claims grouped into issues elsewhere (the positions worker): the relations are built while
 * the issues are on their way, and the issue layer (buildGraph's last step) is added when they come.
 */
export async function graphWithIssues(ctx: ExtractContext, results: DocumentResult[], issues: Promise<Issue[]>): Promise<ActorGraph> {
  const graph = buildGraph(results, ctx.dictionary, { issues: [] });
  addIssueLayer(graph, await issues);
  return laidOut(graph);
}

function laidOut(graph: ActorGraph): ActorGraph {
  assignMetrics(graph);
  assignLayout(graph);
  return graph;
}
