// Reader for PETRARCH/CAMEO text dictionaries (`.actors.txt` with its sibling `.agents.txt`), the format
// analysts maintain for event coding. Phrases are words joined by '_' or spaces; codes sit in brackets,
// optionally bounded by dates ("[HOBGOV 19950601-19990815]", "[RHO <790606]", "[HOBELI >20130119]").
import type { Agent, DatedCode, DictEntry, Phrase } from './dictionary.ts';

/** Removes `<!-- ... -->` comments (also over several lines) and `#` comments to the end of a line. */
export function stripComments(text: string): string[] {
  const noXml = text.replace(/<!?\s*--[\s\S]*?-->/g, (m) => m.replace(/[^\n]/g, ' '));
  return noXml.split('\n').map((l) => l.replace(/#.*$/, '').trimEnd());
}

/** "YYMMDD" or "YYYYMMDD" to ISO; two-digit years below 30 are 20xx, as in TABARI. */
export function codeDate(d: string, file: string): string {
  const s = d.trim();
  if (/^\d{8}$/.test(s)) return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
  if (/^\d{6}$/.test(s)) { const yy = Number(s.slice(0, 2)); return `${yy < 30 ? 20 : 19}${s.slice(0, 2)}-${s.slice(2, 4)}-${s.slice(4, 6)}`; }
  throw new Error(`${file}: date "${d}" is neither YYMMDD nor YYYYMMDD`);
}

const dayBefore = (iso: string) => new Date(Date.parse(iso) - 86400000).toISOString().slice(0, 10);
const dayAfter = (iso: string) => new Date(Date.parse(iso) + 86400000).toISOString().slice(0, 10);

/** One bracketed code with its restriction: "[CODE]", "[CODE <date]", "[CODE >date]", "[CODE d1-d2]". */
export function parseCode(inner: string, file: string): DatedCode {
  const m = /^\s*([^\s<>]+)\s*(.*)$/.exec(inner);
  if (!m) throw new Error(`${file}: empty code "[${inner}]"`);
  // "---" and "+++" mark phrases that name no actor; "A/B/C" names several
  const ids = /[A-Za-z]/.test(m[1]) ? m[1].toUpperCase().split('/').filter(Boolean) : [];
  const r = m[2].trim();
  if (!r) return { ids };
  let x: RegExpExecArray | null;
  if ((x = /^<\s*(\d+)$/.exec(r))) return { ids, to: dayBefore(codeDate(x[1], file)) };
  if ((x = /^>\s*(\d+)$/.exec(r))) return { ids, from: dayAfter(codeDate(x[1], file)) };
  if ((x = /^(\d+)\s*-\s*(\d+)$/.exec(r))) return { ids, from: codeDate(x[1], file), to: codeDate(x[2], file) };
  throw new Error(`${file}: cannot read the date restriction "${r}" of code "${m[1]}"`);
}

const phraseText = (raw: string) => raw.trim().replace(/_+$/, '').split(/[_\s]+/).filter(Boolean).join(' ');
const BRACKETS = /\[([^\]]*)\]/g;

/** Parses an `.actors.txt` file into phrases with (date-bounded) codes, and one entry per code. */
export function parseActorsText(text: string, file: string): { phrases: Phrase[]; entries: DictEntry[] } {
  const blocks: Array<{ names: string[]; codes: DatedCode[]; line: number }> = [];
  stripComments(text).forEach((line, i) => {
    if (!line.trim()) return;
    const codes = [...line.matchAll(BRACKETS)].map((m) => parseCode(m[1], `${file}:${i + 1}`));
    const name = line.replace(BRACKETS, '').trim();
    if (/^\s/.test(line) && !name) {
      if (!blocks.length) throw new Error(`${file}:${i + 1}: a code line before any actor phrase`);
      blocks[blocks.length - 1].codes.push(...codes);
    } else if (name.startsWith('+')) {
      if (!blocks.length) throw new Error(`${file}:${i + 1}: a synonym "${name}" before any actor phrase`);
      blocks[blocks.length - 1].names.push(phraseText(name.slice(1)));
      blocks[blocks.length - 1].codes.push(...codes);
    } else if (name) {
      blocks.push({ names: [phraseText(name)], codes, line: i + 1 });
    }
  });
  const phrases: Phrase[] = [];
  const entries = new Map<string, DictEntry>();
  for (const b of blocks) {
    // date-bounded codes first, in file order; an unbounded code is the default
    const codes = [...b.codes.filter((c) => c.from || c.to), ...b.codes.filter((c) => !c.from && !c.to)];
    for (const n of b.names) if (n) phrases.push({ text: n, codes });
    for (const c of codes) for (const id of c.ids) {
      if (!entries.has(id)) entries.set(id, { id, label: titleCase(b.names[0]), kind: id.length === 3 ? 'country' : 'organization', aliases: [], affiliation: null, iso3: null });
    }
  }
  return { phrases, entries: [...entries.values()] };
}

const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());

/** PETRARCH's regular plural of a noun phrase's last word. */
export function pluralOf(phrase: string): string {
  const words = phrase.split(' ');
  // the head of "MINISTER OF SILLY WALKS" is the word before "OF"
  const of = words.findIndex((w) => /^of$/i.test(w));
  const at = of > 0 ? of - 1 : words.length - 1;
  const w = words[at];
  if (/MEN$/i.test(w)) return phrase;
  words[at] = /[^AEIOU]Y$/i.test(w) ? w.slice(0, -1) + 'IES' : /(S|SH|CH|X|Z)$/i.test(w) ? w + 'ES' : /MAN$/i.test(w) ? w.slice(0, -3) + 'MEN' : w + 'S';
  return words.join(' ');
}

/** Parses an `.agents.txt` file: "!NAME! = A, B" substitutions and "PHRASE {PLURALS} [~CODE]" lines. */
export function parseAgentsText(text: string, file: string): Agent[] {
  const subs = new Map<string, string[]>();
  const out: Agent[] = [];
  stripComments(text).forEach((line, i) => {
    if (!line.trim()) return;
    const sub = /^\s*(![A-Z0-9_]+!)\s*=\s*(.+)$/i.exec(line);
    if (sub) { subs.set(sub[1].toUpperCase(), sub[2].split(',').map((s) => s.trim()).filter(Boolean)); return; }
    // no lazy quantifier beside \s*: each part is bounded by a delimiter, so matching is linear in the line
    const m = /^([^{[]+)(?:\{([^}]*)\})?\s*\[([^\]]*)\]/.exec(line);
    if (!m) throw new Error(`${file}:${i + 1}: expected "PHRASE [~CODE]", got "${line.trim()}"`);
    const code = m[3].replace(/\s+/g, '');
    m[1] = m[1].trim();
    if (!code.includes('~')) throw new Error(`${file}:${i + 1}: agent code "${code}" has no "~" to place it`);
    const position = code.startsWith('~') ? 'suffix' : 'prefix';
    const bare = code.replace('~', '').toUpperCase();
    let forms = [m[1].trim()];
    for (const [k, alts] of subs) forms = forms.flatMap((f) => (f.toUpperCase().includes(k) ? alts.map((a) => f.toUpperCase().split(k).join(a)) : [f]));
    for (const f of forms) {
      const singular = phraseText(f);
      const plurals = m[2] === undefined ? [pluralOf(singular)] : m[2].trim().split(/\s+/).filter(Boolean).map(phraseText);
      for (const t of [singular, ...plurals]) out.push({ text: t, code: bare, position });
    }
  });
  return out;
}
