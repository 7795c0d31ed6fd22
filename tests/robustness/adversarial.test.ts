// Bounded time: adversarial documents go through the real build in a child process that is killed
// if it hangs (a catastrophic regular expression blocks the event loop, so an in-process timer could not fire).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.ts';
import { ADVERSARIAL, ADVERSARIAL_LINES } from './adversarial.ts';

// Far above the few seconds the whole set takes; only a hang or a quadratic blow-up reaches it.
const HANG_MS = 180_000;

describe('adversarial input', () => {
  it('builds a corpus of regex- and parser-hostile documents in bounded time, with warnings', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-adv-'));
    try {
      const all = [...ADVERSARIAL, ...ADVERSARIAL_LINES];
      fs.writeFileSync(path.join(dir, 'junk.jsonl'), all.map(([id, text]) => JSON.stringify({ id, text })).join('\n') + '\n');
      const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/actorgraph.mjs'), 'build', path.join(dir, 'junk.jsonl'), '--out', path.join(dir, 'out'), '--quiet', '--jobs', '1'], {
        cwd: ROOT, encoding: 'utf8', timeout: HANG_MS, killSignal: 'SIGKILL',
      });
      expect(r.signal, `build killed after ${HANG_MS / 1000} s: a hang`).toBeNull();
      expect(r.status, r.stderr.slice(-2000)).toBe(0);
      // every document that has any text left after cleaning is built
      const withText = all.filter(([, t]) => /[^\s\u0000-\u001f\u200b-\u200f\u202a-\u202e]/.test(t.replace(/[\ud800-\udfff]/g, 'x'))).length;
      expect(r.stdout).toMatch(new RegExp(`: ${withText} documents`));
      expect(r.stderr).toMatch(/sentence-too-long/);
      expect(r.stdout).toMatch(/warning/);
      expect(() => JSON.parse(fs.readFileSync(path.join(dir, 'out/graph.json'), 'utf8'))).not.toThrow();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, HANG_MS + 20_000);
});
