import type { ActorGraph } from '../graph/schema.ts';

/** graphology's serialization, as stable pretty JSON (loadable by `Graph.from` and by sigma). */
export function toJSON(graph: ActorGraph): string {
  return JSON.stringify(graph.export(), null, 1) + '\n';
}
