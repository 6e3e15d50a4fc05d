/**
 * The official Postman CLI (the Postman app's runtime) on local files, offline. postman-cli is
 * 237 MB: set POSTMAN_CLI to its `postman` binary to run the tests that need it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { environment, type Variables } from './newman';

export const POSTMAN_CLI = process.env.POSTMAN_CLI;
// .ci/run installs it and sets POSTMAN_CLI: in CI these tests must run, never skip.
if (process.env.CI === 'true' && !POSTMAN_CLI) throw new Error('CI=true but POSTMAN_CLI is not set: run the tests through .ci/run, which installs the Postman CLI.');

export function runPostmanCli(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(POSTMAN_CLI as string, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/** `postman collection run` of a collection object with an environment, from a temporary folder. */
export async function runCollectionInPostmanCli(collection: object, values: Variables): Promise<{ code: number | null; output: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'postman-sigv4-cli-'));
  try {
    writeFileSync(join(dir, 'collection.json'), JSON.stringify(collection));
    writeFileSync(join(dir, 'env.json'), JSON.stringify({ name: 'local', ...environment(values) }));
    return await runPostmanCli(['collection', 'run', join(dir, 'collection.json'), '-e', join(dir, 'env.json'), '--disable-unicode']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
