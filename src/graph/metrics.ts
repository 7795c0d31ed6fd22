import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import seedrandom from 'seedrandom';
import type { ActorGraph } from './schema.ts';

const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];
export const communityColor = (c: number) => PALETTE[c % PALETTE.length];

/** Writes community (seeded Louvain), PageRank, weighted degree and a display size into node attributes. */
export function assignMetrics(graph: ActorGraph, seed = 'actorgraph'): void {
  if (graph.order === 0) return;
  const communities = louvain(graph, { rng: seedrandom(seed), getEdgeWeight: 'weight' });
  const ranks = graph.size ? pagerank(graph, { getEdgeWeight: 'weight' }) : {};
  graph.forEachNode((n) => {
    let wd = 0;
    graph.forEachEdge(n, (_e, a) => { wd += a.weight; });
    const pr = ranks[n] ?? 0;
    graph.mergeNodeAttributes(n, {
      community: communities[n] ?? 0,
      pagerank: Math.round(pr * 1e6) / 1e6,
      weightedDegree: wd,
      size: Math.round((4 + 3 * Math.sqrt(wd)) * 100) / 100,
    });
  });
}
