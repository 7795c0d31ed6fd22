import type { Message } from '../types.ts';

/** One line per message: `file:line: warning: reason [rule]`. */
export function formatMessage(m: Message): string {
  const place = m.file ? `${m.file}${m.line ? `:${m.line}` : ''}: ` : '';
  return `${place}${m.severity}: ${m.reason} [${m.ruleId}]`;
}
