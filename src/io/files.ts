import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const tmpName = (file: string) => path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`);

/** Writes the temporary file beside `file` (flushed to disk with `sync`); removes it again if writing fails. */
function writeTemp(file: string, content: string | Uint8Array, sync = false): string {
  const tmp = tmpName(file);
  try {
    const fd = fs.openSync(tmp, 'w');
    try {
      fs.writeFileSync(fd, content);
      if (sync) fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  return tmp;
}

/**
 * Writes a file atomically: a temporary file beside it, then a rename, so a failed build never leaves half a file.
 * Not flushed to disk (cheap enough for one file per document); readers of such files must check what they read.
 */
export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = writeTemp(file, content);
  try {
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Removes the temporary files and backups that a killed writer (Ctrl-C, out of memory) left beside `names`. */
export function removeStaleTemps(dir: string, names: string[]): void {
  let entries: string[];
  try {
    entries = fs.readdirSync(dir);
  } catch {
    return;
  }
  const wanted = new Set(names);
  for (const e of entries) {
    const m = /^\.(.+)\.(\d+)\.[0-9a-f]{8}\.tmp(?:\.bak)?$/.exec(e);
    if (m && wanted.has(m[1]) && Number(m[2]) !== process.pid && !alive(Number(m[2]))) fs.rmSync(path.join(dir, e), { force: true });
  }
}

/**
 * Writes a set of files into a folder as one step: every file is written to a temporary name first,
 * and only when all of them are written are they renamed into place. If a rename fails midway, the
 * files already replaced are restored from hard-linked backups, so the folder holds either the whole
 * old set or the whole new one. Give the contents already rendered: a failure while rendering then
 * touches nothing.
 */
export function writeFilesAtomic(dir: string, files: Record<string, string | Uint8Array>): void {
  fs.mkdirSync(dir, { recursive: true });
  removeStaleTemps(dir, Object.keys(files));
  const names = Object.keys(files);
  const temps: string[] = [];
  const backups = new Map<string, string>();
  try {
    for (const name of names) temps.push(writeTemp(path.join(dir, name), files[name], true));
    for (const name of names) {
      const target = path.join(dir, name);
      const bak = `${tmpName(target)}.bak`;
      if (!fs.existsSync(target)) continue;
      try {
        fs.linkSync(target, bak);
      } catch {
        fs.copyFileSync(target, bak); // file systems without hard links
      }
      backups.set(target, bak);
    }
    const done: string[] = [];
    try {
      names.forEach((name, i) => {
        fs.renameSync(temps[i], path.join(dir, name));
        done.push(path.join(dir, name));
      });
    } catch (e) {
      for (const target of done) {
        const bak = backups.get(target);
        if (bak) fs.renameSync(bak, target);
        else fs.rmSync(target, { force: true });
      }
      throw e;
    }
  } finally {
    for (const t of temps) fs.rmSync(t, { force: true });
    for (const b of backups.values()) fs.rmSync(b, { force: true });
  }
}
