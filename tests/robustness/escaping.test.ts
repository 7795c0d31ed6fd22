// Hostile characters in documents and actor names survive every export: the CSV parses back with
// Python's csv module, the GEXF validates against the official GEXF 1.3 schema with xmllint.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/extract/context.ts';
import { extractAll, graphOf } from '../../src/pipeline.ts';
import { writeGraphFiles } from '../../src/cli/write-graph.ts';
import { cli, SHARED } from '../helpers.ts';

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-escape-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

// Everything CSV and XML must escape, and C0 controls that XML 1.0 forbids outright.
const HOSTILE = 'a, "b" <c> & d\' ; e\u0001f\u0008g\u000bh\u001fi \ud800 \uffff';
const LABEL = `Acme, "Widgets" <Ltd> & Sons\u0001\u0007`;

function validateGexf(file: string): void {
  const r = spawnSync('xmllint', ['--noout', '--relaxng', path.join(SHARED, 'gexf-1.3/gexf.rng'), file], { encoding: 'utf8' });
  expect(r.status, `${file}: ${r.stderr}`).toBe(0);
}

function readCsv(file: string): Array<Record<string, string>> {
  const r = spawnSync('python3', ['-c', 'import csv, json, sys; print(json.dumps(list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))))', file], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

function checkFolder(out: string): { nodes: Array<Record<string, string>>; edges: Array<Record<string, string>> } {
  for (const f of fs.readdirSync(out).filter((x) => x.endsWith('.gexf'))) validateGexf(path.join(out, f));
  const g = JSON.parse(fs.readFileSync(path.join(out, 'graph.json'), 'utf8'));
  const nodes = readCsv(path.join(out, 'nodes.csv'));
  const edges = readCsv(path.join(out, 'edges.csv'));
  // one CSV row per graph node and edge: no quote or line break in a value split or merged rows
  expect(nodes).toHaveLength(g.nodes.length);
  expect(edges).toHaveLength(g.edges.length);
  return { nodes, edges };
}

describe('exports of hostile text', () => {
  it('a build with commas, quotes, line breaks, markup and control characters in documents and actor names', () => {
    const actors = path.join(base, 'actors.json');
    fs.writeFileSync(actors, JSON.stringify([{ id: 'acme', label: LABEL, kind: 'organization', aliases: ['Acme Widgets'], affiliation: null }]));
    const docs = path.join(base, 'docs.jsonl');
    fs.writeFileSync(docs, [
      { id: 'd1, "one" <&>', text: `Acme Widgets attacked Russia, "the ${HOSTILE}" said.\nAcme Widgets attacked Russia again <script>alert(1)</script> & more.` },
      { id: 'd2', title: HOSTILE, text: `Russia accused Acme Widgets of lying; ${HOSTILE}.\r\n"Acme Widgets must stop," Putin said, "or else".` },
    ].map((d) => JSON.stringify(d)).join('\n'));
    const out = path.join(base, 'out-cli');
    const r = cli(['build', docs, '--actors', actors, '--out', out, '--jobs', '1']);
    expect(r.code, r.stderr).toBe(0);
    const { nodes, edges } = checkFolder(out);
    expect(nodes.find((n) => n.Id === 'acme')?.Label).toContain('Acme, "Widgets" <Ltd> & Sons');
    const attack = edges.find((e) => e.Source === 'acme' && e.Target === 'russia' && e.predicate === 'attacks');
    expect(attack, JSON.stringify(edges)).toBeDefined();
    // two evidence sentences in one cell: a line break inside a quoted value
    expect(attack!.evidence).toContain('\n');
    expect(attack!.evidence).toContain('<script>alert(1)</script> & more.');
    expect(attack!.documents).toContain('d1, "one" <&>');
  });

  it('documents handed to the pipeline directly, with controls and lone surrogates the reader would have cleaned', () => {
    const ctx = createContext();
    const results = extractAll(ctx, [
      { id: `raw\u0001<&>"`, text: `Russia attacked Ukraine, "${HOSTILE}".\nRussia attacked Ukraine \u0000again\u0007 <b>&amp;</b>.`, title: HOSTILE },
      { id: 'raw2', text: `"France\u0002 must \ud800 stop ${HOSTILE}," Putin said.\nPutin said France supports\u0003 Ukraine.` },
    ]);
    for (const res of results) expect(res.messages.filter((m) => m.severity === 'error')).toEqual([]);
    const out = path.join(base, 'out-raw');
    writeGraphFiles(graphOf(ctx, results), out, { results, dictionary: ctx.dictionary });
    const { edges } = checkFolder(out);
    expect(edges.some((e) => e.Source === 'russia' && e.Target === 'ukraine')).toBe(true);
  });
});
