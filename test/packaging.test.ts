import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_MAIN, ROOT } from '../scripts/build';

/**
 * What `npm publish` would ship: `npm pack` into a temporary directory, unpacked there, far from
 * this repository's node_modules, so no sandbox and no crypto-js are in reach.
 */
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
let dir: string;
let packed: string[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'postman-sigv4-pack-'));
  const report = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 }));
  packed = report[0].files.map((file: { path: string }) => file.path);
  execFileSync('tar', ['xzf', join(dir, report[0].filename), '-C', dir], { timeout: 30_000 });
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function nodeInPackedDir(code: string) {
  const env = { ...process.env };
  delete env.NODE_PATH;
  return spawnSync(process.execPath, ['-e', code], { cwd: dir, env, encoding: 'utf8', timeout: 30_000 });
}

describe('the npm package', () => {
  it(`contains ${PACKAGE_MAIN}, the pasted scripts and the CLI`, () => {
    expect(packed).toEqual(expect.arrayContaining([PACKAGE_MAIN, 'dist/sigv4-prerequest.js', 'dist/sigv4-diagnose.js', 'dist/cli.cjs', 'package.json']));
  });

  it('loads in plain Node with no sandbox in reach, and throws only when called without pm', () => {
    const main = join(dir, 'package', PACKAGE_MAIN);
    const run = nodeInPackedDir(`
      const sigv4 = require(${JSON.stringify(main)});
      console.log(Object.keys(sigv4).join(',') + ' ' + typeof sigv4.prerequest + ' ' + typeof sigv4.diagnose);
      for (const name of ['prerequest', 'diagnose']) {
        try { sigv4[name](); console.log(name + ' did not throw'); } catch (error) { console.log(error.message); }
      }
    `);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')).toEqual([
      'prerequest,diagnose function function',
      `${pkg.name}: prerequest(pm) needs the Postman script's pm object; in a collection script write pm.require('npm:${pkg.name}@${pkg.version}').prerequest(pm)`,
      `${pkg.name}: diagnose(pm) needs the Postman script's pm object; in a collection script write pm.require('npm:${pkg.name}@${pkg.version}').diagnose(pm)`,
      '',
    ]);
  });

  it("the README's one-line scripts name this version", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const kind of ['prerequest', 'diagnose']) expect(readme).toContain(`pm.require('npm:${pkg.name}@${pkg.version}').${kind}(pm);`);
  });

  it('crypto-js is really out of reach there (so loading did not need it)', () => {
    const run = nodeInPackedDir(`try { require.resolve('crypto-js'); console.log('found'); } catch (error) { console.log(error.code); }`);
    expect(run.stdout.trim()).toBe('MODULE_NOT_FOUND');
  });
});
