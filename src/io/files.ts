import fs from 'node:fs';
import path from 'node:path';

/** Writes a file atomically: a temporary file beside it, then a rename, so a failed build never leaves half a file. */
export function writeFileAtomic(file: string, content: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, content);
  fs.renameSync(tmp, file);
}
