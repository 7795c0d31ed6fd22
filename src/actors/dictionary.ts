import type { ActorEntry } from '../types.ts';

/** A dictionary entry; `modifiers` are adjective forms that name the actor only before a group noun ("Western" powers). */
export interface DictEntry extends ActorEntry {
  modifiers?: string[];
  /** 'f' or 'm' when the first name does not tell ("she" needs a woman). */
  gender?: 'f' | 'm';
  /** Capitals and seats: they stand for the state, except as the name of an event's place ("the Minsk agreements"). */
  capitals?: string[];
}

/** Actor ids a phrase stands for, valid within an optional date range (ISO dates, inclusive). */
export interface DatedCode {
  ids: string[];
  from?: string | null;
  to?: string | null;
}

/** A phrase of a code-based dictionary (PETRARCH): its codes in priority order, date-bounded ones first. */
export interface Phrase {
  text: string;
  codes: DatedCode[];
}

/**
 * A noun that qualifies an actor ("government", "troops", "foreign minister"). In a code-based dictionary it
 * adds `code` to the actor's code; in ours, `role` looks up the person holding that office, `govern` marks
 * words that turn a person into the state they lead ("the Obama administration", "Assad's regime").
 */
export interface Agent {
  text: string;
  code: string;
  position: 'suffix' | 'prefix';
  role?: string | null;
  govern?: boolean;
  /** "his Russian counterpart": the office of the person just named, held in another state. */
  counterpart?: boolean;
  /** "Ivory Coast rebels": a group of its own, named after the country, not the state. */
  rebels?: boolean;
}

/** A loaded dictionary: entries by id in a stable order, extra phrases and agent nouns. */
export interface Dictionary {
  entries: Map<string, DictEntry>;
  phrases: Phrase[];
  agents: Agent[];
  /** Phrases that contain an actor's name but name no actor ("Latin American", "New Mexico"). */
  blocks: string[];
  /** 'codes' for PETRARCH dictionaries: ids are codes, agent codes are appended, no new actors are made up. */
  format: 'json' | 'codes';
}

/** Merges entry lists; a later entry with the same id extends the earlier one's aliases and roles. */
export function makeDictionary(lists: DictEntry[][], extra: Partial<Omit<Dictionary, 'entries'>> = {}): Dictionary {
  const entries = new Map<string, DictEntry>();
  for (const list of lists) {
    for (const e of list) {
      const prev = entries.get(e.id);
      if (!prev) {
        entries.set(e.id, { ...e, aliases: [...e.aliases], roles: e.roles ? [...e.roles] : undefined, modifiers: e.modifiers ? [...e.modifiers] : undefined, capitals: e.capitals ? [...e.capitals] : undefined });
        continue;
      }
      for (const a of e.aliases) if (!prev.aliases.includes(a)) prev.aliases.push(a);
      if (e.roles) prev.roles = [...(prev.roles ?? []), ...e.roles];
      if (e.modifiers) prev.modifiers = [...new Set([...(prev.modifiers ?? []), ...e.modifiers])];
      if (e.capitals) prev.capitals = [...new Set([...(prev.capitals ?? []), ...e.capitals])];
      prev.affiliation ??= e.affiliation;
      prev.gender ??= e.gender;
      prev.iso3 ??= e.iso3;
    }
  }
  return { entries, phrases: extra.phrases ?? [], agents: extra.agents ?? [], blocks: extra.blocks ?? [], format: extra.format ?? 'json' };
}

const isDate = (d: unknown) => d == null || (typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d));

/** Validates parsed JSON as a list of actor entries; throws a one-line error naming what is wrong. */
export function parseActorList(data: unknown, file: string): DictEntry[] {
  if (!Array.isArray(data)) throw new Error(`${file}: expected a JSON array of actors`);
  return data.map((raw, i) => {
    const e = raw as Partial<DictEntry>;
    if (!e || typeof e.id !== 'string' || !e.id) throw new Error(`${file}: actor #${i} has no string "id"`);
    const kind = e.kind ?? 'organization';
    if (!['country', 'person', 'organization', 'group'].includes(kind)) throw new Error(`${file}: actor "${e.id}" has unknown kind "${kind}"`);
    const roles = Array.isArray(e.roles) ? e.roles : undefined;
    for (const r of roles ?? []) {
      if (!r || typeof r.title !== 'string' || !isDate(r.from) || !isDate(r.to)) throw new Error(`${file}: actor "${e.id}" has a role without a "title" or with a date not in YYYY-MM-DD`);
    }
    const strings = (a: unknown) => (Array.isArray(a) ? a.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : []);
    const out: DictEntry = {
      id: e.id,
      label: typeof e.label === 'string' ? e.label : e.id,
      kind,
      aliases: strings(e.aliases),
      affiliation: e.affiliation ?? null,
      iso3: e.iso3 ?? null,
      roles,
    };
    if (e.modifiers) out.modifiers = strings(e.modifiers);
    if (e.capitals) out.capitals = strings(e.capitals);
    if (e.gender === 'f' || e.gender === 'm') out.gender = e.gender;
    return out;
  });
}

/** Parses our agent file: `[{phrases: [...], role?, govern?}]`. */
export function parseAgentList(data: unknown, file: string): Agent[] {
  if (!Array.isArray(data)) throw new Error(`${file}: expected a JSON array of agent nouns`);
  return data.flatMap((raw, i) => {
    const a = raw as { phrases?: unknown; role?: unknown; govern?: unknown; counterpart?: unknown; rebels?: unknown };
    if (!Array.isArray(a?.phrases)) throw new Error(`${file}: agent #${i} has no "phrases" array`);
    return a.phrases.filter((p): p is string => typeof p === 'string').map((text) => ({
      text, code: '', position: 'suffix' as const, role: typeof a.role === 'string' ? a.role : null, govern: a.govern === true, counterpart: a.counterpart === true, rebels: a.rebels === true,
    }));
  });
}

/** Whether an ISO date lies within a range (open ends allowed); an unknown date lies in every range. */
export function inRange(date: string | undefined, from?: string | null, to?: string | null): boolean {
  if (!date) return true;
  return (!from || date >= from) && (!to || date <= to);
}
