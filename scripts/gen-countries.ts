// Regenerates data/actors/countries.json from the world-countries package (names, ISO codes, demonyms, capitals).
// Run: npx tsx scripts/gen-countries.ts
import fs from 'node:fs';
import countries from 'world-countries/countries.json' with { type: 'json' };
import type { ActorEntry } from '../src/types.ts';

const slug = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

const out: ActorEntry[] = [];
for (const c of countries as any[]) {
  if (!(c.unMember || c.cca3 === 'PSE' || c.cca3 === 'VAT' || c.cca3 === 'TWN' || c.cca3 === 'XKX')) continue;
  const name: string = c.name.common;
  const aliases = new Set<string>([name, c.name.official, ...(c.altSpellings ?? []).filter((a: string) => /^[\x20-\x7e]+$/.test(a) && a.length > 3)]);
  const dem = c.demonyms?.eng;
  if (dem?.m) { aliases.add(dem.m); aliases.add(`${dem.m}s`); }
  if (dem?.f && dem.f !== dem.m) aliases.add(dem.f);
  for (const cap of c.capital ?? []) aliases.add(cap);
  aliases.delete('');
  out.push({ id: slug(name), label: name, kind: 'country', aliases: [...aliases].sort(), affiliation: null, iso3: c.cca3 });
}
out.sort((a, b) => a.id.localeCompare(b.id));
fs.writeFileSync('data/actors/countries.json', JSON.stringify(out, null, 1) + '\n');
console.log(`wrote ${out.length} countries`);
