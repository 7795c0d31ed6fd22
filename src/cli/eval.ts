import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { UserError } from './errors.ts';
import { extractJsonl } from './extract.ts';

export const EVAL_HELP = 'actorgraph eval [--set seeds|plover|petrarch] [--json]';
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
/** The shared folder beside the project (or ACTORGRAPH_SHARED). */
export const SHARED = process.env.ACTORGRAPH_SHARED ?? path.resolve(ROOT, '../shared');

interface EvalSet {
  gold: string;
  /** Writes the extractor's input records, returns the actor dictionary to use, if any. */
  inputs: (out: string) => { actors?: string };
  scorerActors?: string;
}

const readJsonl = (f: string) => fs.readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

const SETS: Record<string, EvalSet> = {
  seeds: {
    gold: 'gold/seeds.jsonl',
    scorerActors: 'gold/actors.json',
    inputs: (out) => {
      const docs = [...new Set(readJsonl(path.join(SHARED, 'gold/seeds.jsonl')).map((g) => g.doc as string))].sort();
      const lines = docs.map((d) => JSON.stringify({ id: d.replace(/\.[^.]+$/, ''), text: fs.readFileSync(path.join(SHARED, 'corpus', d), 'utf8') }));
      fs.writeFileSync(out, lines.join('\n') + '\n');
      return {};
    },
  },
  plover: {
    gold: 'gold/plover/plover_gsr.jsonl',
    inputs: (out) => {
      fs.writeFileSync(out, readJsonl(path.join(SHARED, 'gold/plover/plover_gsr.jsonl')).map((g) => JSON.stringify({ id: g.id, text: g.text })).join('\n') + '\n');
      return {};
    },
  },
  petrarch: {
    gold: 'gold/petrarch/petrarch2_unittest.jsonl',
    inputs: (out) => {
      fs.writeFileSync(out, readJsonl(path.join(SHARED, 'gold/petrarch/petrarch2_unittest.jsonl')).map((g) => JSON.stringify({ id: g.id, text: g.text, date: g.date })).join('\n') + '\n');
      return { actors: path.join(SHARED, 'gold/petrarch/PETR.Validate.actors.txt') };
    },
  },
};

/** Runs extraction on a gold set's inputs and returns the scorer's output (its report). */
export function evaluate(set: string, json = false): string {
  const spec = SETS[set];
  if (!spec) throw new UserError(`unknown --set "${set}": use ${Object.keys(SETS).join(', ')}`);
  if (!fs.existsSync(path.join(SHARED, spec.gold))) throw new UserError(`${path.join(SHARED, spec.gold)}: gold set not found (set ACTORGRAPH_SHARED)`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-eval-'));
  try {
    const input = path.join(dir, 'input.jsonl'), pred = path.join(dir, 'pred.jsonl');
    const { actors } = spec.inputs(input);
    fs.writeFileSync(pred, extractJsonl(input, actors).join('\n') + '\n');
    const args = [path.join(SHARED, 'tools/score.mjs'), '--set', set, '--gold', path.join(SHARED, spec.gold), '--pred', pred];
    if (spec.scorerActors) args.push('--actors', path.join(SHARED, spec.scorerActors));
    if (json) args.push('--json');
    return execFileSync(process.execPath, args, { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** `actorgraph eval`: prints the scorer's report for a gold set. */
export function runEval(argv: string[]): number {
  const { values } = parseArgs({ args: argv, options: { set: { type: 'string', default: 'seeds' }, json: { type: 'boolean', default: false } } });
  process.stdout.write(evaluate(values.set!, values.json));
  return 0;
}
