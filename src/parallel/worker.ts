// One extraction worker: builds its ExtractContext once, then extracts the chunks it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { createContext } from '../extract/context.ts';
import { extractAll } from '../pipeline.ts';
import type { ChunkReply, ChunkRequest, WorkerInit } from './protocol.ts';

const init = workerData as WorkerInit;
let ctx: ReturnType<typeof createContext> | null = null;
let failure: string | null = null;
try {
  ctx = createContext(init.context);
} catch (e) {
  failure = (e as Error).message.split('\n')[0];
}

parentPort!.on('message', (req: ChunkRequest) => {
  if (!ctx) {
    parentPort!.postMessage({ chunk: req.chunk, error: failure } satisfies ChunkReply);
    return;
  }
  const results = extractAll(ctx, req.docs);
  parentPort!.postMessage({ chunk: req.chunk, results } satisfies ChunkReply);
});
