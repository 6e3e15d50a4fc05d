/**
 * The credentials endpoint's token: random, kept in a file only the user can read, and reused
 * across restarts so that a Postman environment is set once.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readFileSync, statSync, type Stats } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { CliError } from '../errors';
import { writeFileAtomic } from '../files';

/** 32 bytes: 256 bits, twice the 128 the token must at least have. */
const TOKEN_BYTES = 32;
/** base64url of at least 16 bytes (128 bits); a shorter or odd file content is not a token this tool wrote. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{22,}$/;
/** Windows has no owner ids or permission bits to check. */
const POSIX = process.platform !== 'win32';
const AGAIN = `pass --new-token (then set aws_credentials_token again)`;

/**
 * `$XDG_CONFIG_HOME/postman-sigv4`, or `~/.config/postman-sigv4`. The XDG Base Directory
 * Specification: "If an implementation encounters a relative path in any of these variables it
 * should consider the path invalid and ignore it."
 */
export function configDirectory(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_CONFIG_HOME;
  const base = xdg && xdg.trim() !== '' && isAbsolute(xdg) ? xdg : join(env.HOME || homedir(), '.config');
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

/** Why `stats` is not the user's own, or undefined when it is. */
function notOwnedBy(stats: Stats): string | undefined {
  const uid = process.getuid?.();
  return uid === undefined || stats.uid === uid ? undefined : `belongs to user ${stats.uid}, not to you (user ${uid})`;
}

function kindOf(stats: Stats): string {
  if (stats.isSymbolicLink()) return 'a symbolic link';
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  return 'a device';
}

function notRegular(path: string, stats: Stats): CliError {
  const kind = kindOf(stats);
  // A new token is renamed over the path, which replaces anything but a directory.
  const fix = stats.isDirectory() ? `Move it away, then start again` : `Remove it (rm ${path}), or ${AGAIN}: the new token replaces the ${kind.slice(2)} itself`;
  return new CliError(`the token file ${path} is ${kind}, not a regular file; postman-sigv4 keeps its token only in a regular file of yours, and neither reads nor writes through anything else. ${fix}.`);
}

function and(words: string[]): string {
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}` : words[0];
}

/** What group and other permission bits let others do with the file: "its group read it, and other users read and write it". */
function modeAllows(mode: number): string {
  const classes: Array<[string, number]> = [['its group', (mode >> 3) & 7], ['other users', mode & 7]];
  return classes
    .filter(([, bits]) => bits !== 0)
    .map(([who, bits]) => `${who} ${and([[4, 'read'], [2, 'write'], [1, 'execute']].filter(([bit]) => bits & (bit as number)).map(([, verb]) => verb as string))} it`)
    .join(', and ');
}

/** A token file that others may read or write is refused rather than silently tightened: the token in it may already be known, or theirs. */
function tooOpen(path: string, mode: number): CliError {
  const could = [mode & 0o044 ? 'read' : '', mode & 0o022 ? 'changed' : ''].filter(Boolean);
  const unless = could.length ? `if nobody else could have ${could.join(' or ')} it, run chmod 600 ${path}; otherwise ` : `run chmod 600 ${path}, or `;
  return new CliError(`the token file ${path} has mode ${(mode & 0o777).toString(8)}, which lets ${modeAllows(mode)}; ${unless}${AGAIN}.`);
}

/**
 * The folder must be the user's, and no one else may add, remove or rename files in it: else the
 * token could have been swapped for one another user knows. A new folder is made 700. It is
 * stat-ed through a link: a link to a folder of the user's own is the user's choice.
 */
function checkFolder(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new CliError(`cannot make the folder ${folder} of the token file: ${(error as Error).message}. Set XDG_CONFIG_HOME to a folder of yours.`);
  }
  if (!POSIX) return;
  const stats = statSync(folder);
  const foreign = notOwnedBy(stats);
  if (foreign) throw new CliError(`the folder ${folder} of the token file ${foreign}: its owner can replace the token in it; set XDG_CONFIG_HOME to a folder of your own.`);
  if (stats.mode & 0o022) {
    throw new CliError(`the folder ${folder} of the token file has mode ${(stats.mode & 0o777).toString(8)}: other users can replace files in it, so the token there may not be yours alone. Run chmod 700 ${folder}, then start again with --new-token (then set aws_credentials_token again).`);
  }
}

function writeToken(path: string): string {
  const token = newToken();
  try {
    // Renamed over the path itself: a symbolic link there is replaced, never written through.
    writeFileAtomic(path, token + '\n', { mode: 0o600, replaceSymlink: true });
  } catch (error) {
    throw fileError('write', path, error);
  }
  return token;
}

/**
 * The file's content, or undefined when there is no file yet. Only a regular file of the user's,
 * that nobody else may read or write, is read: lstat refuses a link or a special file before
 * opening; O_NOFOLLOW (and O_NONBLOCK, for a pipe put there meanwhile) opens nothing else; and
 * the checks that count are made on the open descriptor, so the file read is the file checked.
 */
function readExisting(path: string): string | undefined {
  let before: Stats;
  try {
    before = lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw fileError('read', path, error);
  }
  if (!before.isFile()) throw notRegular(path, before);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw notRegular(path, lstatSync(path));
    throw fileError('read', path, error);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw notRegular(path, stats);
    if (POSIX) {
      const foreign = notOwnedBy(stats);
      if (foreign) throw new CliError(`the token file ${path} ${foreign}; remove it, or ${AGAIN}.`);
      if (stats.mode & 0o077) throw tooOpen(path, stats.mode);
    }
    return readFileSync(fd, 'utf8').trim();
  } finally {
    closeSync(fd);
  }
}

/** The token kept at `path`, created on first use; `replace` writes a new one. */
export function loadToken(path: string, replace: boolean): { token: string; created: boolean } {
  checkFolder(dirname(path));
  const existing = replace ? undefined : readExisting(path);
  if (existing === undefined) return { token: writeToken(path), created: true };
  if (!TOKEN_PATTERN.test(existing)) {
    throw new CliError(`the token file ${path} does not hold a token written by postman-sigv4; ${AGAIN}.`);
  }
  return { token: existing, created: false };
}
