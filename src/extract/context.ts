import type { Dictionary } from '../actors/dictionary.ts';
import { loadDictionary } from '../actors/load.ts';
import { compileMatcher, type Matcher } from '../actors/matcher.ts';
import { loadLexicon, type Lexicon } from './lexicon.ts';

/** What extraction needs besides the text: compiled once per process, shared by every document. */
export interface ExtractContext {
  dictionary: Dictionary;
  matcher: Matcher;
  lexicon: Lexicon;
}

/** Loads the dictionaries and lexicon and compiles them. */
export function createContext(opts: { actorsFile?: string; replaceActors?: boolean } = {}): ExtractContext {
  const dictionary = loadDictionary({ actorsFile: opts.actorsFile, replace: opts.replaceActors });
  return { dictionary, matcher: compileMatcher(dictionary), lexicon: loadLexicon() };
}
