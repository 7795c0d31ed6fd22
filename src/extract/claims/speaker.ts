import type { Mention } from '../../types.ts';
import type { Dictionary } from '../../actors/dictionary.ts';
import { breaksAfter, breaksBefore, has, type Tok } from './tokens.ts';

/** Who a cue's speaker phrase names: an actor mention, a pronoun to resolve later, or only words (an unnamed source). */
export interface SpeakerRef {
  mention: Mention | null;
  /** A pronoun that needs resolving against earlier sentences ("he says"). */
  pronoun: { start: number; end: number; text: string } | null;
  /** Further actors of a coordinated subject ("Russia and Iran say"): each gets the claim too. */
  also?: Mention[];
  /** Another stage's reading of that pronoun, used when the quotation-aware one finds nothing. */
  fallback?: Mention;
  /** The speaker phrase's words, also when they name no actor ("a senior official"). */
  source: { start: number; end: number; text: string } | null;
}

export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
const ONE = new Set(['a', 'an', 'one']);
const PLACE_PP = new Set(['in', 'at', 'near', 'inside', 'outside']);
const OF_PP = new Set(['of', 'for', 'from', 'at', 'in']);
const TITLES = new Set(['president', 'prime', 'minister', 'foreign', 'secretary', 'mr', 'mrs', 'ms', 'dr', 'general', 'gen', 'senator', 'sen', 'rep', 'representative', 'governor', 'gov', 'chancellor', 'king', 'queen', 'prince', 'sheikh', 'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'envoy', 'special', 'defense', 'defence', 'deputy', 'state', 'chairman', 'director', 'leader', 'chief', 'commander', 'professor', 'prof', 'pope', 'judge', 'mayor', 'analyst', 'expert', 'researcher', 'official', 'commentator', 'lawmaker', 'diplomat', 'lawyer', 'activist', 'economist', 'historian', 'journalist', 'reporter', 'correspondent', 'colonel', 'col', 'lieutenant', 'lt', 'captain', 'capt', 'major', 'admiral', 'sergeant', 'sgt', 'vice', 'senior', 'former', 'acting']);
const NAME_PARTICLES = new Set(['de', 'da', 'del', 'della', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'abu', 'ter']);
const COORD = new Set(['and', 'both', 'the', ',', 'as', 'well']);
const NP_INNER = new Set(['of', 'for', 'at', 'from', 'and', 'including', 'in', 'on', 'with']);
const STOP_LEFT = new Set(['that', 'while', 'whereas', 'but', 'because', 'although', 'though', 'if', 'when', 'as', 'with', 'after', 'before', 'since', 'so', 'and', 'or', 'who', 'which', 'where']);
const SKIP_BEFORE_CUE = new Set(['has', 'have', 'had', 'also', 'been', 'is', 'are', 'was', 'were', 'will', 'would', 'may', 'might', 'could', 'should', 'can', 'repeatedly', 'again', 'already', 'recently', 'previously', 'earlier', 'often', 'later', 'long', 'publicly', 'privately', 'reportedly', 'once', 'then', 'still', 'even', 'has long', 'always', 'never', 'just', 'last', 'this', 'week', 'month', 'year', 'on', 'yesterday', 'today', 'tuesday', 'monday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

const nounish = (t: Tok) => has(t, 'Noun') || has(t, 'ProperNoun') || has(t, 'Determiner') || has(t, 'Adjective') || has(t, 'Possessive')
  || has(t, 'Value') || has(t, 'Acronym') || has(t, 'Pronoun') || /^\p{Lu}/u.test(t.text);

/** Index of the word before a cue once auxiliaries, adverbs and dates are stepped over ("has repeatedly said", "on Thursday said"). */
export function skipLeft(toks: Tok[], from: number): number {
  let j = from;
  while (j >= 0 && !breaksAfter(toks[j]) && !/[”"’]/.test(toks[j].post) && (SKIP_BEFORE_CUE.has(toks[j].lower) || (has(toks[j], 'Adverb') && !has(toks[j], 'Negative')) || has(toks[j], 'Date') || has(toks[j], 'Auxiliary'))) j--;
  return j;
}

/** Start index of the noun phrase ending at `end`, walking left until punctuation, a verb or a clause word. */
export function npStart(toks: Tok[], end: number): number {
  let i = end;
  while (i > 0) {
    const prev = toks[i - 1];
    if (breaksAfter(prev) || /[“”"‘]/.test(prev.post) || breaksBefore(toks[i]) || /[“"]/.test(toks[i].pre)) break;
    if (NP_INNER.has(prev.lower)) {
      // "head of the committee", "Russia and Iran": go on only when a noun stands before the inner word
      if (i - 2 >= 0 && nounish(toks[i - 2]) && !breaksAfter(toks[i - 2]) && !(has(toks[i - 2], 'Verb') && !has(toks[i - 2], 'Noun'))) { i -= 2; continue; }
      break;
    }
    if (STOP_LEFT.has(prev.lower) || (has(prev, 'Verb') && !has(prev, 'Noun') && !has(prev, 'Participle') && !/^\p{Lu}/u.test(prev.text)) || has(prev, 'Preposition') || !nounish(prev)) break;
    i--;
  }
  return i;
}

/** End index (exclusive) of the noun phrase starting at `start`, up to punctuation, a verb or the sentence end. */
export function npEnd(toks: Tok[], start: number): number {
  let i = start;
  while (i < toks.length) {
    const t = toks[i];
    if (i > start && (breaksBefore(t) || /[“"]/.test(t.pre))) break;
    if (i > start && has(t, 'Verb') && !has(t, 'Noun') && !NP_INNER.has(t.lower) && !/^\p{Lu}/u.test(t.text)) break;
    if (!nounish(t) && !NP_INNER.has(t.lower)) break;
    i++;
    if (breaksAfter(t) || /[”"]/.test(t.post)) break;
  }
  return i;
}

const slug = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** A capitalised name in the phrase that the dictionary does not know, as a new actor ("Jane Doe, a spokeswoman"). */
function newName(toks: Tok[], a: number, b: number): Mention | null {
  let best: [number, number] | null = null;
  for (let i = a; i < b; i++) {
    if (!has(toks[i], 'ProperNoun') && !has(toks[i], 'Person')) continue;
    if (!/^\p{Lu}/u.test(toks[i].text)) continue;
    let j = i;
    const nameWord = (t: Tok) => /^\p{Lu}/u.test(t.text) && (has(t, 'ProperNoun') || has(t, 'Person') || has(t, 'Noun'));
    // "Staffan de Mistura", "Abu Bakr al Baghdadi": lower-case particles inside a name
    while (j + 1 < b && !breaksAfter(toks[j]) && (nameWord(toks[j + 1]) || (NAME_PARTICLES.has(toks[j + 1].lower) && j + 2 < b && nameWord(toks[j + 2]) && !breaksAfter(toks[j + 1])))) j++;
    while (i < j && (TITLES.has(toks[i].lower) || has(toks[i], 'Honorific'))) i++;
    const person = toks.slice(i, j + 1).some((t) => has(t, 'Person'));
    // a person's name of two or more words, or one surname tagged as a person
    const single = j === i && (has(toks[i], 'Organization') || (has(toks[i], 'ProperNoun') && !has(toks[i], 'Place') && !has(toks[i], 'Demonym') && !/(?:ish|ian|ese|ch)$/.test(toks[i].lower)));
    if ((j > i || person || single) && (!best || person || j - i > best[1] - best[0])) best = [i, j];
    i = j;
  }
  if (!best) return null;
  const text = toks.slice(best[0], best[1] + 1).map((t) => t.text).join(' ').replace(/[’']s$/, '');
  const id = slug(text);
  return id ? { actorId: id, start: toks[best[0]].start, end: toks[best[1]].end, text, resolvedBy: 'new' } : null;
}

/**
 * The speaker named by the words [a, b) of a sentence: the person among its actor mentions if any, else
 * the head's actor (not one inside "of ..."), else a new capitalised name, else a pronoun to resolve.
 */
export function speakerOf(toks: Tok[], a: number, b: number, mentions: Mention[], dict: Dictionary): SpeakerRef | null {
  if (a >= b) return null;
  const from = toks[a].start, to = toks[b - 1].end;
  const source = { start: from, end: to, text: '' };
  const before = (m: Mention, words: Set<string>) => toks.some((t) => t.start >= from && t.end <= m.start && words.has(t.lower));
  // "one Syrian in Paris": an actor inside a place phrase does not speak
  // "one Syrian in Paris", "a French diplomat": an unnamed person of that nation, not the nation speaking
  const demonym = (m: Mention) => toks.some((t) => t.start >= m.start && t.end <= m.end && has(t, 'Demonym'))
    || (/^\p{Lu}\p{L}+(?:ish|ian|ese|an|ch|i)$/u.test(m.text.split(/\s+/)[0]) && dict.entries.get(m.actorId)?.label !== m.text);
  const demonymOfOne = (m: Mention) => before(m, ONE) && demonym(m);
  const inside = mentions.filter((m) => m.start < to && m.end > from && !before(m, PLACE_PP) && !demonymOfOne(m));
  const kindOf = (m: Mention) => dict.entries.get(m.actorId)?.kind;
  const text = (s: number, e: number) => toks.filter((t) => t.start >= s && t.end <= e).map((t) => t.text).join(' ');
  source.text = text(from, to);
  const pronoun = b - a === 1 && PRONOUNS.has(toks[a].lower) ? { start: from, end: to, text: toks[a].text } : null;
  // speaker pronouns are resolved in the document pass, which knows quotations and earlier speakers
  if (pronoun) return { mention: null, pronoun, source, fallback: inside.find((m) => m.resolvedBy === 'coreference') };
  if (inside.length > 1) {
    // "Russia and Iran say ...": every actor of a plain coordination speaks
    const rest = toks.slice(a, b).filter((t) => !inside.some((m) => t.start >= m.start && t.end <= m.end));
    if (rest.length && rest.every((t) => COORD.has(t.lower)) && rest.some((t) => t.lower === 'and')) {
      const ms = [...inside].sort((x, y) => x.start - y.start);
      return { mention: ms[0], pronoun: null, source, also: ms.slice(1) };
    }
  }
  if (inside.length) {
    // a name outside the dictionary counts as a person's when the tagger reads a person in it ("Jonas Ekberg")
    const personal = (m: Mention) => kindOf(m) === 'person' || (!kindOf(m) && toks.some((t) => t.start >= m.start && t.end <= m.end && has(t, 'Person')));
    const persons = inside.filter(personal);
    if (persons.length) {
      // the same person named and described ("Sergey Lavrov, Russia's foreign minister"): the name marks the speaker
      const last = persons[persons.length - 1];
      const named = persons.find((m) => m.actorId === last.actorId && toks.some((t) => t.start >= m.start && t.end <= m.end && has(t, 'Person')));
      return { mention: named ?? last, pronoun: null, source };
    }
    const heads = inside.filter((m) => !before(m, OF_PP));
    const fresh = newName(toks, a, b);
    if (fresh && (has(toks.find((t) => t.start === fresh.start), 'Person') || !heads.length)) {
      if (!inside.some((m) => m.start <= fresh.start && m.end >= fresh.end)) return { mention: fresh, pronoun: null, source };
    }
    return { mention: (heads.length ? heads : inside)[(heads.length ? heads : inside).length - 1], pronoun: null, source };
  }
  const fresh = newName(toks, a, b);
  // an unnamed source must read as a short noun phrase ("a senior official"), not a stretch of clause
  const plausible = b - a <= 8 && toks.slice(a, b).some((t) => has(t, 'Noun') || has(t, 'Pronoun'));
  return fresh || plausible ? { mention: fresh, pronoun: null, source } : null;
}
