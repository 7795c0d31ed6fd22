/** Case- and diacritic-folded form of a word, for dictionary lookup ("François" -> "francois"). */
export function fold(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

export interface Token {
  /** Surface text. */
  text: string;
  /** Folded form used as the trie key. */
  key: string;
  start: number;
  end: number;
}

// Letters and digits, with inner apostrophes and hyphens kept apart as their own tokens so that
// "al-Assad" and "al Assad" fold alike and "Russia's" yields "Russia" then "s".
const WORD = /[\p{L}\p{N}]+/gu;

/** Word tokens of a text with their offsets (JavaScript string indices). */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ text: m[0], key: fold(m[0]), start: offset + m.index!, end: offset + m.index! + m[0].length });
  }
  return out;
}
