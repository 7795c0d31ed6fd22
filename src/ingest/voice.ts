// Reader comments under an article: found from the marks comment systems leave in extracted text,
// so that what readers argue is kept apart from what the outlet reports.
import type { Voice } from '../types.ts';

/** A heading that opens a comment section ("Comments", "12 Comments", "Join the discussion", "Leave a Reply"). */
const HEADING = /^\s*(?:\d+\s+)?(?:reader\s+|user\s+)?(?:comments?|responses?|replies)\s*(?:\(\d+\))?\s*:?\s*$|^\s*(?:join the (?:discussion|conversation)|leave a (?:comment|reply)|add (?:a|your) comment|post a comment|show comments|what (?:readers|you) (?:say|think)|reader (?:reactions|views))\s*:?\s*$/i;
/** Lines a comment widget writes around each comment ("Reply", "jdoe • 3 years ago", "5 likes"). */
const WIDGET = /^\s*(?:reply|report(?: abuse)?|share ›?|flag|like|\d+\s+(?:likes?|points?|replies)|[^\n]{1,40}\s+[•·]\s+\d+\s+(?:years?|months?|weeks?|days?|hours?|minutes?)\s+ago|\d+\s+(?:years?|months?|weeks?|days?|hours?|minutes?)\s+ago)\s*$/i;
/** The first comment of a numbered thread: an indented "1." whose replies are indented further. */
const FIRST_NUMBERED = /^[ \t]{2,}1\.\s+\S/;

interface Line { start: number; text: string }

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) { out.push({ start, text: part }); start += part.length + 1; }
  return out;
}

/** Offset where the document's comment thread begins, or null when it has none. */
export function commentThreadStart(text: string): number | null {
  const lines = linesOf(text);
  // headings and widget lines are short: testing only short, trimmed lines keeps the patterns linear on junk
  const short = (t: string) => (t.length <= 400 && t.trim().length <= 200 ? t.trim() : null);
  const heading = (t: string) => { const x = short(t); return x !== null && HEADING.test(x); };
  const widget = (t: string) => { const x = short(t); return x !== null && WIDGET.test(x); };
  let lastLong = -1;
  lines.forEach((l, n) => { if (l.text.trim().length > 20) lastLong = n; });
  const indentedAfter = (n: number) => lines.slice(n + 1, n + 8).filter((l) => /^[ \t]{2,}\S/.test(l.text)).length >= 2;
  for (let n = 0; n < lines.length; n++) {
    const l = lines[n];
    if (heading(l.text) && n + 1 < lines.length && lastLong > n) return l.start;
    if (FIRST_NUMBERED.test(l.text) && indentedAfter(n)) return l.start;
    if (widget(l.text) && lines.slice(n + 1).some((x) => widget(x.text))) {
      // the comment starts at the paragraph before its first widget line
      let m = Math.max(0, n - 1); // a widget on the first line has no paragraph before it
      while (m > 0 && lines[m].text.trim() && !widget(lines[m - 1].text)) m--;
      if (!lines[m].text.trim()) m++;
      return lines[Math.max(0, m)].start;
    }
  }
  // the article's title repeated below its text, then indented replies: a thread under the title
  const title = lines.find((l) => l.text.trim().length > 15);
  if (title) {
    for (let n = lines.indexOf(title) + 1; n < lines.length; n++) {
      if (lines[n].text.trim() === title.text.trim() && indentedAfter(n)) return lines[n].start;
    }
  }
  return null;
}

/** For `segment`: the voice of the sentence starting at an offset. */
export function voiceAt(text: string): (offset: number) => Voice {
  const start = commentThreadStart(text);
  return start === null ? () => 'article' : (offset) => (offset >= start ? 'comment' : 'article');
}
