// Bytes -> text: detects binary files, byte-order marks, UTF-16 without a BOM and legacy 8-bit
// encodings, and cleans characters that no later stage (nor XML) can carry.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { Message } from '../types.ts';

/** What a file's bytes turned out to be: text (with notes on how it was decoded) or a reason to skip it. */
export type Decoded = { text: string; messages: Message[] } | { skip: Message };

// Signatures of the binary formats people most often hand to a text tool by mistake.
const MAGIC: Array<[string, number[], number?]> = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a ZIP archive (or .docx/.xlsx/.epub)', [0x50, 0x4b, 0x03, 0x04]],
  ['a ZIP archive', [0x50, 0x4b, 0x05, 0x06]],
  ['a gzip archive', [0x1f, 0x8b, 0x08]],
  ['a bzip2 archive', [0x42, 0x5a, 0x68, 0x39, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59]],
  ['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['an xz archive', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['a TIFF image', [0x49, 0x49, 0x2a, 0x00]],
  ['a TIFF image', [0x4d, 0x4d, 0x00, 0x2a]],
  ['a WebP image', [0x57, 0x45, 0x42, 0x50], 8],
  ['an MP4 or QuickTime video', [0x66, 0x74, 0x79, 0x70], 4],
  ['an Ogg media file', [0x4f, 0x67, 0x67, 0x53]],
  ['an MP3 file', [0x49, 0x44, 0x33, 0x03]],
  ['an MP3 file', [0x49, 0x44, 0x33, 0x04]],
  ['an ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['a legacy Office document (.doc/.xls)', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['an SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x6d, 0x61, 0x74]],
  ['a WebAssembly module', [0x00, 0x61, 0x73, 0x6d]],
];

const startsWith = (b: Uint8Array, sig: number[], at = 0) => b.length >= at + sig.length && sig.every((x, i) => b[at + i] === x);

/** The name of a known binary format whose signature opens the bytes, or null. */
export function binaryKind(b: Uint8Array): string | null {
  for (const [name, sig, at] of MAGIC) if (startsWith(b, sig, at)) return name;
  return null;
}

const SAMPLE = 1 << 16;

/**
 * 'le' or 'be' when the bytes look like UTF-16 without a BOM: NUL in many high bytes (spaces, digits and
 * Latin letters) and few low ones, and a sample that decodes to text without controls or broken pairs.
 */
function utf16Guess(b: Uint8Array): 'le' | 'be' | null {
  const n = Math.min(b.length, SAMPLE) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenNul++;
    if (b[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  // NUL low bytes occur too (U+0100, U+2C00, surrogates like U+DE00), but far more rarely than NUL high bytes
  const order = oddNul >= pairs * 0.1 && evenNul * 4 <= oddNul ? 'le' : evenNul >= pairs * 0.1 && oddNul * 4 <= evenNul ? 'be' : null;
  if (!order) return null;
  const sample = iconv.decode(Buffer.from(b.buffer, b.byteOffset, n), order === 'le' ? 'utf-16le' : 'utf-16be');
  const bad = sample.match(/[\x00-\x08\x0e-\x1f\ufffd]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g)?.length ?? 0;
  return bad <= pairs * 0.01 ? order : null;
}

/** Whether a sample of the bytes holds more NUL or other control bytes than a text with a few stray ones would. */
function looksBinary(b: Uint8Array): boolean {
  const n = Math.min(b.length, SAMPLE);
  let nul = 0;
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i];
    if (c === 0) nul++;
    else if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x0b && c !== 0x1b) controls++;
  }
  return nul > Math.max(1, n * 0.001) || nul + controls > n * 0.1;
}

const lineOf = (text: string, index: number) => {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
};

const SINGLE_BYTE = /^(?:windows-125\d|iso-8859-\d{1,2}|koi8-[ru])$/i;
const LATIN = /^(?:windows-125[0247]|iso-8859-(?:1|2|3|4|9|10|13|14|15|16))$/;

/**
 * How plausible a decoding is as prose: letters outside ASCII count for it; C1 controls, U+FFFD and
 * Latin-1 symbols inside a word (Polish "Za¿ó³æ" read as windows-1252) count against it.
 */
function plausibility(text: string): number {
  let score = 0;
  const letter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if ((c >= 0x80 && c <= 0x9f) || c === 0xfffd) score -= 2;
    else if (letter(text[i])) score += 1;
    else if (c >= 0xa0 && c <= 0xbf && letter(text[i - 1]) && letter(text[i + 1])) score -= 2;
  }
  return score;
}

/**
 * The 8-bit encoding of non-UTF-8 bytes: of windows-1252 and chardet's single-byte candidates, the one
 * whose decoding reads most like prose; on a tie chardet's confident non-Latin choice, else windows-1252 (chardet
 * alone is unreliable on short text, and browsers read Latin-1 as windows-1252 too).
 */
function legacyEncoding(b: Uint8Array): string {
  const sample = Buffer.from(b.buffer, b.byteOffset, Math.min(b.byteLength, SAMPLE));
  const matches = chardet.analyse(sample).filter((m) => SINGLE_BYTE.test(m.name) && m.confidence >= 10 && iconv.encodingExists(m.name));
  // chardet's confident first choice breaks a tie for other scripts (Greek and Cyrillic read as letters in
  // windows-1252 too); between Latin encodings the Western one wins
  const first = matches[0]?.name.toLowerCase();
  const favourite = first && matches[0].confidence >= 30 && !LATIN.test(first) ? first : 'windows-1252';
  const scored = ['windows-1252', ...matches.map((m) => m.name.toLowerCase()).filter((n) => n !== 'iso-8859-1')]
    .map((name) => ({ name, score: plausibility(iconv.decode(sample, name)) }));
  const top = Math.max(...scored.map((x) => x.score));
  const winners = scored.filter((x) => x.score === top).map((x) => x.name);
  return winners.includes(favourite) ? favourite : winners[0];
}

/** The 8-bit charset an HTML page declares in a `<meta>` near its start (`charset=` or `http-equiv` content), when iconv knows it. */
function declaredCharset(b: Uint8Array): string | null {
  const head = Buffer.from(b.buffer, b.byteOffset, Math.min(b.byteLength, 2048)).toString('latin1');
  for (const tag of head.match(/<meta\b[^<>]{0,500}>/gi) ?? []) {
    const m = /charset\s*=\s*["']?([A-Za-z0-9_:.-]{1,40})/i.exec(tag);
    if (!m) continue;
    const name = m[1].toLowerCase();
    if (/^(?:utf-?8|utf-?16|unicode)/.test(name) || !iconv.encodingExists(name)) return null;
    // as browsers do: Latin-1 and ASCII labels mean windows-1252
    return /^(?:iso-?8859-1|latin-?1|us-ascii|ascii)$/.test(name) ? 'windows-1252' : name;
  }
  return null;
}

/** Text of a file's bytes; binary input gives a skip message, a lossy or legacy decoding a warning. */
export function decodeBytes(b: Uint8Array, file: string): Decoded {
  const warn = (ruleId: string, reason: string, line?: number): Message => ({ file, severity: 'warning', ruleId, reason, ...(line && { line }) });
  const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  const kind = binaryKind(b);
  if (kind) return { skip: warn('binary-file', `binary file (${kind}), not text; skipped`) };
  let text: string;
  const messages: Message[] = [];
  if (startsWith(b, [0xff, 0xfe, 0x00, 0x00])) text = iconv.decode(buf.subarray(4), 'utf-32le');
  else if (startsWith(b, [0x00, 0x00, 0xfe, 0xff])) text = iconv.decode(buf.subarray(4), 'utf-32be');
  else if (startsWith(b, [0xff, 0xfe])) text = iconv.decode(buf.subarray(2), 'utf-16le');
  else if (startsWith(b, [0xfe, 0xff])) text = iconv.decode(buf.subarray(2), 'utf-16be');
  else {
    const u16 = utf16Guess(b);
    if (u16) text = iconv.decode(buf, u16 === 'le' ? 'utf-16le' : 'utf-16be');
    else if (looksBinary(b)) return { skip: warn('binary-file', 'binary file (NUL or control bytes), not text; skipped') };
    else {
      const body = startsWith(b, [0xef, 0xbb, 0xbf]) ? buf.subarray(3) : buf;
      try {
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
      } catch {
        const lossy = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
        let bad = 0;
        let good = 0;
        for (let i = 0; i < lossy.length; i++) {
          const c = lossy.charCodeAt(i);
          if (c === 0xfffd) bad++;
          else if (c >= 0x80) good++;
        }
        if (bad > good) {
          // No or few real UTF-8 sequences: an 8-bit encoding. Latin-1 is read as its superset windows-1252, as browsers do.
          const declared = declaredCharset(body);
          const enc = declared ?? legacyEncoding(body);
          text = iconv.decode(body, enc);
          messages.push(warn('legacy-encoding', `not UTF-8; decoded as ${enc.toLowerCase()}${declared ? ' (declared by the page)' : ''}`));
        } else {
          text = lossy;
          messages.push(warn('invalid-utf8', `invalid UTF-8 (${bad} bad byte sequence${bad === 1 ? '' : 's'}, first on this line) replaced by U+FFFD`, lineOf(lossy, lossy.indexOf('\ufffd'))));
        }
      }
    }
  }
  const clean = cleanText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (clean.replaced) messages.push(warn('control-chars', `${clean.replaced} control or invalid character${clean.replaced === 1 ? '' : 's'} replaced (first on this line)`, lineOf(clean.text, clean.first)));
  return { text: clean.text, messages };
}

// C0 controls other than tab and line breaks, DEL and C1 controls (XML 1.0 forbids most; none is text).
const CONTROL = /[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]/g;
// Page and line breaks XML cannot carry: kept as line breaks, same length.
const BREAKS = /[\x0b\x0c\x85]/g;
// Lone surrogates and the non-characters U+FFFE/U+FFFF: not encodable as UTF-8 nor allowed in XML.
const INVALID = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g;

/**
 * Makes a string safe for every later stage without moving any offset: controls become spaces,
 * page breaks line breaks, lone surrogates U+FFFD. `replaced` counts the controls and invalid
 * characters, `first` is the index of the first.
 */
export function cleanText(text: string): { text: string; replaced: number; first: number } {
  let out = text;
  let replaced = 0;
  let first = -1;
  const note = (offset: number) => { replaced++; if (first < 0 || offset < first) first = offset; };
  out = out.replace(BREAKS, '\n');
  out = out.replace(CONTROL, (_c, offset: number) => { note(offset); return ' '; });
  out = out.replace(INVALID, (_c, offset: number) => { note(offset); return '\ufffd'; });
  return { text: out, replaced, first };
}
