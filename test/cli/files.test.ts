import { chmodSync, lstatSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/cli/files';
import { copyFixture, removeScratch, runCli, scratchDir } from './support';

afterAll(removeScratch);

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('writeFileAtomic', () => {
  it('keeps the mode of the file it replaces, exactly, whatever the umask', () => {
    const dir = scratchDir();
    for (const mode of [0o600, 0o640, 0o664]) {
      const path = join(dir, `c-${mode.toString(8)}.json`);
      writeFileSync(path, 'old');
      chmodSync(path, mode);
      writeFileAtomic(path, 'new');
      expect(readFileSync(path, 'utf8')).toBe('new');
      expect(modeOf(path)).toBe(mode);
    }
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('gives a new file the mode writeFileSync would', () => {
    const dir = scratchDir();
    writeFileSync(join(dir, 'reference'), '');
    writeFileAtomic(join(dir, 'new.json'), 'new');
    expect(modeOf(join(dir, 'new.json'))).toBe(modeOf(join(dir, 'reference')));
  });

  it('writes through a symlink to the file it names, and the link stays', () => {
    const dir = scratchDir();
    const real = join(dir, 'real.json');
    const link = join(dir, 'link.json');
    writeFileSync(real, 'old');
    chmodSync(real, 0o600);
    symlinkSync('real.json', link);
    writeFileAtomic(link, 'new');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('real.json');
    expect(readFileSync(real, 'utf8')).toBe('new');
    expect(modeOf(real)).toBe(0o600);
    expect(readdirSync(dir).sort()).toEqual(['link.json', 'real.json']);
  });
});

describe('inject in place', () => {
  it('keeps a private collection private and a symlinked collection a symlink', () => {
    const real = copyFixture('orders-folders.postman_collection.json');
    chmodSync(real, 0o600);
    const link = join(scratchDir(), 'linked.postman_collection.json');
    symlinkSync(real, link);
    const run = runCli(['inject', link]);
    expect(run.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toContain('// >>> postman-sigv4 prerequest');
    expect(modeOf(real)).toBe(0o600);
  });
});
