// Regenerates data/actors/countries.json from the world-countries package: every UN member and observer
// state with its ISO 3166 alpha-3 code, short and long names, demonyms (singular and plural) and capital.
// Seats of government, acronyms and other hand-kept names live in data/actors/seats.json and merge by id.
// Run: npx tsx scripts/gen-countries.ts
import fs from 'node:fs';
import countries from 'world-countries/countries.json' with { type: 'json' };
import type { DictEntry as ActorEntry } from '../src/actors/dictionary.ts';

const slug = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

// ids the gold guidelines spell differently from the package's common name
const ID_OVERRIDE: Record<string, { id: string; label: string }> = {
  TUR: { id: 'turkey', label: 'Turkey' },
  CZE: { id: 'czech-republic', label: 'Czech Republic' },
  COD: { id: 'dr-congo', label: 'DR Congo' },
};
// capitals that are also common words or names of other things ("Male", "Victoria", "Georgetown University")
const CAPITAL_SKIP = new Set(['Malé', 'Victoria', 'Kingston', 'Georgetown', 'Saint John\'s', 'Kingstown', 'Bern', 'Sucre', 'Juba', 'Praia', 'Apia', 'Dili', 'Yaren', 'Suva', 'Lobamba', 'Bloemfontein', 'Cape Town', 'South Tarawa', 'Palikir', 'Ngerulmud', 'Majuro', 'Funafuti', 'Monaco', 'Singapore', 'Luxembourg', 'Djibouti', 'Vatican City', 'City of San Marino', 'St. George\'s', 'Port Louis', 'Basseterre', 'Castries', 'Roseau']);

/** A demonym's plural: "Russian" -> "Russians"; "French", "Chinese", "Swiss" serve as their own plural. */
export function demonymPlural(d: string): string | null {
  if (/(ch|sh|ese|ss|s|x|i)$/.test(d) && !/(ni|qi|ri|li|ti|di)$/.test(d)) return null;
  if (/man$/.test(d)) return d.replace(/man$/, 'men');
  return `${d}s`;
}

const kept = (countries as any[]).filter((c) => c.unMember || ['PSE', 'VAT', 'TWN', 'XKX'].includes(c.cca3));
const demonymOf = (c: any): string[] => {
  const dem = c.demonyms?.eng ?? {};
  return [...new Set([dem.m, dem.f].filter(Boolean).flatMap((d: string) => d.split(/,\s*|\s+or\s+/)))];
};
// a demonym shared by two states ("Dominican", "Congolese") names neither
const demCount = new Map<string, number>();
for (const c of kept) for (const d of demonymOf(c)) demCount.set(d, (demCount.get(d) ?? 0) + 1);

/** Every UN member and observer state as a dictionary entry, sorted by id. */
export function countryEntries(): ActorEntry[] {
const out: ActorEntry[] = [];
for (const c of kept) {
  const name: string = c.name.common;
  const { id, label } = ID_OVERRIDE[c.cca3] ?? { id: slug(name), label: name };
  const aliases = new Set<string>([name, label, c.name.official, ...(c.altSpellings ?? []).filter((a: string) => /^[\x20-\x7e]+$/.test(a) && a.length > 3)]);
  for (const d of demonymOf(c)) {
    if (demCount.get(d)! > 1) continue;
    aliases.add(d);
    const p = demonymPlural(d);
    if (p) aliases.add(p);
  }
  const capitals = (c.capital ?? []).filter((cap: string) => !CAPITAL_SKIP.has(cap) && !aliases.has(cap)).sort();
  aliases.delete('');
  out.push({ id, label, kind: 'country', aliases: [...aliases].sort(), affiliation: null, iso3: c.cca3, ...(capitals.length && { capitals }) });
}
return out.sort((a, b) => a.id.localeCompare(b.id));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = countryEntries();
  fs.writeFileSync('data/actors/countries.json', JSON.stringify(out, null, 1) + '\n');
  console.log(`wrote ${out.length} countries`);
}
