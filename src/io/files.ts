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

/** Files written beside their targets under temporary names (`temps`: file name -> temporary path), not yet in place. */
export interface StagedFiles {
  dir: string;
  temps: Record<string, string>;
}

/**
 * The first half of writeFilesAtomic: every file written (and flushed) to a temporary name in `dir`, ready for
 * commitFiles. Nothing is replaced yet; if a write fails, the temporary files written so far are removed.
 */
export function stageFiles(dir: string, files: Record<string, string | Uint8Array>): StagedFiles {
  fs.mkdirSync(dir, { recursive: true });
  removeStaleTemps(dir, Object.keys(files));
  const staged: StagedFiles = { dir, temps: {} };
  try {
    for (const name of Object.keys(files)) staged.temps[name] = writeTemp(path.join(dir, name), files[name], true);
  } catch (e) {
    discardFiles(staged);
    throw e;
  }
  return staged;
}

/** Removes staged files that will not be committed. */
export function discardFiles(...sets: StagedFiles[]): void {
  for (const s of sets) for (const t of Object.values(s.temps)) fs.rmSync(t, { force: true });
}

/**
 * The second half of writeFilesAtomic: staged sets (from any thread of this process) renamed into place as one
 * step. If a rename fails midway, the files already replaced are restored from hard-linked backups, so the
 * folders hold either the whole old set or the whole new one. The temporary files are gone afterwards either way.
 */
export function commitFiles(...sets: StagedFiles[]): void {
  const moves = sets.flatMap((s) => Object.entries(s.temps).map(([name, temp]) => ({ target: path.join(s.dir, name), temp })));
  const backups = new Map<string, string>();
  try {
    for (const { target } of moves) {
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
      for (const { target, temp } of moves) {
        fs.renameSync(temp, target);
        done.push(target);
      }
    } catch (e) {
      for (const target of done) {
        const bak = backups.get(target);
        if (bak) fs.renameSync(bak, target);
        else fs.rmSync(target, { force: true });
      }
      throw e;
    }
  } finally {
    discardFiles(...sets);
    for (const b of backups.values()) fs.rmSync(b, { force: true });
  }
}

/**
 * Writes a set of files into a folder as one step: every file is written to a temporary name first,
 * and only when all of them are written are they renamed into place (stageFiles, then commitFiles).
 * Give the contents already rendered: a failure while rendering then touches nothing.
 */
export function writeFilesAtomic(dir: string, files: Record<string, string | Uint8Array>): void {
  commitFiles(stageFiles(dir, files));
}
