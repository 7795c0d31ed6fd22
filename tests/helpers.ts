import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
export const SHARED = process.env.ACTORGRAPH_SHARED ?? path.resolve(ROOT, '../shared');

/** Runs the real CLI (through its bin) and returns its exit code and output. */
export function cli(args: string[], opts: { cwd?: string; input?: string } = {}) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/actorgraph.mjs'), ...args], {
    cwd: opts.cwd ?? ROOT, encoding: 'utf8', input: opts.input, env: { ...process.env, FORCE_COLOR: '0' },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
