import { chmodSync, chownSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliError } from '../../../src/cli/errors';
import { configDirectory, loadToken, newToken } from '../../../src/cli/serve/tokenFile';

/**
 * The credentials endpoint's token file (`credentials serve`): read and written only as a regular
 * file of the user's own, in a folder only the user can change (issue 23, items 11 to 14).
 */
const POSIX = process.platform !== 'win32';
const ROOT_USER = POSIX && process.getuid?.() === 0;
let dir: string;
let folder: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'postman-sigv4-token-'));
  folder = join(dir, 'postman-sigv4');
  mkdirSync(folder, { mode: 0o700 });
  chmodSync(folder, 0o700);
  path = join(folder, 'credentials-token');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function refusal(replace = false): string {
  try {
    loadToken(path, replace);
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    return (error as Error).message;
  }
  throw new Error('loadToken did not refuse');
}

function writeToken(mode = 0o600): string {
  const token = newToken();
  writeFileSync(path, token + '\n', { mode });
  chmodSync(path, mode);
  return token;
}

describe.runIf(POSIX)('a symbolic link at the token path (item 11)', () => {
  it('is refused, and its target is neither read nor changed', () => {
    const target = join(dir, 'aws-credentials');
    writeFileSync(target, '[default]\naws_secret_access_key = kept\n', { mode: 0o644 });
    symlinkSync(target, path);
    expect(refusal()).toMatch(new RegExp(`^the token file ${path} is a symbolic link, not a regular file`));
    expect(readFileSync(target, 'utf8')).toBe('[default]\naws_secret_access_key = kept\n');
    expect(statSync(target).mode & 0o777).toBe(0o644);
  });

  it('--new-token replaces the link itself with a new regular file; the target keeps its content and mode', () => {
    const target = join(dir, 'aws-credentials');
    writeFileSync(target, 'the user\'s credentials\n', { mode: 0o644 });
    symlinkSync(target, path);
    const { token, created } = loadToken(path, true);
    expect(created).toBe(true);
    expect(lstatSync(path).isFile()).toBe(true);
    expect(lstatSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8').trim()).toBe(token);
    expect(readFileSync(target, 'utf8')).toBe('the user\'s credentials\n');
    expect(statSync(target).mode & 0o777).toBe(0o644);
  });

  it('a dangling link is refused too, and nothing is created where it points', () => {
    const target = join(dir, 'elsewhere');
    symlinkSync(target, path);
    expect(refusal()).toMatch(/is a symbolic link/);
    expect(() => statSync(target)).toThrow();
  });
});

describe.runIf(POSIX)('what the token file must be (item 11)', () => {
  it('a folder at the token path is refused', () => {
    mkdirSync(path);
    expect(refusal()).toMatch(/is a directory, not a regular file; .* Move it away, then start again\.$/);
  });

  it.runIf(ROOT_USER)("a file owned by another user is refused (run as root: the file is chowned to nobody)", () => {
    writeToken();
    chownSync(path, 65534, 65534);
    expect(refusal()).toMatch(new RegExp(`^the token file ${path} belongs to user 65534, not to you`));
  });

  it('its own token is read back from a regular 600 file', () => {
    const token = writeToken();
    expect(loadToken(path, false)).toEqual({ token, created: false });
  });
});

describe.runIf(POSIX)('the folder that holds it (item 12)', () => {
  it.each(['777', '770', '702'])('a folder of mode %s, where others could swap the token, is refused and its token not reused', (mode) => {
    writeToken();
    chmodSync(folder, parseInt(mode, 8));
    expect(refusal()).toMatch(new RegExp(`^the folder ${folder} of the token file has mode ${mode}: other users can replace files in it`));
  });

  it.runIf(ROOT_USER)('a folder owned by another user is refused', () => {
    writeToken();
    chownSync(folder, 65534, 65534);
    expect(refusal()).toMatch(new RegExp(`^the folder ${folder} of the token file belongs to user 65534, not to you`));
  });

  it('a new folder is made 700', () => {
    rmSync(folder, { recursive: true });
    const { created } = loadToken(path, false);
    expect(created).toBe(true);
    expect(statSync(folder).mode & 0o777).toBe(0o700);
  });
});

describe('where the token is kept (item 13)', () => {
  it('a relative XDG_CONFIG_HOME is ignored, as the XDG Base Directory Specification says', () => {
    expect(configDirectory({ HOME: '/home/u', XDG_CONFIG_HOME: 'relative/config' })).toBe(join('/home/u', '.config', 'postman-sigv4'));
    expect(configDirectory({ HOME: '/home/u', XDG_CONFIG_HOME: './x' })).toBe(join('/home/u', '.config', 'postman-sigv4'));
    expect(configDirectory({ HOME: '/home/u', XDG_CONFIG_HOME: '/abs/config' })).toBe(join('/abs/config', 'postman-sigv4'));
  });
});

describe.runIf(POSIX)('the message for a file others may use says what its mode allows (item 14)', () => {
  it.each([
    ['602', 'other users write it'],
    ['604', 'other users read it'],
    ['640', 'its group read it'],
    ['660', 'its group read and write it'],
    ['666', 'its group read and write it, and other users read and write it'],
  ])('mode %s: lets %s', (mode, allows) => {
    writeToken(parseInt(mode, 8));
    const message = refusal();
    expect(message).toContain(`the token file ${path} has mode ${mode}, which lets ${allows};`);
    expect(message).toContain('--new-token');
  });
});
