// The default dictionary as data: complete, consistent, reproducible from its sources, and loaded with clear errors.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDictionary, DEFAULT_ACTORS_DIR } from '../../src/actors/load.ts';
import { countryEntries } from '../../scripts/gen-countries.ts';
import { parseLeaders } from '../../scripts/gen-persons.ts';
import { compileMatcher } from '../../src/actors/matcher.ts';
import { resolveMentions } from '../../src/actors/resolve.ts';
import { segment } from '../../src/ingest/segment.ts';
import { cli } from '../helpers.ts';

const dict = loadDictionary();
const entries = [...dict.entries.values()];

describe('default dictionary', () => {
  it('has every UN member state and the observers, with ISO 3166 alpha-3 codes', () => {
    const countries = entries.filter((e) => e.kind === 'country' && e.iso3);
    expect(countries.length).toBeGreaterThanOrEqual(195);
    for (const iso of ['RUS', 'USA', 'FRA', 'SYR', 'PSE', 'VAT', 'TUR', 'GBR']) expect(countries.some((c) => c.iso3 === iso), iso).toBe(true);
  });

  it('spells ids as lower-case words joined by "-" and points affiliations at known actors', () => {
    for (const e of entries) {
      expect(e.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      if (e.affiliation) expect(dict.entries.has(e.affiliation), `${e.id} -> ${e.affiliation}`).toBe(true);
      for (const r of e.roles ?? []) if (r.affiliation) expect(dict.entries.has(r.affiliation), `${e.id} role -> ${r.affiliation}`).toBe(true);
    }
  });

  it('gives office holders dated roles whose titles the agent nouns can ask for', () => {
    const titles = new Set(dict.agents.flatMap((a) => (a.role ? [a.role] : [])));
    for (const t of ['president', 'prime minister', 'foreign minister', 'defence minister']) expect(titles.has(t)).toBe(true);
    const persons = entries.filter((e) => e.kind === 'person');
    expect(persons.length).toBeGreaterThan(200);
    for (const p of persons) for (const r of p.roles ?? []) if (r.from && r.to) expect(r.from <= r.to, p.id).toBe(true);
  });

  it('is reproduced by its generators from world-countries and the leaders table', () => {
    const read = (f: string) => JSON.parse(fs.readFileSync(path.join(DEFAULT_ACTORS_DIR, f), 'utf8'));
    expect(read('countries.json')).toEqual(JSON.parse(JSON.stringify(countryEntries())));
    expect(read('persons.json')).toEqual(JSON.parse(JSON.stringify(parseLeaders(fs.readFileSync(path.join(DEFAULT_ACTORS_DIR, 'src/leaders.tsv'), 'utf8')))));
  });
});

describe('users\' JSON dictionaries', () => {
  const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'ag-dict-'));

  it('extend the default and take precedence for a shared alias', () => {
    const dir = tmp();
    const file = path.join(dir, 'mine.json');
    fs.writeFileSync(file, JSON.stringify([{ id: 'eu-brussels-office', label: 'Brussels office', kind: 'organization', aliases: ['Brussels'] }, { id: 'russia', label: 'Russia', kind: 'country', aliases: ['the Bear'] }]));
    const d = loadDictionary({ actorsFile: file });
    expect(d.entries.get('russia')?.aliases).toContain('the Bear');
    expect(d.entries.has('france')).toBe(true);
    const ids = resolveMentions(compileMatcher(d), segment('t', 'Brussels answered the Bear.')).mentions.flat().map((m) => m.actorId);
    expect(ids).toEqual(['eu-brussels-office', 'russia']);
  });

  it.each([
    ['not JSON', '{', /mine\.json: cannot read actor dictionary/],
    ['not a list', '{}', /mine\.json: expected a JSON array of actors/],
    ['an unknown kind', '[{"id":"x","kind":"planet"}]', /mine\.json: actor "x" has unknown kind "planet"/],
    ['a bad role date', '[{"id":"x","kind":"person","roles":[{"title":"king","from":"1990"}]}]', /mine\.json: actor "x" has a role .* YYYY-MM-DD/],
  ])('are refused with one line naming the file when %s', (_name, content, message) => {
    const dir = tmp();
    const file = path.join(dir, 'mine.json');
    fs.writeFileSync(file, content);
    expect(() => loadDictionary({ actorsFile: file })).toThrow(message);
  });

  it('stop the command line with one line on stderr', () => {
    const dir = tmp();
    const file = path.join(dir, 'mine.json');
    fs.writeFileSync(file, '[{"id":"x","kind":"planet"}]');
    fs.writeFileSync(path.join(dir, 'in.jsonl'), '{"id":"a","text":"Russia spoke."}\n');
    const r = cli(['extract', '--jsonl', path.join(dir, 'in.jsonl'), '--actors', file]);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/mine\.json: actor "x" has unknown kind "planet"/);
  });
});
