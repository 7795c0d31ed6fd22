import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Graph from 'graphology';
import gexf from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build.ts';
import { assignMetrics } from '../../src/graph/metrics.ts';
import { assignLayout } from '../../src/graph/layout.ts';
import { toGEXF } from '../../src/export/gexf.ts';
import { toJSON } from '../../src/export/json.ts';
import { edgesCSV, nodesCSV } from '../../src/export/csv.ts';
import { ROOT, SHARED } from '../helpers.ts';
import { corpus, dict, doc } from '../graph/fixtures.ts';

// Text a real corpus throws at the exports: markup, quotes, commas, newlines, an ampersand, and characters XML 1.0 forbids.
const NASTY = 'Russia attacked Syria, "again" & <b>again</b>\n\tsaid O\'Brien\u0001\u000b\uffff\ud800.';
function graph() {
  const results = [...corpus(), doc('d4', '2016-01-02', [{ text: NASTY, rels: [['russia', 'Russia', 'attacks', 'syria', 'Syria']] }])];
  results[3].mentions[0].text = 'Russia\u0002 <x>';
  const g = buildGraph(results, dict());
  assignMetrics(g);
  assignLayout(g);
  return g;
}
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'ag-export-'));
const PY = '/usr/bin/python3';

describe('graph.gexf', () => {
  const g = graph();
  const xml = toGEXF(g);
  const file = path.join(tmp(), 'graph.gexf');
  fs.writeFileSync(file, xml);

  it('validates against the official GEXF 1.3 RelaxNG schema', () => {
    const r = spawnSync('xmllint', ['--noout', '--relaxng', path.join(SHARED, 'gexf-1.3/gexf.rng'), file], { encoding: 'utf8' });
    expect(r.stderr).toContain('validates');
    expect(r.status).toBe(0);
  });

  it('declares its attributes, and writes viz colour, size, position, the relation type as kind and date intervals', () => {
    expect(xml).toMatch(/<attribute id="predicate" title="predicate" type="string"\/>/);
    expect(xml).toMatch(/<graph defaultedgetype="directed" mode="dynamic" timeformat="date">/);
    expect(xml).toMatch(/<edge id="e0" source="russia" target="bashar-al-assad" weight="2" kind="supports" label="supports" start="2015-10-01" end="2015-11-15">/);
    expect(xml).toMatch(/kind="not-supports"/);
    expect(xml).toMatch(/<viz:color r="\d+" g="\d+" b="\d+"\/>\s*<viz:size value="[\d.]+"\/>\s*<viz:position x="-?[\d.]+" y="-?[\d.]+"\/>/);
    expect(xml).not.toMatch(/[\u0001\u0002\u000b\uffff]/);
  });

  it('reads back in graphology-gexf with the same nodes, edges, kinds and attributes', () => {
    const back = gexf.parse(Graph, xml, { addMissingNodes: false } as any);
    expect(back.order).toBe(g.order);
    expect(back.size).toBe(g.size);
    expect(back.getEdgeAttributes('e0')).toMatchObject({ kind: 'supports', predicate: 'supports', polarity: 1, negated: false, weight: 2 });
    expect(back.getNodeAttributes('russia')).toMatchObject({ label: 'Russia', kind: 'country', iso3: 'RUS' });
    const nasty = back.filterEdges((_e, a) => String(a.evidence).includes('O\'Brien'));
    expect(nasty).toHaveLength(1);
    expect(back.getEdgeAttribute(nasty[0], 'evidence')).toBe('Russia attacked Syria, "again" & <b>again</b>\n\tsaid O\'Brien.');
  });

  it('reads back in networkx with the same counts and attributes', () => {
    // networkx 2.x knows GEXF 1.1 and 1.2 only; 3.x adds 1.3 with exactly these namespaces
    const script = `
import json, sys
import networkx as nx
from networkx.readwrite.gexf import GEXF
GEXF.versions.setdefault("1.3", dict(GEXF.versions["1.2draft"], NS_GEXF="http://gexf.net/1.3", NS_VIZ="http://gexf.net/1.3/viz", VERSION="1.3"))
G = nx.read_gexf(sys.argv[1], version="1.3")
e = [d for _, _, d in G.edges(data=True) if d.get("id") == "e0"][0]
print(json.dumps({"nodes": G.number_of_nodes(), "edges": G.number_of_edges(), "mode": G.graph["mode"], "e0": e, "russia": G.nodes["russia"]}, default=str))`;
    const r = spawnSync(PY, ['-c', script, file], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ nodes: g.order, edges: g.size, mode: 'dynamic' });
    expect(out.e0).toMatchObject({ predicate: 'supports', negated: false, polarity: 1, weight: 2, start: '2015-10-01', end: '2015-11-15' });
    expect(out.russia).toMatchObject({ label: 'Russia', kind: 'country', iso3: 'RUS', viz: { color: { r: 78, g: 121, b: 167 } } });
  });

  it('writes a static graph when no document has a date', () => {
    const undated = buildGraph([doc('x', undefined, [{ text: 'Russia supports Assad.', rels: [['russia', 'Russia', 'supports', 'bashar-al-assad', 'Assad']] }])], dict());
    const x = toGEXF(undated);
    expect(x).toMatch(/<graph defaultedgetype="directed">/);
    expect(x).not.toMatch(/ start="/);
  });
});

describe('the bundled graph', () => {
  it('has a graph.gexf that validates and that networkx reads with as many nodes and edges as graph.json', () => {
    const file = path.join(ROOT, 'graph/graph.gexf');
    const v = spawnSync('xmllint', ['--noout', '--relaxng', path.join(SHARED, 'gexf-1.3/gexf.rng'), file], { encoding: 'utf8' });
    expect(v.status, v.stderr).toBe(0);
    const json = JSON.parse(fs.readFileSync(path.join(ROOT, 'graph/graph.json'), 'utf8'));
    const script = `
import sys
import networkx as nx
from networkx.readwrite.gexf import GEXF
GEXF.versions.setdefault("1.3", dict(GEXF.versions["1.2draft"], NS_GEXF="http://gexf.net/1.3", NS_VIZ="http://gexf.net/1.3/viz", VERSION="1.3"))
G = nx.read_gexf(sys.argv[1], version="1.3")
print(G.number_of_nodes(), G.number_of_edges())`;
    const r = spawnSync(PY, ['-c', script, file], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe(`${json.nodes.length} ${json.edges.length}`);
  });
});

describe('graph.json', () => {
  it('is graphology\'s serialization, which Graph.from loads as is', () => {
    const g = graph();
    const back = Graph.from(JSON.parse(toJSON(g)));
    expect(back.multi && back.type === 'directed').toBe(true);
    expect(back.order).toBe(g.order);
    expect(back.getEdgeAttributes('e0').evidence).toHaveLength(2);
  });
});

describe('nodes.csv and edges.csv', () => {
  const g = graph();
  const dir = tmp();
  fs.writeFileSync(path.join(dir, 'nodes.csv'), nodesCSV(g));
  fs.writeFileSync(path.join(dir, 'edges.csv'), edgesCSV(g));
  const read = (f: string) => {
    const r = spawnSync(PY, ['-c', 'import csv, json, sys; print(json.dumps(list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))))', path.join(dir, f)], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as Array<Record<string, string>>;
  };

  it('start with the columns Gephi\'s spreadsheet import recognises', () => {
    expect(nodesCSV(g).split('\n')[0]).toMatch(/^Id,Label,/);
    expect(edgesCSV(g).split('\n')[0]).toMatch(/^Source,Target,Type,Id,Label,Weight,/);
  });

  it('quote commas, quotes and newlines so that a CSV reader gets every row and the evidence text back', () => {
    const nodes = read('nodes.csv');
    const edges = read('edges.csv');
    expect(nodes).toHaveLength(g.order);
    expect(edges).toHaveLength(g.size);
    const e0 = edges.find((e) => e.Id === 'e0')!;
    expect(e0).toMatchObject({ Source: 'russia', Target: 'bashar-al-assad', Type: 'Directed', Weight: '2', predicate: 'supports', negated: 'false' });
    expect(e0.evidence.split('\n')).toEqual(['Russia supports Assad.', 'Moscow backs Damascus and supports Assad.']);
    const nasty = edges.find((e) => e.evidence.includes('O\'Brien'))!;
    expect(nasty.evidence).toContain('Russia attacked Syria, "again" & <b>again</b>');
    expect(nodes.find((n) => n.Id === 'russia')).toMatchObject({ Label: 'Russia', kind: 'country', iso3: 'RUS' });
  });
});
