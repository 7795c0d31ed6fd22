// Letters that Unicode does not decompose into a base letter and a mark ("ı" in "Yıldırım", "ø", "ß").
const ASCII = /^[\x00-\x7f]*$/;
const EXTRA: Record<string, string> = { ı: 'i', ø: 'o', ł: 'l', đ: 'd', ħ: 'h', æ: 'ae', œ: 'oe', ß: 'ss', þ: 'th', ð: 'd' };

/** Case- and diacritic-folded form of a word, for dictionary lookup ("François" -> "francois", "Erdoğan" -> "erdogan"). */
export function fold(s: string): string {
  // plain ASCII has nothing to decompose or replace
  if (ASCII.test(s)) return s.toLowerCase();
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[ıøłđħæœßþð]/g, (c) => EXTRA[c]);
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
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    out.push({ text: m[0], key: fold(m[0]), start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return out;
}

/** A stable id from a name: lower-case words joined by '-' ("Bashar al-Assad" -> "bashar-al-assad"). */
export function slug(s: string): string {
  return fold(s).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
