import { closeSync, fchmodSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

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
