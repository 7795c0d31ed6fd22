import type { Lexicon } from '../lexicon.ts';
import type { Tok } from './tokens.ts';
import { hasPhrase } from './negation-modality.ts';
import {
  SPEECH_ACTS, before, findAgent, findInVp, findObject, findParty, findSubject, groupOf, hardBreak, isAux, isTitle, isDet, isPrep, isRelative, isTo, isVerb,
  type Group, type Sent,
} from './arguments.ts';
import { BE, RECEIVING, againstAdjunct, controller, lookup, matchRest, slice, word, type Found } from './match.ts';

export type { Found } from './match.ts';
export { modifierCues, nounCues, warCompounds } from './nominal.ts';

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

/** Passive voice: tagged so, or a past form after a form of "be" ("was excluded by"). */
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

/** "coordinate the ISIS fight": the actor only modifies the noun that follows; a speech act's author ("an Australian ultimatum") does not. */
function modifiesCueNoun(lex: Lexicon, s: Sent, g: Group): boolean {
  let k = g.to + 1;
  const plain = (w: Tok) => (w.tags.has('Adjective') || w.tags.has('Noun')) && !w.tags.has('Pronoun') && !w.tags.has('Possessive') && !isPrep(w);
  while (s.toks[k] && s.toks[k].m < 0 && plain(s.toks[k]) && !s.toks[k - 1].post && k - g.to <= 2 && !lookup(lex.nouns, s.toks[k])) k++;
  const nx = s.toks[k];
  return !!nx && nx.m < 0 && !s.toks[k - 1].post && nx.tags.has('Noun') && !!lookup(lex.nouns, nx) && !SPEECH_ACTS.has(nx.lemma);
}

/** The subject of a condition after a threat ("threatened to strike unless X withdraws"): whom the threat is aimed at. */
function conditionSubject(s: Sent, e: number, limit = 16): Group | null {
  for (let k = e + 1; k < s.toks.length && k - e <= limit; k++) {
    const t = s.toks[k];
    if (hardBreak(s.toks[k - 1]) || isRelative(t)) return null;
    if (t.norm !== 'unless' && t.norm !== 'if') continue;
    let j = k + 1;
    while (s.toks[j] && s.toks[j].m < 0 && (isDet(s.toks[j]) || s.toks[j].tags.has('Adjective')) && j - k <= 3) j++;
    return s.toks[j]?.m >= 0 ? groupOf(s, s.toks[j].m) : null;
  }
  return null;
}

/** Verb cues: active, passive, reduced relatives, infinitival and participial clauses. */
export function verbCues(lex: Lexicon, s: Sent, out: Found[]): void {
  for (const t of s.toks) {
    if (t.m >= 0 || t.within) continue;
    const entries = lookup(lex.verbs, t);
    if (!entries) continue;
    // compromise sometimes tags a verb as a noun: after its subject in a headline, after a modal, a negation ("didn't clash") or "to", or as "-ing" after a comma
    const p = s.toks[t.i - 1];
    const headlineVerb = !isVerb(t) && t.tags.has('Noun') && !!p && (
      (p.m >= 0 && !p.post && (!lookup(lex.nouns, t) || [...(entries.keys())].some((r) => r && word(s.toks[t.i + 1], r.split(' ')[0])))) || (!p.post && !t.tags.has('Plural') && (p.tags.has('Modal') || isTo(p) || p.tags.has('Auxiliary') || p.tags.has('Negative')))
      || (p.post === ',' && /ing$/.test(t.norm))
      || (p.m >= 0 && !p.post && /ing$/.test(t.norm) && !!s.toks[t.i + 1] && (s.toks[t.i + 1].m >= 0 || isDet(s.toks[t.i + 1]) || s.toks[t.i + 1].tags.has('Prefix'))));
    // "Khomeini today rejected Iraq's proposal": a past form tagged as an adjective between a subject and an object
    let q = t.i - 1;
    while (q >= 0 && s.toks[q].m < 0 && (s.toks[q].tags.has('Date') || s.toks[q].tags.has('Adverb')) && !s.toks[q].post) q--;
    const nxt = s.toks[t.i + 1];
    const pastAdjective = !isVerb(t) && t.tags.has('Adjective') && /ed$/.test(t.norm) && s.toks[q]?.m >= 0 && !s.toks[q].post
      && !!nxt && (nxt.m >= 0 || isDet(nxt) || nxt.tags.has('Demonym') || nxt.tags.has('ProperNoun'));
    if (!isVerb(t) && !headlineVerb && !pastAdjective) continue;
    // "yielded to demands from X": an -s form after a preposition or "to" is a plural noun, not a verb
    if (p && (isPrep(p) || isTo(p)) && /s$/.test(t.norm) && t.tags.has('PresentTense')) continue;
    // "the besieged town": a participle after a determiner describes, it does not assert
    if (p && isDet(p) && p.norm !== 'that' && (t.tags.has('PastTense') || t.tags.has('Participle') || t.tags.has('Gerund'))) continue;
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
    // "gave a million dollars to X": the recipient; "condemned an attack by X": the author
    const giving = cue.type === 'aids', evaluative = ['accuses', 'rejects', 'supports', 'opposes'].includes(cue.type);
    let tgt = hit.gapObject ?? (cue.frame === 'vp' ? findInVp(s, end) : findObject(s, end, { thatClause, hostile, giving, evaluative, limit: giving ? 9 : 7 }));
    if (!tgt && cue.frame === 'vp' && cue.type === 'threatens') tgt = conditionSubject(s, end);
    // "demanded Assad's ouster", "coordinate the ISIS fight": the actor only modifies the real object
    if (tgt && modifiesCueNoun(lex, s, tgt)) tgt = null;
    // "demanded the exclusion of X": a demand's object is an act, whose noun carries X
    if (tgt && (cue.type === 'demands' || cue.type === 'requests') && !hit.gapObject && cue.frame !== 'vp' && s.toks.slice(end + 1, tgt.from).some((w) => w.tags.has('Noun') && !!lookup(lex.nouns, w) && !SPEECH_ACTS.has(w.lemma))) tgt = null;
    // "welcomed the resumption of ties between X and Y", "signed a protocol with X", "demanded an admission by X": the parties
    // to the act the object names ("welcomed co-operation with X", "demanded support from X" are left to the noun, which
    // already relates the subject to X)
    // a giver named after a noun of aid relates the subject to X only when the subject receives it ("received aid from X")
    const covered = (n: Tok, p: Tok) => (p.norm === 'with' || p.norm === 'from') && !!lookup(lex.nouns, n)?.has(p.norm)
      && (lookup(lex.nouns, n)!.get(p.norm)!.frame !== 'reverse' || RECEIVING.has(t.lemma));
    if (!tgt && !hit.gapObject && (!cue.frame || cue.frame === 'adjacent') && (evaluative || thatClause || cue.type === 'agrees')) tgt = findParty(s, end, covered);
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

/** Nouns that judge an act a fault: "Y's refusal was a mistake". */
const FAULTS = new Set(['mistake', 'error', 'blunder', 'failure', 'disaster', 'crime', 'folly']);

/** "Y's refusal to engage has been an enormous mistake": the fault word when a reported clause judges an act of Y's so. */
function faultOf(s: Sent, tgt: Group): Tok | null {
  // the owner's words may run on over the noun they own ("Russia's intervention" as one mention)
  const owned = s.toks.slice(tgt.from, tgt.to + 1).some((w) => /['’]s?$/.test(w.text) || w.tags.has('Possessive'));
  if (!owned && !(s.toks[tgt.to + 1]?.norm === '' && /^['’]/.test(s.toks[tgt.to + 1].text))) return null;
  for (let k = tgt.to + 1; k < s.toks.length && k - tgt.to <= 10; k++) {
    const w = s.toks[k];
    if (hardBreak(s.toks[k - 1]) || (s.toks[k - 1].post === ',' && k > tgt.to + 1)) return null;
    if (w.norm === '' || !(BE.has(w.norm) || BE.has(w.lemma)) || ['stay', 'get', 'got', 'remain', 'become', 'appear', 'seem'].includes(w.lemma)) continue;
    let j = k + 1;
    while (s.toks[j] && j - k <= 4 && s.toks[j].m < 0 && (isDet(s.toks[j]) || s.toks[j].tags.has('Adjective') || s.toks[j].tags.has('Adverb') || ['been', 'be'].includes(s.toks[j].norm))) j++;
    return s.toks[j] && FAULTS.has(s.toks[j].lemma) ? s.toks[j] : null;
  }
  return null;
}

/** A denied ability: "cannot", "can not", "can't". */
const CANNOT = [['cannot'], ['can', 'not'], ['can', "n't"], ["can't"]];

/**
 * Reported obligations: "X said Y must go", "X insisted that Y should withdraw" make X demand of Y.
 * The speaker is the clause verb's subject; the target is the reported clause's subject.
 */
export function obligationCues(lex: Lexicon, s: Sent, out: Found[]): void {
  for (const t of s.toks) {
    if (t.m >= 0 || !isVerb(t) || !lex.clauseVerbs.has(t.lemma)) continue;
    let k = t.i + 1;
    while (s.toks[k] && (s.toks[k].tags.has('Date') || s.toks[k].tags.has('Adverb') || (s.toks[k].norm === 'on' && s.toks[k + 1]?.tags.has('Date')))) k++;
    if (word(s.toks[k], 'that')) k++;
    // "Syrian President Bashar al-Assad should stay": a nationality and a title before a name belong to it
    while (s.toks[k] && s.toks[k].m < 0 && (isDet(s.toks[k]) || ((isTitle(s.toks[k]) || s.toks[k].tags.has('Demonym')) && !s.toks[k].post))) k++;
    const first = s.toks[k];
    if (!first || first.m < 0 || hardBreak(t)) continue;
    const tgt = groupOf(s, first.m);
    const chain = slice(s, tgt.to + 1, tgt.to + 4);
    // "X says Y cannot stay in power", "Y can't continue to rule": denying that Y may go on demands that Y go
    const denied = hasPhrase(chain, CANNOT) && hasPhrase(slice(s, tgt.to + 1, tgt.to + 5), [...lex.obligationFor, ['continue']]);
    if (!denied && !hasPhrase(chain, lex.obligation)) {
      const fault = faultOf(s, tgt);
      const src = fault ? findSubject(s, t.i, 30, lex.clauseVerbs) : null;
      if (src && fault) out.push({ src, tgt, cue: { type: 'accuses', negated: false }, from: t.i, to: fault.i, chain: slice(s, src.to + 1, t.i) });
      continue;
    }
    const src = findSubject(s, t.i, 30, lex.clauseVerbs);
    if (!src) continue;
    if (denied) {
      out.push({ src, tgt, cue: { type: 'opposes', negated: false }, from: t.i, to: t.i, chain: slice(s, src.to + 1, t.i), demanded: true });
      continue;
    }
    // what is demanded decides the relation: "Y must go" opposes Y, "Y should stay in power" supports Y
    const content = slice(s, tgt.to + 1, tgt.to + 7);
    const stance = hasPhrase(content, lex.obligationAgainst) ? 'opposes' : hasPhrase(content, lex.obligationFor) ? 'supports' : null;
    if (stance) out.push({ src, tgt, cue: { type: stance, negated: false }, from: t.i, to: t.i, chain: [], demandedBy: content });
    else out.push({ src, tgt, cue: { type: 'demands', negated: false }, from: t.i, to: t.i, chain: slice(s, src.to + 1, t.i) });
  }
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
