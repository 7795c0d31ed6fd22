import { describe, expect, it } from 'vitest';
import { segment } from '../../src/ingest/segment.ts';

const texts = (t: string) => segment('d', t).map((s) => s.text);

describe('sentence segmentation', () => {
  it.each([
    ['two sentences on a line', 'Russia struck. France objected.', ['Russia struck.', 'France objected.']],
    ['an abbreviation does not end a sentence', 'The U.S. Army left. Mr. Lavrov stayed.', ['The U.S. Army left.', 'Mr. Lavrov stayed.']],
    ['an initial does not end a sentence', 'George W. Bush spoke.', ['George W. Bush spoke.']],
    ['a closing quote stays with its sentence', '“We will act.” He left.', ['“We will act.”', 'He left.']],
    ['a line break always ends a sentence', 'Headline without stop\nBody text.', ['Headline without stop', 'Body text.']],
    ['a list marker opening a line is layout, not text', '    • Yes! Go on.\n  - second item\n* third', ['Yes!', 'Go on.', 'second item', 'third']],
    ['a dash inside a line stays', 'Iraq – dictator overthrown.', ['Iraq – dictator overthrown.']],
  ])('%s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
    for (const s of segment('d', text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
