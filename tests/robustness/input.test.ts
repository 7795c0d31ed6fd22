// Messy input read from real files: each problem gives one message naming the file, the rest still reads.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { readFile, readInputs } from '../../src/ingest/read.ts';
import { MAX_SENTENCE_CHARS, segment } from '../../src/ingest/segment.ts';
import { createContext } from '../../src/extract/context.ts';
import { extractDocument } from '../../src/extract/document.ts';
import type { Message } from '../../src/types.ts';

/** No lone surrogate (String.prototype.isWellFormed, which the project's TypeScript lib does not declare). */
const wellFormed = (t: string) => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(t);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-input-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Uint8Array) => {
  const p = path.join(dir, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
};
const only = (messages: Message[]) => {
  expect(messages).toHaveLength(1);
  return messages[0];
};

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const PDF = new TextEncoder().encode('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n');
const ZIP = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]);

describe('reading files', () => {
  it.each([
    ['photo.txt', PNG, /PNG image/],
    ['report.pdf', PDF, /PDF document/],
    ['articles.zip', ZIP, /ZIP archive/],
    ['notes.txt', Uint8Array.from([0x48, 0x69, 0x00, 0x01, 0x02, 0xff, 0x00]), /NUL or control bytes/],
    ['gz.jsonl', Uint8Array.from([0x1f, 0x8b, 0x08, 0, 0, 0]), /gzip/],
  ])('skips the binary file %s with one warning naming it', (name, bytes, why) => {
    const f = file(`bin/${name}`, bytes);
    const r = readFile(f);
    expect(r.docs).toEqual([]);
    const m = only(r.messages);
    expect(m).toMatchObject({ file: f, severity: 'warning', ruleId: 'binary-file' });
    expect(m.reason).toMatch(why);
  });

  it('skips a graph export or other non-document named by mistake', () => {
    for (const name of ['graph.json', 'graph.gexf', 'nodes.csv']) {
      const f = file(`exports/${name}`, name.endsWith('.json') ? '{"nodes": []}' : 'Id,Label\n');
      const r = readFile(f);
      expect(r.docs).toEqual([]);
      expect(only(r.messages)).toMatchObject({ file: f, ruleId: 'not-a-document' });
    }
  });

  it('skips empty and blank files with a warning', () => {
    for (const [name, content] of [['empty.txt', ''], ['blank.md', ' \n\t\r\n'], ['empty.jsonl', '']] as const) {
      const r = readFile(file(`empty/${name}`, content));
      expect(r.docs).toEqual([]);
      if (name.endsWith('.jsonl')) expect(r.messages).toEqual([]);
      else expect(only(r.messages).ruleId).toBe('empty-file');
    }
  });

  it('decodes Windows-1252 and Latin-1 text, with a warning that says so', () => {
    const text = 'Le président français a déclaré à Moscou: “la Russie soutient Assad” — naïveté, façade, œuvre.';
    const r = readFile(file('legacy/fr.txt', iconv.encode(text, 'windows-1252')));
    expect(r.docs[0].text).toBe(text);
    expect(only(r.messages)).toMatchObject({ ruleId: 'legacy-encoding', severity: 'warning' });
    const short = readFile(file('legacy/de.txt', iconv.encode('München, Zürich und Köln.', 'latin1')));
    expect(short.docs[0].text).toBe('München, Zürich und Köln.');
  });

  it('decodes an HTML page in the 8-bit charset its <meta> declares', () => {
    const text = 'Příliš žluťoučký kůň úpěl ďábelské ódy.';
    const page = (charset: string) => Buffer.concat([Buffer.from(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"><title>t</title></head><body><p>`), iconv.encode(text, charset), Buffer.from('</p></body></html>')]);
    const r = readFile(file('legacy/cz.html', page('windows-1250')));
    expect(r.docs[0].text).toBe(text);
    expect(only(r.messages).reason).toMatch(/windows-1250 \(declared by the page\)/);
    expect(readFile(file('legacy/cz2.html', page('iso-8859-2'))).docs[0].text).toBe(text);
  });

  it.each([
    ['windows-1251', 'Путин заявил, что Россия поддерживает Асада в Сирии и не уйдёт оттуда без договорённости с Вашингтоном.'],
    ['koi8-r', 'Путин заявил, что Россия поддерживает Асада.'],
    ['iso-8859-7', 'Ο πρωθυπουργός δήλωσε ότι η Ελλάδα στηρίζει.'],
    ['windows-1250', 'Zażółć gęślą jaźń. Polska i Węgry.'],
    ['windows-1250', 'Příliš žluťoučký kůň úpěl ďábelské ódy. Česká republika a Polsko.'],
    ['windows-1252', 'München, Zürich und Köln. Große Straße; œuvre, façade.'],
  ])('decodes short text in %s, which no detector alone gets right every time', (enc, text) => {
    const r = readFile(file(`legacy/${enc}-${text.length}.txt`, iconv.encode(text, enc)));
    expect(r.docs[0].text).toBe(text);
    expect(only(r.messages).reason).toBe(`not UTF-8; decoded as ${enc}`);
  });

  it('reads UTF-16 and UTF-32 with a BOM, UTF-16 without one, and drops a UTF-8 BOM', () => {
    const text = 'Russia supports Assad. Émile said “no” 😀.';
    for (const [name, bytes] of [
      ['le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')])],
      ['be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')])],
      ['nobom.txt', iconv.encode(text, 'utf-16le')],
      ['u32.txt', Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), iconv.encode(text, 'utf-32le')])],
      ['bom8.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
    ] as const) {
      const r = readFile(file(`utf/${name}`, bytes));
      expect(r.docs[0].text, name).toBe(text);
      expect(r.messages, name).toEqual([]);
    }
  });

  it('recognises UTF-16 without a BOM in non-Latin scripts too', () => {
    const text = 'Путин заявил, что Россия поддерживает Асада. 普京说俄罗斯支持阿萨德。';
    expect(readFile(file('utf/ru16le.txt', iconv.encode(text, 'utf-16le'))).docs[0].text).toBe(text);
    expect(readFile(file('utf/ru16be.txt', iconv.encode(text, 'utf-16be'))).docs[0].text).toBe(text);
  });

  it('replaces invalid UTF-8 in mostly UTF-8 text and names the line', () => {
    const bytes = Buffer.concat([Buffer.from('Première ligne.\nDeuxième ligne \n'), Buffer.from([0xc3, 0x28]), Buffer.from(' fin.\n')]);
    const r = readFile(file('bad-utf8.txt', bytes));
    expect(r.docs[0].text).toBe('Première ligne.\nDeuxième ligne \n\ufffd( fin.\n');
    expect(only(r.messages)).toMatchObject({ ruleId: 'invalid-utf8', line: 3 });
  });

  it('replaces control characters with spaces, keeping every offset', () => {
    const text = 'Russia\u0007 attacked\u0000 Ukraine.\u001b[0m Done\u007f.\fNext page.';
    const r = readFile(file('controls.txt', text));
    expect(r.docs[0].text).toBe('Russia  attacked  Ukraine. [0m Done .\nNext page.');
    expect(r.docs[0].text).toHaveLength(text.length);
    expect(only(r.messages)).toMatchObject({ ruleId: 'control-chars', line: 1 });
  });

  it('takes the visible text of HTML pages: script, style and navigation dropped, entities decoded, title kept', () => {
    const page = `<!DOCTYPE html><html><head><title>Syria &amp; Russia</title><style>p { color: red }</style>
      <script>document.write("Russia attacked France.")</script></head>
      <body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
      <article><h1>Moscow&rsquo;s move</h1><p>Russia supports Assad.<br>The US &lt;strongly&gt; objects.</p>
      <p>Comment: <b>nice</b> &#x1F600;</p></article><noscript>Enable JavaScript</noscript></body></html>`;
    for (const name of ['page.html', 'page.htm', 'page-as-text.txt']) {
      const r = readFile(file(`html/${name}`, page));
      const d = r.docs[0];
      expect(d.title).toBe('Syria & Russia');
      expect(d.text).toBe('Moscow’s move\n\nRussia supports Assad.\nThe US <strongly> objects.\n\nComment: nice 😀');
      expect(d.text).not.toMatch(/document\.write|color: red|Home|Enable JavaScript/);
    }
    expect(readFile(file('html/lt.txt', 'If x < 3 then <b>bold</b> stays as text.')).docs[0].text).toBe('If x < 3 then <b>bold</b> stays as text.');
  });

  it('reads JSONL with malformed lines and missing fields: one warning per bad line, with its number', () => {
    const lines = [
      JSON.stringify({ id: 'ok1', text: 'Russia attacked Ukraine.', date: '20140301', title: 'T' }),
      '{"id": "broken", "text": "unterminated',
      '',
      JSON.stringify({ id: 'no-text', title: 'x' }),
      JSON.stringify(['not', 'a', 'record']),
      JSON.stringify({ id: 'num-text', text: 42 }),
      JSON.stringify({ id: 'blank', text: '   ' }),
      JSON.stringify({ text: 'No id here.', date: 'yesterday', title: { nested: true } }),
      'null',
      JSON.stringify({ id: 'html', text: '<html><body><p>Russia &amp; Iran.</p><script>x()</script></body></html>' }),
      JSON.stringify({ id: 'ok1', text: 'A duplicate id.' }),
    ];
    const f = file('records.jsonl', lines.join('\r\n'));
    const r = readInputs([f]);
    expect(r.docs.map((d) => d.id)).toEqual(['ok1', 'records.jsonl:8', 'html', 'ok1~2']);
    expect(r.docs[0]).toMatchObject({ date: '2014-03-01', title: 'T', text: 'Russia attacked Ukraine.' });
    expect(r.docs[1].date).toBeUndefined();
    expect(r.docs[2].text).toBe('Russia & Iran.');
    const byLine = Object.fromEntries(r.messages.filter((m) => m.line).map((m) => [m.line, m.ruleId]));
    expect(byLine).toEqual({ 2: 'jsonl-malformed', 4: 'jsonl-missing-text', 5: 'jsonl-not-object', 6: 'jsonl-missing-text', 7: 'jsonl-empty-text', 8: 'jsonl-bad-field', 9: 'jsonl-not-object' });
    expect(r.messages.find((m) => m.ruleId === 'duplicate-id')?.reason).toMatch(/"ok1".*"ok1~2"/);
    for (const m of r.messages) expect(m.file).toBe(f);
  });

  it('reads a folder past unreadable, binary and looping entries; other file types are not read', () => {
    const root = path.join(dir, 'tree');
    file('tree/a.txt', 'Russia attacked Ukraine.');
    file('tree/sub/b.md', 'France supports Ukraine.');
    file('tree/sub/c.txt', PNG);
    file('tree/image.png', PNG);
    file('tree/.hidden.txt', 'secret');
    fs.symlinkSync(root, path.join(root, 'sub', 'loop'));
    fs.symlinkSync(path.join(dir, 'nowhere.txt'), path.join(root, 'dangling.txt'));
    const r = readInputs([root, path.join(dir, 'missing-dir')]);
    expect(r.docs.map((d) => d.id)).toEqual(['a', 'b']);
    const rules = r.messages.map((m) => `${path.basename(m.file ?? '')} ${m.ruleId}`).sort();
    expect(rules).toEqual(['c.txt binary-file', 'dangling.txt path-missing', 'missing-dir path-missing']);
  });

  it('reads a 10 MB file on one line', () => {
    const sentence = 'The committee met again on Tuesday and nothing was decided at all. ';
    const big = sentence.repeat(Math.ceil(10_000_000 / sentence.length));
    const r = readFile(file('big.txt', big));
    expect(r.docs[0].text).toHaveLength(big.length);
    const s = segment('big', r.docs[0].text);
    expect(s).toHaveLength(Math.ceil(10_000_000 / sentence.length));
  });
});

describe('long, astral and right-to-left text', () => {
  const ctx = createContext();

  it('cuts a sentence of 50,000 characters into pieces at spaces, with one warning', () => {
    const text = `${'word '.repeat(10_000)}end.`;
    const messages: Message[] = [];
    const s = segment('d', text, undefined, messages);
    expect(s.length).toBeGreaterThanOrEqual(25);
    for (const x of s) {
      expect(x.end - x.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(x.text).toBe(text.slice(x.start, x.end));
      expect(x.text).toMatch(/^word|^end/);
    }
    expect(only(messages)).toMatchObject({ ruleId: 'sentence-too-long', severity: 'warning' });
    expect(messages[0].reason).toMatch(/50004/);
  });

  it('never splits a surrogate pair when a sentence without spaces is cut', () => {
    for (const pad of ['', 'x']) {
      const text = pad + '😀'.repeat(3000);
      for (const x of segment('d', text)) {
        expect(wellFormed(x.text)).toBe(true);
      }
    }
  });

  it('keeps offsets as JavaScript string indices around emoji and astral characters', () => {
    const text = '👍🏽 Russia 🇷🇺 attacked Ukraine 🇺🇦 in 2014. 𝐍𝐨𝐭𝐞: France supports Ukraine 😀.\n😀😀 "Moscow will never talk to Kyiv," said Putin.';
    const r = extractDocument(ctx, { id: 'astral', text });
    expect(r.relations.length).toBeGreaterThan(0);
    for (const rel of r.relations) {
      expect(text.slice(rel.evidence.start, rel.evidence.end)).toBe(rel.evidence.text);
      for (const m of [rel.sourceMention, rel.targetMention]) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
    for (const m of r.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const c of r.claims) expect(text.slice(c.contentStart, c.contentEnd)).toBe(c.text);
  });

  it('segments and extracts right-to-left text and mixed directions without losing offsets', () => {
    const text = 'قالت روسيا إنها تدعم الأسد. ‏Russia attacked Ukraine‏ في عام 2014.\nרוסיה תקפה את אוקראינה. France supports Ukraine.';
    const r = extractDocument(ctx, { id: 'rtl', text });
    expect(r.sentences.length).toBeGreaterThanOrEqual(4);
    for (const s of r.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    for (const m of r.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(r.relations.map((x) => `${x.source} ${x.predicate} ${x.target}`)).toContain('russia attacks ukraine');
  });
});
