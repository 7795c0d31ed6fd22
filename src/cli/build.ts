import path from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { createContext } from '../extract/context.ts';
import { readInputs } from '../ingest/read.ts';
import { extractAll, graphOf } from '../pipeline.ts';
import { writeGraphFiles } from './write-graph.ts';
import { extractParallel, parseJobs } from '../parallel/pool.ts';
import { UserError } from './errors.ts';
import { formatMessage } from './messages.ts';

export const BUILD_HELP = 'actorgraph build [PATHS...] [--out DIR] [--actors FILE] [--jobs N]';

/** `actorgraph build`: documents -> graph files. */
export async function runBuild(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: {
    out: { type: 'string', default: 'graph' }, actors: { type: 'string' }, quiet: { type: 'boolean', default: false }, jobs: { type: 'string' },
  } });
  const t0 = performance.now();
  const paths = positionals.length ? positionals : ['data/corpus'];
  const { docs, messages } = readInputs(paths);
  for (const m of messages) process.stderr.write(formatMessage(m) + '\n');
  if (!docs.length) throw new UserError(`no documents to build from in ${paths.join(', ')}`);
  let jobs: number;
  try { jobs = parseJobs(values.jobs); } catch (e) { throw new UserError((e as Error).message); }
  const ctxOpts = { actorsFile: values.actors };
  const ctx = createContext(ctxOpts);
  const bar = process.stderr.isTTY && !values.quiet ? new cliProgress.SingleBar({ format: 'extracting [{bar}] {value}/{total} documents', clearOnComplete: true }, cliProgress.Presets.shades_classic) : null;
  bar?.start(docs.length, 0);
  const results = jobs > 1 && docs.length > 1
    ? await extractParallel(ctx, docs, { jobs: Math.min(jobs, docs.length), context: ctxOpts }, (i) => bar?.update(i + 1))
    : extractAll(ctx, docs, (i) => bar?.update(i + 1));
  bar?.stop();
  for (const r of results) for (const m of r.messages) process.stderr.write(formatMessage(m) + '\n');
  const graph = graphOf(ctx, results);
  const outDir = path.resolve(values.out!);
  writeGraphFiles(graph, outDir, { results, dictionary: ctx.dictionary });
  const n = (f: (r: (typeof results)[number]) => number) => results.reduce((s, r) => s + f(r), 0);
  const actors = graph.filterNodes((_n, a) => a.nodeKind === 'actor').length;
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  process.stdout.write(`built ${path.relative(process.cwd(), outDir) || '.'}: ${docs.length} documents, ${n((r) => r.sentences.length)} sentences, ${actors} actors, ${n((r) => r.relations.length)} relations, ${n((r) => r.claims.length)} claims in ${secs} s\n`);
  return 0;
}
