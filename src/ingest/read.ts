import fs from 'node:fs';
import path from 'node:path';
import type { Document, Message } from '../types.ts';
import { cleanText, decodeBytes } from './decode.ts';
import { htmlToText, looksLikeHtml } from './html.ts';

export interface ReadResult {
  docs: Document[];
  messages: Message[];
}

const TEXT_EXT = new Set(['.txt', '.md', '.text', '.markdown']);
const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);
const JSONL_EXT = new Set(['.jsonl', '.ndjson']);
// Formats that are never a document, though text: most often a graph export or a dictionary named by mistake.
const NOT_DOCS: Record<string, string> = {
  '.json': 'a JSON file (documents come one JSON record per line, in .jsonl)', '.gexf': 'a GEXF graph', '.graphml': 'a GraphML graph',
  '.csv': 'a CSV table', '.tsv': 'a TSV table', '.xml': 'an XML file', '.js': 'a script', '.mjs': 'a script', '.ts': 'a script', '.css': 'a style sheet',
};
/** Larger files are skipped: a JavaScript string cannot hold much more, and no news file is this big. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** Normalises a date given as ISO or YYYYMMDD to YYYY-MM-DD; undefined when it is neither. */
export function normaliseDate(d: unknown): string | undefined {
  if (typeof d !== 'string' && typeof d !== 'number') return undefined;
  const s = String(d).trim();
  const m = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(s);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** Text ready for segmentation: HTML reduced to its visible text, controls cleaned; the page title when there is one. */
function prepareText(raw: string, html: boolean, fragments = true): { text: string; title?: string; replaced: number } {
  const clean = cleanText(raw);
  if (!html && !looksLikeHtml(clean.text, fragments)) return { text: clean.text, replaced: clean.replaced };
  const page = htmlToText(clean.text);
  return { text: page.text, title: page.title, replaced: clean.replaced };
}

const OPTIONAL_STRINGS = ['title', 'source', 'url'] as const;

/** Documents of a JSONL text: one `{id, text, title?, date?, source?, url?}` per line; bad lines become messages. */
export function parseJsonl(content: string, file: string): ReadResult {
  const docs: Document[] = [];
  const messages: Message[] = [];
  const lines = content.split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const place = { file, line: i + 1 };
    const warn = (ruleId: string, reason: string) => messages.push({ ...place, severity: 'warning', ruleId, reason });
    let rec: any;
    try {
      rec = JSON.parse(line);
    } catch (e) {
      warn('jsonl-malformed', `not valid JSON (${(e as Error).message.split('\n')[0].slice(0, 120)}); line skipped`);
      return;
    }
    if (!rec || typeof rec !== 'object' || Array.isArray(rec)) {
      warn('jsonl-not-object', `a JSON ${rec === null ? 'null' : Array.isArray(rec) ? 'array' : typeof rec}, not a record; line skipped`);
      return;
    }
    if (typeof rec.text !== 'string') {
      warn('jsonl-missing-text', rec.text === undefined ? 'record has no "text" field; line skipped' : `"text" is a ${rec.text === null ? 'null' : typeof rec.text}, not a string; line skipped`);
      return;
    }
    const prepared = prepareText(rec.text, false);
    if (!prepared.text.trim()) {
      warn('jsonl-empty-text', 'record has an empty "text"; line skipped');
      return;
    }
    if (prepared.replaced) warn('control-chars', `${prepared.replaced} control or invalid character${prepared.replaced === 1 ? '' : 's'} in "text" replaced`);
    const ignored: string[] = OPTIONAL_STRINGS.filter((k) => rec[k] != null && typeof rec[k] !== 'string');
    if (rec.date != null && !normaliseDate(rec.date)) ignored.push('date');
    if (rec.id != null && typeof rec.id !== 'string' && typeof rec.id !== 'number') ignored.push('id');
    if (ignored.length) warn('jsonl-bad-field', `ignored ${ignored.map((k) => `"${k}" (${JSON.stringify(rec[k]).slice(0, 40)})`).join(', ')}: not a string or date`);
    const id = typeof rec.id === 'string' && rec.id.trim() ? cleanText(rec.id).text : typeof rec.id === 'number' ? String(rec.id) : `${path.basename(file)}:${i + 1}`;
    const str = (k: (typeof OPTIONAL_STRINGS)[number]) => (typeof rec[k] === 'string' ? cleanText(rec[k]).text : undefined);
    const title = str('title') ?? prepared.title;
    docs.push({
      id, text: prepared.text, path: file,
      ...(title && { title }),
      ...(normaliseDate(rec.date) && { date: normaliseDate(rec.date) }),
      ...(str('source') && { source: str('source') }),
      ...(str('url') && { url: str('url') }),
    });
  });
  return { docs, messages };
}

/** Lists the input files under the given paths, in a stable order; `seen` guards against symlink loops. */
function listFiles(p: string, out: string[], messages: Message[], seen = new Set<string>()): void {
  let st: fs.Stats;
  try {
    st = fs.statSync(p);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    messages.push({ file: p, severity: 'error', ruleId: 'path-missing', reason: code === 'ENOENT' ? 'no such file or folder' : `cannot open (${code})` });
    return;
  }
  if (!st.isDirectory()) { out.push(p); return; }
  let real: string;
  let names: string[];
  try {
    real = fs.realpathSync(p);
    names = fs.readdirSync(p).sort();
  } catch (e) {
    messages.push({ file: p, severity: 'warning', ruleId: 'read-failed', reason: `cannot list folder (${(e as NodeJS.ErrnoException).code}); skipped` });
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const child = path.join(p, name);
    const ext = path.extname(name).toLowerCase();
    let isDir = false;
    try {
      isDir = fs.statSync(child).isDirectory();
    } catch {
      if (!TEXT_EXT.has(ext) && !HTML_EXT.has(ext) && !JSONL_EXT.has(ext)) continue;
    }
    if (isDir || TEXT_EXT.has(ext) || HTML_EXT.has(ext) || JSONL_EXT.has(ext)) listFiles(child, out, messages, seen);
  }
}

/** Reads one file into documents: a text or HTML file is one document named by its file stem, a JSONL file one per line. */
export function readFile(file: string): ReadResult {
  const ext = path.extname(file).toLowerCase();
  const skip = (ruleId: string, reason: string): ReadResult => ({ docs: [], messages: [{ file, severity: 'warning', ruleId, reason }] });
  if (NOT_DOCS[ext]) return skip('not-a-document', `${NOT_DOCS[ext]}, not a document; skipped`);
  const size = fs.statSync(file).size;
  if (size > MAX_FILE_BYTES) return skip('file-too-large', `${(size / 2 ** 20).toFixed(0)} MB is over the ${MAX_FILE_BYTES / 2 ** 20} MB limit; skipped`);
  const decoded = decodeBytes(fs.readFileSync(file), file);
  if ('skip' in decoded) return { docs: [], messages: [decoded.skip] };
  if (JSONL_EXT.has(ext)) {
    const r = parseJsonl(decoded.text, file);
    return { docs: r.docs, messages: [...decoded.messages, ...r.messages] };
  }
  // Markdown may open with a block of inline HTML: only a whole page counts as HTML there
  const prepared = prepareText(decoded.text, HTML_EXT.has(ext), ext !== '.md' && ext !== '.markdown');
  if (!prepared.text.trim()) {
    return { docs: [], messages: [...decoded.messages, { file, severity: 'warning', ruleId: 'empty-file', reason: size ? 'no text in file; skipped' : 'empty file; skipped' }] };
  }
  const id = path.basename(file).replace(/\.[^.]+$/, '');
  return { docs: [{ id, text: prepared.text, path: file, ...(prepared.title && { title: prepared.title }) }], messages: decoded.messages };
}

/** Gives every document a distinct id: a repeated one gets a `~2`, `~3` ... suffix and a warning. */
function uniqueIds(docs: Document[], messages: Message[]): void {
  const used = new Map<string, Document>();
  for (const d of docs) {
    const first = used.get(d.id);
    if (first) {
      let n = 2;
      while (used.has(`${d.id}~${n}`)) n++;
      const id = `${d.id}~${n}`;
      messages.push({ file: d.path, severity: 'warning', ruleId: 'duplicate-id', reason: `document id "${d.id}" is already used${first.path ? ` by ${first.path}` : ''}; renamed "${id}"` });
      d.id = id;
    }
    used.set(d.id, d);
  }
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
      const err = e as NodeJS.ErrnoException;
      messages.push({ file: f, severity: 'warning', ruleId: 'read-failed', reason: `cannot read (${err.code ?? err.message.split('\n')[0]}); skipped` });
    }
  }
  uniqueIds(docs, messages);
  return { docs, messages };
}
