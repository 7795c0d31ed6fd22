// Public API of actorgraph.
export * from './types.ts';
export { createContext, type ExtractContext } from './extract/context.ts';
export { extractDocument } from './extract/document.ts';
export { extractAll, graphOf } from './pipeline.ts';
export { readInputs } from './ingest/read.ts';
export { segment } from './ingest/segment.ts';
export { buildGraph } from './graph/build.ts';
export type { ActorGraph, ActorNodeAttrs, RelationEdgeAttrs, EvidenceAttr } from './graph/schema.ts';
export { toJSON } from './export/json.ts';
export { toGEXF } from './export/gexf.ts';
export { nodesCSV, edgesCSV } from './export/csv.ts';
