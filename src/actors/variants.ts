// Name variants of a person, made when the dictionary is compiled so that users' dictionaries get them too:
// "George W. Bush" -> "George Bush"; "Bashar al-Assad" -> "Bashar Assad"; surnames "Assad", "al-Assad", "de Mistura".
import { fold } from './normalize.ts';

const PARTICLES = new Set(['al', 'el', 'ad', 'as', 'an', 'ar', 'at', 'az', 'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'zu', 'bin', 'ibn', 'ben', 'abu', 'bar']);
// Arabic article: "al-Assad" is also just "Assad"
const ARTICLE = new Set(['al', 'el', 'ad', 'as', 'an', 'ar', 'at', 'az']);
// surnames that are also common words or month names, and so need the full name or an earlier mention
const COMMON = new Set(['may', 'power', 'hague', 'gates', 'rice', 'cook', 'fox', 'hunt', 'straw', 'king', 'love', 'young', 'white', 'black', 'green', 'long', 'little', 'rich', 'will', 'mark', 'grant', 'chance', 'hope', 'bishop', 'church', 'major', 'march', 'price', 'law', 'lord', 'bell', 'reid', 'brown', 'wallace', 'cohen', 'jung', 'gul', 'cem', 'li', 'wang', 'yang', 'ivanov', 'singh', 'khan', 'ali', 'hussein', 'abbas', 'said', 'sharif', 'saleh', 'hassan', 'ahmed', 'mohammed', 'salman', 'abdullah', 'hamad', 'khalifa', 'tamim', 'zayed', 'charles', 'elizabeth', 'francis', 'lee', 'park', 'moon', 'kim', 'chung', 'gordon', 'thomas', 'james', 'david', 'michel', 'michael', 'martin', 'morgan']);

export interface NameVariants {
  full: string[];
  surnames: string[];
}

/** Variants of a person's name: fuller forms, and the surnames that may stand for it alone. */
export function personVariants(name: string): NameVariants {
  const words = name.replace(/\./g, '').split(/[\s-]+/).filter(Boolean);
  if (words.length < 2 || words.some((w) => /^(bin|ibn)$/i.test(w))) return { full: [], surnames: [] };
  const full = new Set<string>();
  const noInitials = words.filter((w, i) => i === words.length - 1 || w.length > 1);
  if (noInitials.length !== words.length) full.add(noInitials.join(' '));
  const noArticle = noInitials.filter((w) => !ARTICLE.has(w.toLowerCase()));
  if (noArticle.length !== noInitials.length && noArticle.length >= 2) full.add(noArticle.join(' '));
  // the surname is the last word with the particles before it ("de Mistura", "von der Leyen", "al-Assad")
  let k = words.length - 1;
  while (k - 1 > 0 && PARTICLES.has(words[k - 1].toLowerCase())) k--;
  const last = words[words.length - 1];
  const surnames = new Set<string>();
  if (!COMMON.has(fold(last)) && last.length > 2 && /^\p{Lu}/u.test(last)) {
    if (k < words.length - 1) surnames.add(words.slice(k).join(' '));
    if (k === words.length - 1 || words.slice(k, -1).every((w) => ARTICLE.has(w.toLowerCase()))) surnames.add(last);
  }
  return { full: [...full], surnames: [...surnames] };
}
