import path from 'node:path';
import type { ActorGraph } from '../graph/schema.ts';
import { toJSON } from '../export/json.ts';
import { toGEXF } from '../export/gexf.ts';
import { edgesCSV, nodesCSV } from '../export/csv.ts';
import { writeFileAtomic } from '../io/files.ts';

/** Writes graph.json, graph.gexf, nodes.csv and edges.csv into a folder. */
export function writeGraphFiles(graph: ActorGraph, dir: string): void {
  writeFileAtomic(path.join(dir, 'graph.json'), toJSON(graph));
  writeFileAtomic(path.join(dir, 'graph.gexf'), toGEXF(graph));
  writeFileAtomic(path.join(dir, 'nodes.csv'), nodesCSV(graph));
  writeFileAtomic(path.join(dir, 'edges.csv'), edgesCSV(graph));
}
