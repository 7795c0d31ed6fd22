import fs from 'node:fs';
import path from 'node:path';
import { makeDictionary, parseActorList, parseAgentList, type Agent, type DictEntry, type Dictionary } from './dictionary.ts';
import { parseActorsText, parseAgentsText } from './petrarch.ts';

export const DEFAULT_ACTORS_DIR = path.join(path.dirname(new URL(import.meta.url).pathname), '../../data/actors');
const AGENTS_FILE = 'agents.json';
const BLOCKS_FILE = 'non-actors.json';

function readJson(file: string, what: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: cannot read ${what} (${(e as Error).message.split('\n')[0]})`);
  }
}

/** Reads one JSON dictionary file. */
export function readActorFile(file: string): DictEntry[] {
  return parseActorList(readJson(file, 'actor dictionary'), file);
}

/** The default dictionary: every JSON actor file of `data/actors/` in name order, and its agent nouns. */
export function loadDefaultDictionary(dir = DEFAULT_ACTORS_DIR): Dictionary {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json') && f !== AGENTS_FILE && f !== BLOCKS_FILE).sort();
  const agentsPath = path.join(dir, AGENTS_FILE), blocksPath = path.join(dir, BLOCKS_FILE);
  const agents: Agent[] = fs.existsSync(agentsPath) ? parseAgentList(readJson(agentsPath, 'agent nouns'), agentsPath) : [];
  const blocks = fs.existsSync(blocksPath) ? readJson(blocksPath, 'non-actor phrases') : [];
  if (!Array.isArray(blocks) || blocks.some((b) => typeof b !== 'string')) throw new Error(`${blocksPath}: expected a JSON array of phrases`);
  return makeDictionary(files.map((f) => readActorFile(path.join(dir, f))), { agents, blocks });
}

/** Whether a file is a PETRARCH/CAMEO text dictionary rather than our JSON. */
export const isCodesDictionary = (file: string) => !/\.json$/i.test(file) && (/\.txt$/i.test(file) || !/^\s*[[{]/.test(fs.readFileSync(file, 'utf8').slice(0, 200)));

/**
 * Reads a PETRARCH `.actors.txt` file and its sibling agents file (`X.actors.txt` -> `X.agents.txt`, when
 * present). Its ids are the dictionary's codes, so it replaces the default dictionary rather than extending it.
 */
export function readCodesDictionary(file: string): Dictionary {
  let text: string;
  try { text = fs.readFileSync(file, 'utf8'); } catch (e) { throw new Error(`${file}: cannot read actor dictionary (${(e as Error).message.split('\n')[0]})`); }
  const { phrases, entries } = parseActorsText(text, file);
  const agentsFile = file.replace(/actors(\.txt)$/i, 'agents$1');
  const agents = agentsFile !== file && fs.existsSync(agentsFile) ? parseAgentsText(fs.readFileSync(agentsFile, 'utf8'), agentsFile) : [];
  return makeDictionary([entries], { phrases, agents, format: 'codes' });
}

/** The default dictionary extended by a user's JSON file (`--actors`), replaced by it with `replace`, or a PETRARCH dictionary. */
export function loadDictionary(opts: { actorsFile?: string; replace?: boolean } = {}): Dictionary {
  if (opts.actorsFile && !fs.existsSync(opts.actorsFile)) throw new Error(`${opts.actorsFile}: no such actor dictionary`);
  if (opts.actorsFile && isCodesDictionary(opts.actorsFile)) return readCodesDictionary(opts.actorsFile);
  const user = opts.actorsFile ? [readActorFile(opts.actorsFile)] : [];
  if (opts.replace) return makeDictionary(user);
  const base = loadDefaultDictionary();
  return makeDictionary([[...base.entries.values()], ...user], { agents: base.agents, blocks: base.blocks });
}
