// A seeded generator of large corpora of DISTINCT sentences from the bundled corpus, so that
// throughput is measured on text no cache has seen: actors are swapped for others of the same
// kind from the dictionary, and sentences that name no actor get a varied opening adverbial.
import fs from 'node:fs';
import path from 'node:path';
import seedrandom from 'seedrandom';
import type { Document } from '../../src/types.ts';
import { segment } from '../../src/ingest/segment.ts';
import { loadDefaultDictionary } from '../../src/actors/load.ts';
import { compileMatcher, matchActors } from '../../src/actors/matcher.ts';

export const CORPUS_DIR = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../data/corpus');

export interface GeneratedCorpus {
  docs: Document[];
  words: number;
  sentences: number;
  /** Distinct sentence texts after re-segmenting the generated documents (should equal `sentences`). */
  distinct: number;
}

const TIMES = [
  'On Monday', 'On Tuesday', 'On Wednesday', 'On Thursday', 'On Friday', 'On Saturday', 'On Sunday',
  'Last week', 'Earlier this year', 'Late last year', 'This morning', 'Overnight', 'Meanwhile', 'Since then',
  ...['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'].flatMap((m) => [`In ${m}`, `Last ${m}`, `Early in ${m}`]),
];
const PLACES = ['in the capital', 'in the north', 'in the south', 'near the border', 'at the summit', 'in a statement', 'on television', 'at the talks'];

export const countWords = (text: string) => text.match(/\S+/g)?.length ?? 0;

/** Sentences of the bundled corpus, line by line, per document. */
function baseDocuments(dir = CORPUS_DIR): Array<{ id: string; lines: string[][] }> {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    const lines = text.split('\n').map((line) => segment('x', line).map((s) => s.text)).filter((l) => l.length);
    return { id: f.replace(/\.txt$/, ''), lines };
  });
}

/**
 * Builds documents of at least `words` words, each a variant of a bundled document with its actors
 * replaced, and no sentence repeated anywhere in the corpus. Same seed, same corpus.
 */
export function generateCorpus(opts: { words: number; seed?: string; prefix?: string }): GeneratedCorpus {
  const rng = seedrandom(opts.seed ?? 'actorgraph-bench');
  const pick = <T>(xs: T[]): T => xs[Math.floor(rng() * xs.length)];
  const dict = loadDefaultDictionary();
  const matcher = compileMatcher(dict);
  const byKind = new Map<string, string[]>();
  for (const e of dict.entries.values()) {
    const names = [e.label, ...e.aliases].filter((a) => /^[\p{Lu}]/u.test(a) && !/[.]/.test(a));
    byKind.set(e.kind, [...(byKind.get(e.kind) ?? []), ...names]);
  }
  const kindOf = (id: string) => dict.entries.get(id)?.kind ?? 'country';
  const base = baseDocuments();
  const seen = new Set<string>();

  const substitute = (s: string): string => {
    const hits = matchActors(matcher, s);
    let out = '', at = 0;
    for (const h of hits) {
      out += s.slice(at, h.start) + pick(byKind.get(kindOf(h.actorId)) ?? [h.text]);
      at = h.end;
    }
    return out + s.slice(at);
  };
  const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) && !/^(I|I'\w+)\b/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);
  const variant = (s: string): string => {
    for (let tries = 0; tries < 40; tries++) {
      let v = substitute(s);
      // no actor to swap, or an unlucky repeat: vary the opening instead
      if (seen.has(v) || tries > 0) {
        const opening = tries < 10 ? pick(TIMES) : `${pick(TIMES)} ${pick(PLACES)}`;
        v = `${opening}, ${lowerFirst(v)}`;
      }
      if (!seen.has(v)) { seen.add(v); return v; }
    }
    let n = 2;
    while (seen.has(`${s} (${n})`)) n++;
    seen.add(`${s} (${n})`);
    return `${s} (${n})`;
  };

  const docs: Document[] = [];
  let words = 0;
  for (let round = 0; words < opts.words; round++) {
    for (const b of base) {
      if (words >= opts.words) break;
      const text = b.lines.map((line) => line.map(variant).join(' ')).join('\n\n') + '\n';
      words += countWords(text);
      docs.push({ id: `${opts.prefix ?? 'g'}${String(docs.length).padStart(6, '0')}_${b.id}`, text });
    }
  }
  const all = docs.flatMap((d) => segment(d.id, d.text).map((s) => s.text));
  return { docs, words, sentences: all.length, distinct: new Set(all).size };
}

/** Writes documents as one JSONL file (the input format users bring at scale). */
export function writeJsonl(docs: Document[], file: string): void {
  const fd = fs.openSync(file, 'w');
  try {
    for (const d of docs) fs.writeSync(fd, JSON.stringify({ id: d.id, text: d.text }) + '\n');
  } finally {
    fs.closeSync(fd);
  }
}
