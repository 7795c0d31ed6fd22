// Runs the positions stage (src/parallel/positions-worker.ts) beside the rest of the build.
import { Worker } from 'node:worker_threads';
import type { DocumentResult } from '../types.ts';
import { positionsInput } from '../graph/positions.ts';
import type { ContextOptions, PositionsReply, PositionsRequest } from './protocol.ts';

/** positions.json and positions.gexf rendered on a worker thread; rejects with a one-line reason if the worker fails. */
export function renderPositionsInWorker(results: DocumentResult[], context: ContextOptions): Promise<Record<string, Uint8Array>> {
  const request: PositionsRequest = { context, results: positionsInput(results) };
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL('./positions-worker.mjs', import.meta.url), { workerData: request });
    let settled = false;
    w.once('message', (reply: PositionsReply) => {
      settled = true;
      if (reply.files) resolve(reply.files); else reject(new Error(reply.error ?? 'positions worker failed'));
      void w.terminate();
    });
    w.once('error', (e) => { if (!settled) { settled = true; reject(e); } });
    w.once('exit', (code) => { if (!settled) { settled = true; reject(new Error(`positions worker exited with code ${code}`)); } });
  });
}
