import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.ts';
import { readInputs } from '../../src/ingest/read.ts';
import { segment } from '../../src/ingest/segment.ts';
import { nlp, type View } from '../../src/nlp/nlp.ts';
import { documentParser, type Parse } from '../../src/extract/cache.ts';

// what an extractor reads of a parse: words, punctuation, tags, lemmas and offsets (not compromise's internal ids)
function reading(v: View) {
  v.compute('root');
  return (v.json({ offset: true, terms: { offset: true } }) as any[]).flatMap((s) =>
    s.terms.map((t: any) => [t.text, t.pre, t.post, t.tags.join(','), t.normal, t.root, t.offset.start, t.offset.length]));
}
const words = (p: Parse) => p.map((t) => [t.text, t.pre, t.post, [...t.tags].join(','), t.normal, t.root, t.start, t.length]);
const textOf = (p: Parse) => p.map((t) => t.pre + t.text + t.post).join('');

describe('batched sentence parses', () => {
  const docs = readInputs([path.join(ROOT, 'data/corpus')]).docs;

  it('read exactly like one parse per sentence, for every sentence of the bundled corpus', () => {
    for (const d of docs) {
      const texts = segment(d.id, d.text).map((s) => s.text);
      const parse = documentParser(texts, () => true);
      texts.forEach((t, i) => expect(words(parse(i)), t).toEqual(reading(nlp(t))));
    }
  });

  it.each([
    ['a quotation compromise runs on past our sentence', ['He said: “We will stay.', 'And we will win,” he added.', 'Russia backs Assad.']],
    ['an abbreviation we do not split at', ['The U.S. Army left.', 'Then it came back.']],
    ['a one-word line', ['22', 'Russia supports Syria.']],
  ])('fall back to a parse of its own where %s', (_why, texts) => {
    const parse = documentParser(texts, () => true);
    texts.forEach((t, i) => {
      expect(words(parse(i))).toEqual(reading(nlp(t)));
      expect(textOf(parse(i)).trim()).toBe(t);
    });
  });

  it('parses each sentence at most once, in any order of asking', () => {
    const texts = ['Russia supports Syria.', 'France opposes ISIS.', 'Turkey meets Iran.'];
    const parse = documentParser(texts, () => true);
    const third = parse(2);
    expect(parse(2)).toBe(third);
    expect(words(parse(0))).toEqual(reading(nlp(texts[0])));
  });
});
