// The compromise plugin must change speed only: on real news sentences, tags and lemmas with and
// without it are identical.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import compromise from 'compromise';

type World = { methods: { one: { bulkMatch: unknown } } };
const world = (compromise as unknown as { world(): World }).world();
const stockBulkMatch = world.methods.one.bulkMatch;
const { nlp } = await import('../../src/nlp/nlp.ts');
const pluginBulkMatch = world.methods.one.bulkMatch;

const CORPUS = path.resolve(import.meta.dirname, '../../data/corpus');
const sentences = fs.readdirSync(CORPUS).sort()
  .flatMap((f) => fs.readFileSync(path.join(CORPUS, f), 'utf8').split(/(?<=[.!?])\s+/))
  .filter((s) => s.trim().length > 0);

/** Every word's text, tags and lemma, as the extractors read them. */
function reading(text: string): string {
  const v = nlp(text);
  v.compute('root');
  const json = v.json({ offset: true, terms: { offset: true } }) as Array<{ terms: Array<{ text: string; tags: string[]; root?: string; offset: unknown }> }>;
  return JSON.stringify(json.map((s) => s.terms.map((t) => [t.text, t.tags, t.root ?? '', t.offset])));
}

describe('compromise sweep plugin', () => {
  it('is registered by src/nlp/nlp.ts', () => {
    expect(pluginBulkMatch).not.toBe(stockBulkMatch);
  });

  it('tags real news sentences exactly as stock compromise does', () => {
    expect(sentences.length).toBeGreaterThan(200);
    const withPlugin = sentences.map(reading);
    world.methods.one.bulkMatch = stockBulkMatch;
    try {
      const stock = sentences.map(reading);
      expect(withPlugin).toEqual(stock);
    } finally {
      world.methods.one.bulkMatch = pluginBulkMatch;
    }
  });

  it('answers match(), has() and matchOne as stock compromise does', () => {
    const doc = 'Russia said on Monday that it would back the Syrian government, while Turkey attacked Kurdish fighters.';
    const ask = () => {
      const v = nlp(doc);
      return [v.match('#Verb').out('array'), v.has('#Verb'), v.match('(back|support) the #Adjective? #Noun+').text(), v.match('#Country').first().text()];
    };
    const withPlugin = ask();
    world.methods.one.bulkMatch = stockBulkMatch;
    try {
      expect(withPlugin).toEqual(ask());
    } finally {
      world.methods.one.bulkMatch = pluginBulkMatch;
    }
    expect(withPlugin[0]).toContain('attacked');
  });
});
