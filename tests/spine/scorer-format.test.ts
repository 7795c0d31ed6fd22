import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers.ts';

describe('extract output for scorers', () => {
  it('codes a country, and a person by the country they speak for, with ISO 3166 alpha-3', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-iso-'));
    const input = path.join(dir, 'in.jsonl');
    fs.writeFileSync(input, JSON.stringify({ id: 'r1', text: 'Vladimir Putin condemned Turkey.', date: '2015-11-25' }) + '\n');
    const r = cli(['extract', '--jsonl', input]);
    expect(r.code, r.stderr).toBe(0);
    const rel = JSON.parse(r.stdout).relations[0];
    expect(rel).toMatchObject({ source: 'vladimir-putin', relation: 'accuses', target: 'turkey', source_iso3: 'RUS', target_iso3: 'TUR' });
    expect(rel.source_span).toEqual([0, 14]);
  });
});
