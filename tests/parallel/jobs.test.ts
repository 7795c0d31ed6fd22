import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, ROOT } from '../helpers.ts';
import { readInputs } from '../../src/ingest/read.ts';
import { createContext } from '../../src/extract/context.ts';
import { extractAll } from '../../src/pipeline.ts';
import { extractParallel } from '../../src/parallel/pool.ts';
import { PositionsWorker } from '../../src/parallel/positions.ts';
import { issuesOf } from '../../src/graph/issues.ts';
import { discardFiles } from '../../src/io/files.ts';
import { renderPositionFiles } from '../../src/export/positions.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-jobs-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const corpus = path.join(ROOT, 'data/corpus');

describe('build --jobs', () => {
  it('gives the same results, in input order, on this thread and worker threads as in one thread', async () => {
    const { docs } = readInputs([corpus]);
    const ctx = createContext();
    const one = extractAll(ctx, docs);
    // one document per chunk, so that chunks finish out of order and must be put back in order;
    // 2 jobs are this thread and one worker with two chunks out at once, 3 add a second worker
    for (const jobs of [2, 3]) {
      const many = await extractParallel(ctx, docs, { jobs, context: {}, maxChunkDocs: 1 });
      expect(many.map((r) => r.doc.id), `${jobs} jobs`).toEqual(docs.map((d) => d.id));
      expect(JSON.stringify(many), `${jobs} jobs`).toBe(JSON.stringify(one));
    }
  });

  it('groups issues and stages positions on a worker thread exactly as in this one, from the slim input it sends', async () => {
    const { docs } = readInputs([corpus]);
    const ctx = createContext();
    const results = extractAll(ctx, docs);
    const issues = issuesOf(results);
    const here = renderPositionFiles(results, ctx.dictionary, issues);
    const worker = new PositionsWorker({});
    const job = worker.run(results, path.join(tmp, 'staged'));
    const there = await job.issues;
    // the same issues, made of this thread's own claim objects
    expect(there.map((i) => [i.id, i.label, i.frame])).toEqual(issues.map((i) => [i.id, i.label, i.frame]));
    there.forEach((issue, k) => issue.claims.forEach((c, j) => {
      expect(c.claim).toBe(issues[k].claims[j].claim);
      expect(c.features).toEqual(issues[k].claims[j].features);
      expect(c.date).toBe(issues[k].claims[j].date);
    }));
    const staged = await job.files;
    expect(Object.keys(staged.temps).sort()).toEqual(['positions.gexf', 'positions.json']);
    expect(here['positions.json']).toContain('"congruence"');
    for (const [name, text] of Object.entries(here)) expect(fs.readFileSync(staged.temps[name], 'utf8'), name).toBe(text);
    // staged, not in place: nothing replaced until the build commits them
    expect(fs.readdirSync(path.join(tmp, 'staged')).filter((f) => !f.startsWith('.'))).toEqual([]);
    discardFiles(staged);
    expect(fs.readdirSync(path.join(tmp, 'staged'))).toEqual([]);
  });

  it('reports a positions worker that cannot load its dictionary as a rejection, not a hang', async () => {
    const job = new PositionsWorker({ actorsFile: path.join(tmp, 'missing-actors.json') }).run([], tmp);
    await expect(job.issues).rejects.toThrow(/missing-actors\.json/);
    await expect(job.files).rejects.toThrow(/missing-actors\.json/);
  });

  it('writes byte-identical graph files with --jobs 1 and --jobs 2 on the bundled corpus', () => {
    const outs = [1, 2].map((jobs) => {
      const out = path.join(tmp, `j${jobs}`);
      const r = cli(['build', corpus, '--out', out, '--quiet', '--jobs', String(jobs)]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      return out;
    });
    // the graph files (the build's cache folder, if any, is not part of the output)
    const graphFiles = (dir: string) => fs.readdirSync(dir).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort();
    const files = graphFiles(outs[0]);
    expect(files).toEqual(graphFiles(outs[1]));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const f of files) expect(fs.readFileSync(path.join(outs[1], f)).equals(fs.readFileSync(path.join(outs[0], f))), f).toBe(true);
  });

  it.each(['0', 'two', '1.5'])('rejects --jobs %s with one line naming the option', (v) => {
    const r = cli(['build', corpus, '--out', path.join(tmp, 'bad'), '--jobs', v]);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--jobs/);
  });
});
