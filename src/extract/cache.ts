// Cheaper compromise parses for one document. compromise has a fixed cost per call, so the
// sentences that are likely to be parsed are parsed together, several per call, and each sentence
// gets its words exactly as if it had been parsed alone: offsets from its own start, no separator
// in its punctuation. A sentence that compromise does not split the way we do is parsed alone.
// Repeated sentences (syndicated copies, captions) reuse an earlier parse.
import { nlp, type View } from '../nlp/nlp.ts';

/** One word of a parse, as the extractors read it. `tags` is compromise's own set: read it, never change it. */
export interface ParsedWord {
  text: string;
  /** Punctuation and spaces before and after the word, untrimmed. */
  pre: string;
  post: string;
  normal: string;
  /** Verb infinitive or singular noun, when compromise's root differs from `normal`. */
  root?: string;
  tags: Set<string>;
  /** Offset of the word (after `pre`) from the sentence's start, and its length. */
  start: number;
  length: number;
}

/** The words of one sentence's parse (of every compromise sentence inside it, in order), made once and read by every extractor. */
export type Parse = readonly ParsedWord[];

/** Blank lines keep compromise from joining our sentences, and it tags each sentence on its own. */
const SEP = '\n\n';
/** Sentences per compromise call: the gain levels off beyond a dozen. */
export const BATCH = 12;
const TEXT_CACHE = 256;

interface Term { text: string; pre: string; post: string; normal: string; root?: string; tags: Set<string>; offset: { start: number; length: number } }
type Docs = Term[][];

/** Parses of recently seen sentence texts, shared by the documents of one thread (least recently used first out). */
const byText = new Map<string, Parse>();

function remember(text: string, parse: Parse): void {
  if (byText.size >= TEXT_CACHE) byText.delete(byText.keys().next().value!);
  byText.set(text, parse);
}

function recall(text: string): Parse | undefined {
  const p = byText.get(text);
  if (p) { byText.delete(text); byText.set(text, p); }
  return p;
}

/** Offsets and lemmas of every word of a parse, computed once for all its sentences. */
function prepare(view: View): Docs {
  view.compute('offset');
  view.compute('root');
  return (view as unknown as { docs: Docs }).docs;
}

/**
 * The words of compromise sentences `from..to` of `docs`, offsets moved back by `base`. Inside a
 * batch (`trim`), each compromise sentence's first word loses the spaces before it and its last
 * word the separator after it, so that the words read as in a parse of the sentence alone.
 */
function wordsOf(docs: Docs, from: number, to: number, base: number, trim: boolean): Parse {
  const out: ParsedWord[] = [];
  for (let s = from; s < to; s++) {
    const terms = docs[s];
    for (let k = 0; k < terms.length; k++) {
      const t = terms[k];
      let pre = t.pre, post = t.post;
      if (trim && k === 0) pre = pre.replace(/^\s+/, '');
      if (trim && k === terms.length - 1 && post.endsWith(SEP)) post = post.slice(0, -SEP.length).trimEnd();
      out.push({ text: t.text, pre, post, normal: t.normal, root: t.root, tags: t.tags, start: t.offset.start - base, length: t.offset.length });
    }
  }
  return out;
}

/** One sentence parsed alone. */
function parseAlone(text: string): Parse {
  const docs = prepare(nlp(text));
  return wordsOf(docs, 0, docs.length, 0, false);
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Parses for the sentences of one document, made on demand. When sentence `i` is asked for,
 * it is parsed together with the next sentences that `likely` says will be asked for too.
 */
export function documentParser(texts: string[], likely: (i: number) => boolean, batch = BATCH): (i: number) => Parse {
  const parses = new Map<number, Parse>();
  return (i: number) => {
    const done = parses.get(i);
    if (done) return done;
    const group = [i];
    for (let j = i + 1; j < texts.length && group.length < batch; j++) if (!parses.has(j) && likely(j) && !byText.has(texts[j])) group.push(j);
    if (group.length === 1 || byText.has(texts[i])) {
      const p = recall(texts[i]) ?? parseAlone(texts[i]);
      remember(texts[i], p);
      parses.set(i, p);
      return p;
    }
    const starts: number[] = [];
    let at = 0;
    for (const k of group) { starts.push(at); at += texts[k].length + SEP.length; }
    const doc = nlp(group.map((k) => texts[k]).join(SEP));
    const parts = (doc as unknown as { json(o: object): unknown }).json({ offset: true, terms: false }) as Array<{ text: string; offset: { start: number; length: number } }>;
    const docs = prepare(doc);
    let idx = 0;
    group.forEach((k, n) => {
      const from = starts[n], to = from + texts[k].length;
      while (idx < parts.length && parts[idx].offset.start < from) idx++;
      let end = idx;
      while (end < parts.length && parts[end].offset.start < to) end++;
      // compromise's sentences tile ours exactly (usually one, sometimes more): use them; otherwise parse it alone
      const ok = end > idx && squash(parts.slice(idx, end).map((p) => p.text).join(' ')) === squash(texts[k]);
      const p = ok ? wordsOf(docs, idx, end, from, true) : parseAlone(texts[k]);
      parses.set(k, p);
      remember(texts[k], p);
      idx = end;
    });
    return parses.get(i)!;
  };
}
