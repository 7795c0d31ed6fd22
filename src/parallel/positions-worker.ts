// The positions stage on a thread of its own: it renders positions.json and positions.gexf while the
// build's main thread makes the graph, its layout and its exports. The files come back as UTF-8 bytes,
// transferred rather than copied.
import { parentPort, workerData } from 'node:worker_threads';
import { loadDictionary } from '../actors/load.ts';
import { renderPositionFiles } from '../export/positions.ts';
import type { PositionsReply, PositionsRequest } from './protocol.ts';

const { context, results } = workerData as PositionsRequest;
let reply: PositionsReply;
const transfer: ArrayBuffer[] = [];
try {
  const dictionary = loadDictionary({ actorsFile: context.actorsFile, replace: context.replaceActors });
  const encoder = new TextEncoder();
  const files: Record<string, Uint8Array> = {};
  for (const [name, text] of Object.entries(renderPositionFiles(results, dictionary))) {
    files[name] = encoder.encode(text);
    transfer.push(files[name].buffer as ArrayBuffer);
  }
  reply = { files };
} catch (e) {
  reply = { error: (e as Error).message.split('\n')[0] };
}
parentPort!.postMessage(reply, transfer);
