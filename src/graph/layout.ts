import forceAtlas2 from 'graphology-layout-forceatlas2';
import seedrandom from 'seedrandom';
import type { ActorGraph } from './schema.ts';

/** Fewer iterations as graphs grow, so that layout stays a small share of a big build (the viewer can go on live). */
export const layoutIterations = (order: number) => (order <= 1000 ? 300 : order <= 5000 ? 100 : 50);

/** Seeded random start, then ForceAtlas2: the same graph always gets the same picture. */
export function assignLayout(graph: ActorGraph, seed = 'actorgraph', iterations = layoutIterations(graph.order)): void {
  if (graph.order === 0) return;
  const rng = seedrandom(seed);
  graph.forEachNode((n) => graph.mergeNodeAttributes(n, { x: rng() * 100, y: rng() * 100 }));
  const settings = forceAtlas2.inferSettings(graph);
  forceAtlas2.assign(graph, { iterations, settings: { ...settings, barnesHutOptimize: graph.order > 2000 }, getEdgeWeight: 'weight' });
  graph.forEachNode((n, a) => graph.mergeNodeAttributes(n, { x: Math.round(a.x * 1000) / 1000, y: Math.round(a.y * 1000) / 1000 }));
}
