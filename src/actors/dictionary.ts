import type { ActorEntry } from '../types.ts';

/** A loaded dictionary: entries by id, in a stable order. */
export interface Dictionary {
  entries: Map<string, ActorEntry>;
}

/** Merges entry lists; a later entry with the same id extends the earlier one's aliases and roles. */
export function makeDictionary(lists: ActorEntry[][]): Dictionary {
  const entries = new Map<string, ActorEntry>();
  for (const list of lists) {
    for (const e of list) {
      const prev = entries.get(e.id);
      if (!prev) { entries.set(e.id, { ...e, aliases: [...e.aliases], roles: e.roles ? [...e.roles] : undefined }); continue; }
      for (const a of e.aliases) if (!prev.aliases.includes(a)) prev.aliases.push(a);
      if (e.roles) prev.roles = [...(prev.roles ?? []), ...e.roles];
      prev.affiliation ??= e.affiliation;
      prev.iso3 ??= e.iso3;
    }
  }
  return { entries };
}

/** Validates parsed JSON as a list of actor entries; throws a one-line error naming what is wrong. */
export function parseActorList(data: unknown, file: string): ActorEntry[] {
  if (!Array.isArray(data)) throw new Error(`${file}: expected a JSON array of actors`);
  return data.map((raw, i) => {
    const e = raw as Partial<ActorEntry>;
    if (!e || typeof e.id !== 'string' || !e.id) throw new Error(`${file}: actor #${i} has no string "id"`);
    const kind = e.kind ?? 'organization';
    if (!['country', 'person', 'organization', 'group'].includes(kind)) throw new Error(`${file}: actor "${e.id}" has unknown kind "${kind}"`);
    return {
      id: e.id,
      label: typeof e.label === 'string' ? e.label : e.id,
      kind,
      aliases: Array.isArray(e.aliases) ? e.aliases.filter((a): a is string => typeof a === 'string') : [],
      affiliation: e.affiliation ?? null,
      iso3: e.iso3 ?? null,
      roles: Array.isArray(e.roles) ? e.roles : undefined,
    } as ActorEntry;
  });
}
