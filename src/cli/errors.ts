/** An error the user can fix: printed as one line, never with a stack trace. */
export class UserError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}

/** Runs a loader of user-given files (an `--actors` dictionary): a file it cannot read becomes a one-line UserError. */
export function contextOrUserError<T>(load: () => T): T {
  try {
    return load();
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    // our loaders prefix their messages with the file; fs errors name it in `path`
    if (err.path || /^\S+: /.test(err.message)) throw new UserError(err.message.split('\n')[0]);
    throw e;
  }
}
