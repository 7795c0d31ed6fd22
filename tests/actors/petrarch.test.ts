// Users' PETRARCH/CAMEO dictionaries: the text format is parsed by the product and its codes become actor ids.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseActorsText, parseAgentsText, parseCode } from '../../src/actors/petrarch.ts';
import { loadDictionary } from '../../src/actors/load.ts';
import { compileMatcher } from '../../src/actors/matcher.ts';
import { resolveMentions } from '../../src/actors/resolve.ts';
import { segment } from '../../src/ingest/segment.ts';
import { cli, SHARED } from '../helpers.ts';

const ACTORS = path.join(SHARED, 'gold/petrarch/PETR.Validate.actors.txt');
const AGENTS = path.join(SHARED, 'gold/petrarch/PETR.Validate.agents.txt');

describe('PETRARCH dictionary reader', () => {
  it('reads every phrase and code of the validation dictionary, as its published JSON parse has them', () => {
    const ref = JSON.parse(fs.readFileSync(path.join(SHARED, 'gold/petrarch/petrarch2_validate_dictionary.json'), 'utf8'));
    const { phrases } = parseActorsText(fs.readFileSync(ACTORS, 'utf8'), ACTORS);
    const mine = new Map<string, string[]>();
    for (const p of phrases) mine.set(p.text, [...(mine.get(p.text) ?? []), p.codes.flatMap((c) => c.ids).sort().join(',')]);
    for (const block of ref.actors) {
      const codes = block.codes.flatMap((c: { code: string }) => (/[A-Za-z]/.test(c.code) ? c.code.toUpperCase().split('/') : [])).sort().join(',');
      for (const p of block.phrases) expect(mine.get(p.words.join(' ')), p.raw).toContain(codes);
    }
    expect(phrases.length).toBe(ref.actors.reduce((n: number, b: { phrases: unknown[] }) => n + b.phrases.length, 0));
  });

  it.each([
    ['unbounded', 'ISR', { ids: ['ISR'] }],
    ['before a six-digit date', 'HOB < 950601', { ids: ['HOB'], to: '1995-05-31' }],
    ['after an eight-digit date', 'HOBELI >20130119', { ids: ['HOBELI'], from: '2013-01-20' }],
    ['between two dates', 'HOBGOV 19950601 - 19990815', { ids: ['HOBGOV'], from: '1995-06-01', to: '1999-08-15' }],
    ['several actors', 'FRO/BIL/SAM', { ids: ['FRO', 'BIL', 'SAM'] }],
    ['no actor', '---', { ids: [] }],
  ])('reads a code %s', (_name, inner, expected) => {
    expect(parseCode(inner, 'x')).toEqual(expected);
  });

  it('reads agents with substitutions, regular and given plurals, and their place', () => {
    const agents = parseAgentsText(fs.readFileSync(AGENTS, 'utf8'), AGENTS);
    const find = (t: string) => agents.find((a) => a.text === t);
    expect(find('FOREIGN MINISTERS')).toMatchObject({ code: 'GOVFRM', position: 'suffix' });
    expect(find('CONGRESSWOMAN')).toMatchObject({ code: 'LEG' });
    expect(find('MINISTRIES OF SILLY WALKS')).toMatchObject({ code: 'GOV' });
    expect(find('GOLDEN GEESE')).toMatchObject({ code: 'GGS' });
    expect(find('MEDIAS')).toBeUndefined();
    expect(find('HUMAN RIGHTS BODY')).toMatchObject({ code: 'NGO', position: 'prefix' });
  });

  it('names the file and line of a malformed entry', () => {
    expect(() => parseActorsText('GONDOR [GON 95-06]\n', 'my.actors.txt')).toThrow(/my\.actors\.txt:1/);
    expect(() => parseAgentsText('SOLDIER [MIL]\n', 'my.agents.txt')).toThrow(/my\.agents\.txt:1: agent code "MIL" has no "~"/);
  });
});

describe('coding with a PETRARCH dictionary', () => {
  const matcher = compileMatcher(loadDictionary({ actorsFile: ACTORS }));
  const codes = (text: string, date: string) => resolveMentions(matcher, segment('t', text), { date }).mentions.flat().map((m) => `${m.text}=${m.actorId}`);

  it.each([
    ['a synonym', 'Minas Tirith protested.', '1995-01-01', ['Minas Tirith=GON']],
    ['an agent after the actor', 'Osgiliath soldiers attacked.', '1995-01-01', ['Osgiliath soldiers=OSGMIL']],
    ['an agent with "of"', 'The government of Gondor protested.', '1995-01-01', ['government of Gondor=GONGOV']],
    ['a possessive and a two-word agent', "Dagolath's foreign minister protested.", '1995-01-01', ["Dagolath's foreign minister=DAGGOVFRM"]],
    ['a prefixed agent', 'MSF Arnor protested.', '1995-01-01', ['MSF Arnor=NGOARN']],
    ['a date-bounded code, before', 'Smeagol protested.', '1995-01-01', ['Smeagol=HOB']],
    ['a date-bounded code, between', 'Smeagol protested.', '1997-01-01', ['Smeagol=HOBGOV']],
    ['a date-bounded code, after', 'Smeagol protested.', '2001-01-01', ['Smeagol=HOBREB']],
    ['the first restriction that holds wins', 'Sam Gamgee protested.', '2010-01-10', ['Sam Gamgee=ORCHOB']],
    ['a default code outside every restriction', 'Zimbabwe protested.', '2001-01-01', ['Zimbabwe=ZBW']],
    ['one phrase for several actors', 'The Shire protested.', '1995-01-01', ['Shire=FRO', 'Shire=BIL', 'Shire=SAM']],
    ['a phrase that names no actor', 'Boromir protested.', '1995-01-01', []],
  ])('%s', (_name, text, date, expected) => {
    expect(codes(text, date)).toEqual(expected);
  });

  it('describes an actor code with an agent code as part of the coded actor, for the graph', () => {
    const r = resolveMentions(matcher, segment('t', 'Osgiliath soldiers attacked.'), { date: '1995-01-01' });
    expect(r.actors).toEqual([{ id: 'OSGMIL', label: 'Osgiliath (soldiers)', kind: 'organization', aliases: [], affiliation: 'OSG' }]);
  });

  it('takes a .actors.txt file with --actors on the command line, its agents beside it, and the record date', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-petr-'));
    fs.writeFileSync(path.join(dir, 'my.actors.txt'), '# test\nGONDOR [GON]\n+MINAS_TIRITH\nMORDOR\n\t[MOR < 20000101]\n\t[MORGOV]\nTHE_SHIRE [FRO/SAM]\n');
    fs.writeFileSync(path.join(dir, 'my.agents.txt'), 'SOLDIER [~MIL]\n');
    fs.writeFileSync(path.join(dir, 'in.jsonl'), [
      JSON.stringify({ id: 'a', text: 'Mordor soldiers attacked Minas Tirith.', date: '19990101' }),
      JSON.stringify({ id: 'b', text: 'Mordor attacked Gondor.', date: '2005-06-01' }),
      JSON.stringify({ id: 'c', text: 'Gondor attacked the Shire.', date: '2005-06-01' }),
    ].join('\n') + '\n');
    const r = cli(['extract', '--jsonl', path.join(dir, 'in.jsonl'), '--actors', path.join(dir, 'my.actors.txt')]);
    expect(r.code, r.stderr).toBe(0);
    const [a, b, c] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const pairs = (x: { relations: Array<{ source: string; target: string }> }) => x.relations.map((y) => `${y.source}>${y.target}`);
    expect(pairs(a)).toContain('MORMIL>GON');
    expect(pairs(b)).toContain('MORGOV>GON');
    // a phrase coded for several actors is a target once for each
    expect(pairs(c)).toEqual(['GON>FRO', 'GON>SAM']);
  });
});
