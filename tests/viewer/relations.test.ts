import { describe, expect, it } from 'vitest';
import { computeVisibility, emptyFilters } from '../../viewer/src/filters.ts';
import { groupRelations, markPieces, orderedEvidence } from '../../viewer/src/relations.ts';
import { fixtureGraph } from './fixture.ts';

describe('relations of an actor', () => {
  it('are grouped by type and direction: relations before affiliations, heaviest groups first', () => {
    const groups = groupRelations(fixtureGraph(), 'russia');
    expect(groups.map((g) => [g.direction, g.predicate, g.items.map((i) => i.otherLabel)])).toEqual([
      ['out', 'supports', ['Syria']],
      ['out', 'attacks', ['Islamic State']],
      ['in', 'requests', ['Syria']],
      ['in', 'member of', ['Vladimir Putin']],
    ]);
  });

  it('leave out edges the filters hide', () => {
    const g = fixtureGraph();
    const vis = computeVisibility(g, { ...emptyFilters(), polarities: new Set(['1']) });
    expect(groupRelations(g, 'russia', vis.edges).map((x) => x.predicate)).toEqual(['attacks', 'member of']);
  });
});

describe('evidence sentences', () => {
  it.each<[string, Array<[number, number]> | undefined, Array<[string, boolean]>]>([
    ['Russia supports Syria.', [[0, 6], [16, 21]], [['Russia', true], [' supports ', false], ['Syria', true], ['.', false]]],
    ['No marks here.', undefined, [['No marks here.', false]]],
    ['abcdef', [[4, 99], [-3, 1]], [['a', true], ['bcd', false], ['ef', true]]],
    ['abcdef', [[1, 3], [2, 5]], [['a', false], ['bcde', true], ['f', false]]],
    ['abc', [[2, 2]], [['abc', false]]],
    ['', [[0, 1]], [['', false]]],
  ])('%j cut at the mentions %j', (text, marks, pieces) => {
    const got = markPieces(text, marks);
    expect(got.map((p) => [p.text, p.marked])).toEqual(pieces);
    expect(got.map((p) => p.text).join('')).toBe(text);
  });

  it('mark a claim\'s content apart from the mentions inside it', () => {
    const text = 'Putin said Russia will stay.';
    expect(markPieces(text, [[0, 5], [11, 17]], [11, 27]).map((p) => [p.text, p.marked, p.claim])).toEqual([
      ['Putin', true, false], [' said ', false, false], ['Russia', true, true], [' will stay', false, true], ['.', false, false],
    ]);
  });

  it('come in document and sentence order without repeats', () => {
    const ev = fixtureGraph().getEdgeAttribute('e0', 'evidence');
    expect(orderedEvidence([...ev, ev[0]]).map((e) => `${e.doc}:${e.sentence}`)).toEqual(['d1:2', 'd2:4']);
  });
});
