// Actors of one sentence: dictionary phrases, with the agent nouns that qualify them ("the Syrian regime",
// "Russian air force", "the government of Gondor", "the Russian foreign minister"), titles folded into the
// name they introduce ("French President François Hollande" is Hollande), and unknown names (new actors).
import type { Agent } from './dictionary.ts';
import { matchActors, matchAgent, joined, type DateUse, type Matcher } from './matcher.ts';
import { holderOf } from './roles.ts';
import { findNewNames, TITLE_WORDS, type NewName } from './newactors.ts';
import { fold, slug, type Token } from './normalize.ts';

/** An actor phrase found in a sentence, before document-level resolution. */
export interface Found {
  ids: string[];
  start: number;
  end: number;
  /** Token range [from, to) in the sentence. */
  from: number;
  to: number;
  resolvedBy: 'dictionary' | 'new';
  /** The agent noun that qualified the actor, if any ("regime", "foreign minister"). */
  agent?: Agent;
  /** Kind of the actor: from the dictionary, or guessed for a new name. */
  kind: string;
  surname: boolean;
  /** For new names: label, guessed kind and the token range of their apposition. */
  newName?: NewName;
  /** The dictionary actor the phrase was built on (before an agent or role turned it into another). */
  baseId: string;
  /** Actor named just before the name as its title or employer ("State Department spokeswoman X"). */
  premodifier?: string;
}

// words that may stand between an actor and its agent noun ("Dagolath's first Deputy Prime Minister")
const BETWEEN = new Set(['first', 'deputy', 'new', 'senior', 'top', 'former', 'acting', 'chief', 'vice', 'own', 'main', 'elite', 'special', 'security', 'ruling', 'interim', 'current', 'then', 'late']);

/** A code with an agent's code added at its place, once ("USAGOV" with "GOV" stays "USAGOV"). */
function withCode(id: string, a: Agent): string {
  if (a.position === 'prefix') return id.startsWith(a.code) ? id : a.code + id;
  return id.endsWith(a.code) ? id : id + a.code;
}

const ARMED = new Set(['forces', 'armed forces', 'army', 'troops', 'military', 'soldiers', 'air force', 'warplanes', 'jets', 'security forces', 'ground forces', 'special forces']);

const EVENT_NOUNS = new Set(['talks', 'agreement', 'agreements', 'accord', 'accords', 'process', 'format', 'conference', 'summit', 'meeting', 'meetings', 'protocol', 'protocols', 'negotiations', 'communique', 'declaration', 'treaty', 'convention', 'conventions', 'attacks', 'attack', 'bombing', 'bombings', 'massacre', 'airport', 'university', 'marathon', 'olympics', 'games', 'peace', 'ceasefire', 'deal', 'club', 'group', 'forum', 'memorandum', 'principles', 'framework', 'round', 'residents', 'region', 'suburbs', 'province', 'governorate', 'countryside', 'streets', 'correspondent', 'bureau', 'office', 'station']);

// qualifiers that make a title someone else's ("deputy foreign minister", "former president")
const OTHER = new Set(['deputy', 'vice', 'former', 'acting', 'late', 'then', 'ex', 'future', 'next', 'previous']);

const gap = (text: string, offset: number, a: Token, b: Token) => text.slice(a.end - offset, b.start - offset);

/** Agent noun after the actor ("Russia's air force", "Syrian troops") or before it with "of" ("the government of Gondor"). */
function attachAgent(m: Matcher, text: string, offset: number, tokens: Token[], from: number, to: number, taken: (i: number) => boolean, codes: boolean) {
  let j = to;
  if (tokens[j]?.key === 's' && /^['’]$/.test(gap(text, offset, tokens[j - 1], tokens[j]))) j++;
  // a code dictionary's noun phrase may hold adjectives before its agent ("Ithilen's awful and evil minister")
  const reach = codes && j > to ? 5 : 3;
  for (let k = j; k < Math.min(tokens.length, j + reach); k++) {
    if (taken(k) || !joined(text, offset, tokens[k - 1], tokens[k])) break;
    const a = matchAgent(m, text, offset, tokens, k);
    // "Ukraine's deputy foreign minister" is not the foreign minister
    if (a) return { agent: a.agents[0], from, to: a.to, other: tokens.slice(j, k).some((t) => OTHER.has(t.key)) };
    if (!BETWEEN.has(tokens[k].key) && !(reach > 3 && /^\p{Ll}/u.test(tokens[k].text))) break;
  }
  let of = from - 1;
  if (tokens[of]?.key === 'the') of--;
  // "the government of Gondor", "soldiers from Gondor", "lawmakers in Fornost"
  if (!(codes ? ['of', 'from', 'in'] : ['of', 'from']).includes(tokens[of]?.key ?? '')) return null;
  for (let k = of - 1; k >= Math.max(0, of - 4); k--) {
    if (taken(k)) break;
    const a = matchAgent(m, text, offset, tokens, k);
    if (a && a.to === of) return { agent: a.agents[0], from: k, to, other: tokens.slice(k, of).some((t) => OTHER.has(t.key)) };
  }
  return null;
}

/** Finds the actor phrases of one sentence; offsets are in the document text. `dateUse` learns whether the date mattered. */
export function sentenceActors(m: Matcher, text: string, offset: number, tokens: Token[], date?: string, dateUse?: DateUse): Found[] {
  const codes = m.dictionary.format === 'codes';
  const all = matchActors(m, text, offset, tokens, date, dateUse);
  const news = codes ? [] : findNewNames(text, offset, tokens, all, (id) => m.entries.get(id)?.kind === 'country', (id) => m.entries.get(id)?.kind === 'person');
  // an organisation's name holds the dictionary words inside it ("the Washington Post")
  const hits = all.filter((h) => !news.some((n) => h.from >= n.from && h.to <= n.to));
  const owner = new Array<number>(tokens.length).fill(-1);
  const spans = [...hits.map((h) => [h.from, h.to]), ...news.map((n) => [n.from, n.to])];
  spans.forEach(([a, b], i) => { for (let k = a; k < b; k++) owner[k] = i; });
  const found: Found[] = [];
  for (const h of hits) {
    if (!h.ids.length) continue;
    // "the Minsk agreements", "the Vienna talks", "the Paris attacks": a capital naming where something happens
    if (h.place && EVENT_NOUNS.has(tokens[h.to]?.key ?? '')) continue;
    const entry = m.entries.get(h.actorId);
    const kind = entry?.kind ?? (h.actorId.length === 3 ? 'country' : 'organization');
    const base: Found = { baseId: h.actorId, ids: h.ids, start: h.start, end: h.end, from: h.from, to: h.to, resolvedBy: 'dictionary', kind, surname: h.surname };
    if (codes) {
      // "MSF Arnor": an agent right before the actor in a code dictionary
      for (let k = Math.max(0, h.from - 3); k < h.from; k++) {
        const a = owner[k] < 0 ? matchAgent(m, text, offset, tokens, k) : null;
        if (a && a.to === h.from) {
          const ag = a.agents[0];
          Object.assign(base, { from: k, start: tokens[k].start, ids: h.ids.map((id) => withCode(id, ag)) });
          break;
        }
      }
    }
    // a generic lower-case alias ("rebels") may serve as the agent noun of the actor before it ("Ivory Coast rebels")
    const generic = (k: number) => owner[k] >= 0 && owner[k] < hits.length && /^\p{Ll}/u.test(hits[owner[k]].text);
    const att = attachAgent(m, text, offset, tokens, h.from, h.to, (k) => owner[k] >= 0 && (k < h.from || k >= h.to) && !generic(k), codes);
    if (!att) { if (!h.modifier) found.push(base); continue; }
    const grown: Found = { ...base, from: att.from, to: att.to, start: tokens[att.from].start, end: tokens[att.to - 1].end, agent: att.agent };
    if (codes) {
      const a = att.agent;
      found.push({ ...grown, from: Math.min(base.from, att.from), start: Math.min(base.start, grown.start), ids: base.ids.map((id) => withCode(id, a)) });
    } else if (kind === 'person') {
      // "the Obama administration", "Assad's regime", "Assad's forces", "pro-Assad forces": the state the person leads
      const pro = /\bpro-$/i.test(text.slice(0, h.start - offset));
      if ((att.agent.govern || pro || ARMED.has(fold(att.agent.text))) && entry?.affiliation) found.push({ ...grown, ids: [entry.affiliation], kind: m.entries.get(entry.affiliation)?.kind ?? 'country' });
      else found.push(base);
    } else if (att.agent.rebels && /\b(?:pro|anti)-$/i.test(text.slice(0, h.start - offset))) {
      // "pro-US rebels" are not the United States' own rebels
      found.push(base);
    } else if (att.agent.rebels && kind === 'country') {
      // the country's armed opposition, a group of its own: "Ivory Coast rebels" -> ivory-coast-rebels
      const label = `${h.text} ${tokens[att.to - 1].text}`;
      const newName: NewName = { id: slug(`${h.text} rebels`), label, kind: 'group', from: att.from, to: att.to };
      found.push({ ...grown, ids: [newName.id], kind: 'group', resolvedBy: 'new', newName });
    } else if (att.agent.role && !att.other) {
      if (dateUse) dateUse.used = true;
      const holder = holderOf(m.roles, h.actorId, att.agent.role, date);
      found.push(holder ? { ...grown, ids: [holder], kind: 'person' } : grown);
    } else {
      found.push(grown);
    }
  }
  for (const n of news) {
    // "the State Department's Bureau of ...": an organisation owned by the actor before it
    const owner = n.kind !== 'person' && tokens[n.from - 1]?.key === 's' ? hits.find((h) => h.to === n.from - 1 && h.ids.length) : undefined;
    if (owner) n.owner = m.entries.get(owner.actorId)?.kind === 'person' ? m.entries.get(owner.actorId)?.affiliation ?? owner.actorId : owner.actorId;
  }
  for (const n of news) found.push({ baseId: n.id, ids: [n.id], start: tokens[n.from].start, end: tokens[n.to - 1].end, from: n.from, to: n.to, resolvedBy: 'new', kind: n.kind, surname: false, newName: n });
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  if (!codes) shareRoles(m, found, tokens, date, dateUse);
  // drop what an agent phrase swallowed
  for (let i = found.length - 1; i > 0; i--) if (found.slice(0, i).some((f) => f.start <= found[i].start && f.end >= found[i].end && f.end > found[i].start && (f.start < found[i].start || f.end > found[i].end))) found.splice(i, 1);
  return codes ? absorbNames(found, text, offset) : foldTitles(found, tokens, text, offset);
}

/** "Bree Prime Minister Romendacil", "Ithilen's minister Calimehtar": in a code dictionary the name after an actor's agent is that actor's. */
function absorbNames(found: Found[], text: string, offset: number): Found[] {
  return found.filter((f, i) => {
    const prev = found[i - 1];
    return !(prev?.agent && (f.start < prev.end || /^\s+$/.test(text.slice(prev.end - offset, f.start - offset))));
  });
}

/** "the US and Russian foreign ministers": an office noun after coordinated states is each state's office holder. */
function shareRoles(m: Matcher, found: Found[], tokens: Token[], date?: string, dateUse?: DateUse): void {
  for (let i = found.length - 1; i > 0; i--) {
    const f = found[i], prev = found[i - 1];
    const role = f.agent?.role;
    if (!role || f.kind !== 'person' || prev.agent || prev.kind !== 'country' || tokens[prev.to]?.key !== 'and' || prev.to + 1 !== f.from) continue;
    if (dateUse) dateUse.used = true;
    const holder = holderOf(m.roles, prev.baseId, role, date);
    if (holder) Object.assign(prev, { ids: [holder], kind: 'person', agent: f.agent });
  }
}

/**
 * "French President François Hollande", "State Department spokeswoman Elizabeth Trudeau": an actor with
 * title words right before a person's name is that person's title, not a mention of its own; it is kept as
 * the person's premodifier (their affiliation when the dictionary does not know it).
 */
function foldTitles(found: Found[], tokens: Token[], text: string, offset: number): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < found.length; i++) {
    const f = found[i], next = found[i + 1];
    if (next && next.kind === 'person' && next.from >= f.to && (f.agent?.role || f.kind !== 'person')) {
      const between = tokens.slice(f.to, next.from);
      const titled = Boolean(f.agent) || between.length > 0;
      const plain = !/[,;:.()“”"]/.test(text.slice(f.end - offset, next.start - offset).replace(/^\./, ''));
      // "Russia's Putin", "Syria's Bashar al-Assad": the possessive names the person's state
      const possessive = between.length >= 1 && between[0].key === 's' && /^['’]$/.test(text.slice(tokens[f.to - 1].end - offset, between[0].start - offset));
      if (titled && plain && between.length <= 3 && between.every((t, k) => TITLE_WORDS.has(t.key) || BETWEEN.has(t.key) || (k === 0 && possessive))) {
        next.premodifier ??= f.baseId;
        continue;
      }
    }
    // "Putin's Russia", "Obama's America": the person only qualifies the state
    if (f.kind === 'person' && !f.agent && next && next.kind === 'country' && next.from === f.to + 1 && tokens[f.to]?.key === 's' && /^['’]$/.test(text.slice(f.end - offset, tokens[f.to].start - offset))) continue;
    out.push(f);
  }
  return out;
}
