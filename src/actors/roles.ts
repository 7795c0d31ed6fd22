import type { Dictionary } from './dictionary.ts';
import { inRange } from './dictionary.ts';
import { fold } from './normalize.ts';

interface Holder { id: string; from?: string | null; to?: string | null }

/** Office holders by "affiliation|title" (title folded), from the dictionary's person roles. */
export type RoleIndex = Map<string, Holder[]>;

const key = (affiliation: string, title: string) => `${affiliation}|${fold(title)}`;

/** Indexes every role of every person of a dictionary. */
export function buildRoleIndex(dict: Dictionary): RoleIndex {
  const index: RoleIndex = new Map();
  for (const e of dict.entries.values()) {
    for (const r of e.roles ?? []) {
      const aff = r.affiliation ?? e.affiliation;
      if (!aff) continue;
      const k = key(aff, r.title);
      (index.get(k) ?? index.set(k, []).get(k)!).push({ id: e.id, from: r.from, to: r.to });
    }
  }
  return index;
}

/** The person holding a title for an actor at a date ("foreign minister" of russia in 2016 -> sergey-lavrov); null when unknown. */
export function holderOf(index: RoleIndex, affiliation: string, title: string, date?: string): string | null {
  const hs = index.get(key(affiliation, title));
  if (!hs?.length) return null;
  if (!date) return hs.length === 1 ? hs[0].id : null;
  return hs.find((h) => inRange(date, h.from, h.to))?.id ?? null;
}

/** Titles a person holds at a date (every title when the date is unknown). */
export function titlesOf(dict: Dictionary, id: string, date?: string): string[] {
  return (dict.entries.get(id)?.roles ?? []).filter((r) => inRange(date, r.from, r.to)).map((r) => fold(r.title));
}

/**
 * A date for a document that has none: the middle of the year in which most of the office holders it
 * names were in office together, so that "the foreign minister" can still be resolved. Undefined when
 * the document names no office holder.
 */
export function inferDate(dict: Dictionary, personIds: Iterable<string>): string | undefined {
  const roles = [...new Set(personIds)].flatMap((id) => (dict.entries.get(id)?.roles ?? []).map((r) => ({ id, ...r })));
  if (!roles.length) return undefined;
  // the longest run of years with the most office holders in office together; its middle year
  const counts: number[] = [];
  for (let y = 1990; y <= 2025; y++) {
    const d = `${y}-07-01`;
    counts.push(new Set(roles.filter((r) => inRange(d, r.from, r.to)).map((r) => r.id)).size);
  }
  const max = Math.max(...counts);
  if (!max) return undefined;
  let best = { start: 0, len: 0 };
  for (let i = 0; i < counts.length; i++) {
    if (counts[i] !== max) continue;
    let j = i;
    while (j < counts.length && counts[j] === max) j++;
    if (j - i >= best.len) best = { start: i, len: j - i };
    i = j;
  }
  return `${1990 + best.start + Math.floor((best.len - 1) / 2)}-07-01`;
}
