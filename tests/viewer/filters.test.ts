import { describe, expect, it } from 'vitest';
import { computeVisibility, edgeFiltersActive, emptyFilters, facets, type Filters } from '../../viewer/src/filters.ts';
import { fixtureGraph } from './fixture.ts';

const visible = (patch: Partial<Filters>) => {
  const v = computeVisibility(fixtureGraph(), { ...emptyFilters(), ...patch });
  return { nodes: [...v.nodes].sort(), edges: [...v.edges].sort() };
};

describe('filters', () => {
  it('show everything by default', () => {
    expect(visible({})).toEqual({ nodes: ['isis', 'putin', 'russia', 'syria'], edges: ['e0', 'e1', 'e2', 'e3', 'e4'] });
    expect(edgeFiltersActive(emptyFilters())).toBe(false);
  });

  it.each<[string, Partial<Filters>, string[]]>([
    ['hiding conflictual relations', { polarities: new Set(['-1']) }, ['e0', 'e2', 'e4']],
    ['hiding cooperative relations', { polarities: new Set(['1']) }, ['e1', 'e3', 'e4']],
    ['hiding a relation type', { predicates: new Set(['supports', 'member-of']) }, ['e1', 'e2', 'e3']],
    ['hiding negated relations', { negation: new Set(['negated']) }, ['e0', 'e1', 'e2', 'e4']],
    ['showing only negated relations', { negation: new Set(['asserted']) }, ['e3']],
    ['hiding a modality', { modalities: new Set(['possible']) }, ['e0', 'e1', 'e2', 'e4']],
    ['a minimum weight', { minWeight: 2 }, ['e0', 'e1']],
    // e0 was read in d1 and d2: it stays while d2 is selected
    ['hiding a document', { documents: new Set(['d1']) }, ['e0', 'e2', 'e3', 'e4']],
    ['a date range from a month', { from: '2015-10' }, ['e0', 'e1', 'e3']],
    ['a date range up to a day', { to: '2015-09-30' }, ['e0']],
    ['a date range inside a long edge', { from: '2016-01-01', to: '2016-01-31' }, ['e0', 'e3']],
  ])('%s hides the other edges', (_name, patch, edges) => {
    expect(visible(patch).edges).toEqual(edges);
  });

  it('hide the nodes of a hidden kind and their edges', () => {
    expect(visible({ nodeKinds: new Set(['person']) })).toEqual({ nodes: ['isis', 'russia', 'syria'], edges: ['e0', 'e1', 'e2'] });
  });

  it('hide nodes left without a visible edge once an edge filter is on', () => {
    expect(visible({ minWeight: 3 }).nodes).toEqual(['russia', 'syria']);
  });

  it('count values over the whole graph and over what is shown', () => {
    const g = fixtureGraph();
    const all = facets(g);
    expect([...all.polarities]).toEqual([['-1', 2], ['1', 2], ['0', 1]]);
    expect(all.nodeKinds.get('country')).toBe(2);
    expect(all.maxWeight).toBe(3);
    expect([all.minDate, all.maxDate]).toEqual(['2015-09-30', '2016-03-01']);
    const shown = facets(g, computeVisibility(g, { ...emptyFilters(), polarities: new Set(['-1']) }));
    expect(shown.polarities.get('-1')).toBeUndefined();
    expect(shown.polarities.get('1')).toBe(2);
  });
});
