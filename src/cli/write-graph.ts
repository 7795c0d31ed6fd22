import type { ActorGraph } from '../graph/schema.ts';
import { toJSON } from '../export/json.ts';
import { toGEXF } from '../export/gexf.ts';
import { edgesCSV, nodesCSV } from '../export/csv.ts';
import { commitFiles, discardFiles, stageFiles, type StagedFiles } from '../io/files.ts';
import { UserError } from './errors.ts';
import type { DocumentResult } from '../types.ts';
import type { Dictionary } from '../actors/dictionary.ts';
import { renderPositionFiles } from '../export/positions.ts';
import type { Issue } from '../graph/positions.ts';

/** What positions.json and positions.gexf are made from: the extraction results and the actor dictionary (and the issues, if already grouped). */
export type PositionsInput = { results: DocumentResult[]; dictionary: Dictionary; issues?: Issue[] };

/** Runs a step that writes into the graph folder; its failure becomes one line saying the previous files are left whole. */
function writing<T>(dir: string, step: () => T): T {
  try {
    return step();
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new UserError(`cannot write the graph files to ${dir} (${err.code ?? err.message.split('\n')[0]}); the previous files are left as they were`, 1);
  }
}

/**
 * graph.json, graph.gexf, nodes.csv and edges.csv rendered one by one and staged in a folder (written under
 * temporary names, io/files.ts), to be put in place together with the other files by commitGraphFiles.
 */
export function stageGraphFiles(graph: ActorGraph, dir: string): StagedFiles {
  const renders: Record<string, (g: ActorGraph) => string> = { 'graph.json': toJSON, 'graph.gexf': toGEXF, 'nodes.csv': nodesCSV, 'edges.csv': edgesCSV };
  const staged: StagedFiles = { dir, temps: {} };
  try {
    // one file at a time: each big string is written and dropped before the next is rendered
    for (const [name, render] of Object.entries(renders)) {
      const text = render(graph);
      Object.assign(staged.temps, writing(dir, () => stageFiles(dir, { [name]: text }).temps));
    }
  } catch (e) {
    discardFiles(staged);
    throw e;
  }
  return staged;
}

/** positions.json and positions.gexf (issues, positions and the congruence / conflict / actor x issue networks) rendered here and staged. */
export function stagePositionFiles(dir: string, positions: PositionsInput): StagedFiles {
  const files = renderPositionFiles(positions.results, positions.dictionary, positions.issues);
  return writing(dir, () => stageFiles(dir, files));
}

/** Puts staged sets in place together; a failure restores the previous files and gives one line. */
export function commitGraphFiles(dir: string, ...sets: StagedFiles[]): void {
  writing(dir, () => commitFiles(...sets));
}

/**
 * Writes graph.json, graph.gexf, nodes.csv and edges.csv (and positions.json/.gexf when given the results) into a folder. Every file is
 * written under a temporary name before any replaces an old one, and they replace the old ones together: a failure leaves the previous graph whole.
 */
export function writeGraphFiles(graph: ActorGraph, dir: string, positions?: PositionsInput): void {
  const sets = [stageGraphFiles(graph, dir)];
  try {
    if (positions) sets.push(stagePositionFiles(dir, positions));
  } catch (e) {
    discardFiles(...sets);
    throw e;
  }
  commitGraphFiles(dir, ...sets);
}
