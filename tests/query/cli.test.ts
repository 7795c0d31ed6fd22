import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build.ts';
import { toJSON } from '../../src/export/json.ts';
import { cli } from '../helpers.ts';
import { main } from '../../src/cli/main.ts';
import { corpus, dict } from '../graph/fixtures.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-qcli-'));
const file = path.join(dir, 'graph.json');
fs.writeFileSync(file, toJSON(buildGraph(corpus(), dict())));
const q = (...args: string[]) => cli(['query', '--graph', file, ...args]);

/** The same command line run in this process (the CLI's own entry point, without a Node start-up per case). */
async function inProcess(...args: string[]) {
  let stdout = '', stderr = '';
  const out = process.stdout.write, err = process.stderr.write;
  process.stdout.write = ((s: string) => { stdout += s; return true }) as typeof out;
  process.stderr.write = ((s: string) => { stderr += s; return true }) as typeof err;
  try {
    const code = await main(['query', '--graph', file, ...args]);
    return { code, stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}

describe('actorgraph query', () => {
  it('answers "who opposes Assad?" in one command, as a readable table', () => {
    const r = q('--relation', 'opposes', '--target', 'assad');
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^source\s+relation\s+target\s+n\s+dates\s+evidence$/);
    expect(lines.slice(2).map((l) => l.split(/\s{2,}/).slice(0, 3))).toEqual([['France', 'opposes', 'Bashar al-Assad'], ['United States', 'opposes', 'Bashar al-Assad']]);
    expect(r.stdout).toContain('Putin said France opposes Assad. [says vladimir-putin]');
  });

  it('writes JSON with the evidence, and TSV with one row per evidence sentence', async () => {
    const j = q('--source', 'russia', '--relation', 'supports', '--json');
    expect(j.code, j.stderr).toBe(0);
    const rs = JSON.parse(j.stdout);
    expect(rs.map((x: any) => [x.target, x.weight])).toEqual([['bashar-al-assad', 2], ['syria', 1]]);
    expect(rs[0].evidence[1]).toMatchObject({ doc: 'd2', text: 'Moscow backs Damascus and supports Assad.', date: '2015-11-15' });
    const t = await inProcess('--source', 'russia', '--relation', 'support', '--polarity', '+', '--tsv');
    const rows = t.stdout.trimEnd().split('\n').map((l) => l.split('\t'));
    expect(rows[0]).toEqual(['source', 'relation', 'target', 'negated', 'modality', 'attributed_to', 'weight', 'document', 'date', 'sentence', 'start', 'end', 'evidence']);
    expect(rows.slice(1).map((r) => [r[2], r[7], r[12]])).toEqual([
      ['bashar-al-assad', 'd1', 'Russia supports Assad.'], ['bashar-al-assad', 'd2', 'Moscow backs Damascus and supports Assad.'], ['syria', 'd2', 'Moscow backs Damascus and supports Assad.'],
    ]);
  });

  it('lists neighbours, paths, positions and claims', async () => {
    expect((await inProcess('--neighbors', 'Assad')).stdout).toMatch(/^France\s+country\s+2\s+France opposes Bashar al-Assad; France not supports Bashar al-Assad$/m);
    expect((await inProcess('--path', 'Washington', '--path', 'Moscow')).stdout).toMatch(/^path 1: United States — Bashar al-Assad — Russia$/m);
    expect((await inProcess('--positions', 'Putin')).stdout).toMatch(/^both\s+1\s+1\s+Assad must stay$/m);
    expect((await inProcess('--claims', 'Putin')).stdout).toMatch(/^Vladimir Putin\s+-\s+denied\s+Assad must stay$/m);
  });

  it('keeps the first rows with --limit', async () => {
    const r = await inProcess('--relation', 'supports', '--limit', '1', '--json');
    expect(JSON.parse(r.stdout).map((x: any) => [x.source, x.target])).toEqual([['russia', 'bashar-al-assad']]);
  });

  it.each([
    [['--limit', '0'], /^actorgraph query: --limit "0" is not a positive whole number/],
    [['--target', 'Asad'], /^actorgraph query: unknown actor "Asad"; did you mean "Bashar al-Assad"/],
    [['--relation', 'hugs'], /^actorgraph query: unknown relation "hugs"; did you mean/],
    [['--polarity', 'sideways'], /^actorgraph query: unknown polarity "sideways"/],
    [['--from', 'last week'], /^actorgraph query: --from "last week" is not a date/],
  ])('rejects %j with one line and exit code 2', async (args, message) => {
    const r = await inProcess(...args);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it('names a missing graph file in one line', async () => {
    const r = await inProcess('--graph', path.join(dir, 'nope.json'), '--source', 'russia');
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd()).toMatch(/nope\.json: no such file; build one with "actorgraph build"$/);
  });
});
