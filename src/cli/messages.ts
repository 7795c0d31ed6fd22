import type { Message } from '../types.ts';

// Control characters from file names or document ids would split the line or drive the terminal (ESC sequences).
const CONTROLS = /[\x00-\x1f\x7f-\x9f\u2028\u2029]/g;
const visible = (s: string) => s.replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** One line per message: `file:line: warning: reason [rule]`, with control characters shown as `\uXXXX`. */
export function formatMessage(m: Message): string {
  const place = m.file ? `${visible(m.file)}${m.line ? `:${m.line}` : ''}: ` : '';
  return `${place}${m.severity}: ${visible(m.reason)} [${m.ruleId}]`;
}

// What each rule skipped, as [singular, plural]: the build summary counts these.
const SKIPPED: Record<string, [string, string]> = {
  'path-missing': ['missing path', 'missing paths'],
  'binary-file': ['binary file', 'binary files'],
  'empty-file': ['empty file', 'empty files'],
  'not-a-document': ['file not a document', 'files not documents'],
  'file-too-large': ['file too large', 'files too large'],
  'read-failed': ['unreadable file', 'unreadable files'],
  'jsonl-malformed': ['malformed JSONL line', 'malformed JSONL lines'],
  'jsonl-not-object': ['JSONL line not a record', 'JSONL lines not records'],
  'jsonl-missing-text': ['JSONL record without text', 'JSONL records without text'],
  'jsonl-empty-text': ['JSONL record with empty text', 'JSONL records with empty text'],
  'extract-failed': ['document that failed extraction', 'documents that failed extraction'],
};

/** The counts of what was skipped and why, and of warnings and errors: `skipped 2 binary files, 1 malformed JSONL line; 5 warnings`. Empty when there were no messages. */
export function summarizeMessages(messages: Message[]): string {
  if (!messages.length) return '';
  const counts = new Map<string, number>();
  for (const m of messages) if (SKIPPED[m.ruleId]) counts.set(m.ruleId, (counts.get(m.ruleId) ?? 0) + 1);
  const skipped = Object.keys(SKIPPED).filter((rule) => counts.has(rule)).map((rule) => {
    const n = counts.get(rule)!;
    return `${n} ${SKIPPED[rule][n === 1 ? 0 : 1]}`;
  });
  const errors = messages.filter((m) => m.severity === 'error').length;
  const warnings = messages.length - errors;
  const tally = [warnings && `${warnings} warning${warnings === 1 ? '' : 's'}`, errors && `${errors} error${errors === 1 ? '' : 's'}`].filter(Boolean).join(', ');
  return skipped.length ? `skipped ${skipped.join(', ')}; ${tally}` : tally;
}
