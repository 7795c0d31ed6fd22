// A small relation graph in our JSON format, built by hand for the viewer's pure-module tests.
import { graphFromSerialized, type ViewGraph } from '../../viewer/src/model.ts';

const ev = (doc: string, sentence: number, text: string, marks: Array<[number, number]>, date?: string) => ({ doc, sentence, start: 0, end: text.length, text, marks, ...(date ? { date } : {}) });

export const SERIALIZED = {
  options: { type: 'directed', multi: true, allowSelfLoops: false },
  attributes: { name: 'test', documents: 2 },
  nodes: [
    { key: 'russia', attributes: { nodeKind: 'actor', label: 'Russia', kind: 'country', aliases: { Russia: 9, Moscow: 3, Russian: 2 }, mentions: 14, pagerank: 0.4, weightedDegree: 6, community: 0, x: 0, y: 0, size: 10, color: '#4e79a7' } },
    { key: 'putin', attributes: { nodeKind: 'actor', label: 'Vladimir Putin', kind: 'person', aliases: { Putin: 5, 'Vladimir Putin': 2 }, affiliation: 'russia', mentions: 7, pagerank: 0.2, weightedDegree: 3, community: 0, x: 1, y: 1, size: 6, color: '#f28e2b' } },
    { key: 'syria', attributes: { nodeKind: 'actor', label: 'Syria', kind: 'country', aliases: { Syria: 6, Damascus: 1 }, mentions: 7, pagerank: 0.3, weightedDegree: 5, community: 1, x: 2, y: 0, size: 8, color: '#4e79a7' } },
    { key: 'isis', attributes: { nodeKind: 'actor', label: 'Islamic State', kind: 'group', aliases: { ISIS: 4, 'Islamic State': 1 }, mentions: 5, pagerank: 0.1, weightedDegree: 2, community: 1, x: 3, y: 3, size: 4, color: '#e15759' } },
  ],
  edges: [
    { key: 'e0', source: 'russia', target: 'syria', attributes: { edgeKind: 'relation', predicate: 'supports', polarity: 1, negated: false, modality: 'asserted', attributedTo: null, weight: 3, documents: ['d1', 'd2'], firstDate: '2015-09-30', lastDate: '2016-03-01',
      evidence: [ev('d2', 4, 'Moscow backs Damascus.', [[0, 6], [13, 21]], '2016-03-01'), ev('d1', 2, 'Russia supports Syria.', [[0, 6], [16, 21]], '2015-09-30')], label: 'supports', size: 2, color: '#2e7d32' } },
    { key: 'e1', source: 'russia', target: 'isis', attributes: { edgeKind: 'relation', predicate: 'attacks', polarity: -1, negated: false, modality: 'asserted', attributedTo: null, weight: 2, documents: ['d1'], firstDate: '2015-10-01', lastDate: '2015-10-01', evidence: [ev('d1', 5, 'Russian jets struck ISIS.', [[0, 7], [20, 24]])], label: 'attacks', size: 1, color: '#c62828' } },
    { key: 'e2', source: 'syria', target: 'russia', attributes: { edgeKind: 'relation', predicate: 'requests', polarity: 1, negated: false, modality: 'asserted', attributedTo: null, weight: 1, documents: ['d2'], firstDate: null, lastDate: null, evidence: [], label: 'requests', size: 1, color: '#2e7d32' } },
    { key: 'e3', source: 'putin', target: 'isis', attributes: { edgeKind: 'relation', predicate: 'threatens', polarity: -1, negated: true, modality: 'possible', attributedTo: 'syria', weight: 1, documents: ['d2'], firstDate: '2016-01-05', lastDate: '2016-01-05', evidence: [], label: 'threatens', size: 1, color: '#c62828' } },
    { key: 'e4', source: 'putin', target: 'russia', attributes: { edgeKind: 'affiliation', predicate: 'member-of', polarity: 0, negated: false, modality: 'asserted', attributedTo: null, weight: 1, documents: [], firstDate: null, lastDate: null, evidence: [], label: 'member of', size: 1, color: '#8c6bb1' } },
  ],
};

/** A fresh copy of the fixture graph. */
export const fixtureGraph = (): ViewGraph => graphFromSerialized(structuredClone(SERIALIZED), 'fixture.json');
