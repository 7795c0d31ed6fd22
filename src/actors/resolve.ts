import type { ActorEntry, Mention, Sentence } from '../types.ts';
import type { DateUse, Matcher } from './matcher.ts';
import { sentenceActors, type Found } from './sentence.ts';
import { corefMentions, isSpeaker, type Quote, type Seen } from './coref.ts';
import { holderOf, titlesOf } from './roles.ts';
import { inferDate } from './roles.ts';
import { fold, tokenize, type Token } from './normalize.ts';

export interface ResolvedMentions {
  /** Mentions per sentence, in text order; offsets in the document. */
  mentions: Mention[][];
  /** Entries for the actors the dictionary did not know (resolvedBy 'new'), for labelling graph nodes. */
  actors: ActorEntry[];
  /** The date used for roles and dated codes: the document's, or one inferred from the office holders it names. */
  date?: string;
}

const PLURAL_HINT = /s$|^(the )?(french|british|chinese|swiss|dutch|irish)$/i;

/** Finds and resolves the actors of a document's sentences: dictionary, new names, surnames, then references. */
export function resolveMentions(m: Matcher, sentences: Sentence[], opts: { date?: string } = {}): ResolvedMentions {
  const toks = sentences.map((s) => tokenize(s.text, s.start));
  let date = opts.date;
  const dated = sentences.map((): DateUse => ({ used: false }));
  let found = sentences.map((s, i) => sentenceActors(m, s.text, s.start, toks[i], date, dated[i]));
  if (!date && m.dictionary.format === 'json') {
    const persons = found.flat().filter((f) => f.kind === 'person' && f.resolvedBy === 'dictionary').map((f) => f.ids[0]);
    date = inferDate(m.dictionary, persons);
    // a date inferred from the office holders named: only the sentences where a date can change the actors are read again
    if (date) found = sentences.map((s, i) => (dated[i].used ? sentenceActors(m, s.text, s.start, toks[i], date) : found[i]));
  }
  const surnames = new Map<string, string>();
  const seen: Seen[] = [];
  const actors = new Map<string, ActorEntry>();
  let lastRebels: string | null = null;
  // the quotation still open at the start of the sentence, for "“...,” he says"
  let quote: Quote | undefined;
  const mentions = sentences.map((s, si) => {
    const tokens = toks[si];
    const out: Mention[] = [];
    const covered = new Array<boolean>(tokens.length).fill(false);
    const firstHere = seen.length;
    const mention = (id: string, start: number, end: number, resolvedBy: Mention['resolvedBy']) =>
      out.push({ actorId: id, start, end, text: s.text.slice(start - s.start, end - s.start), resolvedBy });
    for (const f of found[si]) {
      for (let k = f.from; k < f.to; k++) covered[k] = true;
      let ids = f.ids, by: Mention['resolvedBy'] = f.resolvedBy;
      // a surname (or "Mr Smith") after a full name in the document is that person
      const key = fold(s.text.slice(f.start - s.start, f.end - s.start));
      const known = (f.surname || (f.resolvedBy === 'new' && f.to - f.from === 1)) ? surnames.get(key) : undefined;
      if (known) { ids = [known]; by = f.resolvedBy === 'new' ? 'coreference' : f.resolvedBy; }
      if (f.kind === 'person' && !f.surname && !known && !f.agent) registerSurnames(surnames, s.text.slice(f.start - s.start, f.end - s.start), ids[0], m);
      if (f.resolvedBy === 'new' && !known) noteNewActor(actors, f, s, tokens, found[si], m);
      // a code with an agent's code added ("GONGOV") is an actor of its own, part of the coded actor
      if (m.dictionary.format === 'codes') for (const id of ids) if (!m.entries.has(id) && !actors.has(id)) {
        const base = f.ids.length === 1 ? m.entries.get(f.baseId) : undefined;
        const label = base && f.agent ? `${base.label} (${f.agent.text.toLowerCase()})` : s.text.slice(f.start - s.start, f.end - s.start);
        actors.set(id, { id, label, kind: base?.kind === 'country' ? 'organization' : base?.kind ?? 'organization', aliases: [], affiliation: base && base.id !== id ? base.id : null });
      }
      if (f.agent?.counterpart) ids = counterpart(m, seen, si, f, date) ?? ids;
      // "the rebels" after "Ivory Coast rebels" are those rebels, not the dictionary's default
      if (f.newName && f.agent?.rebels) lastRebels = f.newName.id;
      else if (lastRebels && f.resolvedBy === 'dictionary' && f.kind === 'group' && /^\p{Ll}/u.test(s.text.slice(f.start - s.start, f.end - s.start))) { ids = [lastRebels]; by = 'coreference'; }
      for (const id of ids) mention(id, f.start, f.end, by);
      const speaker = isSpeaker(s.text, f.start - s.start, f.end - s.start);
      for (const id of ids) seen.push({ id, kind: known ? 'person' : kindOf(m, id, f), sentence: si, start: f.start, govern: f.agent?.govern ? fold(f.agent.text) : undefined, plural: f.kind === 'group' || PLURAL_HINT.test(s.text.slice(f.start - s.start, f.end - s.start)), label: m.entries.get(id)?.label ?? actors.get(id)?.label ?? id, speaker });
    }
    // surnames of persons first named earlier, standing alone outside any mention
    for (let k = 0; k < tokens.length; k++) {
      const id = !covered[k] && /^\p{Lu}/u.test(tokens[k].text) ? surnames.get(tokens[k].key) : undefined;
      if (id) { covered[k] = true; mention(id, tokens[k].start, tokens[k].end, 'coreference'); seen.push({ id, kind: 'person', sentence: si, start: tokens[k].start, plural: false, label: m.entries.get(id)?.label ?? actors.get(id)?.label ?? id, speaker: isSpeaker(s.text, tokens[k].start - s.start, tokens[k].end - s.start) }); }
    }
    sortFrom(seen, firstHere);
    // the quotation a trailing "he says" closes: one carried over from earlier sentences, else the first opened here
    const opened = quote ? -1 : s.text.search(/[“"]/);
    const current = quote ?? (opened >= 0 ? { sentence: si, start: s.start + opened } : undefined);
    const refs = m.dictionary.format === 'json' ? corefMentions(m, s.text, s.start, tokens, (k) => covered[k], seen, si, date, current) : [];
    quote = trackQuote(quote, s, si);
    for (const r of refs) mention(r.id, r.start, r.end, 'coreference');
    for (const r of refs) seen.push({ id: r.id, kind: kindOf(m, r.id), sentence: si, start: r.start, plural: false, label: m.entries.get(r.id)?.label ?? actors.get(r.id)?.label ?? r.id, speaker: isSpeaker(s.text, r.start - s.start, r.end - s.start) });
    sortFrom(seen, firstHere);
    return out.sort((a, b) => a.start - b.start || b.end - a.end);
  });
  return { mentions, actors: [...actors.values()], date };
}

/**
 * Sorts the entries of `seen` from `from` on by position, as sorting it whole would: those before
 * belong to earlier sentences and are already in order, so a long document does not sort them again.
 */
function sortFrom(seen: Seen[], from: number): void {
  const tail = seen.slice(from).sort((a, b) => a.sentence - b.sentence || a.start - b.start);
  for (let k = 0; k < tail.length; k++) seen[from + k] = tail[k];
}

/** Finds the actors named in each sentence (see resolveMentions); offsets are in the document text. */
export function findMentions(matcher: Matcher, sentences: Sentence[], date?: string): Mention[][] {
  return resolveMentions(matcher, sentences, { date }).mentions;
}

/** The quotation open after a sentence: curly marks open and close; straight double quotes toggle. */
function trackQuote(open: Quote | undefined, s: Sentence, si: number): Quote | undefined {
  let q = open;
  for (const mt of s.text.matchAll(/[“”"]/g)) {
    const isOpen = mt[0] === '“' || (mt[0] === '"' && !q);
    q = isOpen ? { sentence: si, start: s.start + mt.index! } : undefined;
  }
  return q;
}

/** "Kerry met his Russian counterpart": the holder, in that state, of the office the last person named holds. */
function counterpart(m: Matcher, seen: Seen[], sentence: number, f: Found, date?: string): string[] | null {
  const p = seen.filter((x) => x.kind === 'person' && x.sentence >= sentence - 1).pop();
  if (!p) return null;
  const now = titlesOf(m.dictionary, p.id, date);
  for (const t of now.length ? now : titlesOf(m.dictionary, p.id).reverse()) {
    const h = holderOf(m.roles, f.baseId, t, date);
    if (h) return [h];
  }
  return null;
}

function kindOf(m: Matcher, id: string, f?: Found): string {
  return m.entries.get(id)?.kind ?? f?.kind ?? 'organization';
}

function registerSurnames(map: Map<string, string>, surface: string, id: string, m: Matcher): void {
  const words = [surface, m.entries.get(id)?.label ?? ''].map((w) => w.split(/[\s-]+/).filter(Boolean).pop()).filter((w): w is string => Boolean(w));
  for (const w of words) if (/^\p{Lu}/u.test(w) && w.length > 2) map.set(fold(w), id);
}

/** Records a new actor's entry: label, guessed kind, aliases, and affiliation from a title before it or an apposition after it. */
function noteNewActor(actors: Map<string, ActorEntry>, f: Found, s: Sentence, tokens: Token[], here: Found[], m: Matcher): void {
  const text = s.text.slice(f.start - s.start, f.end - s.start);
  const prev = actors.get(f.ids[0]);
  if (prev) { if (!prev.aliases.includes(text)) prev.aliases.push(text); prev.affiliation ??= affiliationOf(f, s, tokens, here, m); return; }
  const kind = (f.newName?.kind ?? 'organization') as ActorEntry['kind'];
  actors.set(f.ids[0], { id: f.ids[0], label: f.newName?.label ?? text, kind, aliases: [text], affiliation: affiliationOf(f, s, tokens, here, m) });
}

/** "State Department spokeswoman X" -> the State Department's actor; "X, director of ... at Georgetown University" -> the university. */
function affiliationOf(f: Found, s: Sentence, tokens: Token[], here: Found[], m: Matcher): string | null {
  if (f.kind !== 'person') return f.newName?.owner ?? null;
  const person = (id: string) => (m.entries.get(id)?.kind === 'person' ? m.entries.get(id)?.affiliation ?? null : id);
  if (f.premodifier) return person(f.premodifier);
  if (s.text.slice(f.end - s.start).trimStart()[0] !== ',') return null;
  // the apposition runs to the next comma-free stretch's end or the sentence's end
  const rest = s.text.slice(f.end - s.start + 1);
  const stop = rest.search(/,\s+(?:said|says|told|who|which|argued|added|wrote)\b|[;:]|$/);
  const limit = f.end + 1 + stop;
  const inside = here.filter((x) => x.start > f.end && x.end <= limit && x.kind !== 'person');
  if (!inside.length) return null;
  const atTok = tokens.find((t) => t.start > f.end && t.end <= limit && (t.key === 'at' || t.key === 'with' || t.key === 'from'));
  const after = atTok ? inside.find((x) => x.start > atTok.start) : undefined;
  return person((after ?? inside[0]).ids[0]);
}
