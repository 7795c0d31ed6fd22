// Export timing on a synthetic graph built with our schema (the attributes a real build writes).
import Graph from 'graphology';
import seedrandom from 'seedrandom';
import { PREDICATES, POLARITY } from '../../src/types.ts';
import { KIND_COLORS, POLARITY_COLORS, type ActorGraph } from '../../src/graph/schema.ts';
import { toJSON } from '../../src/export/json.ts';
import { toGEXF } from '../../src/export/gexf.ts';
import { edgesCSV, nodesCSV } from '../../src/export/csv.ts';

const KINDS = ['country', 'person', 'organization', 'group'] as const;

/** A seeded graph of `nodes` actors and `edges` relations, each relation with one evidence sentence. */
export function syntheticGraph(nodes: number, edges: number, seed = 'actorgraph-export'): ActorGraph {
  const rng = seedrandom(seed);
  const g = new Graph({ multi: true, type: 'directed', allowSelfLoops: false }) as ActorGraph;
  g.replaceAttributes({ name: 'synthetic', documents: edges / 10, sentences: edges, generator: 'actorgraph-bench' });
  for (let i = 0; i < nodes; i++) {
    const kind = KINDS[i % KINDS.length];
    g.addNode(`actor-${i}`, {
      nodeKind: 'actor', label: `Actor ${i}`, kind, aliases: { [`Actor ${i}`]: 1 + (i % 7) }, iso3: null, affiliation: null, resolvedBy: 'dictionary', firstDate: '2015-11-01', lastDate: '2015-11-30',
      mentions: 1 + (i % 50), pagerank: rng() / nodes, weightedDegree: 0, community: i % 40,
      x: rng() * 1000 - 500, y: rng() * 1000 - 500, size: 2 + rng() * 10, color: KIND_COLORS[kind],
    });
  }
  for (let e = 0; e < edges; e++) {
    const s = Math.floor(rng() * nodes);
    let t = Math.floor(rng() * nodes);
    if (t === s) t = (t + 1) % nodes;
    const predicate = PREDICATES[e % PREDICATES.length];
    const polarity = POLARITY[predicate];
    const text = `Actor ${s} ${predicate} Actor ${t} after talks on ${1 + (e % 28)} November, officials said in a statement.`;
    g.addDirectedEdgeWithKey(`e${e}`, `actor-${s}`, `actor-${t}`, {
      edgeKind: 'relation', predicate, polarity, negated: e % 13 === 0, modality: 'asserted', attributedTo: null,
      weight: 1, documents: [`doc-${e % 5000}`], firstDate: '2015-11-19', lastDate: '2015-11-19',
      evidence: [{ doc: `doc-${e % 5000}`, sentence: e % 40, start: 0, end: text.length, text, date: '2015-11-19', marks: [[0, 6]], cue: predicate }],
      label: predicate, size: 1, color: polarity > 0 ? POLARITY_COLORS.cooperative : POLARITY_COLORS.conflictual,
    });
  }
  return g;
}

/** Seconds taken by each export of the graph, and the bytes written. */
export function timeExports(graph: ActorGraph): { json: number; gexf: number; csv: number; total: number; bytes: number } {
  const t0 = performance.now();
  const json = toJSON(graph);
  const t1 = performance.now();
  const gexf = toGEXF(graph);
  const t2 = performance.now();
  const csv = nodesCSV(graph) + edgesCSV(graph);
  const t3 = performance.now();
  return { json: (t1 - t0) / 1000, gexf: (t2 - t1) / 1000, csv: (t3 - t2) / 1000, total: (t3 - t0) / 1000, bytes: json.length + gexf.length + csv.length };
}
