import path from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { createContext } from '../extract/context.ts';
import { readInputs } from '../ingest/read.ts';
import { extractAll, graphWithIssues } from '../pipeline.ts';
import { commitGraphFiles, stageGraphFiles, stagePositionFiles } from './write-graph.ts';
import { CACHE_DIR, extractWithCache, extractorFingerprint } from './build-cache.ts';
import type { Document, DocumentResult } from '../types.ts';
import type { ExtractContext } from '../extract/context.ts';
import type { ActorGraph } from '../graph/schema.ts';
import { discardFiles, type StagedFiles } from '../io/files.ts';
import { extractParallel, parseJobs } from '../parallel/pool.ts';
import { PositionsWorker } from '../parallel/positions.ts';
import { issuesOf } from '../graph/issues.ts';
import { UserError, contextOrUserError } from './errors.ts';
import { formatMessage, summarizeMessages } from './messages.ts';

export const BUILD_HELP = 'actorgraph build [PATHS...] [--out DIR] [--actors FILE] [--jobs N] [--update] [--strict]';

/** `actorgraph build`: documents -> graph files. */
export async function runBuild(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: {
    out: { type: 'string', default: 'graph' }, actors: { type: 'string' }, quiet: { type: 'boolean', default: false }, jobs: { type: 'string' }, update: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
  } });
  const t0 = performance.now();
  const paths = positionals.length ? positionals : ['data/corpus'];
  const { docs, messages } = readInputs(paths);
  for (const m of messages) process.stderr.write(formatMessage(m) + '\n');
  if (!docs.length) throw new UserError(`no documents to build from in ${paths.join(', ')}${messages.length ? ` (${summarizeMessages(messages)})` : ''}`);
  let jobs: number;
  try { jobs = parseJobs(values.jobs, docs.reduce((n, d) => n + d.text.length, 0)); } catch (e) { throw new UserError((e as Error).message); }
  const ctxOpts = { actorsFile: values.actors };
  const ctx = contextOrUserError(() => createContext(ctxOpts));
  // with more than one job, positions get a thread of their own, started now so that its start-up overlaps extraction
  const positionsWorker = jobs > 1 ? new PositionsWorker(ctxOpts) : null;
  try {
    const bar = process.stderr.isTTY && !values.quiet ? new cliProgress.SingleBar({ format: 'extracting [{bar}] {value}/{total} documents', clearOnComplete: true }, cliProgress.Presets.shades_classic) : null;
    const extract = async (todo: Document[]) => {
      bar?.start(todo.length, 0);
      const r = jobs > 1 && todo.length > 1
        ? await extractParallel(ctx, todo, { jobs: Math.min(jobs, todo.length), context: ctxOpts }, (i) => bar?.update(i + 1))
        : extractAll(ctx, todo, (i) => bar?.update(i + 1));
      bar?.stop();
      return r;
    };
    // --update keeps the documents in the output folder's cache and extracts only new or changed ones
    const cache = await extractWithCache({ outDir: path.resolve(values.out!), docs, update: values.update!, fingerprint: extractorFingerprint(values.actors), extract });
    for (const m of cache.messages) process.stderr.write(formatMessage(m) + '\n');
    const results = cache.results;
    for (const r of results) for (const m of r.messages) process.stderr.write(formatMessage(m) + '\n');
    const allMessages = [...messages, ...cache.messages, ...results.flatMap((r) => r.messages)];
    if (results.every((r) => r.messages.some((m) => m.ruleId === 'extract-failed'))) throw new UserError('no document could be built; nothing written', 1);
    // --strict treats every warning as fatal, before anything is written
    if (values.strict && allMessages.length) throw new UserError(`--strict: ${summarizeMessages(allMessages)}; nothing written`, 1);
    const outDir = path.resolve(values.out!);
    // while the positions worker groups the claims, this thread renders the extraction cache (written after the graph)
    const meanwhile = () => { try { cache.prepare(); } catch { /* save() retries and warns */ } };
    const graph = await writeGraph(ctx, results, outDir, positionsWorker, meanwhile);
    try { cache.save(); } catch (e) { process.stderr.write(`${path.join(outDir, CACHE_DIR)}: warning: cannot write the extraction cache (${(e as Error).message.split('\n')[0]}) [cache-write]\n`); }
    const n = (f: (r: (typeof results)[number]) => number) => results.reduce((s, r) => s + f(r), 0);
    const actors = graph.filterNodes((_n, a) => a.nodeKind === 'actor').length;
    const secs = ((performance.now() - t0) / 1000).toFixed(1);
    process.stdout.write(`built ${path.relative(process.cwd(), outDir) || '.'}: ${results.length} documents, ${n((r) => r.sentences.length)} sentences, ${actors} actors, ${n((r) => r.relations.length)} relations, ${n((r) => r.claims.length)} claims in ${secs} s${values.update ? ` (${cache.reused} of ${results.length} documents from the cache)` : ''}${allMessages.length ? `; ${summarizeMessages(allMessages)}` : ''}\n`);
    return 0;
  } finally {
    positionsWorker?.close();
  }
}

/**
 * Makes the graph and writes all its files, which replace the old ones together. With a positions worker, the
 * worker groups the claims into issues (for both threads) and writes positions.json/.gexf while this thread
 * lays out and writes the graph; without one, or if it fails, everything happens here. `meanwhile` runs while the
 * worker groups the claims.
 */
async function writeGraph(ctx: ExtractContext, results: DocumentResult[], outDir: string, worker: PositionsWorker | null, meanwhile?: () => void): Promise<ActorGraph> {
  const job = worker?.run(results, outDir);
  if (job) meanwhile?.();
  // without a worker (or when it fails) the claims are grouped into issues here, once, for the issue layer and positions
  const issues = job ? job.issues.catch(() => issuesOf(results)) : Promise.resolve(issuesOf(results));
  const here = async () => stagePositionFiles(outDir, { results, dictionary: ctx.dictionary, issues: await issues });
  let own: StagedFiles | undefined;
  try {
    const graph = await graphWithIssues(ctx, results, issues);
    own = stageGraphFiles(graph, outDir);
    commitGraphFiles(outDir, own, await (job ? job.files.catch(here) : here()));
    return graph;
  } catch (e) {
    // nothing staged survives a failed build (a commit that fails has removed its files already)
    if (own) discardFiles(own);
    void job?.files.then((f) => discardFiles(f), () => {});
    throw e;
  }
}
