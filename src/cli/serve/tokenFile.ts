/**
 * The credentials endpoint's token: random, kept in a file only the user can read, and reused
 * across restarts so that a Postman environment is set once.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { CliError } from '../errors';
import { writeFileAtomic } from '../files';

/** 32 bytes: 256 bits, twice the 128 the token must at least have. */
const TOKEN_BYTES = 32;
/** base64url of at least 16 bytes (128 bits); a shorter or odd file content is not a token this tool wrote. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{22,}$/;

/** `$XDG_CONFIG_HOME/postman-sigv4`, or `~/.config/postman-sigv4` (XDG Base Directory Specification). */
export function configDirectory(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME.trim() !== '' ? env.XDG_CONFIG_HOME : join(env.HOME || homedir(), '.config');
  return join(base, 'postman-sigv4');
}

export function tokenFilePath(env: NodeJS.ProcessEnv = process.env): string {
  return join(configDirectory(env), 'credentials-token');
}

export function newToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/** Compares in constant time; hashing first makes tokens of different lengths comparable too. */
export function sameToken(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function fileError(action: string, path: string, error: unknown): CliError {
  return new CliError(`cannot ${action} the token file ${path}: ${(error as Error).message}. Fix the permissions of its folder, or set XDG_CONFIG_HOME to a folder of yours.`);
}

function writeToken(path: string): string {
  const token = newToken();
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    writeFileAtomic(path, token + '\n', { mode: 0o600 });
  } catch (error) {
    throw fileError('write', path, error);
  }
  return token;
}

/** The file's content, or undefined when there is no file yet. */
function readExisting(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw fileError('read', path, error);
  }
}

/** Group or other permission bits on a file holding a secret; Windows has no such bits. */
function tooOpen(path: string): boolean {
  return process.platform !== 'win32' && (statSync(path).mode & 0o077) !== 0;
}

/**
 * The token kept at `path`, created on first use; `replace` writes a new one. A file that others
 * may read is refused rather than silently tightened: the token in it may already be known.
 */
export function loadToken(path: string, replace: boolean): { token: string; created: boolean } {
  const existing = replace ? undefined : readExisting(path);
  if (existing === undefined) return { token: writeToken(path), created: true };
  if (tooOpen(path)) {
    throw new CliError(`the token file ${path} can be read by other users; run chmod 600 ${path} if nobody else could have read it, or pass --new-token (then set aws_credentials_token again).`);
  }
  if (!TOKEN_PATTERN.test(existing)) {
    throw new CliError(`the token file ${path} does not hold a token written by postman-sigv4; pass --new-token to replace it (then set aws_credentials_token again).`);
  }
  return { token: existing, created: false };
}
