// Cheaper compromise parses for one document. compromise has a fixed cost per call, so the
// sentences that are likely to be parsed are parsed together, several per call, and each
// extractor gets a view of its own sentence whose offsets and punctuation read exactly as if the
// sentence had been parsed alone. A sentence that compromise does not split the way we do is
// parsed alone. Repeated sentences (syndicated copies, captions) reuse an earlier parse.
import { nlp, type View } from '../nlp/nlp.ts';

/** Blank lines keep compromise from joining our sentences, and it tags each sentence on its own. */
const SEP = '\n\n';
/** Sentences per compromise call: the gain levels off beyond a dozen. */
export const BATCH = 12;
const TEXT_CACHE = 256;

/** Parses of recently seen sentence texts, shared by the documents of one thread (least recently used first out). */
const byText = new Map<string, View>();

function remember(text: string, view: View): void {
  if (byText.size >= TEXT_CACHE) byText.delete(byText.keys().next().value!);
  byText.set(text, view);
}

function recall(text: string): View | undefined {
  const v = byText.get(text);
  if (v) { byText.delete(text); byText.set(text, v); }
  return v;
}

type Json = { offset?: { start: number }; terms?: Array<{ offset?: { start: number }; pre?: string; post?: string }> };

/** Moves offsets back by `base` and drops the separator after the sentence's last word. */
function shiftJson(out: unknown, base: number): unknown {
  if (!Array.isArray(out)) return out;
  for (const s of out as Json[]) {
    if (s?.offset) s.offset.start -= base;
    const terms = s?.terms;
    if (!Array.isArray(terms)) continue;
    for (const t of terms) if (t.offset) t.offset.start -= base;
    if (typeof terms[0]?.pre === 'string') terms[0].pre = terms[0].pre.replace(/^\s+/, '');
    const last = terms[terms.length - 1];
    if (last && typeof last.post === 'string' && last.post.endsWith(SEP)) last.post = last.post.slice(0, -SEP.length).trimEnd();
  }
  return out;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

const isView = (x: unknown): x is View => typeof x === 'object' && x !== null && typeof (x as View).json === 'function' && 'ptrs' in (x as object);

/** A view of one sentence inside a batch parse that reads as the sentence's own parse. */
function sentenceView(view: View, base: number): View {
  return new Proxy(view, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const r = value.apply(target, args);
        if (prop === 'json') return shiftJson(r, base);
        if (prop === 'text' && typeof r === 'string') return r.trimEnd();
        return isView(r) ? sentenceView(r, base) : r;
      };
    },
  });
}

/**
 * Parses for the sentences of one document, made on demand. When sentence `i` is asked for,
 * it is parsed together with the next sentences that `likely` says will be asked for too.
 */
export function documentParser(texts: string[], likely: (i: number) => boolean, batch = BATCH): (i: number) => View {
  const views = new Map<number, View>();
  const alone = (i: number) => {
    const v = recall(texts[i]) ?? nlp(texts[i]);
    remember(texts[i], v);
    return v;
  };
  return (i: number) => {
    const done = views.get(i);
    if (done) return done;
    const group = [i];
    for (let j = i + 1; j < texts.length && group.length < batch; j++) if (!views.has(j) && likely(j) && !byText.has(texts[j])) group.push(j);
    if (group.length === 1 || byText.has(texts[i])) {
      const v = alone(i);
      views.set(i, v);
      return v;
    }
    const starts: number[] = [];
    let at = 0;
    for (const k of group) { starts.push(at); at += texts[k].length + SEP.length; }
    const doc = nlp(group.map((k) => texts[k]).join(SEP));
    const parts = (doc as unknown as { json(o: object): unknown }).json({ offset: true, terms: false }) as Array<{ text: string; offset: { start: number; length: number } }>;
    group.forEach((k, n) => {
      const from = starts[n], to = from + texts[k].length;
      const inside = parts.map((p, idx) => ({ p, idx })).filter(({ p }) => p.offset.start >= from && p.offset.start < to);
      // compromise's sentences tile ours exactly (usually one, sometimes more): use them; otherwise parse it alone
      const ok = inside.length > 0 && squash(inside.map(({ p }) => p.text).join(' ')) === squash(texts[k]);
      const own = ok && (inside.length === 1 ? doc.eq(inside[0].idx) : doc.slice(inside[0].idx, inside[inside.length - 1].idx + 1));
      const v = own ? sentenceView(own as View, from) : nlp(texts[k]);
      views.set(k, v);
      remember(texts[k], v);
    });
    return views.get(i)!;
  };
}
