import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT, SHARED } from '../helpers.ts';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'ag-spine-'));

describe('actorgraph build', () => {
  it('reproduces the committed graph of the bundled corpus byte for byte', () => {
    const out = tmp();
    const r = cli(['build', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/5 documents, \d+ sentences, \d+ actors, \d+ relations, \d+ claims in [\d.]+ s/);
    for (const f of ['graph.json', 'graph.gexf', 'nodes.csv', 'edges.csv']) {
      expect(fs.readFileSync(path.join(out, f), 'utf8'), f).toBe(fs.readFileSync(path.join(ROOT, 'graph', f), 'utf8'));
    }
  });

  it('gives every relation of the bundled graph its evidence sentence from a document', () => {
    const g = JSON.parse(fs.readFileSync(path.join(ROOT, 'graph/graph.json'), 'utf8'));
    const rels = g.edges.filter((e: any) => e.attributes.edgeKind === 'relation');
    expect(rels.length).toBeGreaterThan(10);
    const docs = new Set<string>();
    for (const e of rels) {
      for (const ev of e.attributes.evidence) {
        const text = fs.readFileSync(path.join(ROOT, 'data/corpus', `${ev.doc}.txt`), 'utf8');
        expect(text.slice(ev.start, ev.end)).toBe(ev.text);
        docs.add(ev.doc);
      }
    }
    expect(docs.size).toBe(5);
  });

  it('reads JSONL records and folders', () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'a.jsonl'), JSON.stringify({ id: 'x1', text: 'Russia attacked Ukraine in 2014.', date: '20140301' }) + '\n');
    const r = cli(['build', dir, '--out', path.join(dir, 'out')]);
    expect(r.code, r.stderr).toBe(0);
    const g = JSON.parse(fs.readFileSync(path.join(dir, 'out/graph.json'), 'utf8'));
    const e = g.edges.find((x: any) => x.source === 'russia' && x.target === 'ukraine');
    expect(e.attributes.predicate).toBe('attacks');
    expect(e.attributes.firstDate).toBe('2014-03-01');
  });

  it('fails with one line and no stack trace on a missing path or an empty corpus', () => {
    const r = cli(['build', '/no/such/place', '--out', tmp()]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('/no/such/place');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const empty = tmp();
    const r2 = cli(['build', empty, '--out', tmp()]);
    expect(r2.code).not.toBe(0);
    expect(r2.stderr.trim().split('\n').pop()).toMatch(/no documents/);
  });

  it('rejects an unknown command or option with one line', () => {
    for (const args of [['frobnicate'], ['build', '--frob']]) {
      const r = cli(args);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('actorgraph extract and eval', () => {
  it('writes scorer lines for the seed documents that the scorer reads', () => {
    const dir = tmp();
    const input = path.join(dir, 'in.jsonl');
    const files = fs.readdirSync(path.join(SHARED, 'corpus')).sort();
    fs.writeFileSync(input, files.map((f) => JSON.stringify({ id: f.replace(/\.txt$/, ''), text: fs.readFileSync(path.join(SHARED, 'corpus', f), 'utf8') })).join('\n'));
    const r = cli(['extract', '--jsonl', input]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(files.map((f) => f.replace(/\.txt$/, '')));
    const rel = lines.flatMap((l) => l.relations)[0];
    for (const k of ['source', 'relation', 'target', 'negated', 'modality', 'attributed_to', 'source_span', 'target_span', 'evidence']) expect(rel).toHaveProperty(k);
  });

  it('prints the scorer report for the seeds', () => {
    const r = cli(['eval', '--set', 'seeds']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^seeds: relations F1 [\d.]+/m);
    expect(r.stdout).not.toMatch(/records without prediction/);
  });
});
