// The real CLI on a messy corpus: warnings name files and lines, the summary counts what was skipped,
// exit codes follow the rules, and a failed build leaves the previous graph whole.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import iconv from 'iconv-lite';
import { writeFilesAtomic } from '../../src/io/files.ts';
import { extractJsonl } from '../../src/cli/extract.ts';
import { cli, ROOT } from '../helpers.ts';

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-build-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const GRAPH_FILES = ['graph.json', 'graph.gexf', 'nodes.csv', 'edges.csv'];

function corpus(name: string, files: Record<string, string | Uint8Array>): string {
  const dir = path.join(base, name);
  for (const [f, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), content);
  }
  return dir;
}

const messy = corpus('messy', {
  'good.txt': 'Russia attacked Ukraine in 2014.',
  'photo.txt': PNG,
  'empty.txt': '',
  'records.jsonl': `${JSON.stringify({ id: 'r1', text: 'France supports Ukraine.' })}\n{"id": "r2", "text": \n${JSON.stringify({ id: 'r3' })}\n`,
});

describe('actorgraph build on messy input', () => {
  it('builds the rest, names each problem with its file and line, counts what was skipped, exits 0', () => {
    const out = path.join(base, 'out-messy');
    const r = cli(['build', messy, '--out', out, '--jobs', '1']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/: 2 documents, /);
    expect(r.stdout).toMatch(/skipped 1 binary file, 1 empty file, 1 malformed JSONL line, 1 JSONL record without text; 4 warnings/);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toContain(`${path.join(messy, 'photo.txt')}: warning: binary file (a PNG image), not text; skipped [binary-file]`);
    expect(lines).toContain(`${path.join(messy, 'empty.txt')}: warning: empty file; skipped [empty-file]`);
    expect(lines.some((l) => l.startsWith(`${path.join(messy, 'records.jsonl')}:2: warning: not valid JSON`))).toBe(true);
    expect(lines).toContain(`${path.join(messy, 'records.jsonl')}:3: warning: record has no "text" field; line skipped [jsonl-missing-text]`);
    for (const f of GRAPH_FILES) expect(fs.existsSync(path.join(out, f)), f).toBe(true);
  });

  it('with --strict, fails on any warning and writes nothing', () => {
    const out = path.join(base, 'out-strict');
    const r = cli(['build', messy, '--out', out, '--strict', '--jobs', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n').pop()).toMatch(/--strict: skipped 1 binary file.*nothing written/);
    expect(fs.existsSync(path.join(out, 'graph.json'))).toBe(false);
    expect(cli(['build', corpus('clean', { 'a.txt': 'Russia attacked Ukraine.' }), '--out', out, '--strict', '--jobs', '1']).code).toBe(0);
  });

  it('exits non-zero, saying why, when nothing could be read', () => {
    const junk = corpus('junk', { 'a.txt': PNG, 'b.txt': '   \n', 'c.jsonl': 'not json\n', 'evil\u001b[31m\nname.txt': PNG });
    const r = cli(['build', junk, '--out', path.join(base, 'out-junk'), '--jobs', '1']);
    expect(r.code).not.toBe(0);
    const lines = r.stderr.trim().split('\n');
    expect(lines.pop()).toMatch(/no documents to build from .*\(skipped 2 binary files, 1 empty file, 1 malformed JSONL line; 4 warnings\)/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    // a file name cannot split a message or send escape sequences to the terminal
    expect(lines).toHaveLength(4);
    expect(r.stderr).not.toContain('\u001b');
    expect(lines).toContain(`${path.join(junk, 'evil\\u001b[31m\\u000aname.txt')}: warning: binary file (a PNG image), not text; skipped [binary-file]`);
  });

  it('reports a broken --actors dictionary in one line, not as an internal error', () => {
    const bad = path.join(base, 'bad-actors.json');
    fs.writeFileSync(bad, '[{"id": "x", ');
    const r = cli(['build', messy, '--actors', bad, '--out', path.join(base, 'out-bad-actors'), '--jobs', '1']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n').pop()!.startsWith(`actorgraph build: ${bad}: cannot read actor dictionary`), r.stderr).toBe(true);
    expect(r.stderr).not.toMatch(/internal error/);
  });
});

describe('actorgraph extract on messy input', () => {
  it('decodes its JSONL like build does, and refuses a binary file in one line', () => {
    const legacy = path.join(base, 'legacy.jsonl');
    fs.writeFileSync(legacy, iconv.encode(`${JSON.stringify({ id: 'fr', text: 'La Russie a attaqué l’Ukraine. Russia attacked Ukraine.' })}\n`, 'windows-1252'));
    const r = cli(['extract', '--jsonl', legacy]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).id).toBe('fr');
    expect(r.stderr).toMatch(/legacy\.jsonl: warning: not UTF-8; decoded as windows-1252 \[legacy-encoding\]/);
    const png = path.join(base, 'image.jsonl');
    fs.writeFileSync(png, PNG);
    expect(() => extractJsonl(png)).toThrow(/image\.jsonl: binary file \(a PNG image\)/);
  });
});

describe('a failed build', () => {
  // with two jobs, positions.json/.gexf are staged by their own thread: they too must be gone; the cache still describes the old graph
  it.each(['1', '2'])('leaves the previous graph intact when writing fails midway (--jobs %s)', (jobs) => {
    const out = path.join(base, `out-previous-${jobs}`);
    expect(cli(['build', corpus('first', { 'a.txt': 'Russia attacked Ukraine in 2014.' }), '--out', out, '--jobs', jobs]).code).toBe(0);
    // the next build cannot replace nodes.csv: a folder stands in its place
    fs.rmSync(path.join(out, 'nodes.csv'));
    fs.mkdirSync(path.join(out, 'nodes.csv'));
    fs.writeFileSync(path.join(out, 'nodes.csv', 'keep'), '');
    const before = Object.fromEntries([...GRAPH_FILES, 'positions.json', 'positions.gexf', '.actorgraph-cache/manifest.json'].filter((f) => f !== 'nodes.csv').map((f) => [f, fs.readFileSync(path.join(out, f), 'utf8')]));
    const r = cli(['build', corpus('second', { 'b.txt': 'France supports Germany. Iran threatens Israel.' }), '--out', out, '--jobs', jobs]);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n').pop()).toMatch(/cannot write the graph files .* previous files are left as they were/);
    for (const [f, text] of Object.entries(before)) expect(fs.readFileSync(path.join(out, f), 'utf8'), f).toBe(text);
    expect(fs.readdirSync(out).filter((f) => f.endsWith('.tmp') || f.endsWith('.bak'))).toEqual([]);
  });

  // with two jobs, the first temporary file may be the positions thread's
  it.each(['1', '2'])('leaves a whole graph, old or new, when the build is killed while writing (--jobs %s)', async (jobs) => {
    const out = path.join(base, `out-killed-${jobs}`);
    const reference = path.join(base, `out-reference-${jobs}`);
    const second = corpus('killed-second', { 'b.txt': 'France supports Germany. Iran threatens Israel.' });
    expect(cli(['build', corpus('killed-first', { 'a.txt': 'Russia attacked Ukraine in 2014.' }), '--out', out, '--jobs', '1']).code).toBe(0);
    expect(cli(['build', second, '--out', reference, '--jobs', '1']).code).toBe(0);
    const read = (dir: string) => [...GRAPH_FILES, 'positions.json', 'positions.gexf'].map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
    const [oldSet, newSet] = [read(out), read(reference)];
    // kill the build the moment its first temporary file appears in the output folder
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/actorgraph.mjs'), 'build', second, '--out', out, '--jobs', jobs], { cwd: ROOT, stdio: 'ignore' });
    const watcher = fs.watch(out, (_event, name) => { if (name && String(name).endsWith('.tmp')) child.kill('SIGKILL'); });
    await new Promise((resolve) => child.on('exit', resolve));
    watcher.close();
    const now = read(out);
    expect([oldSet, newSet]).toContainEqual(now);
    // the next build clears what the killed one left
    expect(cli(['build', second, '--out', out, '--jobs', jobs]).code).toBe(0);
    expect(read(out)).toEqual(newSet);
    expect(fs.readdirSync(out).filter((f) => f.startsWith('.graph') || f.startsWith('.nodes') || f.startsWith('.edges') || f.startsWith('.positions'))).toEqual([]);
  });

  it('clears the temporary files a killed build left behind, and only those', () => {
    const dir = path.join(base, 'stale');
    writeFilesAtomic(dir, { 'graph.json': 'old' });
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    const stale = [`.graph.json.${dead}.0123abcd.tmp`, `.graph.json.${dead}.0123abcd.tmp.bak`];
    const live = `.graph.json.${process.ppid}.89abcdef.tmp`;
    for (const f of [...stale, live, 'notes.txt']) fs.writeFileSync(path.join(dir, f), 'x');
    writeFilesAtomic(dir, { 'graph.json': 'new' });
    expect(fs.readdirSync(dir).sort()).toEqual([live, 'graph.json', 'notes.txt'].sort());
    expect(fs.readFileSync(path.join(dir, 'graph.json'), 'utf8')).toBe('new');
  });

  it('restores the files already replaced when a rename fails after some succeeded', async () => {
    const dir = path.join(base, 'set');
    writeFilesAtomic(dir, { 'a.json': 'old a', 'b.gexf': 'old b', 'c.csv': 'old c' });
    const fsMod = (await import('node:fs')).default;
    const real = fsMod.renameSync;
    let calls = 0;
    const spy = vi.spyOn(fsMod, 'renameSync').mockImplementation((from, to) => {
      // the third file's rename fails as a full disk or a vanished folder would make it
      if (++calls === 3) throw Object.assign(new Error('simulated failure'), { code: 'EIO' });
      real(from, to);
    });
    try {
      expect(() => writeFilesAtomic(dir, { 'a.json': 'new a', 'b.gexf': 'new b', 'c.csv': 'new c' })).toThrow(/simulated/);
    } finally {
      spy.mockRestore();
    }
    expect(['a.json', 'b.gexf', 'c.csv'].map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))).toEqual(['old a', 'old b', 'old c']);
    expect(fs.readdirSync(dir).sort()).toEqual(['a.json', 'b.gexf', 'c.csv']);
  });
});
