// Extraction on worker threads: consecutive documents go out in chunks to whichever worker is
// idle, and results come back in input order, so the graph is byte-identical to a one-job build.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Document, DocumentResult } from '../types.ts';
import type { ExtractContext } from '../extract/context.ts';
import { extractAll } from '../pipeline.ts';
import type { ChunkReply, ChunkRequest, ContextOptions, WorkerInit } from './protocol.ts';

export interface ParallelOptions {
  /** Worker threads; 1 extracts in this thread. */
  jobs: number;
  /** The options the context was created with: each worker builds its own from them. */
  context: ContextOptions;
  /** Text characters per chunk (a chunk holds at least one document); small chunks balance the load. */
  chunkChars?: number;
  maxChunkDocs?: number;
}

/** The default number of jobs: the machine's cores. */
export const defaultJobs = () => Math.max(1, os.availableParallelism());

/** Below this much text, starting workers costs more than it saves. */
export const SMALL_CORPUS_CHARS = 200_000;

/** Parses a `--jobs` value (default: the cores, or 1 for a corpus of `chars` below SMALL_CORPUS_CHARS); throws a one-line error on anything but a positive integer. */
export function parseJobs(value: string | undefined, chars = Infinity): number {
  if (value === undefined) return chars < SMALL_CORPUS_CHARS ? 1 : defaultJobs();
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new Error(`--jobs must be a positive integer, not "${value}"`);
  return Number(value);
}

type Source = Iterable<Document> | AsyncIterable<Document>;

function iterate(docs: Source): { next(): Promise<IteratorResult<Document>> } {
  if (Symbol.asyncIterator in docs) return docs[Symbol.asyncIterator]();
  const it = (docs as Iterable<Document>)[Symbol.iterator]();
  return { next: async () => it.next() };
}

/** Sends one chunk to a worker and waits for its reply. */
function ask(w: Worker, req: ChunkRequest): Promise<ChunkReply> {
  return new Promise((resolve, reject) => {
    const onMessage = (reply: ChunkReply) => { w.off('error', onError); w.off('exit', onExit); resolve(reply); };
    const onError = (e: Error) => { w.off('message', onMessage); w.off('exit', onExit); reject(e); };
    const onExit = (code: number) => { w.off('message', onMessage); w.off('error', onError); reject(new Error(`extraction worker exited with code ${code}`)); };
    w.once('message', onMessage);
    w.once('error', onError);
    w.once('exit', onExit);
    w.postMessage(req);
  });
}

/**
 * Extracts every document and hands each result to `onResult` in input order, using `jobs` worker
 * threads. Reads the source only as workers become free, so a streamed corpus is never held whole.
 */
export async function extractStream(ctx: ExtractContext, docs: Source, opts: ParallelOptions, onResult: (r: DocumentResult, index: number) => void): Promise<number> {
  const source = iterate(docs);
  let emitted = 0;
  if (opts.jobs <= 1) {
    for (let n = await source.next(); !n.done; n = await source.next()) onResult(extractAll(ctx, [n.value])[0], emitted++);
    return emitted;
  }
  const chunkChars = opts.chunkChars ?? 20_000, maxDocs = opts.maxChunkDocs ?? 64;
  let chunks = 0, exhausted = false, reading: Promise<unknown> = Promise.resolve();
  const readChunk = (): Promise<ChunkRequest | null> => {
    const p = reading.then(async () => {
      const batch: Document[] = [];
      let chars = 0;
      while (!exhausted && chars < chunkChars && batch.length < maxDocs) {
        const n = await source.next();
        if (n.done) { exhausted = true; break; }
        batch.push(n.value);
        chars += n.value.text.length;
      }
      return batch.length ? { chunk: chunks++, docs: batch } : null;
    });
    reading = p.catch(() => undefined);
    return p;
  };
  const ready = new Map<number, DocumentResult[]>();
  let nextChunk = 0;
  const flush = () => {
    for (let rs = ready.get(nextChunk); rs; rs = ready.get(nextChunk)) {
      ready.delete(nextChunk++);
      for (const r of rs) onResult(r, emitted++);
    }
  };
  const init: WorkerInit = { context: opts.context };
  const workers = Array.from({ length: opts.jobs }, () => new Worker(new URL('./worker.mjs', import.meta.url), { workerData: init }));
  const drive = async (w: Worker) => {
    for (let req = await readChunk(); req; req = await readChunk()) {
      const reply = await ask(w, req);
      if (!reply.results) throw new Error(reply.error ?? 'extraction worker failed');
      ready.set(reply.chunk, reply.results);
      flush();
    }
  };
  try {
    await Promise.all(workers.map(drive));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return emitted;
}

/** Every document's result, in input order, extracted on `jobs` threads. */
export async function extractParallel(ctx: ExtractContext, docs: Source, opts: ParallelOptions, onDone?: (i: number) => void): Promise<DocumentResult[]> {
  const out: DocumentResult[] = [];
  await extractStream(ctx, docs, opts, (r, i) => { out.push(r); onDone?.(i); });
  return out;
}
