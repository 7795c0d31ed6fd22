// Regenerates data/actors/persons.json from the hand-kept table data/actors/src/leaders.tsv:
// one line per office ("name | affiliation | title | from | to | aliases"), merged into one entry per person
// with every role, the latest role's affiliation, the extra aliases and, for women, gender 'f' (for "she").
// Run: npx tsx scripts/gen-persons.ts
import fs from 'node:fs';
import type { Role } from '../src/types.ts';
import type { DictEntry as ActorEntry } from '../src/actors/dictionary.ts';
import { slug } from '../src/actors/normalize.ts';

/** Parses the leaders table; throws on a malformed line, naming it. */
export function parseLeaders(text: string, file = 'leaders.tsv'): ActorEntry[] {
  const byId = new Map<string, ActorEntry & { roles: Role[] }>();
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [name, affiliation, title, from, to, aliases, gender] = line.split('|').map((c) => c.trim());
    const date = (d: string) => { if (d && !/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new Error(`${file}:${i + 1}: bad date "${d}"`); return d || null; };
    if (!name || !affiliation || !title) throw new Error(`${file}:${i + 1}: expected "name | affiliation | title | from | to | aliases"`);
    const id = slug(name);
    const e = byId.get(id) ?? byId.set(id, { id, label: name, kind: 'person', aliases: [], affiliation, roles: [] }).get(id)!;
    e.roles.push({ title, affiliation, from: date(from), to: date(to) });
    for (const a of (aliases ?? '').split(';').map((s) => s.trim()).filter(Boolean)) if (!e.aliases.includes(a)) e.aliases.push(a);
    if (gender === 'f') e.gender = 'f';
  });
  const out = [...byId.values()];
  for (const e of out) {
    e.roles.sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
    e.affiliation = e.roles[e.roles.length - 1].affiliation;
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = parseLeaders(fs.readFileSync('data/actors/src/leaders.tsv', 'utf8'), 'data/actors/src/leaders.tsv');
  fs.writeFileSync('data/actors/persons.json', '[\n' + out.map((e) => ' ' + JSON.stringify(e)).join(',\n') + '\n]\n');
  console.log(`wrote ${out.length} persons`);
}
