import type { Cue, Headed, Lexicon } from '../lexicon.ts';
import type { Tok } from './tokens.ts';
import { hasPhrase } from './negation-modality.ts';
import {
  isPrep, before, findAgent, findInVp, findObject, findPossessor, findSubject, groupOf, hardBreak, isAux, isDet, isRelative, isTo, isVerb,
  type Group, type Sent,
} from './arguments.ts';

/** A relation found by a pattern, before negation and modality are judged. */
export interface Found {
  src: Group;
  tgt: Group;
  cue: Cue;
  /** Words of the cue. */
  from: number;
  to: number;
  /** Words that govern the cue (auxiliaries, control verbs): judged for negation and modality. */
  chain: Tok[];
  /** Words before a controlled subject ("urged X to"), judged for a demand. */
  demandedBy?: Tok[];
  /** Both directions (meets, agrees, cooperates, allies between coordinated actors). */
  mutual?: boolean;
}

const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'remain', 'seem', 'become', 'appear', 'stay', 'get', 'got']);
const RELATIONAL = new Set(['ally', 'enemy', 'opponent', 'partner', 'supporter', 'backer', 'patron']);
/** No punctuation but quotes between a word and the next. */
const attached = (t: Tok) => !t.post.replace(/["“”'‘’]/g, '') && !hardBreak(t);
const word = (t: Tok | undefined, w: string) => !!t && (t.lemma === w || t.norm === w);

/** Longest entry of a head whose following words match at `i`; a one-word particle may follow an object ("keep Russia out"). */
function matchRest(s: Sent, i: number, entries: Map<string, Cue>, allowGap: boolean): { cue: Cue; end: number; gapObject?: Group } | null {
  let best: { cue: Cue; end: number; gapObject?: Group; len: number } | null = null;
  for (const [rest, cue] of entries) {
    const words = rest ? rest.split(' ') : [];
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) ok = word(s.toks[i + 1 + k], words[k]) && attached(s.toks[i + k]);
    if (ok) {
      if (!best || words.length > best.len) best = { cue, end: i + words.length, len: words.length };
      continue;
    }
    if (allowGap && words.length && (!best || best.len < words.length)) {
      // "keep Russia out", "withdraw its troops from X", "keep Assad in power": a short object before the particle
      for (let k = i + 1; k <= i + 4 && k < s.toks.length; k++) {
        const w = s.toks[k];
        if (k > i + 1 && words.every((x, q) => word(s.toks[k + q], x) && (q === 0 || attached(s.toks[k + q - 1])))) {
          const inner = s.toks.slice(i + 1, k).find((x) => x.m >= 0);
          best = { cue, end: k + words.length - 1, gapObject: inner ? groupOf(s, inner.m) : undefined, len: words.length };
          break;
        }
        // "threatened on Monday to ...": a time adverbial may stand before the particle
        const temporal = w.tags.has('Date') || w.tags.has('Adverb') || w.norm === 'today' || (w.norm === 'on' && s.toks[k + 1]?.tags.has('Date'));
        if (temporal) continue;
        if (hardBreak(w) || w.post || (isVerb(w) && !w.tags.has('Noun')) || isPrep(w) || isRelative(w)) break;
      }
    }
  }
  return best;
}

/** A word's lexicon entries by lemma, surface form, or the form without a verb ending ("driving" tagged as a noun). */
function lookup(h: Headed, t: Tok): Map<string, Cue> | undefined {
  const hit = h.get(t.lemma) ?? h.get(t.norm);
  if (hit || !/(ing|ed)$/.test(t.norm) || t.lemma !== t.norm) return hit;
  const stem = t.norm.replace(/(ing|ed)$/, '');
  return h.get(stem) ?? h.get(stem + 'e') ?? (/(.)\1$/.test(stem) ? h.get(stem.slice(0, -1)) : undefined);
}
const slice = (s: Sent, a: number, b: number) => s.toks.slice(Math.max(0, a), Math.max(0, b));

/** Words before a subject that governs it as an object ("called for X to", "urged X to"). */
function controller(s: Sent, g: Group): Tok[] | undefined {
  let k = g.to + 1;
  while (k < s.toks.length && s.toks[k].m < 0 && !isTo(s.toks[k]) && !s.toks[k - 1].post && k - g.to < 3 && !isVerb(s.toks[k])) k++;
  if (!isTo(s.toks[k])) return undefined;
  const b = before(s, g.from);
  return b ? slice(s, b.i - 2, b.i + 1) : undefined;
}

/** A relative clause's antecedent: "the rebels that the U.S. supports" gives the rebels. */
function antecedent(s: Sent, subj: Group): Group | null {
  const p = before(s, subj.from);
  if (!p || !isRelative(p) || (p.norm === 'which' && s.toks[p.i - 1]?.post === ',')) return null;
  for (let k = p.i - 1; k >= 0 && p.i - k <= 3; k--) {
    const t = s.toks[k];
    if (t.m >= 0) return groupOf(s, t.m);
    if (isVerb(t) || hardBreak(t)) return null;
  }
  return null;
}

function passive(s: Sent, i: number): boolean {
  const t = s.toks[i];
  if (t.tags.has('Passive')) return true;
  if (!t.tags.has('PastTense') && !t.tags.has('Participle')) return false;
  for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
    const w = s.toks[k];
    if (BE.has(w.norm) || BE.has(w.lemma)) return w.norm !== 'have';
    if (!(w.tags.has('Adverb') || w.tags.has('Negative'))) break;
  }
  return false;
}

function modifiesCueNoun(lex: Lexicon, s: Sent, g: Group): boolean {
  let k = g.to + 1;
  while (s.toks[k] && s.toks[k].m < 0 && (s.toks[k].tags.has('Adjective') || s.toks[k].tags.has('Noun')) && !s.toks[k - 1].post && k - g.to <= 2 && !lookup(lex.nouns, s.toks[k])) k++;
  const nx = s.toks[k];
  return !!nx && nx.m < 0 && !s.toks[k - 1].post && nx.tags.has('Noun') && !!lookup(lex.nouns, nx);
}

const COOPERATIVE = new Set(['cooperates', 'allies', 'agrees', 'meets', 'supports']);

/** "cooperate with X against Z", "collaboration between X and Y against Z": the partners oppose Z. */
function againstAdjunct(s: Sent, after: number, partners: Group[], found: Found, out: Found[]): void {
  if (!COOPERATIVE.has(found.cue.type) || found.cue.negated) return;
  let k = after + 1;
  while (s.toks[k] && s.toks[k].m < 0 && (s.toks[k].tags.has('Adverb') || s.toks[k].norm === 'in' || s.toks[k].tags.has('Noun') && !s.toks[k].post) && k - after <= 3) k++;
  if (!word(s.toks[k], 'against') || !attached(s.toks[k - 1])) return;
  const z = findObject(s, k, { limit: 4 });
  if (!z) return;
  const ms = [...new Set(partners.flatMap((g) => g.ms))].filter((m) => !z.ms.includes(m));
  if (ms.length) out.push({ ...found, src: { ms, from: found.src.from, to: found.src.to }, tgt: z, cue: { type: 'opposes', negated: false }, mutual: false });
}

/** Verb cues: active, passive, reduced relatives, infinitival and participial clauses. */
export function verbCues(lex: Lexicon, s: Sent, out: Found[]): void {
  for (const t of s.toks) {
    if (t.m >= 0 || t.within) continue;
    const entries = lookup(lex.verbs, t);
    if (!entries) continue;
    // compromise sometimes tags a verb as a noun: after its subject in a headline, after a modal or "to", or as "-ing" after a comma
    const p = s.toks[t.i - 1];
    const headlineVerb = !isVerb(t) && t.tags.has('Noun') && !!p && (
      (p.m >= 0 && !p.post && (!lookup(lex.nouns, t) || [...(entries.keys())].some((r) => r && word(s.toks[t.i + 1], r.split(' ')[0])))) || (!p.post && !t.tags.has('Plural') && (p.tags.has('Modal') || isTo(p) || p.tags.has('Auxiliary')))
      || (p.post === ',' && /ing$/.test(t.norm)));
    if (!isVerb(t) && !headlineVerb) continue;
    const hit = matchRest(s, t.i, entries, true);
    if (!hit) continue;
    const { cue, end } = hit;
    const agent = findAgent(s, end);
    if (passive(s, t.i) || agent) {
      let patient = findSubject(s, t.i, 30, lex.clauseVerbs);
      if (!agent || !patient) continue;
      // "rebels and troops backed by X": a reduced relative modifies the nearest noun phrase only
      if (patient.to === t.i - 1 && patient.ms.length > 1) {
        const last = patient.ms[patient.ms.length - 1];
        patient = { ms: [last], from: s.spans[last]![0], to: patient.to };
      }
      out.push({ src: agent, tgt: patient, cue, from: t.i, to: end, chain: slice(s, patient.to + 1, t.i) });
      continue;
    }
    const src = findSubject(s, t.i, 30, lex.clauseVerbs);
    if (!src) continue;
    const nx = s.toks[end + 1];
    // "help destroy X": the object belongs to the second verb
    if (end === t.i && nx && !isDet(nx) && nx.m < 0 && lookup(lex.verbs, nx) && !lookup(lex.nouns, nx) && !nx.tags.has('Preposition')) continue;
    const thatClause = cue.type === 'demands' || cue.type === 'requests' || cue.type === 'threatens';
    const hostile = ['threatens', 'attacks', 'sanctions', 'opposes', 'accuses'].includes(cue.type);
    let tgt = hit.gapObject ?? (cue.frame === 'vp' ? findInVp(s, end) : findObject(s, end, { thatClause, hostile }));
    // "demanded Assad's ouster", "coordinate the ISIS fight": the actor only modifies the real object
    if (tgt && modifiesCueNoun(lex, s, tgt)) tgt = null;
    if (cue.frame === 'to' && (!tgt || !controller(s, tgt))) continue;
    tgt ??= antecedent(s, src);
    const chain = slice(s, src.to + 1, t.i);
    const demandedBy = controller(s, src) ?? undefined;
    if (!tgt) {
      if (src.ms.length > 1 && (lex.reciprocal.has(cue.type) || cue.type === 'attacks' && word(s.toks[end + 1], 'each'))) {
        const f: Found = { src, tgt: src, cue, from: t.i, to: end, chain, demandedBy, mutual: true };
        out.push(f);
        againstAdjunct(s, end, [src], f, out);
      }
      continue;
    }
    const f: Found = { src, tgt, cue, from: t.i, to: end, chain, demandedBy };
    out.push(f);
    againstAdjunct(s, tgt.to, [src, tgt], f, out);
  }
}

/** Words that hedge a nominal relation: modifiers before it ("potential collaboration") and the auxiliaries after its phrase. */
function nounChain(s: Sent, n: number, end: number): Tok[] {
  const out = slice(s, n - 3, n).filter((t) => !hardBreak(t));
  for (let k = end + 1; k < s.toks.length && k - end <= 5; k++) {
    const t = s.toks[k];
    if (hardBreak(s.toks[k - 1])) break;
    if (t.m >= 0) continue;
    if (isAux(t) || t.tags.has('Adverb')) out.push(t);
    else if (!isPrep(t) && !isDet(t) && !t.tags.has('Noun') && !t.tags.has('Adjective')) break;
  }
  return out;
}

/**
 * The actor whose action a nominal cue names when it has no possessor: the subject of the verb that
 * takes the noun as its object ("Russia began airstrikes against X", "Putin called for a coalition
 * against X"). A noun inside another prepositional phrase or after a clause verb has none.
 */
function governingSubject(lex: Lexicon, s: Sent, n: number): Group | null {
  let k = n - 1;
  while (k >= 0 && s.toks[k].m < 0 && (isDet(s.toks[k]) || s.toks[k].tags.has('Adjective')) && !s.toks[k].post) k--;
  // "cooperate with X in the battle against Z": the battle is the clause subject's
  if (s.toks[k]?.norm === 'in' && s.toks[k - 1] && !s.toks[k - 1].post && !s.toks[k - 1].tags.has('Adjective')) {
    const cue = lookup(lex.nouns, s.toks[n]);
    if (cue && [...cue.values()].some((c) => c.type === 'attacks' || c.type === 'opposes')) return findSubject(s, k, 30, lex.clauseVerbs);
  }
  const verb = governingVerb(s, n, lex);
  if (!verb || lex.clauseVerbs.has(verb.lemma)) return null;
  return findSubject(s, verb.i, 30, lex.clauseVerbs);
}

/** The verb whose object is the noun phrase headed at `n` ("lifted the sanctions", "called for a coalition"). */
function governingVerb(s: Sent, n: number, lex?: Lexicon): Tok | null {
  let k = n - 1;
  while (k >= 0 && s.toks[k].m < 0 && (isDet(s.toks[k]) || s.toks[k].tags.has('Adjective') || (s.toks[k].tags.has('Noun') && !s.toks[k].post))) k--;
  const v = s.toks[k];
  if (!v || v.m >= 0) return null;
  const verbLike = (w: Tok | undefined) => !!w && w.m < 0 && (isVerb(w) || (!!lex && !!lookup(lex.verbs, w) && s.toks[w.i - 1]?.m >= 0));
  const viaFor = (v.norm === 'for' || v.norm === 'to') && verbLike(s.toks[k - 1]);
  if (!(isVerb(v) && !isAux(v)) && !viaFor) return null;
  return viaFor ? s.toks[k - 1] : v;
}

/** The actor an agent noun is said of: "X is a supporter of Y", "X, a supporter of Y". */
function predicatedOf(s: Sent, n: number): Group | null {
  let k = n - 1;
  while (k >= 0 && s.toks[k].m < 0 && (isDet(s.toks[k]) || s.toks[k].tags.has('Adjective') || s.toks[k].tags.has('Adverb')) && !s.toks[k].post) k--;
  const b = s.toks[k];
  if (!b) return null;
  if (b.m >= 0 && b.post === ',') return groupOf(s, b.m);
  if (BE.has(b.norm) || BE.has(b.lemma) || b.lemma === 'become' || b.lemma === 'remain') {
    let j = k - 1;
    while (j >= 0 && s.toks[j].m < 0 && (isAux(s.toks[j]) || ['have', 'be', 'do'].includes(s.toks[j].lemma) || s.toks[j].tags.has('Adverb') || s.toks[j].tags.has('Adjective'))) j--;
    if (j >= 0 && s.toks[j].m >= 0) return groupOf(s, s.toks[j].m);
  }
  return null;
}

/** Noun cues: "X's support for Y", "airstrikes on Y", "talks between X and Y", "X-Y coordination", "Russia's ally, Assad". */
export function nounCues(lex: Lexicon, s: Sent, out: Found[]): void {
  for (const t of s.toks) {
    const pv = s.toks[t.i - 1];
    const nominal = !!pv && (pv.m >= 0 || isDet(pv) || pv.tags.has('Adjective') || pv.tags.has('Possessive'));
    if (t.m >= 0 || (isVerb(t) && !t.tags.has('Gerund') && !t.tags.has('Noun') && !nominal)) continue;
    const entries = t.tags.has('Gerund') ? lex.nouns.get(t.norm) : lookup(lex.nouns, t);
    if (!entries) continue;
    const hit = matchRest(s, t.i, entries, false);
    if (!hit) continue;
    const { cue, end } = hit;
    const prep = end > t.i ? s.toks[end].norm : '';
    const poss = findPossessor(s, t.i);
    if (prep === 'between') {
      const g = findObject(s, end, { allowPreps: false, limit: 4 });
      if (g && g.ms.length > 1) {
        const f: Found = { src: g, tgt: g, cue, from: t.i, to: end, chain: nounChain(s, t.i, g.to), mutual: true };
        out.push(f);
        againstAdjunct(s, g.to, [g], f, out);
      }
      continue;
    }
    if (prep) {
      // "refusal to engage with X", "threat to cut off X": the noun's owner does what the verb says
      const vp = prep === 'to' && s.toks[end + 1] && isVerb(s.toks[end + 1]);
      if (vp && !['rejects', 'threatens', 'agrees'].includes(cue.type)) continue;
      const obj = vp ? findInVp(s, end) : findObject(s, end, { limit: 5 });
      if (!obj) continue;
      if (cue.frame === 'reverse') {
        const other = poss ?? findSubject(s, t.i);
        if (other) out.push({ src: obj, tgt: other, cue, from: t.i, to: end, chain: [] });
        continue;
      }
      const verb = governingVerb(s, t.i);
      // undoing a hostile measure concedes ("lifted sanctions on X"); undoing a friendly one sanctions ("suspended aid to X")
      const undone = verb && lex.reversers.has(verb.lemma) && !cue.negated;
      const cueHere: Cue = !undone ? cue : ['sanctions', 'excludes', 'attacks', 'threatens'].includes(cue.type) ? { type: 'concedes', negated: false }
        : ['aids', 'cooperates', 'meets', 'supports', 'agrees', 'allies'].includes(cue.type) ? { type: 'sanctions', negated: false } : cue;
      const agentNoun = RELATIONAL.has(t.lemma);
      const src = poss ?? (agentNoun ? predicatedOf(s, t.i)
        : (word(s.toks[obj.to + 1], 'by') || word(s.toks[obj.to + 1], 'from') ? findObject(s, obj.to + 1, { limit: 3 }) : null) ?? governingSubject(lex, s, t.i));
      if (!src) continue;
      const chain = (poss || src.from > t.i ? nounChain(s, t.i, obj.to) : slice(s, src.to + 1, t.i)).filter((w) => !undone || w !== verb);
      const f: Found = { src, tgt: obj, cue: cueHere, from: t.i, to: end, chain, demandedBy: poss ? undefined : controller(s, src) };
      out.push(f);
      againstAdjunct(s, obj.to, [src, obj], f, out);
      continue;
    }
    // a bare noun: coordinated modifiers act together, or a relational noun links its possessor to a partner
    if (!poss) {
      const subj = RELATIONAL.has(t.lemma) && t.tags.has('Plural') ? predicatedOf(s, t.i) : null;
      if (subj && subj.ms.length > 1) out.push({ src: subj, tgt: subj, cue, from: t.i, to: t.i, chain: slice(s, subj.to + 1, t.i), mutual: true });
      continue;
    }
    if (poss.ms.length > 1 && lex.reciprocal.has(cue.type)) {
      const f: Found = { src: poss, tgt: poss, cue, from: t.i, to: t.i, chain: nounChain(s, t.i, t.i), mutual: true };
      out.push(f);
      againstAdjunct(s, t.i, [poss], f, out);
      continue;
    }
    const withHelp = before(s, poss.from);
    if (withHelp?.norm === 'with' && !RELATIONAL.has(t.lemma)) {
      const subj = findSubject(s, withHelp.i);
      if (subj) out.push({ src: poss, tgt: subj, cue, from: t.i, to: t.i, chain: [] });
      continue;
    }
    if (!RELATIONAL.has(t.lemma)) continue;
    let partner: Group | null = null;
    const nx = s.toks[t.i + 1];
    if (nx?.m >= 0) partner = groupOf(s, nx.m);
    else {
      const b = before(s, poss.from);
      if (b && (b.post === ',' || BE.has(b.norm))) partner = findSubject(s, poss.from);
    }
    if (partner) out.push({ src: poss, tgt: partner, cue, from: t.i, to: t.i, chain: [] });
  }
}

/**
 * Reported obligations: "X said Y must go", "X insisted that Y should withdraw" make X demand of Y.
 * The speaker is the clause verb's subject; the target is the reported clause's subject.
 */
export function obligationCues(lex: Lexicon, s: Sent, out: Found[]): void {
  for (const t of s.toks) {
    if (t.m >= 0 || !isVerb(t) || !lex.clauseVerbs.has(t.lemma)) continue;
    let k = t.i + 1;
    if (word(s.toks[k], 'that')) k++;
    while (s.toks[k] && s.toks[k].m < 0 && isDet(s.toks[k])) k++;
    const first = s.toks[k];
    if (!first || first.m < 0 || hardBreak(t)) continue;
    const tgt = groupOf(s, first.m);
    const chain = slice(s, tgt.to + 1, tgt.to + 4);
    if (!hasPhrase(chain, lex.obligation)) continue;
    const src = findSubject(s, t.i, 30, lex.clauseVerbs);
    if (!src) continue;
    out.push({ src, tgt, cue: { type: 'demands', negated: false }, from: t.i, to: t.i, chain: slice(s, src.to + 1, t.i) });
  }
}

/** Compound modifiers: "Russian-backed rebels", "pro-US rebels", "anti-Assad forces". */
export function modifierCues(lex: Lexicon, s: Sent, out: Found[]): void {
  for (const t of s.toks) {
    if (t.m >= 0) continue;
    const prev = s.toks[t.i - 1];
    const mod = lex.modifiers.get(t.norm);
    if (mod && prev?.m >= 0 && (prev.hyphen || s.outer[prev.m] >= 0)) {
      const head = headAfter(s, t.i);
      if (head && !head.ms.includes(prev.m)) out.push({ src: groupOf(s, prev.m), tgt: head, cue: mod, from: t.i - 1, to: t.i, chain: [] });
      continue;
    }
    const pre = lex.prefixes.get(t.norm);
    const nx = s.toks[t.i + 1];
    if (pre && t.hyphen && nx?.m >= 0) {
      const x = s.spans[nx.m]!;
      const head = headAfter(s, x[1]);
      if (head && !head.ms.includes(nx.m)) out.push({ src: head, tgt: { ms: [nx.m], from: x[0], to: x[1] }, cue: pre, from: t.i, to: x[1], chain: [] });
    }
  }
}

function headAfter(s: Sent, i: number): Group | null {
  for (let k = i + 1; k < s.toks.length && k - i <= 2; k++) {
    const t = s.toks[k];
    if (t.m >= 0) return groupOf(s, t.m);
    if (!t.tags.has('Adjective') || s.toks[k - 1].post) return null;
  }
  return null;
}

/** Predicative adjectives and prepositions after a copula: "is allied with Y", "remains at odds with Y", "is against Y". */
export function predicativeCues(lex: Lexicon, s: Sent, out: Found[]): void {
  for (const t of s.toks) {
    if (t.m >= 0) continue;
    const entries = lookup(lex.predicatives, t);
    if (!entries) continue;
    let k = t.i - 1;
    while (k >= 0 && (s.toks[k].tags.has('Adverb') || s.toks[k].tags.has('Negative') || ['not', 'still', 'now', 'firmly', 'openly'].includes(s.toks[k].norm))) k--;
    const cop = s.toks[k];
    if (!cop || !(BE.has(cop.norm) || BE.has(cop.lemma) || (isAux(cop) && cop.tags.has('Copula')))) continue;
    const hit = matchRest(s, t.i, entries, false);
    if (!hit) continue;
    const src = findSubject(s, cop.i);
    const tgt = findObject(s, hit.end, { limit: 4 });
    if (!src) continue;
    if (!tgt) {
      if (src.ms.length > 1 && lex.reciprocal.has(hit.cue.type) || (src.ms.length > 1 && hit.cue.negated)) {
        out.push({ src, tgt: src, cue: hit.cue, from: t.i, to: hit.end, chain: slice(s, src.to + 1, t.i), mutual: true });
      }
      continue;
    }
    out.push({ src, tgt, cue: hit.cue, from: t.i, to: hit.end, chain: slice(s, src.to + 1, t.i) });
  }
}

export { isDet };
