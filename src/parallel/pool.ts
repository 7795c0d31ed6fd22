// Extraction on worker threads: consecutive documents go out in chunks to whichever worker is
// idle, and results come back in input order, so the graph is byte-identical to a one-job build.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Document, DocumentResult } from '../types.ts';
import type { ExtractContext } from '../extract/context.ts';
import { extractAll } from '../pipeline.ts';
import type { ChunkReply, ChunkRequest, ContextOptions, WorkerInit } from './protocol.ts';

export interface ParallelOptions {
  /** Threads that extract: this one and `jobs - 1` workers; 1 extracts in this thread alone. */
  jobs: number;
  /** The options the context was created with: each worker builds its own from them. */
  context: ContextOptions;
  /** Text characters per chunk (a chunk holds at least one document); small chunks balance the load. */
  chunkChars?: number;
  maxChunkDocs?: number;
}

/** The default number of jobs: the machine's cores. */
export const defaultJobs = () => Math.max(1, os.availableParallelism());

/**
 * Below this much text, a second thread's start-up (tsx, compromise, the dictionary) and the copying of its
 * results cost about what it saves: on two cores, one and two jobs took the same time at 1.3 MB of text.
 */
export const SMALL_CORPUS_CHARS = 2_000_000;

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

/**
 * A worker's requests and replies in order: the worker answers its messages one at a time, so the
 * n-th reply is the n-th request's. Several requests can be out at once, so that the worker never
 * waits for this thread between chunks.
 */
class Channel {
  private readonly pending: Array<{ resolve: (r: ChunkReply) => void; reject: (e: Error) => void }> = [];
  private failure: Error | null = null;
  constructor(readonly worker: Worker) {
    worker.on('message', (reply: ChunkReply) => this.pending.shift()?.resolve(reply));
    worker.on('error', (e: Error) => this.fail(e));
    worker.on('exit', (code: number) => this.fail(new Error(`extraction worker exited with code ${code}`)));
  }
  private fail(e: Error): void {
    this.failure ??= e;
    for (const p of this.pending.splice(0)) p.reject(this.failure);
  }
  ask(req: ChunkRequest): Promise<ChunkReply> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => { this.pending.push({ resolve, reject }); this.worker.postMessage(req); });
  }
}

/** Requests out at once per worker: one being extracted, one waiting for it. */
const IN_FLIGHT = 2;

/**
 * Extracts every document and hands each result to `onResult` in input order, on `jobs` threads: this
 * one and `jobs - 1` workers. This thread already holds a context, so it extracts too rather than wait;
 * that spares one worker's start-up and one copy of its results between threads. Reads the source
 * only as threads become free, so a streamed corpus is never held whole.
 */
export async function extractStream(ctx: ExtractContext, docs: Source, opts: ParallelOptions, onResult: (r: DocumentResult, index: number) => void): Promise<number> {
  const source = iterate(docs);
  let emitted = 0;
  if (opts.jobs <= 1) {
    for (let n = await source.next(); !n.done; n = await source.next()) onResult(extractAll(ctx, [n.value])[0], emitted++);
    return emitted;
  }
  const chunkChars = opts.chunkChars ?? 20_000, maxDocs = opts.maxChunkDocs ?? 64;
  let chunks = 0, exhausted = false, failed = false, reading: Promise<unknown> = Promise.resolve();
  const readChunk = (): Promise<ChunkRequest | null> => {
    const p = reading.then(async () => {
      const batch: Document[] = [];
      let chars = 0;
      while (!failed && !exhausted && chars < chunkChars && batch.length < maxDocs) {
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
  const done = (chunk: number, results: DocumentResult[]) => {
    ready.set(chunk, results);
    for (let rs = ready.get(nextChunk); rs; rs = ready.get(nextChunk)) {
      ready.delete(nextChunk++);
      for (const r of rs) onResult(r, emitted++);
    }
  };
  const init: WorkerInit = { context: opts.context };
  const channels = Array.from({ length: opts.jobs - 1 }, () => new Channel(new Worker(new URL('./worker.mjs', import.meta.url), { workerData: init })));
  const viaWorker = async (c: Channel) => {
    for (let req = await readChunk(); req; req = await readChunk()) {
      const reply = await c.ask(req);
      if (!reply.results) throw new Error(reply.error ?? 'extraction worker failed');
      done(reply.chunk, reply.results);
    }
  };
  const here = async () => {
    for (let req = await readChunk(); req; req = await readChunk()) {
      done(req.chunk, extractAll(ctx, req.docs));
      // let the workers' replies in between chunks
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  try {
    await Promise.all([here(), ...channels.flatMap((c) => Array.from({ length: IN_FLIGHT }, () => viaWorker(c)))]);
  } catch (e) {
    failed = true;
    throw e;
  } finally {
    await Promise.all(channels.map((c) => c.worker.terminate()));
  }
  return emitted;
}

/** Every document's result, in input order, extracted on `jobs` threads. */
export async function extractParallel(ctx: ExtractContext, docs: Source, opts: ParallelOptions, onDone?: (i: number) => void): Promise<DocumentResult[]> {
  const out: DocumentResult[] = [];
  await extractStream(ctx, docs, opts, (r, i) => { out.push(r); onDone?.(i); });
  return out;
}
