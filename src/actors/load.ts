import fs from 'node:fs';
import path from 'node:path';
import type { ActorEntry } from '../types.ts';
import { makeDictionary, parseActorList, type Dictionary } from './dictionary.ts';

export const DEFAULT_ACTORS_DIR = path.join(path.dirname(new URL(import.meta.url).pathname), '../../data/actors');

/** Reads one JSON dictionary file. */
export function readActorFile(file: string): ActorEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: cannot read actor dictionary (${(e as Error).message.split('\n')[0]})`);
  }
  return parseActorList(data, file);
}

/** The default dictionary: every JSON file of `data/actors/`, in name order. */
export function loadDefaultDictionary(dir = DEFAULT_ACTORS_DIR): Dictionary {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  return makeDictionary(files.map((f) => readActorFile(path.join(dir, f))));
}

/** The default dictionary extended by a user's file (`--actors`), or replaced by it with `replace`. */
export function loadDictionary(opts: { actorsFile?: string; replace?: boolean } = {}): Dictionary {
  const user = opts.actorsFile ? [readActorFile(opts.actorsFile)] : [];
  if (opts.replace) return makeDictionary(user);
  const base = loadDefaultDictionary();
  return makeDictionary([[...base.entries.values()], ...user]);
}
