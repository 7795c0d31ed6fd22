// Public API of actorgraph.
export * from './types.ts';
export { createContext, type ExtractContext } from './extract/context.ts';
export { extractDocument } from './extract/document.ts';
export { extractAll, graphOf } from './pipeline.ts';
export { readInputs } from './ingest/read.ts';
export { segment } from './ingest/segment.ts';
export { buildGraph, guessKind, type BuildOptions } from './graph/build.ts';
export { addIssueLayer, issuesOf } from './graph/issues.ts';
// claims into issues, positions and the Discourse Network Analyzer's networks
export { buildPositions, groupIssues, issueClaims, positionsOf, ISSUE_THRESHOLD, type Issue, type Position, type Positions } from './graph/positions.ts';
export { actorNetwork, actorIssueNetwork, type Normalization } from './graph/positions/networks.ts';
export { toPositionsJSON, toPositionsGEXF, positionNetworks } from './export/positions.ts';
export { assignMetrics } from './graph/metrics.ts';
export { assignLayout } from './graph/layout.ts';
export type {
  ActorGraph, ActorNodeAttrs, IssueNodeAttrs, NodeAttrs, RelationEdgeAttrs, EvidenceAttr, EdgeKind, EdgePredicate, GraphAttrs,
} from './graph/schema.ts';
export { toJSON } from './export/json.ts';
export { toGEXF } from './export/gexf.ts';
export { nodesCSV, edgesCSV } from './export/csv.ts';
// queries from scripts
export { loadGraph, graphFromJSON } from './query/load.ts';
export { relations, neighbors, paths, type RelationQuery, type RelationResult, type Neighbor, type Path, type PathStep } from './query/query.ts';
export { claims, positions, type ClaimResult, type PositionResult } from './query/claims.ts';
export { resolveActor, suggest, UnknownActorError } from './query/resolve.ts';
export { formatRelations, formatNeighbors, formatPaths, formatPositions, formatClaims, type Format } from './query/format.ts';
