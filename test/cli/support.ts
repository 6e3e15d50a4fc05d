/**
 * Runs the built bin (`node dist/cli.cjs ...`) as a user does, and prepares scratch copies of
 * fixtures and of the bin itself.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StackCredential } from '../stack';
import type { Variables } from '../support/newman';

export const ROOT = join(__dirname, '..', '..');
export const BIN = join(ROOT, 'dist', 'cli.cjs');
export const FIXTURES = join(ROOT, 'test', 'fixtures', 'collections');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `env` replaces the environment (default: this process's). */
export function runCli(args: string[], options: { bin?: string; cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliRun {
  const bin = options.bin ?? BIN;
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run npm run build`);
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: options.cwd ?? ROOT, env: options.env ?? process.env, encoding: 'utf8', timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const scratch: string[] = [];

/** A new empty folder, removed by removeScratch(). */
export function scratchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'postman-sigv4-cli-'));
  scratch.push(dir);
  return dir;
}

export function removeScratch(): void {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A copy of a fixture in a scratch folder of its own. */
export function copyFixture(name: string): string {
  const path = join(scratchDir(), name);
  copyFileSync(join(FIXTURES, name), path);
  return path;
}

export function readJson<T = any>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** The bytes and modification time of a file, and the names beside it: all that a write would change. */
export function snapshot(path: string): { bytes: string; mtimeMs: number; siblings: string[] } {
  const folder = join(path, '..');
  return { bytes: readFileSync(path).toString('base64'), mtimeMs: statSync(path).mtimeMs, siblings: readdirSync(folder).sort() };
}

export function credentialVariables(credential: StackCredential): Variables {
  const variables: Variables = { aws_access_key_id: credential.accessKeyId, aws_secret_access_key: credential.secretAccessKey };
  if (credential.sessionToken) variables.aws_session_token = credential.sessionToken;
  return variables;
}
