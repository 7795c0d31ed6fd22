// Shared pieces of the relation patterns: the found-relation record, lexicon matching, control and 'against' adjuncts.
import type { Cue, Headed } from '../lexicon.ts';
import type { Tok } from './tokens.ts';
import { before, findObject, groupOf, hardBreak, isActingBody, isPrep, isRelative, isTo, isVerb, type Group, type Sent } from './arguments.ts';

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
  /** A demand whatever its words say ("X says Y cannot stay" asks that Y go). */
  demanded?: boolean;
}

export const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'remain', 'seem', 'become', 'appear', 'stay', 'get', 'got']);
/** Verbs whose subject comes to have what their object names: "received aid from X" makes X the giver. */
export const RECEIVING = new Set(['receive', 'get', 'obtain', 'accept', 'secure', 'win', 'gain', 'enjoy', 'have', 'garner', 'attract', 'draw']);
export const RELATIONAL = new Set(['ally', 'enemy', 'opponent', 'partner', 'supporter', 'backer', 'patron']);
/** No punctuation but quotes between a word and the next. */
export const attached = (t: Tok) => !t.post.replace(/["“”'‘’]/g, '') && !hardBreak(t);
export const word = (t: Tok | undefined, w: string) => !!t && (t.lemma === w || t.norm === w);

/** Nouns that count or group what their "of" names ("a set of", "a series of", "a number of"). */
export const QUANTITY = new Set(['set', 'series', 'number', 'package', 'pair', 'couple', 'batch', 'raft', 'range', 'string', 'host', 'round', 'list', 'bundle', 'dozen', 'handful']);
const ADVERBIAL = ['principle', 'turn', 'return', 'public', 'writing', 'last', 'length', 'once'];

/** Longest entry of a head whose following words match at `i`; a one-word particle may follow an object ("keep Russia out"). */
export function matchRest(s: Sent, i: number, entries: Map<string, Cue>, allowGap: boolean): { cue: Cue; end: number; gapObject?: Group } | null {
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
      let place = -1;
      for (let k = i + 1; k <= i + 7 && k < s.toks.length; k++) {
        const w = s.toks[k];
        // "threatened on Monday to ...", "agreed in principle to ...": an adverbial may stand before the particle
        const temporal = w.tags.has('Date') || w.tags.has('Adverb') || w.norm === 'today' || ADVERBIAL.includes(w.norm)
          || (['on', 'in', 'at'].includes(w.norm) && (s.toks[k + 1]?.tags.has('Date') || ADVERBIAL.includes(s.toks[k + 1]?.norm ?? '')));
        // "adopt a set of resolutions with X": a quantity noun's "of" stays inside the object
        if (temporal || (w.norm === 'of' && QUANTITY.has(s.toks[k - 1].lemma) && k > i + 1)) continue;
        if (k > i + 1 && words.every((x, q) => word(s.toks[k + q], x) && (q === 0 || attached(s.toks[k + q - 1])))) {
          const inner = s.toks.slice(i + 1, place < 0 ? k : place).find((x) => x.m >= 0);
          // "warn Y about X" warns actor Y; "warned its citizens about X", "warned their Ent populations about X" speak of X.
          // Only a speech act has an addressee there: "linked the attack to X" does not link its subject to X
          if (cue.frame === 'adjacent' && (cue.type !== 'accuses' || s.toks.slice(i + 1, k).some((x) => x.m >= 0 && !modifiesNoun(s, x)))) break;
          best = { cue, end: k + words.length - 1, gapObject: inner && cue.frame !== 'adjacent' ? groupOf(s, inner.m) : undefined, len: words.length };
          break;
        }
        // "celebrated Eid at X with Y": a place after the object is no object and no party
        if ((w.norm === 'in' || w.norm === 'at') && k > i + 1 && place < 0 && !hardBreak(s.toks[k - 1]) && !s.toks[k - 1].post) { place = k; continue; }
        if (hardBreak(w) || w.post || (isVerb(w) && !w.tags.has('Noun')) || isPrep(w) || isRelative(w)) break;
      }
    }
  }
  return best;
}

/** An actor word that only modifies the noun after it ("Ent populations", "Russian citizens"), not a group that acts. */
function modifiesNoun(s: Sent, x: Tok): boolean {
  const g = groupOf(s, x.m);
  const nx = s.toks[g.to + 1];
  return !!nx && nx.m < 0 && !s.toks[g.to].post && !s.toks[g.to].tags.has('Possessive') && nx.tags.has('Noun') && !nx.tags.has('Pronoun') && !isActingBody(nx);
}

/** A word's lexicon entries by lemma, surface form, or the form without a verb ending ("driving" tagged as a noun). */
export function lookup(h: Headed, t: Tok): Map<string, Cue> | undefined {
  const hit = h.get(t.lemma) ?? h.get(t.norm);
  if (hit || !/(ing|ed)$/.test(t.norm) || t.lemma !== t.norm) return hit;
  const stem = t.norm.replace(/(ing|ed)$/, '');
  return h.get(stem) ?? h.get(stem + 'e') ?? (/(.)\1$/.test(stem) ? h.get(stem.slice(0, -1)) : undefined);
}
export const slice = (s: Sent, a: number, b: number) => s.toks.slice(Math.max(0, a), Math.max(0, b));

/** Words before a subject that governs it as an object ("called for X to", "urged X to"). */
export function controller(s: Sent, g: Group): Tok[] | undefined {
  let k = g.to + 1;
  while (k < s.toks.length && s.toks[k].m < 0 && !isTo(s.toks[k]) && !s.toks[k - 1].post && k - g.to < 3 && !isVerb(s.toks[k])) k++;
  if (!isTo(s.toks[k])) return undefined;
  const b = before(s, g.from);
  return b ? slice(s, b.i - 2, b.i + 1) : undefined;
}

export const COOPERATIVE = new Set(['cooperates', 'allies', 'agrees', 'meets', 'supports']);

/** "cooperate with X against Z", "collaboration between X and Y against Z": the partners oppose Z. */
export function againstAdjunct(s: Sent, after: number, partners: Group[], found: Found, out: Found[]): void {
  if (!COOPERATIVE.has(found.cue.type) || found.cue.negated) return;
  let k = after + 1;
  while (s.toks[k] && s.toks[k].m < 0 && (s.toks[k].tags.has('Adverb') || s.toks[k].norm === 'in' || s.toks[k].tags.has('Noun') && !s.toks[k].post) && k - after <= 3) k++;
  if (!word(s.toks[k], 'against') || !attached(s.toks[k - 1])) return;
  const z = findObject(s, k, { limit: 4 });
  if (!z) return;
  const ms = [...new Set(partners.flatMap((g) => g.ms))].filter((m) => !z.ms.includes(m));
  if (ms.length) out.push({ ...found, src: { ms, from: found.src.from, to: found.src.to }, tgt: z, cue: { type: 'opposes', negated: false }, mutual: false });
}
