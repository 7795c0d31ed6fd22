import { main } from '../../src/cli/main.ts';

/** Runs a command line through the CLI's own entry point in this process, capturing what it prints. */
export async function runMain(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '', stderr = '';
  const out = process.stdout.write, err = process.stderr.write;
  process.stdout.write = ((s: string) => { stdout += s; return true; }) as typeof out;
  process.stderr.write = ((s: string) => { stderr += s; return true; }) as typeof err;
  try {
    return { code: await main(args), stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}
