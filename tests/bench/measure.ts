// Runs a command in a child process and reports its wall time and peak resident memory.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const BIN = path.join(ROOT, 'bin/actorgraph.mjs');

export interface ChildRun {
  seconds: number;
  /** Peak resident set size in MB (all threads of the process). */
  peakMB: number;
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/actorgraph.mjs ...args`, under GNU time when available for the peak RSS. */
export function runCli(args: string[], timeout = 0): ChildRun {
  const useTime = fs.existsSync('/usr/bin/time');
  const cmd = useTime ? '/usr/bin/time' : process.execPath;
  const argv = useTime ? ['-v', process.execPath, BIN, ...args] : [BIN, ...args];
  const t0 = performance.now();
  const r = spawnSync(cmd, argv, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20, timeout, killSignal: 'SIGKILL', env: { ...process.env, FORCE_COLOR: '0' } });
  const seconds = (performance.now() - t0) / 1000;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '');
  const stderr = r.error ? `timed out after ${timeout / 1000} s\n${r.stderr ?? ''}` : (r.stderr ?? '');
  return { seconds, peakMB: rss ? Number(rss[1]) / 1024 : NaN, code: r.status ?? -1, stdout: r.stdout ?? '', stderr };
}

/** The first line of a child's stderr that is not GNU time's report, for error messages. */
export function firstError(r: ChildRun): string {
  return r.stderr.split('\n').find((l) => l.trim() && !/^\s/.test(l) && !/^Command (being timed|exited)/.test(l)) ?? `exit ${r.code}`;
}
