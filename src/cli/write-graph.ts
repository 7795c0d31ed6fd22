import type { ActorGraph } from '../graph/schema.ts';
import { toJSON } from '../export/json.ts';
import { toGEXF } from '../export/gexf.ts';
import { edgesCSV, nodesCSV } from '../export/csv.ts';
import { writeFilesAtomic } from '../io/files.ts';
import { UserError } from './errors.ts';
import type { DocumentResult } from '../types.ts';
import type { Dictionary } from '../actors/dictionary.ts';
import { renderPositionFiles } from '../export/positions.ts';
import type { Issue } from '../graph/positions.ts';

/**
 * What positions.json and positions.gexf are made from: the extraction results and the actor dictionary,
 * or the two files already rendered (on another thread, see src/parallel/positions.ts).
 */
export type PositionsInput = { results: DocumentResult[]; dictionary: Dictionary; issues?: Issue[] } | { files: Record<string, string | Uint8Array> };

/**
 * Writes graph.json, graph.gexf, nodes.csv and edges.csv (and positions.json/.gexf when given the results) into a folder. Every file is rendered
 * before any is written, and they replace the old ones together: a failure leaves the previous graph whole.
 */
export function writeGraphFiles(graph: ActorGraph, dir: string, positions?: PositionsInput): void {
  const files: Record<string, string | Uint8Array> = { 'graph.json': toJSON(graph), 'graph.gexf': toGEXF(graph), 'nodes.csv': nodesCSV(graph), 'edges.csv': edgesCSV(graph) };
  // issues, positions and the congruence / conflict / actor x issue networks, beside the main graph
  if (positions) Object.assign(files, 'files' in positions ? positions.files : renderPositionFiles(positions.results, positions.dictionary, positions.issues));
  try {
    writeFilesAtomic(dir, files);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new UserError(`cannot write the graph files to ${dir} (${err.code ?? err.message.split('\n')[0]}); the previous files are left as they were`, 1);
  }
}
