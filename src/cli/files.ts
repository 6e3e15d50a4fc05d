import { closeSync, fchmodSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CliError } from './errors';

/** The file a write to `path` must replace: a symlink's target, so that the link stays a link. */
function realTarget(path: string): string {
  try {
    return realpathSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return path;
    throw error;
  }
}

/** The permission bits of an existing file, or undefined for a new one. */
function modeOf(path: string): number | undefined {
  try {
    return statSync(path).mode & 0o7777;
  } catch {
    return undefined;
  }
}

/** Flushes the rename to disk; folders cannot be opened or synced everywhere (Windows), which is fine. */
function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // The rename is done either way.
  }
}

/**
 * Writes through a temporary file in the same folder, flushed, then renamed over the target:
 * a reader sees the old file or the new one, never half of one. The target keeps its
 * permissions (or gets `options.mode`, for a secret), and a symlink keeps pointing at the file it
 * names, which gets the new content; with `replaceSymlink`, the new file replaces the link itself
 * and whatever it points at is left alone.
 */
export function writeFileAtomic(path: string, content: string, options: { mode?: number; replaceSymlink?: boolean } = {}): void {
  const target = options.replaceSymlink ? path : realTarget(path);
  const mode = options.mode ?? modeOf(target);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  const fd = openSync(temporary, 'wx', mode ?? 0o666);
  try {
    // The umask narrowed the mode given to open; the intended mode is restored exactly.
    if (mode !== undefined) fchmodSync(fd, mode);
    writeSync(fd, content);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    unlinkSync(temporary);
    throw error;
  }
  closeSync(fd);
  try {
    renameSync(temporary, target);
  } catch (error) {
    unlinkSync(temporary);
    throw error;
  }
  syncFolder(dirname(target));
}

/**
 * The write renames a new file over the target, which needs no permission on the target itself
 * (and root may write anything): a file whose mode grants no one write access is the user saying
 * "do not change this", so it is refused. `named` is how the message names the file, `instead` the
 * other way out.
 */
export function refuseReadOnly(target: string, mode: number, named: string, instead: string): void {
  if (process.platform === 'win32' || (mode & 0o222) !== 0) return;
  throw new CliError(`${named} is read-only (mode ${(mode & 0o777).toString(8)}); make it writable (chmod u+w ${target}), or ${instead}.`);
}
