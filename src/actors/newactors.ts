// Actors the dictionary does not know: proper names of persons ("Angela Stent", "Mr Smith") and of
// organisations ("the Foo Party", "Georgetown University"), with a kind guessed from the words around them.
// Places that do not act (Aleppo, Tartus, the Sinai) are left alone: a name needs a cue to become an actor.
import { nlp } from '../nlp/nlp.ts';
import type { DictionaryHit } from './matcher.ts';
import { joined } from './matcher.ts';
import { slug, type Token } from './normalize.ts';

export interface NewName {
  id: string;
  label: string;
  kind: 'person' | 'organization' | 'group';
  from: number;
  to: number;
  /** The actor an organisation belongs to, from a possessive before it. */
  owner?: string;
}

const lexicon = (nlp as unknown as { model: () => { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
const tagsOf = (w: string): string[] => { const t = lexicon[w]; return t === undefined ? [] : Array.isArray(t) ? t : [t]; };
const isFirstName = (w: string) => tagsOf(w).some((t) => /^(MaleName|FemaleName|FirstName)$/.test(t));
const isPlace = (w: string) => tagsOf(w).some((t) => /^(City|Country|Place|Region|Town|Month|WeekDay)$/.test(t));

/** Words that introduce a person's name: honorifics and titles. */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'sen', 'senator', 'rep', 'gen', 'general', 'col', 'colonel', 'sheikh', 'ayatollah', 'imam', 'president', 'minister', 'king', 'queen', 'prince', 'emir', 'chancellor', 'premier', 'pope']);
/** Title words that may stand between an actor and a person's name ("State Department spokeswoman X"). */
export const TITLE_WORDS = new Set([...HONORIFICS, 'chairman', 'chairwoman', 'founder', 'president', 'professor', 'spokesman', 'spokeswoman', 'spokesperson', 'envoy', 'ambassador', 'analyst', 'official', 'leader', 'dictator', 'commander', 'journalist', 'expert', 'secretary', 'foreign', 'defence', 'defense', 'prime', 'deputy', 'vice', 'adviser', 'advisor', 'director', 'head', 'chief', 'lawmaker', 'mp', 'mep', 'diplomat', 'ministry', 'of', 'state', 'the', 'for', 'affairs', 'national', 'security', 'un', 'special', 'correspondent', 'reporter', 'editor', 'columnist', 'scholar', 'fellow', 'researcher', 'strongman', 'cleric', 'politician', 'activist', 'general']);
const ORG_HEADS = new Set(['party', 'university', 'institute', 'institution', 'center', 'centre', 'council', 'group', 'foundation', 'committee', 'bank', 'times', 'post', 'journal', 'news', 'network', 'commission', 'court', 'union', 'association', 'organization', 'organisation', 'corporation', 'company', 'fund', 'observatory', 'church', 'alliance', 'club', 'agency', 'tribunal', 'review', 'monitor', 'herald', 'telegraph', 'guardian', 'tribune', 'gazette', 'radio', 'television', 'broadcasting', 'studies', 'program', 'programme', 'initiative', 'endowment', 'forum', 'watch', 'office', 'service', 'bureau', 'authority', 'assembly', 'parliament', 'senate', 'congress', 'caucus', 'campaign', 'society', 'academy', 'school', 'college', 'inc', 'ltd', 'reuters', 'federation']);
const GROUP_HEADS = new Set(['front', 'brigade', 'brigades', 'movement', 'militia', 'battalion', 'legion', 'mujahideen', 'caliphate', 'jihad']);
const PARTICLES = new Set(['de', 'al', 'el', 'bin', 'ibn', 'van', 'von', 'der', 'den', 'ter', 'la', 'le', 'du', 'da', 'di', 'dos', 'das', 'del']);
const CONNECT = new Set([...PARTICLES, 'of', 'for', 'on', 'and']);
const NOT_NAMES = new Set(['i', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'we', 'they', 'you', 'his', 'her', 'its', 'our', 'their', 'but', 'and', 'or', 'if', 'so', 'yet', 'in', 'on', 'at', 'as', 'by', 'for', 'with', 'from', 'to', 'of', 'after', 'before', 'since', 'when', 'while', 'what', 'who', 'why', 'how', 'there', 'here', 'then', 'now', 'no', 'not', 'yes', 'all', 'some', 'many', 'most', 'both', 'each', 'every', 'any', 'one', 'two', 'god', 'tv', 'ok', 'pm', 'am', 'ceo', 'gdp', 'op', 'ed', 'eu', 'nb', 'ps', 'lol', 'imo', 'vs', 'muslim', 'muslims', 'christian', 'christians', 'islam', 'islamic', 'islamist', 'islamists', 'jihadist', 'jihadists', 'sunni', 'sunnis', 'shia', 'shiite', 'shiites', 'kurd', 'kurds', 'kurdish', 'arab', 'arabs', 'western', 'eastern', 'northern', 'southern', 'european', 'europeans', 'soviet', 'cold', 'war', 'world', 'middle', 'east', 'west', 'north', 'south', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'mr', 'mrs', 'ms', 'dr']);

const STATE_ORGANS = new Set(['office', 'service', 'agency', 'bureau', 'ministry', 'department', 'authority', 'council', 'commission', 'court', 'parliament', 'assembly', 'senate', 'congress', 'committee', 'command', 'guard', 'guards', 'police', 'army', 'navy', 'embassy', 'mission', 'cabinet', 'government', 'presidency', 'directorate', 'corps']);
const DIRECTIONS = new Set(['western', 'eastern', 'northern', 'southern', 'middle', 'east', 'west', 'north', 'south', 'european', 'islamic', 'arab', 'kurdish', 'world']);
const cap = (t: Token) => /^\p{Lu}/u.test(t.text);

/**
 * Unknown proper names in a sentence, outside the dictionary's hits. A person needs a known first name or an
 * honorific ("Mr Smith"); an organisation needs an organisation word at its head ("Party", "University").
 * A single capitalised word without such a cue (a place, a sentence's first word) is not an actor.
 */
export function findNewNames(text: string, offset: number, tokens: Token[], hits: DictionaryHit[], isState: (id: string) => boolean = () => false, isPerson: (id: string) => boolean = () => false): NewName[] {
  const hitAt = new Map<number, DictionaryHit>();
  for (const h of hits) for (let k = h.from; k < h.to; k++) hitAt.set(k, h);
  const out: NewName[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!cap(t) || (NOT_NAMES.has(t.key) && !DIRECTIONS.has(t.key))) continue;
    const prev = tokens[i - 1];
    const honorific = prev && HONORIFICS.has(prev.key) && !hitAt.has(i - 1);
    // an organisation's name may hold connectors and dictionary words ("Center for Strategic and International Studies", "the Washington Post")
    const j = extend(text, offset, tokens, i, CONNECT, () => false);
    const run = tokens.slice(i, j);
    // the head is the last word, the word before "of/for/on" ("Institute of International Affairs"), or the first ("Council on ...")
    const beforeOf = run.findIndex((r) => r.key === 'of' || r.key === 'for' || r.key === 'on') - 1;
    const headAt = [run.length - 1, beforeOf, 0].find((k) => k >= 0 && (ORG_HEADS.has(run[k].key) || GROUP_HEADS.has(run[k].key))) ?? -1;
    // "the Russian Defence Ministry", "the US State Department Press Office": organs of a state are the state
    const organ = STATE_ORGANS.has(run[headAt]?.key ?? '') && hitAt.has(i) && isState(hitAt.get(i)!.actorId);
    if (organ) { i = j - 1; continue; }
    if (run.length >= 2 && headAt >= 0 && !hitAt.has(i + headAt) && !hitAt.has(j - 1)) {
      out.push(mk(text, offset, run, i, j, GROUP_HEADS.has(run[headAt].key) ? 'group' : 'organization'));
      i = j - 1;
      continue;
    }
    // a title opens no name ("Senator John McCain" is John McCain)
    if (hitAt.has(i) || NOT_NAMES.has(t.key) || TITLE_WORDS.has(t.key) || STATE_ORGANS.has(t.key)) continue;
    // a person's name: capitalised words and particles, never across a dictionary hit
    // "Elizabeth Trudeau" is not Justin Trudeau: a known first name before a surname-only hit makes another person
    const surnameHit = (x: number) => { const h = hitAt.get(x); return Boolean(h?.surname) && isFirstName(t.key) && x === i + 1; };
    const k = extend(text, offset, tokens, i, PARTICLES, (x) => hitAt.has(x) && !surnameHit(x));
    const name = tokens.slice(i, k);
    let found: NewName | null = null;
    // "Volodymyr Zelenskiy": a first name before a known person's surname or other spelling belongs to that person
    const after = hitAt.get(k);
    // (a known first name before a bare surname is someone else: "Jane Merkel")
    if (after && k === i + 1 && after.from === k && isPerson(after.actorId) && (after.surname ? !isFirstName(t.key) && unknownWord(t.key) : isFirstName(t.key) || unknownWord(t.key)) && !isPlace(t.key) && joinedRun(text, offset, tokens, k)) {
      Object.assign(after, { from: i, start: t.start, text: text.slice(t.start - offset, after.end - offset) });
      i = k - 1;
      continue;
    }
    const cued = honorific || personCue(text, offset, tokens, i, k);
    const plainName = !name.some((r) => ORG_HEADS.has(r.key) || STATE_ORGANS.has(r.key) || (TITLE_WORDS.has(r.key) && !CONNECT.has(r.key)));
    if (plainName && name.length >= 2 && name.length <= 4 && (isFirstName(name[0].key) || cued) && !name.some((r, x) => (x > 0 || !cued) && isPlace(r.key) && !isFirstName(r.key))) {
      found = mk(text, offset, name, i, k, 'person');
    } else if (name.length === 1 && (honorific || (i > 0 && unknownWord(t.key) && SPEECH.test(text.slice(t.end - offset)))) && !isPlace(t.key)) {
      found = mk(text, offset, name, i, k, 'person');
    }
    // "Volodymyr Zelenskiy", "President Vladirmir Putin": a first name (or a misspelt one) before a known person is part of that person's name
    const nextHit = hitAt.get(k);
    if (found && found.kind === 'person' && nextHit && nextHit.from === k && joinedRun(text, offset, tokens, k)) {
      if (isPerson(nextHit.actorId)) Object.assign(nextHit, { from: i, start: t.start, text: text.slice(t.start - offset, nextHit.end - offset) });
      found = null;
    }
    if (found) { out.push(found); i = k - 1; }
  }
  return out;
}

const SPEECH = /^\s+(?:said|says|told|argued|added|wrote|warned|noted|explained|insisted|believes|thinks|claimed|stated|replied|asked|suggested)\b/;
const PLURAL_TITLES = new Set(['analysts', 'experts', 'officials', 'diplomats', 'scholars', 'leaders', 'critics', 'observers', 'commentators', 'politicians', 'lawmakers', 'figures']);

/** Words around a name that say it is a person's: "X, director of ...", "X said", "analysts including X". */
function personCue(text: string, offset: number, tokens: Token[], i: number, j: number): boolean {
  const after = text.slice(tokens[j - 1].end - offset);
  if (SPEECH.test(after)) return true;
  // an apposition's title is a common noun in lower case (", director of ...", ", a senior analyst"), unlike a name after a comma
  const appo = /^\s*,\s*(?:a |an |the )?(?:[\p{Ll}-]+ ){0,2}?([\p{Ll}]+)/u.exec(after);
  if (appo && TITLE_WORDS.has(appo[1]) && !['of', 'the', 'for', 'state', 'national', 'security', 'foreign', 'un'].includes(appo[1])) return true;
  const p1 = tokens[i - 1]?.key, p2 = tokens[i - 2]?.key;
  return (p1 === 'including' || p1 === 'like') && PLURAL_TITLES.has(p2 ?? '');
}

/** A word the lexicon does not know as anything but a name. */
const unknownWord = (w: string) => tagsOf(w).every((t) => /Name$/.test(t));

const joinedRun = (text: string, offset: number, tokens: Token[], j: number) => joined(text, offset, tokens[j - 1], tokens[j]) && !/['’]/.test(text.slice(tokens[j - 1].end - offset, tokens[j].start - offset));

/** End of a run of capitalised words from token i, joined by the given lower-case words, stopping before `stop` tokens. */
function extend(text: string, offset: number, tokens: Token[], i: number, join: Set<string>, stop: (k: number) => boolean): number {
  let j = i + 1;
  while (j < tokens.length && !stop(j) && joinedRun(text, offset, tokens, j)) {
    const t = tokens[j];
    if (cap(t) && (!NOT_NAMES.has(t.key) || (join === CONNECT && DIRECTIONS.has(t.key)))) { j++; continue; }
    if (join.has(t.key) && j + 1 < tokens.length && cap(tokens[j + 1]) && joinedRun(text, offset, tokens, j + 1)) { j++; continue; }
    break;
  }
  while (j > i + 1 && join.has(tokens[j - 1].key)) j--;
  return j;
}

function mk(text: string, offset: number, run: Token[], from: number, to: number, kind: NewName['kind']): NewName {
  const label = text.slice(run[0].start - offset, run[run.length - 1].end - offset);
  return { id: slug(label), label, kind, from, to };
}
