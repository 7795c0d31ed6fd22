import type { Cue, Lexicon } from '../lexicon.ts';
import type { Tok } from './tokens.ts';
import {
  before, findInVp, findObject, findPossessor, findSubject, groupOf, hardBreak, isAux, isDet, isPrep, isVerb,
  type Group, type Sent,
} from './arguments.ts';
import { BE, QUANTITY, RECEIVING, RELATIONAL, againstAdjunct, controller, lookup, matchRest, slice, word, type Found } from './match.ts';

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
    // so is a dispute or a rift ("X's losses rose in the dispute with Y")
    if (cue && [...cue.values()].some((c) => c.type === 'attacks' || c.type === 'opposes' || c.negated)) return findSubject(s, k, 30, lex.clauseVerbs);
  }
  const verb = governingVerb(s, n, lex);
  if (!verb || (lex.clauseVerbs.has(verb.lemma) && s.toks[verb.i + 1]?.norm !== 'responsibility')) return null;
  return findSubject(s, verb.i, 30, lex.clauseVerbs);
}

const ASPECT = new Set(['resumption', 'restoration', 'renewal', 'continuation', 'normalization', 'normalisation', 'improvement', 'expansion', 'strengthening', 'establishment', 'start', 'beginning', 'deepening', 'suspension', 'severing', 'breakdown', 'breaking']);

const PARTICLES = new Set(['off', 'down', 'up', 'out', 'back']);

/** A governing verb's lexicon key: its lemma, or verb and particle ("break down", "call off") when it is a particle. */
function verbKey(s: Sent, v: Tok): string {
  return PARTICLES.has(v.norm) && s.toks[v.i - 1] && isVerb(s.toks[v.i - 1]) ? `${s.toks[v.i - 1].lemma} ${v.norm}` : v.lemma;
}

/** The verb whose object is the noun phrase headed at `n` ("lifted the sanctions", "called for a coalition"). */
function governingVerb(s: Sent, n: number, lex?: Lexicon): Tok | null {
  let k = n - 1;
  while (k >= 0 && s.toks[k].m < 0 && (isDet(s.toks[k]) || s.toks[k].tags.has('Adjective') || (s.toks[k].tags.has('Noun') && !s.toks[k].post)
    || (['and', 'or'].includes(s.toks[k].norm) && s.toks[k + 1]?.tags.has('Adjective')))) k--;
  // "welcomed the resumption of ties with X": an aspectual head passes its object on
  // "signed a series of agreements with X": so does a noun of quantity
  if (s.toks[k]?.norm === 'of' && (ASPECT.has(s.toks[k - 1]?.lemma ?? '') || QUANTITY.has(s.toks[k - 1]?.lemma ?? ''))) return governingVerb(s, k - 1, lex);
  const v = s.toks[k];
  if (!v || v.m >= 0) return null;
  // "broke down relations", "called off talks": the particle stands for its phrasal verb (see verbKey)
  if (PARTICLES.has(v.norm) && s.toks[k - 1] && isVerb(s.toks[k - 1]) && !isAux(s.toks[k - 1]) && !s.toks[k - 1].post) return v;
  const verbLike = (w: Tok | undefined) => !!w && w.m < 0 && (isVerb(w) || (!!lex && !!lookup(lex.verbs, w) && s.toks[w.i - 1]?.m >= 0));
  // "claimed responsibility for the downing of X": the claimant did it
  if (v.norm === 'for' && s.toks[k - 1]?.norm === 'responsibility' && verbLike(s.toks[k - 2])) return s.toks[k - 2];
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

/** Nouns of removal whose possessor undergoes the act: "Assad's ouster" is the ouster of Assad, not by him. */
const PATIENT_POSSESSOR = new Set(['ouster', 'exclusion', 'expulsion', 'isolation']);

/** "X demanded Y's ouster", "X called for Y's exclusion": the subject of the verb that takes the noun acts on its possessor. */
function patientPossessor(lex: Lexicon, s: Sent, t: Tok, cue: Cue | undefined, out: Found[]): void {
  const tgt = findPossessor(s, t.i);
  if (!cue || !tgt) return;
  const verb = governingVerb(s, tgt.from, lex);
  // only a demand says what its subject wants done: "France rejected Assad's ouster" is no stance against Assad
  const demand = !!verb && lex.demanded.some((p) => p[0] === verb.lemma && (p.length === 1 || (p.length === 2 && word(s.toks[verb.i + 1], p[1]))));
  const src = demand ? governingSubject(lex, s, tgt.from) : null;
  if (!verb || !src || src.ms.some((m) => tgt.ms.includes(m))) return;
  out.push({ src, tgt, cue, from: t.i, to: t.i, chain: slice(s, src.to + 1, verb.i), demandedBy: slice(s, verb.i, verb.i + 2) });
}

/** Nouns of an assault on the people of a place, so that the place named after "in" stands for its country: "X's attacks in Paris". */
const PLACE_TARGET = new Set(['attack', 'bombing', 'massacre']);

/** "Islamic State's (coordinated) attacks in Paris": the possessor attacks the actor the place names; without a possessor nothing is said. */
function placeAttack(s: Sent, t: Tok, out: Found[]): void {
  // the possessor, past modifiers and the clitic "'s" that the tagger may split off as a word of its own
  let j = t.i - 1;
  while (j >= 0 && t.i - j <= 3 && s.toks[j].m < 0 && !s.toks[j].post && (s.toks[j].norm === '' || s.toks[j].tags.has('Adjective') || s.toks[j].tags.has('PastTense'))) j--;
  const owner = s.toks[j];
  const clitic = /['’]s?$/.test(owner?.text ?? '') || owner?.tags.has('Possessive') || s.toks[j + 1]?.norm === '' && /^['’]/.test(s.toks[j + 1].text);
  if (!owner || owner.m < 0 || owner.post || !clitic) return;
  let k = t.i + 2;
  while (s.toks[k] && s.toks[k].m < 0 && isDet(s.toks[k]) && !s.toks[k - 1].post) k++;
  // a city stands for the country whose people are struck ("attacks in Paris"); a country at war is only where they happen ("attacks in Syria")
  if (!s.toks[k] || s.toks[k].m < 0 || !s.toks[k].tags.has('City') || t.post || s.toks[t.i + 1].post) return;
  const src = groupOf(s, owner.m), tgt = groupOf(s, s.toks[k].m);
  if (!src.ms.some((m) => tgt.ms.includes(m))) out.push({ src, tgt, cue: { type: 'attacks', negated: false }, from: t.i, to: t.i + 1, chain: nounChain(s, t.i, tgt.to) });
}

/** Noun cues: "X's support for Y", "airstrikes on Y", "talks between X and Y", "X-Y coordination", "Russia's ally, Assad". */
export function nounCues(lex: Lexicon, s: Sent, out: Found[]): void {
  for (const t of s.toks) {
    const pv = s.toks[t.i - 1];
    // "full military ties": a plural after a noun that itself follows a modifier is a noun, whatever the tagger says
    const pp = s.toks[t.i - 2];
    const compound = !!pv && !!pp && pv.tags.has('Noun') && !pv.tags.has('Pronoun') && pv.m < 0 && !pv.post && /s$/.test(t.norm) && (isDet(pp) || pp.tags.has('Adjective'));
    const nominal = !!pv && (pv.m >= 0 || isDet(pv) || pv.tags.has('Adjective') || pv.tags.has('Possessive') || compound);
    if (t.m >= 0 || (isVerb(t) && !t.tags.has('Gerund') && !t.tags.has('Noun') && !nominal)) continue;
    const entries = t.tags.has('Gerund') ? lex.nouns.get(t.norm) : lookup(lex.nouns, t);
    if (!entries) continue;
    if (PLACE_TARGET.has(t.lemma) && word(s.toks[t.i + 1], 'in')) {
      placeAttack(s, t, out);
      continue;
    }
    if (PATIENT_POSSESSOR.has(t.lemma) && !word(s.toks[t.i + 1], 'of')) {
      patientPossessor(lex, s, t, entries.get('of') ?? entries.get(''), out);
      continue;
    }
    const hit = matchRest(s, t.i, entries, false);
    if (!hit) continue;
    const { cue, end } = hit;
    const prep = end > t.i && (isPrep(s.toks[end]) || s.toks[end].norm === 'to') ? s.toks[end].norm : '';
    const poss = findPossessor(s, t.i);
    if (cue.frame === 'changed') {
      const v = governingVerb(s, t.i, lex);
      if (!v || !(lex.builders.has(verbKey(s, v)) || lex.reversers.has(verbKey(s, v)))) continue;
    }
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
        // "received money from X" is X's gift; "demanded money from X", "stole weapons from X" are not
        const verb = poss ? null : governingVerb(s, t.i, lex);
        if (verb && !RECEIVING.has(verb.lemma)) continue;
        const other = poss ?? findSubject(s, t.i);
        if (other) out.push({ src: obj, tgt: other, cue, from: t.i, to: end, chain: [] });
        continue;
      }
      const verb = governingVerb(s, t.i, lex);
      // undoing a hostile measure concedes ("lifted sanctions on X"); undoing a friendly one sanctions ("suspended aid to X")
      const undone = verb && lex.reversers.has(verbKey(s, verb)) && !cue.negated;
      const cueHere: Cue = !undone ? cue : ['sanctions', 'excludes', 'attacks', 'threatens'].includes(cue.type) ? { type: 'concedes', negated: false }
        : ['aids', 'cooperates', 'meets', 'supports', 'agrees', 'allies'].includes(cue.type) ? { type: 'sanctions', negated: false } : cue;
      const agentNoun = RELATIONAL.has(t.lemma);
      const src = poss ?? (agentNoun ? predicatedOf(s, t.i)
        : (word(s.toks[obj.to + 1], 'by') || word(s.toks[obj.to + 1], 'from') ? findObject(s, obj.to + 1, { limit: 3 }) : null) ?? governingSubject(lex, s, t.i));
      if (!src) continue;
      const chain = (poss || src.from > t.i ? nounChain(s, t.i, obj.to) : slice(s, src.to + 1, t.i)).filter((w) => !undone || w !== verb);
      // "demands the exclusion of X": what is demanded is not yet so
      const demandedBy = verb && !undone && lex.demanded.some((p) => p.length === 1 && p[0] === verb.lemma) ? [verb] : poss ? undefined : controller(s, src);
      const f: Found = { src, tgt: obj, cue: cueHere, from: t.i, to: end, chain, demandedBy };
      out.push(f);
      againstAdjunct(s, obj.to, [src, obj], f, out);
      continue;
    }
    // a bare noun: coordinated modifiers act together, or a relational noun links its possessor to a partner
    if (!poss) {
      // "X and Y are allies"; "X and Y renewed (their) ties", "X and Y held talks"
      const subj = RELATIONAL.has(t.lemma) && t.tags.has('Plural') ? predicatedOf(s, t.i)
        : lex.reciprocal.has(cue.type) ? governingSubject(lex, s, t.i) : null;
      if (subj && subj.ms.length > 1) {
        const verb = governingVerb(s, t.i, lex);
        const undone = !RELATIONAL.has(t.lemma) && verb && lex.reversers.has(verbKey(s, verb));
        out.push({ src: subj, tgt: subj, cue: undone ? { type: 'sanctions', negated: false } : cue, from: t.i, to: t.i,
          chain: slice(s, subj.to + 1, t.i).filter((w) => !undone || w !== verb), mutual: true });
      }
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
      const tgt = { ms: [nx.m], from: x[0], to: x[1] };
      if (head && !head.ms.includes(nx.m)) out.push({ src: head, tgt, cue: pre, from: t.i, to: x[1], chain: [] });
      // "fighting an anti-ISIS war": the one who wages it
      else if (!head && s.toks[x[1] + 1]?.tags.has('Noun')) {
        const src = governingSubject(lex, s, t.i);
        if (src && !src.ms.includes(nx.m)) out.push({ src, tgt, cue: pre, from: t.i, to: x[1], chain: slice(s, src.to + 1, t.i) });
      }
    }
  }
}

const WAR_NOUNS = new Set(['fight', 'war', 'battle', 'campaign', 'offensive', 'struggle']);

/** "coordinate the ISIS fight": a named actor before a noun of war is its target; the verb's subject wages it. */
export function warCompounds(lex: Lexicon, s: Sent, out: Found[]): void {
  for (const t of s.toks) {
    const m = s.toks[t.i - 1];
    if (t.m >= 0 || !WAR_NOUNS.has(t.lemma) || !m || m.m < 0 || m.post || m.tags.has('Possessive')) continue;
    // a demonym names the side that fights ("Russian campaign"), a name the side fought ("ISIS fight")
    if (m.tags.has('Demonym') || m.tags.has('Adjective') || /(an|ese|ish|i)$/i.test(m.text)) continue;
    const nx = s.toks[t.i + 1];
    if (nx && ['against', 'on', 'with', 'between'].includes(nx.norm)) continue;
    const tgt = groupOf(s, m.m);
    const src = governingSubject(lex, s, tgt.from);
    if (src && !src.ms.some((x) => tgt.ms.includes(x))) out.push({ src, tgt, cue: { type: 'attacks', negated: false }, from: t.i, to: t.i, chain: slice(s, src.to + 1, tgt.from) });
  }
}

function headAfter(s: Sent, i: number): Group | null {
  for (let k = i + 1; k < s.toks.length && k - i <= 2; k++) {
    const t = s.toks[k];
    // the head noun alone: "anti-Assad forces, the army and ..." says nothing of the army
    if (t.m >= 0) return { ms: [t.m], from: s.spans[t.m]![0], to: s.spans[t.m]![1] };
    if (!t.tags.has('Adjective') || s.toks[k - 1].post) return null;
  }
  return null;
}
