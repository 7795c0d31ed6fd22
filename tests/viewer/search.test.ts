import { describe, expect, it } from 'vitest';
import { buildSearchIndex, fold, suggest } from '../../viewer/src/search.ts';
import { fixtureGraph } from './fixture.ts';

const index = buildSearchIndex(fixtureGraph());
const nodes = (q: string) => suggest(index, q).map((s) => s.node);

describe('search suggestions', () => {
  it.each([
    ['putin', ['putin']],
    ['Putin', ['putin']],
    ['vlad', ['putin']],
    ['moscow', ['russia']],
    ['isis', ['isis']],
    ['state', ['isis']],
    ['DAMASCUS', ['syria']],
    ['zzz', []],
    ['   ', []],
  ])('%j suggests %j', (q, expected) => {
    expect(nodes(q)).toEqual(expected);
  });

  it('names the alias that matched when it is not the label', () => {
    expect(suggest(index, 'mosc')).toEqual([{ node: 'russia', label: 'Russia', alias: 'Moscow' }]);
    expect(suggest(index, 'russia')).toEqual([{ node: 'russia', label: 'Russia', alias: null }]);
  });

  it('ranks a prefix of the name, then a prefix of a word, then a match inside a word', () => {
    // "s" starts Syria, starts the word "State" of Islamic State, and sits inside Russia
    expect(nodes('s')).toEqual(['syria', 'isis', 'russia']);
  });

  it('breaks ties by mentions', () => {
    // "ia" is inside both Russia (14 mentions) and Syria (7)
    expect(nodes('ia')).toEqual(['russia', 'syria']);
  });

  it('folds case, accents and punctuation', () => {
    expect(fold('  Poutine, Vladímir! ')).toBe('poutine vladimir');
  });
});
