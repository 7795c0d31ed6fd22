// The README's examples, extracted and run, so that they never rot.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';
import { runMain } from './graph/run-main.ts';

const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** The fenced code block right after `<!-- readme-test: NAME -->`. */
function block(name: string): string {
  const m = new RegExp(`<!-- readme-test: ${name} -->\\s*\`\`\`\\w*\\n([\\s\\S]*?)\`\`\``).exec(README);
  if (!m) throw new Error(`README.md has no block marked readme-test: ${name}`);
  return m[1];
}

/** Shell words of a command line: double and single quotes group, `#` outside quotes starts a comment. */
function words(line: string): string[] {
  const out: string[] = [];
  let cur = '', quote = '', any = false;
  for (const ch of line) {
    if (quote) { if (ch === quote) quote = ''; else cur += ch; continue; }
    if (ch === '"' || ch === "'") { quote = ch; any = true; continue; }
    if (ch === '#') break;
    if (/\s/.test(ch)) { if (cur || any) out.push(cur); cur = ''; any = false; continue; }
    cur += ch;
  }
  if (cur || any) out.push(cur);
  return out;
}

describe('README examples', () => {
  it('runs the script example against the bundled graph', () => {
    const dir = path.join(ROOT, 'tests/artifacts');
    fs.mkdirSync(dir, { recursive: true });
    // inside the package, so that `import ... from 'actorgraph'` resolves to this checkout
    const file = path.join(dir, 'readme-script.mts');
    fs.writeFileSync(file, block('script'));
    const r = spawnSync(process.execPath, ['--import', 'tsx', file], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr.replace(/^npm warn.*\n/gm, '')).toBe('');
    expect(r.stdout).toMatch(/ supports .*\(\d+x\): /);
  });

  const lines = block('cli').split('\n').filter((l) => l.trim());
  it('has command-line examples', () => expect(lines.length).toBeGreaterThan(3));
  it.each(lines)('runs `%s`', async (line) => {
    const argv = words(line);
    expect(argv.slice(0, 2)).toEqual(['npx', 'actorgraph']);
    const cwd = process.cwd();
    process.chdir(ROOT);
    try {
      const r = await runMain(argv.slice(2));
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout.trim()).not.toBe('');
      if (argv.includes('--json')) expect(Array.isArray(JSON.parse(r.stdout))).toBe(true);
    } finally {
      process.chdir(cwd);
    }
  });
});
