import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CliError } from './errors';

export type ScriptKind = 'prerequest' | 'diagnose';

export const SCRIPT_FILE: Record<ScriptKind, string> = {
  prerequest: 'sigv4-prerequest.js',
  diagnose: 'sigv4-diagnose.js',
};

/**
 * The package's dist/ folder. The bin is dist/cli.cjs itself, so the scripts sit beside it; run
 * from source (tsx, tests), this file is src/cli/scripts.ts.
 */
function distDirectory(): string {
  return /\.ts$/.test(__filename) ? join(__dirname, '..', '..', 'dist') : __dirname;
}

export interface ScriptChoice {
  /** The `.compact.js` file: the same program minified, for pasting where newman runs it and for embedding. */
  compact?: boolean;
  dist?: string;
}

export function scriptFile(kind: ScriptKind, choice: ScriptChoice): string {
  return choice.compact ? SCRIPT_FILE[kind].replace(/\.js$/, '.compact.js') : SCRIPT_FILE[kind];
}

function scriptPath(kind: ScriptKind, choice: ScriptChoice): string {
  return join(choice.dist ?? distDirectory(), scriptFile(kind, choice));
}

/** The built script, or undefined when this package does not have it. */
export function findScript(kind: ScriptKind, choice: ScriptChoice = {}): string | undefined {
  const path = scriptPath(kind, choice);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

export function readScript(kind: ScriptKind, choice: ScriptChoice = {}): string {
  const script = findScript(kind, choice);
  if (script === undefined) {
    const path = scriptPath(kind, choice);
    throw new CliError(
      kind === 'diagnose'
        ? `the diagnose script is not built in this package (${path} is missing); update postman-sigv4, or run npm run build in its repository.`
        : `the pre-request script is missing (${path}); reinstall postman-sigv4, or run npm run build in its repository.`,
    );
  }
  return script;
}
