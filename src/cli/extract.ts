import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { createContext } from '../extract/context.ts';
import { parseJsonl } from '../ingest/read.ts';
import { decodeBytes } from '../ingest/decode.ts';
import { extractAll } from '../pipeline.ts';
import { toScorerRecord } from '../extract/scorer-format.ts';
import { UserError, contextOrUserError } from './errors.ts';
import { formatMessage } from './messages.ts';
import { writeFileAtomic } from '../io/files.ts';

export const EXTRACT_HELP = 'actorgraph extract --jsonl IN.jsonl [--actors FILE] [--out OUT.jsonl]';

/** Extraction of JSONL records to scorer lines; returns the lines. */
export function extractJsonl(file: string, actorsFile?: string): string[] {
  if (!fs.existsSync(file)) throw new UserError(`${file}: no such file`);
  const decoded = decodeBytes(fs.readFileSync(file), file);
  if ('skip' in decoded) throw new UserError(`${file}: ${decoded.skip.reason}`);
  const { docs, messages } = parseJsonl(decoded.text, file);
  messages.unshift(...decoded.messages);
  for (const m of messages) process.stderr.write(formatMessage(m) + '\n');
  const ctx = contextOrUserError(() => createContext({ actorsFile }));
  return extractAll(ctx, docs).map((r) => JSON.stringify(toScorerRecord(ctx.dictionary, r)));
}

/** `actorgraph extract`: one JSON line per input record on stdout (or `--out`). */
export function runExtract(argv: string[]): number {
  const { values } = parseArgs({ args: argv, options: { jsonl: { type: 'string' }, actors: { type: 'string' }, out: { type: 'string' } } });
  if (!values.jsonl) throw new UserError(`missing --jsonl: ${EXTRACT_HELP}`);
  const lines = extractJsonl(values.jsonl, values.actors);
  const text = lines.join('\n') + (lines.length ? '\n' : '');
  if (values.out) writeFileAtomic(values.out, text);
  else process.stdout.write(text);
  return 0;
}
