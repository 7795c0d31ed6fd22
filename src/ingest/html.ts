// HTML -> plain text for scraped pages: visible text only, one line per block, entities decoded.
import { Parser } from 'htmlparser2';

// Elements whose content is never article text (code, styling, embedded media, navigation, form controls).
const DROP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'nav', 'button', 'select', 'textarea',
]);
// Elements that end a line: sentence segmentation treats a line break as a sentence boundary.
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main',
  'ol', 'p', 'pre', 'section', 'summary', 'table', 'tr', 'ul', 'caption', 'body', 'html',
]);
const CELL = new Set(['td', 'th']);

/** The visible text of an HTML page (script, style and similar dropped) and its `<title>`. */
export function htmlToText(html: string): { text: string; title?: string } {
  const lines: string[] = [];
  let line = '';
  let title = '';
  let inTitle = 0;
  let drop = 0;
  let pre = 0;
  // <head> often goes unclosed; <body> ends it
  let inHead = false;
  const breakLine = () => {
    const t = line.replace(/[ \t]+/g, ' ').trim();
    if (t || (lines.length && lines[lines.length - 1] !== '')) lines.push(t);
    line = '';
  };
  const parser = new Parser({
    onopentag(name) {
      if (name === 'title') inTitle++;
      if (name === 'head') inHead = true;
      if (name === 'body') inHead = false;
      if (DROP.has(name)) drop++;
      else if (name === 'pre') { breakLine(); pre++; }
      else if (BLOCK.has(name)) breakLine();
      else if (CELL.has(name)) line += ' ';
    },
    ontext(data) {
      if (inTitle) title += data;
      if (drop || inHead) return;
      if (pre) {
        const parts = data.split('\n');
        parts.forEach((p, i) => { if (i) breakLine(); line += p; });
      } else line += data.replace(/\s+/g, ' ');
    },
    onclosetag(name) {
      if (name === 'title') inTitle = Math.max(0, inTitle - 1);
      if (name === 'head') inHead = false;
      if (DROP.has(name)) drop = Math.max(0, drop - 1);
      else if (name === 'pre') { breakLine(); pre = Math.max(0, pre - 1); }
      else if (BLOCK.has(name) && name !== 'br') breakLine();
    },
  }, { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true });
  parser.write(html);
  parser.end();
  breakLine();
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  const t = title.replace(/\s+/g, ' ').trim();
  return { text: lines.join('\n'), ...(t && { title: t }) };
}

const PAGE_START = /^<(?:!doctype\s+html|html|head|body)[\s>]/i;
const FRAGMENT_START = /^<(?:p|div|article|section|main|h[1-6]|table|ul|ol|span|a|b|i|em|strong)[\s>]/i;

/**
 * Whether a text is an HTML page (or a fragment of block markup) rather than prose that happens
 * to hold a `<`: it must open with a doctype or a structural tag, after an optional XML declaration and comments.
 */
export function looksLikeHtml(text: string, fragments = true): boolean {
  let i = 0;
  const head = text.slice(0, 4096);
  for (;;) {
    while (i < head.length && /\s/.test(head[i])) i++;
    if (head.startsWith('<?xml', i)) {
      const e = head.indexOf('?>', i);
      if (e < 0) return false;
      i = e + 2;
    } else if (head.startsWith('<!--', i)) {
      const e = head.indexOf('-->', i + 4);
      if (e < 0) return false;
      i = e + 3;
    } else break;
  }
  const rest = head.slice(i, i + 20);
  if (PAGE_START.test(rest)) return true;
  return fragments && FRAGMENT_START.test(rest) && /<\/[a-z][a-z0-9]*\s*>/i.test(head);
}
