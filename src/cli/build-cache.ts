// The extraction cache of `build --update`, in `<out>/.actorgraph-cache/`: every document of the graph with its
// extraction result, keyed by a content hash, under a fingerprint of the code and dictionaries that extracted it.
// Nothing in it is trusted unchecked: each entry's checksum is verified, and a bad entry is re-read from its
// source file and re-extracted, or reported and dropped.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Document, DocumentResult, Message } from '../types.ts';
import { readFile } from '../ingest/read.ts';
import { writeFileAtomic } from '../io/files.ts';

export const CACHE_DIR = '.actorgraph-cache';
const VERSION = 1;
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

interface ManifestEntry { id: string; hash: string; sha256: string; path?: string }
interface Manifest { version: number; fingerprint: string; entries: ManifestEntry[] }
interface Entry { doc: Document; result: DocumentResult }

/** Folders of src/ whose code cannot change an extraction result. */
const AFTER_EXTRACTION = new Set(['graph', 'export', 'query', 'cli']);

const sha256 = (s: string | Buffer) => crypto.createHash('sha256').update(s).digest('hex');

/** What makes a document's extraction result: its id, text and metadata. */
export function contentHash(d: Document): string {
  return sha256(JSON.stringify([d.id, d.text, d.title ?? null, d.date ?? null, d.source ?? null, d.url ?? null]));
}

function listFiles(dir: string, out: string[]): void {
  if (!fs.existsSync(dir)) return;
  if (!fs.statSync(dir).isDirectory()) { out.push(dir); return; }
  for (const name of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (fs.statSync(p).isDirectory()) listFiles(p, out);
    else out.push(p);
  }
}

/** A hash of everything besides the text that decides extraction results: the code, the dictionaries and lexicons, the locked packages and the user's actor file. */
export function extractorFingerprint(actorsFile?: string): string {
  const files: string[] = [];
  // everything under src/ but the stages after extraction (a new folder counts until it is listed here)
  for (const d of fs.readdirSync(path.join(ROOT, 'src')).sort()) if (!AFTER_EXTRACTION.has(d)) listFiles(path.join(ROOT, 'src', d), files);
  for (const d of fs.existsSync(path.join(ROOT, 'data')) ? fs.readdirSync(path.join(ROOT, 'data')).sort() : []) {
    if (d !== 'corpus') listFiles(path.join(ROOT, 'data', d), files);
  }
  files.push(path.join(ROOT, 'package-lock.json'));
  const h = crypto.createHash('sha256');
  for (const f of files) h.update(path.relative(ROOT, f)).update('\0').update(fs.existsSync(f) ? fs.readFileSync(f) : '').update('\0');
  if (actorsFile) h.update('actors\0').update(fs.existsSync(actorsFile) ? fs.readFileSync(actorsFile) : '');
  return h.digest('hex');
}

const warn = (file: string, reason: string): Message => ({ file, severity: 'warning', ruleId: 'cache-invalid', reason });

/** The cached documents of an output folder, verified; corrupt parts come back as messages, never as data. */
function readCache(outDir: string): { manifest: Manifest | null; entries: Map<string, { meta: ManifestEntry; entry: Entry | null }>; messages: Message[] } {
  const dir = path.join(outDir, CACHE_DIR);
  const file = path.join(dir, 'manifest.json');
  const entries = new Map<string, { meta: ManifestEntry; entry: Entry | null }>();
  const messages: Message[] = [];
  if (!fs.existsSync(file)) return { manifest: null, entries, messages };
  let manifest: Manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (manifest?.version !== VERSION || typeof manifest.fingerprint !== 'string' || !Array.isArray(manifest.entries)) throw new Error('unknown layout');
  } catch (e) {
    messages.push(warn(file, `extraction cache is corrupt (${(e as Error).message.split('\n')[0]}); rebuilding it from the given documents`));
    return { manifest: null, entries, messages };
  }
  for (const meta of manifest.entries) {
    if (!meta || typeof meta.id !== 'string' || typeof meta.hash !== 'string' || !/^[0-9a-f]{64}$/.test(meta.hash)) continue;
    let entry: Entry | null = null;
    const f = path.join(dir, 'docs', `${meta.hash}.json`);
    try {
      const raw = fs.readFileSync(f);
      if (sha256(raw) !== meta.sha256) throw new Error('checksum mismatch');
      const e = JSON.parse(raw.toString('utf8')) as Entry;
      if (e?.doc?.id !== meta.id || e.result?.doc?.id !== meta.id || contentHash(e.doc) !== meta.hash) throw new Error('entry does not match its document');
      entry = e;
    } catch (e) {
      messages.push(warn(f, `cached document "${meta.id}" is corrupt (${(e as Error).message.split('\n')[0]}); re-extracting it`));
    }
    entries.set(meta.id, { meta, entry });
  }
  return { manifest, entries, messages };
}

/** A document whose cache entry is corrupt, read again from the file it came from (undefined when that is gone). */
function reread(meta: ManifestEntry): Document | undefined {
  if (!meta.path) return undefined;
  try {
    return readFile(meta.path).docs.find((d) => d.id === meta.id);
  } catch {
    return undefined;
  }
}

export interface CachedExtraction {
  /** Results in document order: cached documents first (in their earlier order), then new ones. */
  results: DocumentResult[];
  docs: Document[];
  /** How many results came from the cache. */
  reused: number;
  messages: Message[];
  /** Renders the cache for these results and writes what cannot spoil the old cache (see prepareCache); optional, save() does it too. */
  prepare: () => void;
  /** Writes the cache for these results (after the graph files, so a failed build leaves the old cache). */
  save: () => void;
}

/**
 * The documents to build and their results. With `update`, the documents already in the output folder's cache
 * are kept (a given document with the same id replaces its cached version) and unchanged ones are not extracted
 * again; without it, only the given documents, all extracted. Either way the cache is rewritten by `save()`.
 */
export async function extractWithCache(opts: {
  outDir: string; docs: Document[]; update: boolean; fingerprint: string;
  extract: (docs: Document[]) => DocumentResult[] | Promise<DocumentResult[]>;
}): Promise<CachedExtraction> {
  const { manifest, entries, messages } = opts.update ? readCache(opts.outDir) : { manifest: null, entries: new Map(), messages: [] as Message[] };
  if (opts.update && !manifest && !messages.length && fs.existsSync(path.join(opts.outDir, 'graph.json'))) {
    messages.push(warn(path.join(opts.outDir, CACHE_DIR), 'no extraction cache beside this graph (built before --update existed?); building from the given documents only'));
  }
  const sameCode = manifest?.fingerprint === opts.fingerprint;
  const given = new Map(opts.docs.map((d) => [d.id, d]));
  const docs: Document[] = [];
  const known = new Map<number, DocumentResult>();
  for (const [id, { meta, entry }] of entries) {
    if (given.has(id)) continue;
    const doc = entry?.doc ?? reread(meta);
    if (!doc) { messages.push(warn(meta.path ?? id, `cached document "${id}" is corrupt and its source is gone; left out`)); continue; }
    if (entry && sameCode) known.set(docs.length, entry.result);
    docs.push(doc);
  }
  for (const d of opts.docs) {
    const cached = entries.get(d.id);
    if (cached?.entry && sameCode && cached.meta.hash === contentHash(d)) known.set(docs.length, cached.entry.result);
    docs.push(d);
  }
  const todo = docs.filter((_d, i) => !known.has(i));
  const fresh = todo.length ? await opts.extract(todo) : [];
  let k = 0;
  const results = docs.map((_d, i) => known.get(i) ?? fresh[k++]);
  const unchanged = new Map([...known.keys()].map((i) => [i, entries.get(docs[i].id)!.meta]));
  let prepared: PreparedCache | undefined;
  const prepare = () => { prepared ??= prepareCache(opts.outDir, docs, results, unchanged); };
  const save = () => { prepare(); writeCache(opts.outDir, opts.fingerprint, prepared!); };
  return { results, docs, reused: known.size, messages, prepare, save };
}

interface PreparedCache { entries: ManifestEntry[]; keep: Set<string>; later: Array<[string, string]> }

/**
 * The cache's entries rendered, and those under names that no file has yet written. Safe before the graph files
 * are written: an older manifest cannot name those files, so a failed build leaves the old cache as valid as it was.
 */
function prepareCache(outDir: string, docs: Document[], results: DocumentResult[], unchanged: Map<number, ManifestEntry>): PreparedCache {
  const dir = path.join(outDir, CACHE_DIR);
  const prepared: PreparedCache = { entries: [], keep: new Set(), later: [] };
  docs.forEach((doc, i) => {
    if (results[i].messages.some((m) => m.ruleId === 'extract-failed')) return; // a failure is never cached: the next update retries it
    const old = unchanged.get(i);
    if (old && fs.existsSync(path.join(dir, 'docs', `${old.hash}.json`))) { prepared.entries.push(old); prepared.keep.add(`${old.hash}.json`); return; }
    const hash = contentHash(doc);
    const body = JSON.stringify({ doc, result: results[i] } satisfies Entry);
    const file = path.join(dir, 'docs', `${hash}.json`);
    if (fs.existsSync(file)) prepared.later.push([file, body]);
    else writeFileAtomic(file, body);
    prepared.keep.add(`${hash}.json`);
    prepared.entries.push({ id: doc.id, hash, sha256: sha256(body), ...(doc.path && { path: path.resolve(doc.path) }) });
  });
  return prepared;
}

/** The rest of the cache, after the graph files: entries that replace files, the manifest, and the removal of what it no longer names. */
function writeCache(outDir: string, fingerprint: string, prepared: PreparedCache): void {
  const dir = path.join(outDir, CACHE_DIR);
  for (const [file, body] of prepared.later) writeFileAtomic(file, body);
  writeFileAtomic(path.join(dir, 'manifest.json'), JSON.stringify({ version: VERSION, fingerprint, entries: prepared.entries } satisfies Manifest) + '\n');
  for (const f of fs.existsSync(path.join(dir, 'docs')) ? fs.readdirSync(path.join(dir, 'docs')) : []) {
    if (!prepared.keep.has(f)) fs.rmSync(path.join(dir, 'docs', f), { force: true });
  }
}
