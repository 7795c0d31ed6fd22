import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from './run-main.ts';

const FILES = ['graph.json', 'graph.gexf', 'nodes.csv', 'edges.csv'];
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-update-'));
const write = (dir: string, name: string, records: object[]) => {
  fs.mkdirSync(path.join(root, dir), { recursive: true });
  fs.writeFileSync(path.join(root, dir, name), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return path.join(root, dir);
};
const A = write('a', 'a.jsonl', [
  { id: 'a1', date: '2015-10-01', text: 'Russia attacked Ukraine in 2014. France supports the United States.' },
  { id: 'a2', date: '2015-10-02', text: 'Russia supports Syria. Iran supports Syria.' },
]);
const B = write('b', 'b.jsonl', [{ id: 'b1', date: '2015-11-01', text: 'The United States opposes Russia. Turkey attacked Syria.' }]);
const read = (dir: string) => Object.fromEntries(FILES.map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
const build = (...args: string[]) => runMain(['build', '--quiet', '--jobs', '1', ...args]);

describe('build --update', () => {
  const inc = path.join(root, 'inc');
  const full = path.join(root, 'full');

  it('adds new documents without re-extracting the others, with the same files as a full rebuild', async () => {
    expect((await build(A, '--out', inc)).code).toBe(0);
    const r = await build(B, '--update', '--out', inc);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/: 3 documents, .* \(2 of 3 documents from the cache\)/);
    expect((await build(A, B, '--out', full)).code).toBe(0);
    expect(read(inc)).toEqual(read(full));
    expect(JSON.parse(read(inc)['graph.json']).attributes.documents).toBe(3);
  });

  it('re-extracts a document whose text changed, and matches a full rebuild of the new text', async () => {
    const B2 = write('b2', 'b.jsonl', [{ id: 'b1', date: '2015-11-01', text: 'Turkey supports Syria.' }]);
    const r = await build(B2, '--update', '--out', inc);
    expect(r.stdout).toMatch(/\(2 of 3 documents from the cache\)/);
    const full2 = path.join(root, 'full2');
    await build(A, B2, '--out', full2);
    expect(read(inc)).toEqual(read(full2));
  });

  it('detects a corrupt cache entry, re-extracts the document from its file and never trusts it', async () => {
    const docs = path.join(inc, '.actorgraph-cache', 'docs');
    const manifest = JSON.parse(fs.readFileSync(path.join(inc, '.actorgraph-cache', 'manifest.json'), 'utf8'));
    // a1 is not among the documents given below: it can only come back from its source file
    const victim = `${manifest.entries.find((e: any) => e.id === 'a1').hash}.json`;
    const body = fs.readFileSync(path.join(docs, victim), 'utf8');
    // a plausible but wrong entry: valid JSON, another relation
    fs.writeFileSync(path.join(docs, victim), body.replace(/"supports"/g, '"attacks"'));
    const r = await build(B, '--update', '--out', inc);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/cached document "a1" is corrupt \(checksum mismatch\); re-extracting it \[cache-invalid\]/);
    // a2 from the cache; a1 corrupt; b1 changed back to its first text
    expect(r.stdout).toMatch(/\(1 of 3 documents from the cache\)/);
    const again = path.join(root, 'full3');
    await build(A, B, '--out', again);
    expect(read(inc)).toEqual(read(again));
  });

  it('says so when a graph folder has no cache to update from', async () => {
    const bare = path.join(root, 'bare');
    await build(A, '--out', bare);
    fs.rmSync(path.join(bare, '.actorgraph-cache'), { recursive: true });
    const r = await build(B, '--update', '--out', bare);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/no extraction cache beside this graph.*\[cache-invalid\]/);
    expect(r.stdout).toMatch(/: 1 documents, .*\(0 of 1 documents from the cache\)/);
  });

  it('rebuilds from the given documents when the manifest is unreadable', async () => {
    fs.writeFileSync(path.join(inc, '.actorgraph-cache', 'manifest.json'), '{"version": 1, "fingerp');
    const r = await build(A, B, '--update', '--out', inc);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.split('\n').filter((l) => /cache-invalid/.test(l))).toHaveLength(1);
    expect(r.stdout).toMatch(/\(0 of 3 documents from the cache\)/);
    expect(read(inc)).toEqual(read(full));
  });
});
