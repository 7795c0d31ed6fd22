// Within-document reference: pronouns ("he", "she", "they"), possessives with a government noun ("his
// regime"), and definite descriptions ("the group", "the president", "the regime") resolved to an earlier
// actor of the same or the previous sentence when exactly one fits, and left alone when it is not clear.
import { nlp } from '../nlp/nlp.ts';
import type { Matcher } from './matcher.ts';
import { matchAgent } from './matcher.ts';
import { holderOf, titlesOf } from './roles.ts';
import { fold, type Token } from './normalize.ts';

/** An actor already seen in the document, as coreference needs it. */
export interface Seen {
  id: string;
  kind: string;
  sentence: number;
  start: number;
  /** The government noun it was named with ("regime" in "the Syrian regime"). */
  govern?: string;
  /** Whether it was named as a plural ("the rebels", "the Russians", a group). */
  plural: boolean;
  label: string;
  /** Whether the actor is the subject of a speech verb there ("Stent says", "says Stent"). */
  speaker?: boolean;
}

export interface CorefMention {
  id: string;
  start: number;
  end: number;
}

const lexicon = (nlp as unknown as { model: () => { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;

/** 'm' or 'f' from a person's first name when the lexicon knows it. */
export function genderOf(label: string, known?: 'm' | 'f'): 'm' | 'f' | null {
  if (known) return known;
  const t = lexicon[fold(label.split(/\s+/)[0] ?? '')];
  const tags = t === undefined ? [] : Array.isArray(t) ? t : [t];
  return tags.includes('MaleName') ? 'm' : tags.includes('FemaleName') ? 'f' : null;
}

const SPEECH = 'says|said|say|told|tells|added|adds|argued|argues|insisted|insists|explained|explains|noted|notes|warned|warns|continued|wrote|writes|stressed|claimed|claims|declared|stated|replied|believes|thinks';
const SPEECH_AFTER = new RegExp(`^\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${SPEECH})\\b|^\\s*,[^,“”"]{0,160},\\s+(?:${SPEECH})\\b`, 'u');
const SPEECH_BEFORE = new RegExp(`\\b(?:${SPEECH})\\s+$`);

/** Whether a mention is the subject of a speech verb: "Stent says", "says Stent", "Pushkov, head of the committee, says". */
export function isSpeaker(text: string, start: number, end: number): boolean {
  return SPEECH_AFTER.test(text.slice(end)) || SPEECH_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}

const CLAUSE = /[,;:]|\b(?:that|said|says|who|which|because|when|after|before|if|while|and|but)\b/;

const GROUP_NOUNS = new Set(['group', 'militants', 'militant', 'jihadists', 'extremists', 'insurgents', 'organization', 'organisation', 'movement', 'militia', 'terrorists']);
const PERSON_PRONOUNS: Record<string, 'm' | 'f'> = { he: 'm', him: 'm', she: 'f' };
const POSSESSIVES: Record<string, 'm' | 'f'> = { his: 'm', her: 'f' };

function only<T>(xs: T[], key: (x: T) => string): T | null {
  const ids = new Set(xs.map(key));
  return ids.size === 1 ? xs[0] : null;
}

/** Candidates in the same sentence before `at`, else in the previous sentence, most recent first. */
function near(seen: Seen[], sentence: number, at: number, ok: (s: Seen) => boolean): Seen[] {
  const here = seen.filter((s) => s.sentence === sentence && s.start < at && ok(s)).reverse();
  if (here.length) return here;
  return seen.filter((s) => s.sentence === sentence - 1 && ok(s)).reverse();
}

/** Reference mentions of one sentence; `taken` marks tokens already inside an actor mention. */
export function corefMentions(m: Matcher, text: string, offset: number, tokens: Token[], taken: (i: number) => boolean, seen: Seen[], sentence: number, date?: string, quote?: Quote): CorefMention[] {
  const out: CorefMention[] = [];
  const entryAff = (id: string) => m.entries.get(id)?.affiliation ?? null;
  for (let i = 0; i < tokens.length; i++) {
    if (taken(i)) continue;
    const t = tokens[i], at = t.start;
    const gender = PERSON_PRONOUNS[t.key];
    if (gender && SPEECH_AFTER.test(text.slice(t.end - offset)) && /[”"]/.test(text.slice(0, t.start - offset))) {
      // "“...,” he says": the speaker of the quotation is the last person quoted before
      const fits = (x: Seen) => x.kind === 'person' && (genderOf(x.label, m.entries.get(x.id)?.gender) ?? 'm') === gender;
      const q = quoteSpeaker(seen, quote, fits) ?? seen.filter((x) => x.speaker && x.sentence >= sentence - 8 && fits(x)).pop();
      if (q) { out.push({ id: q.id, start: t.start, end: t.end }); continue; }
    }
    if (gender) {
      // most persons in the news with a first name the lexicon does not know are men; "she" needs a known woman's name
      // "him" is not the subject of its own clause ("Zelensky thanked him"): an antecedent in its sentence needs a clause boundary between
      const boundary = (x: Seen) => t.key !== 'him' || x.sentence !== sentence || CLAUSE.test(text.slice(x.start - offset, t.start - offset));
      const cands = near(seen, sentence, at, (s) => s.kind === 'person' && (genderOf(s.label, m.entries.get(s.id)?.gender) ?? 'm') === gender && boundary(s));
      const one = only(cands, (s) => s.id) ?? (cands.length && sentence > 0 && cands.every((c) => c.sentence === sentence - 1) ? subject(seen, sentence - 1, cands) : null);
      if (one) out.push({ id: one.id, start: t.start, end: t.end });
      continue;
    }
    if (t.key === 'they' || t.key === 'them') {
      // a state is "they" as often as "it" in the news: any one actor that is not a person
      const one = only(near(seen, sentence, at, (s) => s.kind !== 'person'), (s) => s.id);
      if (one) out.push({ id: one.id, start: t.start, end: t.end });
      continue;
    }
    const agent = POSSESSIVES[t.key] || t.key === 'the' ? matchAgent(m, text, offset, tokens, i + 1) : null;
    if (POSSESSIVES[t.key] && agent?.agents[0].govern) {
      // "his regime", "her government": the state the person leads
      // several men before it in its own sentence: the sentence's subject ("While Obama demanded Assad's ouster, his administration ...")
      const cands = near(seen, sentence, at, (s) => s.kind === 'person' && (genderOf(s.label, m.entries.get(s.id)?.gender) ?? 'm') === POSSESSIVES[t.key]);
      const p = only(cands, (s) => s.id) ?? (cands.length && cands[0].sentence === sentence ? subject(seen, sentence, cands) : null);
      const aff = p && entryAff(p.id);
      if (aff) { out.push({ id: aff, start: t.start, end: tokens[agent.to - 1].end }); i = agent.to - 1; }
      continue;
    }
    if (t.key !== 'the' || taken(i + 1)) continue;
    const next = tokens[i + 1];
    if (next && GROUP_NOUNS.has(next.key) && !taken(i + 2) && tokens[i + 2]?.key !== 'of') {
      const g = seen.filter((s) => s.sentence >= sentence - 2 && (s.kind === 'group' || (s.kind === 'organization' && /^organi/.test(next.key)))).pop();
      if (g) out.push({ id: g.id, start: next.start, end: next.end });
      continue;
    }
    if (!agent || tokens[agent.to]?.key === 'of' || taken(agent.to)) continue;
    const a = agent.agents[0];
    const end = tokens[agent.to - 1].end;
    if (a.role) {
      // "the president": the last person named in the document who holds that title
      // else the holder of that office in the last state named, when the date tells who it was
      const p = seen.filter((s) => s.kind === 'person' && titlesOf(m.dictionary, s.id, date).includes(fold(a.role!))).pop();
      const state = p ? null : seen.filter((s) => s.kind === 'country').pop();
      const holder = p?.id ?? (state ? holderOf(m.roles, state.id, a.role!, date) : null);
      if (holder) { out.push({ id: holder, start: next.start, end }); i = agent.to - 1; }
    } else if (!a.govern && /^\p{Lu}/u.test(next.text) && !a.rebels && !a.counterpart) {
      // "the Defence Ministry said": a state organ named as a proper noun is the state last named
      const st = seen.filter((x) => x.kind === 'country' && x.sentence >= sentence - 2).pop();
      if (st) { out.push({ id: st.id, start: next.start, end }); i = agent.to - 1; }
    } else if (a.govern) {
      // "the regime": the last state named with such a noun
      const g = seen.filter((s) => s.govern === fold(a.text)).pop() ?? seen.filter((s) => s.govern).pop();
      if (g) { out.push({ id: g.id, start: next.start, end }); i = agent.to - 1; }
    }
  }
  return out;
}

/** Where the quotation being read opened: its sentence and its offset in the document. */
export interface Quote {
  sentence: number;
  start: number;
}

/**
 * The person who introduced a quotation: the first person named before its opening mark in its own sentence,
 * else the first person (the subject) of the sentence before it ("Techau likens Assad to ... “The Russians ...,” he says").
 */
function quoteSpeaker(seen: Seen[], quote: Quote | undefined, fits: (x: Seen) => boolean): Seen | null {
  if (!quote) return null;
  const here = seen.find((x) => x.sentence === quote.sentence && x.start < quote.start);
  if (here) return fits(here) ? here : null;
  const before = seen.find((x) => x.sentence === quote.sentence - 1);
  return before && fits(before) ? before : null;
}

/** The subject of a sentence among candidates: the first actor named in it, if it is one of them. */
function subject(seen: Seen[], sentence: number, cands: Seen[]): Seen | null {
  const first = seen.find((s) => s.sentence === sentence);
  return first && cands.some((c) => c.id === first.id) ? first : null;
}
