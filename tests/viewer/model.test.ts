import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GraphLoadError, graphFromSerialized, parseGraphText } from '../../viewer/src/model.ts';
import { ROOT } from '../helpers.ts';
import { SERIALIZED } from './fixture.ts';

describe('reading graph files', () => {
  it('reads the bundled graph.json with every node and edge', () => {
    const text = fs.readFileSync(path.join(ROOT, 'graph/graph.json'), 'utf8');
    const data = JSON.parse(text);
    const g = parseGraphText(text, 'graph.json');
    expect(g.order).toBe(data.nodes.length);
    expect(g.size).toBe(data.edges.length);
    g.forEachNode((_k, a) => expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true));
  });

  it('keeps evidence, marks and dates of our JSON', () => {
    const g = parseGraphText(JSON.stringify(SERIALIZED), 'x.json');
    const e0 = g.getEdgeAttributes('e0');
    expect(e0.evidence[0].marks).toEqual([[0, 6], [13, 21]]);
    expect(e0.firstDate).toBe('2015-09-30');
    expect(g.getNodeAttribute('putin', 'aliases')).toEqual({ Putin: 5, 'Vladimir Putin': 2 });
  });

  it('fills attributes a foreign file lacks, and places nodes without positions on a circle', () => {
    const g = parseGraphText(JSON.stringify({ nodes: [{ key: 'a' }, { key: 'b', attributes: { label: 7 } }], edges: [{ source: 'a', target: 'b', attributes: { weight: '2' } }] }), 'min.json');
    expect(g.getNodeAttributes('a')).toMatchObject({ label: 'a', kind: 'unknown', aliases: {}, x: 100, y: 0 });
    expect(g.getNodeAttribute('b', 'label')).toBe('7');
    const [e] = g.edges();
    expect(g.getEdgeAttributes(e)).toMatchObject({ weight: 2, polarity: 0, negated: false, modality: 'asserted', evidence: [], documents: [] });
  });

  it.each([
    ['', 'empty.json', 'empty.json: the file is empty'],
    ['{"nodes": [', 'cut.json', 'cut.json: not valid JSON'],
    ['[1, 2]', 'arr.json', 'arr.json: not a graph'],
    ['{"edges": []}', 'nonodes.json', 'nonodes.json: not a graph ("nodes" must be an array)'],
    ['{"nodes": [{"key": "a"}], "edges": [{"source": "a", "target": "zz"}]}', 'dangling.json', 'dangling.json: edge 1 refers to unknown node "zz"'],
    ['{"nodes": [{"key": "a"}, {"key": "a"}]}', 'dup.json', 'dup.json: node "a" appears twice'],
    ['{"nodes": [{"label": "a"}]}', 'nokey.json', 'nokey.json: node 1 has no "key"'],
    ['<html><body>hi</body></html>', 'page.html', 'page.html: XML files can only be read as GEXF in the browser'],
  ])('a malformed file %j gives one readable line naming it', (text, name, message) => {
    expect(() => parseGraphText(text, name)).toThrow(GraphLoadError);
    expect(() => parseGraphText(text, name)).toThrow(message);
  });

  it('reads position-network edges: stances as polarity, explanations as evidence, undirected files marked', () => {
    const congruence = graphFromSerialized({
      options: { type: 'undirected' },
      nodes: [{ key: 'a' }, { key: 'b' }],
      edges: [{ key: 'c', source: 'a', target: 'b', undirected: true, attributes: { weight: 2, explanation: [
        { issue: 'i', label: 'the ceasefire must hold', stances: ['agree', 'disagree'], evidence: ['A: it must hold.', 'B: it will not.'] },
      ] } }],
    }, 'positions.json (conflict)', { edgeKind: 'conflict' });
    expect(congruence.getAttribute('undirected')).toBe(true);
    const c = congruence.getEdgeAttributes('c');
    expect(c.edgeKind).toBe('conflict');
    expect(c.explanation).toBe('the ceasefire must hold (agree / disagree)');
    expect(c.evidence.map((e) => [e.text, e.doc, e.sentence])).toEqual([['A: it must hold.', '', -1], ['B: it will not.', '', -1]]);

    const actorIssue = graphFromSerialized({
      nodes: [{ key: 'a' }, { key: 'i', attributes: { nodeKind: 'issue', label: 'it must hold' } }],
      edges: [{ source: 'a', target: 'i', attributes: { stance: 'disagree', weight: 1, explanation: [
        { claim: 'the truce must hold', cue: 'said', evidence: 'Kerry said the truce must hold.', doc: 'd1', sentence: 3 },
      ] } }],
    }, 'positions.json (actorIssue)', { edgeKind: 'position' });
    expect(actorIssue.getNodeAttribute('i', 'kind')).toBe('issue');
    const [e] = actorIssue.edges();
    const a = actorIssue.getEdgeAttributes(e);
    expect([a.edgeKind, a.polarity, a.documents]).toEqual(['position', -1, ['d1']]);
    expect(a.evidence[0]).toMatchObject({ doc: 'd1', sentence: 3, cue: 'said', content: [11, 30] });
    // the claim is underlined in its sentence, so it is not repeated as an explanation line
    expect(a.explanation).toBe('');
  });

  it('hands XML to the GEXF parser only when it is GEXF', () => {
    const gexf = () => ({ export: () => ({ nodes: [{ key: 'n', attributes: { label: 'N' } }], edges: [] }) });
    const g = parseGraphText('<?xml version="1.0"?><gexf version="1.3"></gexf>', 'g.gexf', gexf);
    expect(g.getNodeAttribute('n', 'label')).toBe('N');
    expect(g.getAttribute('format')).toBe('gexf');
    expect(() => parseGraphText('<svg></svg>', 'p.svg', gexf)).toThrow('p.svg: an XML file but not GEXF');
    expect(() => parseGraphText('<gexf>', 'bad.gexf', () => { throw new Error('unclosed tag'); })).toThrow('bad.gexf: not valid GEXF (unclosed tag)');
  });
});
