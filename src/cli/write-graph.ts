import type { ActorGraph } from '../graph/schema.ts';
import { toJSON } from '../export/json.ts';
import { toGEXF } from '../export/gexf.ts';
import { edgesCSV, nodesCSV } from '../export/csv.ts';
import { writeFilesAtomic } from '../io/files.ts';
import { UserError } from './errors.ts';
import type { DocumentResult } from '../types.ts';
import type { Dictionary } from '../actors/dictionary.ts';
import { buildPositions } from '../graph/positions.ts';
import { positionNetworks, toPositionsGEXF, toPositionsJSON } from '../export/positions.ts';

/** What positions.json and positions.gexf are made from: the extraction results and the actor dictionary. */
export interface PositionsInput { results: DocumentResult[]; dictionary: Dictionary }

/**
 * Writes graph.json, graph.gexf, nodes.csv and edges.csv (and positions.json/.gexf when given the results) into a folder. Every file is rendered
 * before any is written, and they replace the old ones together: a failure leaves the previous graph whole.
 */
export function writeGraphFiles(graph: ActorGraph, dir: string, positions?: PositionsInput): void {
  const files: Record<string, string> = { 'graph.json': toJSON(graph), 'graph.gexf': toGEXF(graph), 'nodes.csv': nodesCSV(graph), 'edges.csv': edgesCSV(graph) };
  if (positions) {
    // issues, positions and the congruence / conflict / actor x issue networks, beside the main graph
    const p = buildPositions(positions.results);
    const nets = positionNetworks(p, positions.dictionary);
    files['positions.json'] = toPositionsJSON(p, positions.dictionary, 'average', nets);
    files['positions.gexf'] = toPositionsGEXF(p, positions.dictionary, 'average', nets);
  }
  try {
    writeFilesAtomic(dir, files);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new UserError(`cannot write the graph files to ${dir} (${err.code ?? err.message.split('\n')[0]}); the previous files are left as they were`, 1);
  }
}
