// The positions stage on a thread of its own (see src/parallel/positions.ts): it loads the dictionary while
// extraction runs; given the results, it groups the claims into issues and sends them back for the graph's
// issue layer, then renders positions.json and positions.gexf and writes them itself, staged in the output
// folder, so that no large string is encoded or copied between threads.
import { parentPort, workerData } from 'node:worker_threads';
import { loadDictionary } from '../actors/load.ts';
import type { Dictionary } from '../actors/dictionary.ts';
import { renderPositionFiles } from '../export/positions.ts';
import { issuesOf } from '../graph/issues.ts';
import { stageFiles } from '../io/files.ts';
import { issueRefs } from './positions.ts';
import type { PositionsInit, PositionsReply, PositionsRequest } from './protocol.ts';

const reason = (e: unknown) => (e as Error).message.split('\n')[0];
const reply = (r: PositionsReply) => parentPort!.postMessage(r);
const { context } = workerData as PositionsInit;
let dictionary: Dictionary | null = null, failure = '';
try {
  dictionary = loadDictionary({ actorsFile: context.actorsFile, replace: context.replaceActors });
} catch (e) {
  failure = reason(e);
}

parentPort!.once('message', ({ results, dir }: PositionsRequest) => {
  if (!dictionary) return reply({ error: failure });
  try {
    const issues = issuesOf(results);
    reply({ issues: issueRefs(issues, results) });
    reply({ staged: stageFiles(dir, renderPositionFiles(results, dictionary, issues)) });
  } catch (e) {
    reply({ error: reason(e) });
  }
});
