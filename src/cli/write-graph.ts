import type { ActorGraph } from '../graph/schema.ts';
import { toJSON } from '../export/json.ts';
import { toGEXF } from '../export/gexf.ts';
import { edgesCSV, nodesCSV } from '../export/csv.ts';
import { writeFilesAtomic } from '../io/files.ts';
import { UserError } from './errors.ts';

/**
 * Writes graph.json, graph.gexf, nodes.csv and edges.csv into a folder. Every file is rendered
 * before any is written, and they replace the old ones together: a failure leaves the previous graph whole.
 */
export function writeGraphFiles(graph: ActorGraph, dir: string): void {
  const files = { 'graph.json': toJSON(graph), 'graph.gexf': toGEXF(graph), 'nodes.csv': nodesCSV(graph), 'edges.csv': edgesCSV(graph) };
  try {
    writeFilesAtomic(dir, files);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new UserError(`cannot write the graph files to ${dir} (${err.code ?? err.message.split('\n')[0]}); the previous files are left as they were`, 1);
  }
}
