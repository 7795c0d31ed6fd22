// Runs the positions stage (src/parallel/positions-worker.ts) beside the rest of the build: the worker is
// started before extraction (its start-up and dictionary cost nothing at the end), groups the claims into
// issues once for both threads, and writes positions.json and positions.gexf itself, staged for the build
// to commit with the graph files (io/files.ts).
import { Worker } from 'node:worker_threads';
import type { DocumentResult } from '../types.ts';
import { positionClaim, positionsInput, type Issue } from '../graph/positions.ts';
import type { StagedFiles } from '../io/files.ts';
import type { ContextOptions, IssueRef, PositionsInit, PositionsReply, PositionsRequest } from './protocol.ts';

/** What the worker gives back for one set of results; each promise rejects with a one-line reason if the worker fails. */
export interface PositionsJob {
  /** The claims grouped into issues, as graph/issues.ts issuesOf(results) groups them, with the caller's claim objects. */
  issues: Promise<Issue[]>;
  /** positions.json and positions.gexf, written under temporary names in the output folder; the caller commits or discards them. */
  files: Promise<StagedFiles>;
}

/** Issues as the worker sends them: claims by position in `results` (the worker's input), features kept. */
export function issueRefs(issues: Issue[], results: DocumentResult[]): IssueRef[] {
  const where = new Map(results.flatMap((r, i) => r.claims.map((c, j) => [c, [i, j]] as const)));
  return issues.map((issue) => ({ id: issue.id, label: issue.label, frame: issue.frame, claims: issue.claims.map((c) => [...where.get(c.claim)!, c.features] as IssueRef['claims'][number]) }));
}

/** The issues of issueRefs(), over the full results the worker's input was made from. */
export function issuesFromRefs(refs: IssueRef[], results: DocumentResult[]): Issue[] {
  const claims = results.map((r) => r.claims.filter(positionClaim));
  return refs.map((i) => ({ id: i.id, label: i.label, frame: i.frame, claims: i.claims.map(([d, c, features]) => ({ claim: claims[d][c], features, date: results[d].doc.date })) }));
}

/** A positions worker thread, started ahead of need: it loads its dictionary, then waits for run(). */
export class PositionsWorker {
  private readonly worker: Worker;
  /** Why the worker stopped, if it did before its work was done. */
  private ended: Error | null = null;
  private onEnd: ((e: Error) => void) | null = null;

  constructor(context: ContextOptions) {
    this.worker = new Worker(new URL('./positions-worker.mjs', import.meta.url), { workerData: { context } satisfies PositionsInit });
    this.worker.unref(); // idle until run(): it never keeps the process alive on its own
    const end = (e: Error) => { this.ended ??= e; this.onEnd?.(this.ended); };
    this.worker.on('error', end);
    this.worker.on('exit', (code) => end(new Error(`positions worker exited with code ${code}`)));
  }

  /** Hands the worker one set of results and the output folder. */
  run(results: DocumentResult[], dir: string): PositionsJob {
    let gotIssues!: (i: Issue[]) => void, gotFiles!: (f: StagedFiles) => void, failIssues!: (e: Error) => void, failFiles!: (e: Error) => void;
    const issues = new Promise<Issue[]>((res, rej) => { gotIssues = res; failIssues = rej; });
    const files = new Promise<StagedFiles>((res, rej) => { gotFiles = res; failFiles = rej; });
    // the caller may fall back on the first failure and never look at the other promise
    issues.catch(() => {});
    files.catch(() => {});
    const fail = (e: Error) => { failIssues(e); failFiles(e); this.close(); };
    if (this.ended) { fail(this.ended); return { issues, files }; }
    this.onEnd = fail;
    this.worker.on('message', (reply: PositionsReply) => {
      if ('error' in reply) fail(new Error(reply.error));
      else if ('issues' in reply) gotIssues(issuesFromRefs(reply.issues, results));
      else { this.onEnd = null; gotFiles(reply.staged); this.close(); }
    });
    this.worker.ref();
    this.worker.postMessage({ results: positionsInput(results), dir } satisfies PositionsRequest);
    return { issues, files };
  }

  /** Stops the worker (files it already staged are the caller's to commit or discard). */
  close(): void {
    this.worker.unref();
    void this.worker.terminate();
  }
}
