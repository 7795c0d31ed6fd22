import { runBuild, BUILD_HELP } from './build.ts';
import { runExtract, EXTRACT_HELP } from './extract.ts';
import { runEval, EVAL_HELP } from './eval.ts';
import { runServe, SERVE_HELP } from './serve.ts';
import { runQuery, QUERY_HELP } from './query.ts';
import { UserError } from './errors.ts';

const COMMANDS: Record<string, { run: (argv: string[]) => number | Promise<number>; help: string }> = {
  build: { run: runBuild, help: BUILD_HELP },
  extract: { run: runExtract, help: EXTRACT_HELP },
  eval: { run: runEval, help: EVAL_HELP },
  serve: { run: runServe, help: SERVE_HELP },
  query: { run: runQuery, help: QUERY_HELP },
};

const usage = () => `usage:\n${Object.values(COMMANDS).map((c) => `  ${c.help}`).join('\n')}\n`;

/** Runs a command line; returns the exit code. Errors the user can fix are one line on stderr. */
export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    process.stdout.write(usage());
    return cmd ? 0 : 2;
  }
  const c = COMMANDS[cmd];
  try {
    if (!c) throw new UserError(`unknown command "${cmd}"; try: ${Object.keys(COMMANDS).join(', ')}`);
    return await c.run(rest);
  } catch (e) {
    const err = e as Error & { code?: string; exitCode?: number };
    // parseArgs reports unknown or malformed options with ERR_PARSE_ARGS_* codes
    if (e instanceof UserError || err.code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`actorgraph ${cmd}: ${err.message}\n`);
      return err.exitCode ?? 2;
    }
    process.stderr.write(`actorgraph ${cmd}: internal error: ${err.message}\n`);
    if (process.env.ACTORGRAPH_DEBUG) process.stderr.write(`${err.stack}\n`);
    return 1;
  }
}

if (process.argv[1] && /main\.ts$|actorgraph(\.mjs)?$/.test(process.argv[1])) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
