import type { Dictionary, DictEntry, Agent } from './dictionary.ts';
import { inRange } from './dictionary.ts';
import { fold, tokenize, type Token } from './normalize.ts';
import { personVariants } from './variants.ts';
import { buildRoleIndex, type RoleIndex } from './roles.ts';

/** What a phrase may stand for; several candidates share a node when an alias is ambiguous. */
export interface Candidate {
  ids: string[];
  from?: string | null;
  to?: string | null;
  /** Date bounds are binding (dictionary codes) rather than a preference (a person's years in office). */
  strict: boolean;
  /** An all-capitals alias (US, IS, UN) only matches in capitals, never the words "us", "is". */
  exactCase: string | null;
  /** The alias itself starts in lower case ("al-Qaeda", "rebels"), so may the text. */
  lowerStart: boolean;
  /** An adjective that names the actor only before a group noun ("Western" powers). */
  modifier: boolean;
  /** A surname standing alone. */
  surname: boolean;
  /** A capital or seat, which may also be just the place where something happens. */
  place?: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  ends?: Candidate[];
  agents?: Agent[];
}

export interface Matcher {
  root: TrieNode;
  agentRoot: TrieNode;
  entries: Map<string, DictEntry>;
  dictionary: Dictionary;
  roles: RoleIndex;
}

export interface DictionaryHit {
  actorId: string;
  /** Every actor the phrase stands for ("the Shire" may be three); empty when it names none. */
  ids: string[];
  start: number;
  end: number;
  text: string;
  /** Index of the first and one past the last token. */
  from: number;
  to: number;
  modifier: boolean;
  surname: boolean;
  place: boolean;
}

const LEADING_ARTICLE = /^(the)\s+/i;

function insert(root: TrieNode, text: string): TrieNode | null {
  const toks = tokenize(text);
  if (!toks.length) return null;
  let node = root;
  for (const t of toks) {
    let n = node.next.get(t.key);
    if (!n) { n = { next: new Map() }; node.next.set(t.key, n); }
    node = n;
  }
  return node;
}

// `caseFree`: PETRARCH phrases are written in capitals but match any case.
// `first`: a later dictionary's alias takes precedence over an earlier one's (hand data over generated, users' over ours)
function addAlias(root: TrieNode, alias: string, c: Omit<Candidate, 'exactCase' | 'lowerStart'>, first = false, caseFree = false): void {
  const bare = alias.replace(LEADING_ARTICLE, '').trim();
  const node = insert(root, bare);
  if (!node) return;
  const toks = tokenize(bare);
  const exactCase = !caseFree && /^[A-Z0-9.\s-]+$/.test(bare) && bare.replace(/[^A-Z]/g, '').length <= 5 ? toks.map((t) => t.text).join(' ') : null;
  const cand: Candidate = { ...c, exactCase, lowerStart: /^\p{Ll}/u.test(bare) };
  node.ends ??= [];
  const same = (x: Candidate) => x.ids.join('/') === cand.ids.join('/') && x.exactCase === cand.exactCase && x.from === cand.from && x.to === cand.to;
  if (!node.ends.some(same)) { if (first) node.ends.unshift(cand); else node.ends.push(cand); }
}

const span = (e: DictEntry) => {
  const rs = e.roles ?? [];
  if (!rs.length) return {};
  const from = rs.map((r) => r.from ?? '0000-00-00').sort()[0];
  const to = rs.map((r) => r.to ?? '9999-99-99').sort().pop()!;
  return { from, to };
};

/** Compiles a dictionary into token tries (actors and agent nouns): lookup cost grows with the text, not with the number of aliases. */
export function compileMatcher(dict: Dictionary): Matcher {
  const root: TrieNode = { next: new Map() };
  const base = { strict: false, modifier: false, surname: false };
  const surnames: Array<[string, DictEntry]> = [];
  if (dict.format === 'json') {
    for (const e of dict.entries.values()) {
      const names = new Set([e.label, ...e.aliases]);
      const when = e.kind === 'person' ? span(e) : {};
      if (e.kind === 'person') {
        for (const n of [...names]) {
          const v = personVariants(n);
          for (const f of v.full) names.add(f);
          for (const s of v.surnames) surnames.push([s, e]);
        }
      }
      for (const alias of names) addAlias(root, alias, { ...base, ...when, ids: [e.id] }, true);
      for (const mod of e.modifiers ?? []) addAlias(root, mod, { ...base, ids: [e.id], modifier: true }, true);
      for (const cap of e.capitals ?? []) addAlias(root, cap, { ...base, ids: [e.id], place: true }, true);
    }
    // surnames come after every full alias, so that a surname never hides a country or a full name
    for (const [s, e] of surnames) addAlias(root, s, { ...base, ...span(e), ids: [e.id], surname: true });
    for (const b of dict.blocks) addAlias(root, b, { ...base, ids: [] }, true);
  }
  for (const p of dict.phrases) for (const c of p.codes) addAlias(root, p.text, { ...base, ids: c.ids, from: c.from, to: c.to, strict: true }, false, true);
  const agentRoot: TrieNode = { next: new Map() };
  for (const a of dict.agents) {
    const node = insert(agentRoot, a.text);
    if (node) (node.agents ??= []).push(a);
  }
  return { root, agentRoot, entries: dict.entries, dictionary: dict, roles: buildRoleIndex(dict) };
}

const FUNCTION_WORDS = new Set(['is', 'us', 'as', 'it', 'so', 'no', 'or', 'an', 'in', 'on', 'at', 'be', 'we', 'he', 'me', 'my', 'do', 'go', 'up', 'am', 'to', 'of', 'if', 'by', 'all', 'and', 'the', 'who', 'was', 'are', 'can', 'not']);
const upper = (t?: Token) => Boolean(t && /\p{Lu}/u.test(t.text) && !/\p{Ll}/u.test(t.text));
/** Whether the words around token i are written in capitals too. */
const shouted = (tokens: Token[], i: number) => (upper(tokens[i - 1]) || !tokens[i - 1]) && (upper(tokens[i + 1]) || !tokens[i + 1]) && (upper(tokens[i - 1]) || upper(tokens[i + 1]));

const isCapitalised = (t: Token) => /^[\p{Lu}\p{N}]/u.test(t.text);

/** The candidate a phrase stands for at a date: a date-bounded one that holds, else an unbounded one. */
function choose(ends: Candidate[], tokens: Token[], from: number, to: number, lower: boolean, date?: string): Candidate | null | undefined {
  // the phrase as written, for all-capitals aliases only
  let surface: string | undefined;
  const ok = ends.filter((c) => (c.exactCase === null || c.exactCase === (surface ??= tokens.slice(from, to).map((t) => t.text).join(' '))) && (!lower || c.lowerStart));
  if (!ok.length) return undefined;
  const bounded = ok.find((c) => (c.from || c.to) && inRange(date, c.from, c.to) && date);
  if (bounded) return bounded;
  const open = ok.find((c) => !c.from && !c.to);
  if (open) return open;
  // a person's years in office are a preference; a code's dates are binding
  const soft = ok.filter((c) => !c.strict);
  if (soft.length) return date ? nearest(soft, date) : soft[0];
  return date ? null : ok[0];
}

const year = (d: string) => Number(d.slice(0, 4));

/** The candidate whose years are nearest a date ("Bush" in 2016 is George W., not his father). */
function nearest(cs: Candidate[], date: string): Candidate {
  const dist = (c: Candidate) => (c.to && date > c.to ? year(date) - year(c.to) : c.from && date < c.from ? year(c.from) - year(date) : 0);
  return cs.reduce((best, c) => (dist(c) < dist(best) ? c : best));
}

/**
 * Finds dictionary actors in a text, longest match first. A match must start on a capitalised word
 * (so that "turkey" and "chad" are not countries) unless the alias itself is lower-case ("al-Qaeda").
 */
/** Set by the actor finders when a date could change what they found (a dated alias, an office holder). */
export interface DateUse { used: boolean }

export function matchActors(m: Matcher, text: string, offset = 0, tokens = tokenize(text, offset), date?: string, dateUse?: DateUse): DictionaryHit[] {
  const hits: DictionaryHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // most words begin no alias
    if (!m.root.next.has(tokens[i].key)) continue;
    const lower = !isCapitalised(tokens[i]);
    let node: TrieNode | undefined = m.root;
    let best: { c: Candidate | null; to: number } | null = null;
    for (let j = i; j < tokens.length && node; j++) {
      if (j > i && !joined(text, offset, tokens[j - 1], tokens[j])) break;
      node = node.next.get(tokens[j].key);
      if (!node?.ends) continue;
      if (dateUse && !dateUse.used && node.ends.some((e) => e.from || e.to)) dateUse.used = true;
      const c = choose(node.ends, tokens, i, j + 1, lower, date);
      // in a shouted sentence "IS" and "US" are the words, not the Islamic State or the United States (unless "THE US")
      if (c?.exactCase && j === i && FUNCTION_WORDS.has(tokens[i].key) && tokens[i - 1]?.key !== 'the' && shouted(tokens, i)) continue;
      if (c !== undefined) best = { c, to: j + 1 };
    }
    if (best) {
      const start = tokens[i].start, end = tokens[best.to - 1].end;
      const ids = best.c?.ids ?? [];
      hits.push({ actorId: ids[0] ?? '', ids, start, end, text: text.slice(start - offset, end - offset), from: i, to: best.to, modifier: best.c?.modifier ?? false, surname: best.c?.surname ?? false, place: best.c?.place ?? false });
      i = best.to - 1;
    }
  }
  return hits;
}

/** Whether two tokens belong to one phrase: apart only by spaces, hyphens, dots or apostrophes. */
export function joined(text: string, offset: number, a: Token, b: Token): boolean {
  // most words stand one space apart
  if (b.start - a.end === 1 && text.charCodeAt(a.end - offset) === 32) return true;
  return /^[\s\-.'’]*$/.test(text.slice(a.end - offset, b.start - offset)) && !/\n\s*\n/.test(text.slice(a.end - offset, b.start - offset));
}

/** The longest agent noun starting at token i ("foreign minister", "troops"), case-insensitive. */
export function matchAgent(m: Matcher, text: string, offset: number, tokens: Token[], i: number): { agents: Agent[]; to: number } | null {
  let node: TrieNode | undefined = m.agentRoot;
  let best: { agents: Agent[]; to: number } | null = null;
  for (let j = i; j < tokens.length && node; j++) {
    if (j > i && !joined(text, offset, tokens[j - 1], tokens[j])) break;
    node = node.next.get(tokens[j].key);
    if (node?.agents) best = { agents: node.agents, to: j + 1 };
  }
  return best;
}

export { fold };
