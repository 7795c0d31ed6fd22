import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLexicon, mayHoldCue } from '../../src/extract/lexicon.ts';
import { PREDICATES } from '../../src/types.ts';

describe('predicate lexicon (data/lexicon)', () => {
  const lex = loadLexicon();

  it('has verb cues for every relation type', () => {
    const types = new Set([...lex.verbs.values()].flatMap((m) => [...m.values()].map((c) => c.type)));
    expect([...types].sort()).toEqual([...PREDICATES].sort());
  });

  it('keys phrasal verbs and nouns by their head word', () => {
    expect(lex.verbs.get('keep')?.get('out')?.type).toBe('excludes');
    expect(lex.verbs.get('side')?.get('with')?.type).toBe('supports');
    expect(lex.verbs.get('disagree')?.get('')).toEqual({ type: 'agrees', negated: true });
    expect(lex.nouns.get('support')?.get('for')?.type).toBe('supports');
    expect(lex.nouns.get('help')?.get('from')).toEqual({ type: 'aids', negated: false, frame: 'reverse' });
    expect(lex.modifiers.get('backed')?.type).toBe('supports');
    expect(lex.prefixes.get('anti')?.type).toBe('opposes');
  });

  it('lets a sentence without any cue skip parsing', () => {
    expect(mayHoldCue(lex, 'The weather in Paris was mild.')).toBe(false);
    expect(mayHoldCue(lex, 'Russia struck the town.')).toBe(true);
  });

  it('names the file and the entry when a cue maps to an unknown relation', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lexicon-'));
    fs.copyFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), '../../data/lexicon/modality.json'), path.join(dir, 'modality.json'));
    fs.writeFileSync(path.join(dir, 'predicates.json'), JSON.stringify({ verbs: { befriend: 'likes' } }));
    expect(() => loadLexicon(dir)).toThrow(/predicates\.json: "befriend" maps to unknown relation "likes"/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
