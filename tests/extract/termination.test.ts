import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/extract/context.ts';
import { extractDocument } from '../../src/extract/document.ts';

const ctx = createContext();
const run = (text: string) => extractDocument(ctx, { id: 'fuzz', text });

// Words that steer the argument finders: actors, cue verbs, prepositions, determiners, punctuation.
const VOCAB = [
  'Russia', 'Russian', 'backed', 'rebels', 'Assad', 'the', 'a', 'an', 'of', 'by', 'to', 'and', 'or', ',', 'urged', 'supports',
  'attacked', 'was', 'excluded', 'fighting', 'anti-ISIS', 'Hezbollah', 'war', 'the US', 'France', 'ally', '(', ')', 'that',
  'who', 'said', 'not', 'will', 'Barnier', 'world', 'in', 'general', 'specifically', 'Russian-backed', 'band', 'together', '.',
];

describe('relation extraction always terminates', () => {
  it.each([
    ['an object list with an apposition-like tail', 'Barnier urged Russian backed rebels specifically, and the world in general to band together.'],
    ['a long participial clause with passive agent', 'This comment points at the war, with the G-20 fighting one anti-Russian-backed separatists war, and several other nations fighting Hezbollah, but being excluded by the Papua New Guinea.'],
  ])('%s', (_name, sentence) => {
    expect(Array.isArray(run(sentence).relations)).toBe(true);
  });

  it('on random sentences made of steering words', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...VOCAB), { minLength: 3, maxLength: 40 }), (words) => {
        const r = run(words.join(' '));
        for (const rel of r.relations) expect(rel.evidence.end).toBeLessThanOrEqual(words.join(' ').length);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
