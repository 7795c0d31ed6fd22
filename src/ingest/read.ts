import fs from 'node:fs';
import path from 'node:path';
import type { Document, Message } from '../types.ts';

export interface ReadResult {
  docs: Document[];
  messages: Message[];
}

const TEXT_EXT = new Set(['.txt', '.md']);
const JSONL_EXT = new Set(['.jsonl', '.ndjson']);

/** Normalises a date given as ISO or YYYYMMDD to YYYY-MM-DD; undefined when it is neither. */
export function normaliseDate(d: unknown): string | undefined {
  if (typeof d !== 'string' && typeof d !== 'number') return undefined;
  const s = String(d).trim();
  const m = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(s);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** Documents of a JSONL text: one `{id, text, title?, date?, source?, url?}` per line; bad lines become messages. */
export function parseJsonl(content: string, file: string): ReadResult {
  const docs: Document[] = [];
  const messages: Message[] = [];
  const lines = content.split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const place = { file, line: i + 1 };
    let rec: any;
    try {
      rec = JSON.parse(line);
    } catch {
      messages.push({ ...place, severity: 'warning', ruleId: 'jsonl-malformed', reason: 'not valid JSON; line skipped' });
      return;
    }
    if (!rec || typeof rec !== 'object' || typeof rec.text !== 'string') {
      messages.push({ ...place, severity: 'warning', ruleId: 'jsonl-missing-text', reason: 'record has no string "text"; line skipped' });
      return;
    }
    const id = rec.id != null ? String(rec.id) : `${path.basename(file)}:${i + 1}`;
    docs.push({
      id, text: rec.text, path: file,
      ...(typeof rec.title === 'string' && { title: rec.title }),
      ...(normaliseDate(rec.date) && { date: normaliseDate(rec.date) }),
      ...(typeof rec.source === 'string' && { source: rec.source }),
      ...(typeof rec.url === 'string' && { url: rec.url }),
    });
  });
  return { docs, messages };
}

/** Lists the input files under the given paths, in a stable order. */
function listFiles(p: string, out: string[], messages: Message[]): void {
  let st: fs.Stats;
  try {
    st = fs.statSync(p);
  } catch {
    messages.push({ file: p, severity: 'error', ruleId: 'path-missing', reason: 'no such file or folder' });
    return;
  }
  if (st.isDirectory()) {
    for (const name of fs.readdirSync(p).sort()) {
      const child = path.join(p, name);
      const ext = path.extname(name).toLowerCase();
      if (fs.statSync(child).isDirectory() || TEXT_EXT.has(ext) || JSONL_EXT.has(ext)) listFiles(child, out, messages);
    }
  } else out.push(p);
}

/** Reads one file into documents: a text file is one document named by its file stem. */
export function readFile(file: string): ReadResult {
  const ext = path.extname(file).toLowerCase();
  const content = fs.readFileSync(file, 'utf8');
  if (JSONL_EXT.has(ext)) return parseJsonl(content, file);
  if (!content.trim()) return { docs: [], messages: [{ file, severity: 'warning', ruleId: 'empty-file', reason: 'empty file; skipped' }] };
  const id = path.basename(file).replace(/\.[^.]+$/, '');
  return { docs: [{ id, text: content, path: file }], messages: [] };
}

/** Reads every document under the given paths; one unreadable file never stops the others. */
export function readInputs(paths: string[]): ReadResult {
  const files: string[] = [];
  const messages: Message[] = [];
  for (const p of paths) listFiles(p, files, messages);
  const docs: Document[] = [];
  for (const f of files) {
    try {
      const r = readFile(f);
      docs.push(...r.docs);
      messages.push(...r.messages);
    } catch (e) {
      messages.push({ file: f, severity: 'warning', ruleId: 'read-failed', reason: (e as Error).message.split('\n')[0] });
    }
  }
  return { docs, messages };
}
