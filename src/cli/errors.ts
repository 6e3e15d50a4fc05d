/** Bad input from the user: reported as one line on stderr, without a stack trace, exit status 1. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

export const EXIT_USER_ERROR = 1;
/** `doctor`: the distribution has a finding of severity error. */
export const EXIT_ERROR_FINDING = 2;
/** A bug in postman-sigv4 (EX_SOFTWARE). */
export const EXIT_INTERNAL_ERROR = 70;

export function report(line: string): void {
  process.stderr.write(`postman-sigv4: ${line}\n`);
}

function fail(error: unknown): void {
  if (error instanceof CliError) {
    report(error.message);
    process.exitCode = EXIT_USER_ERROR;
    return;
  }
  report(`internal error: ${error instanceof Error ? error.stack || error.message : String(error)}`);
  report('please report this at https://github.com/postman-sigv4/postman-sigv4/issues');
  process.exitCode = EXIT_INTERNAL_ERROR;
}

/** Runs a command's action; user errors become one line on stderr and a non-zero exit status. */
export function runAction(action: () => void): void {
  try {
    action();
  } catch (error) {
    fail(error);
  }
}

/** runAction for an action that finishes later (a server, a newman run). */
export async function runAsyncAction(action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    fail(error);
  }
}
