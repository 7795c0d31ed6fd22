// What a claim is about, for grouping claims into issues: the actors it names, the stems of its other
// words, the issue frame its words fall under, and which side of that frame it takes.
import fs from 'node:fs';
import path from 'node:path';

export interface Frame { name: string; pro: string[][]; contra: string[][]; /** The frame is about one actor (whose removal): its focus must match. */ targeted: boolean }

const FILE = path.join(path.dirname(new URL(import.meta.url).pathname), '../../../data/lexicon/issues.json');
const STOP = new Set(('the a an of and or in on to for with by at from its it their his her he she they them is are was were be been being has have had '
  + 'that this these those which who whom what will would should could can may might must do does did as than then there here about into over '
  + 'also very so such only just more most some any all both each other our we us you your i my me not no never').split(' '));
const NEGATORS = new Set(['not', 'no', 'never', 'cannot', "n't", 'without', 'nor', 'neither']);

const stems = new Map<string, string>();
/** A light stem: enough to meet "strikes"/"strike", "excluded"/"exclude", "cooperating"/"cooperate". */
export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    if (stems.size >= 500_000) stems.clear(); // a corpus's vocabulary fits; a bound for anything stranger
    stems.set(word, (s = stemOf(word)));
  }
  return s;
}

function stemOf(word: string): string {
  let w = word.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’']s$/, '');
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss)$/.test(w)) w = w.slice(0, -1);
  return w.replace(/e$/, '');
}

/** Words of a text, lower-cased, with "can't" split into "ca" + "n't". */
export function words(text: string): string[] {
  return (text.toLowerCase().replace(/[’']/g, "'").replace(/n't\b/g, " n't").match(/n't|[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []);
}

let frames: Frame[] | undefined;
/** The issue frames of data/lexicon/issues.json, phrases as stem lists. */
export function loadFrames(file = FILE): Frame[] {
  if (frames && file === FILE) return frames;
  let raw: { frames: Record<string, { pro: string[]; contra: string[]; targeted?: boolean }> };
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: cannot read issue frames (${(e as Error).message.split('\n')[0]})`);
  }
  const out = Object.entries(raw.frames).map(([name, f]) => ({ name, pro: f.pro.map((p) => words(p).map(stem)), contra: f.contra.map((p) => words(p).map(stem)), targeted: f.targeted === true }));
  if (file === FILE) frames = out;
  return out;
}

export interface ClaimFeatures {
  /** Canonical ids of the actors named in the content. */
  actors: string[];
  /** Stems of the content words that are not actor names or stop words. */
  stems: string[];
  /** The frame the content falls under, and on which side (+1 for, -1 against, after negation). */
  frame: string | null;
  side: 1 | -1;
  /** For a targeted frame, the actor it is about: one inside its phrase ("keep Assad in power"), else the nearest before ("Assad must go"), else after. */
  focus?: string | null;
}

type Phrase = { f: string; p: string[]; side: 1 | -1 };
const phraseLists = new WeakMap<Frame[], Phrase[]>();
/** Every frame phrase, longest first, so that "no future" is read before "future" and "lift sanctions" before "sanction". */
function phrasesOf(all: Frame[]): Phrase[] {
  let list = phraseLists.get(all);
  if (!list) {
    list = all.flatMap((f) => [...f.pro.map((p) => ({ f: f.name, p, side: 1 as const })), ...f.contra.map((p) => ({ f: f.name, p, side: -1 as const }))])
      .sort((a, b) => b.p.length - a.p.length);
    phraseLists.set(all, list);
  }
  return list;
}

/** Features of a claim's content; `actorWords` are the words of its actor mentions, left out of the stems. */
export function featuresOf(text: string, actors: string[], actorWords: Set<string> = new Set(), actorOf: Map<string, string> = new Map()): ClaimFeatures {
  // frame phrases are read with actor names left out: "keep Assad in power" is "keep in power"
  const original = words(text);
  const at: number[] = [];
  const ws = original.filter((w, i) => !actorWords.has(w) && at.push(i) > 0);
  const stems = ws.map(stem);
  const used = new Array(ws.length).fill(false);
  const hits = new Map<string, { pro: number; contra: number; from: number; to: number }>();
  const all = loadFrames();
  const present = new Set(stems);
  for (const { f, p, side } of phrasesOf(all)) {
    if (!present.has(p[0])) continue;
    for (let i = 0; i + p.length <= stems.length; i++) {
      if (p.some((s, k) => used[i + k] || stems[i + k] !== s)) continue;
      for (let k = 0; k < p.length; k++) used[i + k] = true;
      const h = hits.get(f) ?? { pro: 0, contra: 0, from: at[i], to: at[i + p.length - 1] };
      if (side > 0) h.pro++; else h.contra++;
      hits.set(f, h);
    }
  }
  let frame: string | null = null, best = 0;
  for (const f of all) {
    const h = hits.get(f.name);
    if (h && h.pro + h.contra > best) { best = h.pro + h.contra; frame = f.name; }
  }
  // a negation counts when it stands shortly before a frame phrase ("cannot continue to rule"), not "not only"
  const negations = ws.filter((w, i) => !used[i] && NEGATORS.has(w) && ws[i + 1] !== 'only' && used.slice(i + 1, i + 5).some(Boolean)).length;
  let side: 1 | -1 = 1;
  if (frame) { const h = hits.get(frame)!; side = h.contra > h.pro ? -1 : 1; }
  if (negations % 2 === 1) side = side === 1 ? -1 : 1;
  const content = stems.filter((s, i) => !STOP.has(ws[i]) && !NEGATORS.has(ws[i]) && s.length > 1);
  let focus: string | null = null;
  if (frame && all.find((f) => f.name === frame)!.targeted) {
    const h = hits.get(frame)!;
    for (let i = h.from + 1; i < h.to && !focus; i++) focus = actorOf.get(original[i]) ?? null; // "keep Assad in power"
    for (let i = h.from - 1; i >= Math.max(0, h.from - 4) && !focus; i--) focus = actorOf.get(original[i]) ?? null;
    for (let i = h.to + 1; i <= h.to + 4 && i < original.length && !focus; i++) focus = actorOf.get(original[i]) ?? null;
  }
  return { actors: [...new Set(actors)].sort(), stems: [...new Set(content)].sort(), frame, side, focus };
}

/** A claim's features with its actors and stems as sets, built once for scoring it against many claims. */
export interface IndexedFeatures { f: ClaimFeatures; actors: Set<string>; stems: Set<string> }
export const indexFeatures = (f: ClaimFeatures): IndexedFeatures => ({ f, actors: new Set(f.actors), stems: new Set(f.stems) });

const jaccard = (a: string[], b: string[], B: Set<string>) => {
  if (!a.length && !b.length) return 0;
  let inter = 0;
  for (const x of a) if (B.has(x)) inter++;
  return inter / (a.length + b.length - inter);
};

/** Weights of the issue similarity; a pair is the same issue when the score reaches ISSUE_THRESHOLD. */
export const WEIGHTS = { actors: 0.4, stems: 0.4, frame: 0.4 } as const;
export const ISSUE_THRESHOLD = 0.5;

/**
 * How alike two claims' issues are, in [0, 1.2]: 0.4 x actor overlap + 0.4 x stem overlap (Jaccard) + 0.4 when
 * both fall under the same frame. Claims that both name actors but share none are never the same issue; when
 * neither names an actor, the stems take the actors' weight too (0.8 x stem overlap).
 */
export function similarity(a: ClaimFeatures, b: ClaimFeatures): number {
  return indexedSimilarity(a, indexFeatures(b));
}

/** similarity() against features indexed once (groupIssues scores each claim against many). */
export function indexedSimilarity(a: ClaimFeatures, ib: IndexedFeatures): number {
  const b = ib.f;
  if (a.actors.length && b.actors.length && !a.actors.some((x) => ib.actors.has(x))) return 0;
  // "Russia must be kept out" and "Assad must go" are both removals, but of different actors
  if (a.frame && a.frame === b.frame && a.focus && b.focus && a.focus !== b.focus) return 0;
  const frame = a.frame && a.frame === b.frame ? WEIGHTS.frame : 0;
  if (!a.actors.length && !b.actors.length) return (WEIGHTS.actors + WEIGHTS.stems) * jaccard(a.stems, b.stems, ib.stems) + frame;
  return WEIGHTS.actors * jaccard(a.actors, b.actors, ib.actors) + WEIGHTS.stems * jaccard(a.stems, b.stems, ib.stems) + frame;
}

/**
 * Index keys such that two claims that can reach the threshold share at least one: an actor; or a frame and a
 * stem (no shared actor leaves 0.4 x stems + 0.4 x frame); or, for claims naming no actor, a stem.
 */
export function blockingKeys(f: ClaimFeatures): string[] {
  return [
    ...f.actors.map((a) => `a:${a}`),
    ...(f.frame ? f.stems.map((s) => `f:${f.frame}:${s}`) : []),
    ...(f.actors.length ? [] : f.stems.map((s) => `n:${s}`)),
  ];
}
