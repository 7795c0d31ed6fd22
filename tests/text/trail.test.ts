import { describe, expect, it } from 'vitest';
import { trailingRun } from '../../src/text/trail.ts';

describe('trailingRun', () => {
  it.each([
    ['punctuation and quotes after a clause', 'Assad must go,” ', ' ,”', 3],
    ['any whitespace counts when a space is in the set', 'text\t\n ', ' ', 3],
    ['nothing to trim', 'Russia', ' ,', 0],
    ['all of it', ', ,', ' ,', 3],
    ['empty text', '', ' ', 0],
  ])('%s', (_name, text, chars, n) => {
    expect(trailingRun(text, chars)).toBe(n);
  });

  it('is linear on a long run of trimmable characters inside a text', () => {
    const text = `a${' '.repeat(200_000)}b`;
    expect(trailingRun(text, ' ,;')).toBe(0);
  });
});
