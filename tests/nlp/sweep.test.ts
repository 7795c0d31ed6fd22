// The compromise plugin and the skipped chunker must change speed only: on real news sentences,
// tags and lemmas with and without them are identical.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import compromise from 'compromise';
import { generateCorpus } from '../bench/corpus.ts';

type World = { methods: { one: { bulkMatch: unknown } }; hooks: string[] };
const world = (compromise as unknown as { world(): World }).world();
const stockBulkMatch = world.methods.one.bulkMatch;
const stockHooks = [...world.hooks];
const { nlp } = await import('../../src/nlp/nlp.ts');
const pluginBulkMatch = world.methods.one.bulkMatch;
const ourHooks = [...world.hooks];

/** Runs `fn` with stock compromise: its own bulkMatch and every compute hook. */
function stock<T>(fn: () => T): T {
  world.methods.one.bulkMatch = stockBulkMatch;
  world.hooks.splice(0, world.hooks.length, ...stockHooks);
  try {
    return fn();
  } finally {
    world.methods.one.bulkMatch = pluginBulkMatch;
    world.hooks.splice(0, world.hooks.length, ...ourHooks);
  }
}

const CORPUS = path.resolve(import.meta.dirname, '../../data/corpus');
const sentences = fs.readdirSync(CORPUS).sort()
  .flatMap((f) => fs.readFileSync(path.join(CORPUS, f), 'utf8').split(/(?<=[.!?])\s+/))
  .filter((s) => s.trim().length > 0);

type TermJson = { text: string; pre: string; post: string; normal: string; tags: string[]; root?: string; offset: unknown };

/** Every word's text, punctuation, tags, lemma and offsets, as the extractors read them. */
function reading(text: string): string {
  const v = nlp(text);
  v.compute('root');
  const json = v.json({ offset: true, terms: { offset: true } }) as Array<{ text: string; terms: TermJson[] }>;
  return JSON.stringify(json.map((s) => [s.text, s.terms.map((t) => [t.text, t.pre, t.post, t.normal, t.tags, t.root ?? '', t.offset])]));
}

describe('compromise sweep plugin', () => {
  it('is registered by src/nlp/nlp.ts', () => {
    expect(pluginBulkMatch).not.toBe(stockBulkMatch);
  });

  it('skips the chunker, whose chunks no extractor reads', () => {
    expect(stockHooks).toContain('chunks');
    expect(ourHooks).not.toContain('chunks');
    expect(ourHooks).toEqual(stockHooks.filter((h) => h !== 'chunks'));
  });

  it('tags real news sentences exactly as stock compromise does', () => {
    expect(sentences.length).toBeGreaterThan(200);
    const withPlugin = sentences.map(reading);
    expect(withPlugin).toEqual(stock(() => sentences.map(reading)));
  });

  it('tags a generated corpus of varied actors exactly as stock compromise does', () => {
    const text = generateCorpus({ words: 12000, seed: 'sweep-test' }).docs.map((d) => d.text).join('\n');
    const generated = text.split(/(?<=[.!?])\s+/).filter((x) => x.trim().length > 0);
    expect(generated.length).toBeGreaterThan(400);
    expect(generated.map(reading)).toEqual(stock(() => generated.map(reading)));
  });

  // one row per kind of pattern start the plugin tests before trying a pattern (src/nlp/match.ts)
  it.each([
    ['contractions, whose first half may take the second', "They'll say they've won, but we don't think it's over and there's been no deal."],
    ['a sentence-initial imperative (a ^-anchored pattern)', 'Stop the bombing of Aleppo now, and open the border crossings.'],
    ['an end-anchored particle', 'The ceasefire was called off.'],
    ['an (a && b) block: a possessive first name', "John's forces and Mary's allies met the Syrian army."],
    ['an (a|b c) block and a greedy modal', 'He did not, and would never, have supported the rebels.'],
    ['hyphens, numbers and ranges', 'Russian-backed forces held 44-2 talks from 5-9pm on 3 March 2016 in anti-Assad areas.'],
    ['titles, acronyms and a possessive place', "U.S. President Barack Obama and the UN's envoy visited Syria's capital."],
    ['quotes and a trailing speech verb', '“We will never accept this,” the minister said on Tuesday.'],
  ])('tags %s exactly as stock compromise does', (_why, sentence) => {
    expect(reading(sentence)).toEqual(stock(() => reading(sentence)));
  });

  it('answers match(), has() and matchOne as stock compromise does', () => {
    const doc = 'Russia said on Monday that it would back the Syrian government, while Turkey attacked Kurdish fighters.';
    const ask = () => {
      const v = nlp(doc);
      return [v.match('#Verb').out('array'), v.has('#Verb'), v.match('(back|support) the #Adjective? #Noun+').text(), v.match('#Country').first().text()];
    };
    const withPlugin = ask();
    expect(withPlugin).toEqual(stock(ask));
    expect(withPlugin[0]).toContain('attacked');
  });
});
