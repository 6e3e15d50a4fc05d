import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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

  it("the one-line scripts of docs/postman-app.md name this version", () => {
    const page = readFileSync(join(ROOT, 'docs', 'postman-app.md'), 'utf8');
    for (const kind of ['prerequest', 'diagnose']) expect(page).toContain(`pm.require('npm:${pkg.name}@${pkg.version}').${kind}(pm);`);
  });

  it('crypto-js is really out of reach there (so loading did not need it)', () => {
    const run = nodeInPackedDir(`try { require.resolve('crypto-js'); console.log('found'); } catch (error) { console.log(error.code); }`);
    expect(run.stdout.trim()).toBe('MODULE_NOT_FOUND');
  });

  it('installs from the tarball into a prefix and runs the CLI from there: --version, print prerequest, credentials serve --help, presign --help', () => {
    const prefix = join(dir, 'prefix');
    const tarball = readdirSync(dir).find((name) => name.endsWith('.tgz')) as string;
    // The registry serves the runtime dependencies (newman); the npm cache usually has them.
    execFileSync('npm', ['install', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', join(dir, tarball)], { encoding: 'utf8', timeout: 180_000 });
    const bin = join(prefix, 'node_modules', '.bin', 'postman-sigv4');
    const run = (args: string[]) => spawnSync(bin, args, { cwd: prefix, encoding: 'utf8', timeout: 30_000 });
    expect(run(['--version']).stdout.trim()).toBe(pkg.version);
    const printed = run(['print', 'prerequest']);
    expect(printed.status).toBe(0);
    expect(printed.stdout).toBe(readFileSync(join(ROOT, 'dist', 'sigv4-prerequest.js'), 'utf8'));
    const help = run(['credentials', 'serve', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/--profile <name>/);
    expect(help.stdout + help.stderr).not.toMatch(/NodeVersionSupportWarning/);
    const presignHelp = run(['presign', '--help']);
    expect(presignHelp.status).toBe(0);
    expect(presignHelp.stdout).toMatch(/^Usage: postman-sigv4 presign \[options\] <url>/);
    expect(presignHelp.stdout).toMatch(/--signing-host <host>/);
    expect(presignHelp.stderr).toBe('');
  }, 200_000);

  it('ships an MIT LICENSE naming the holder, and package.json points where the scripts\' banners point (issue 23 item 25)', () => {
    expect(packed).toContain('LICENSE');
    const license = readFileSync(join(ROOT, 'LICENSE'), 'utf8');
    expect(license).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} postman-sigv4 contributors\n/);
    expect(license).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(manifest.license).toBe('MIT');
    const home = 'https://github.com/postman-sigv4/postman-sigv4';
    expect(readFileSync(join(ROOT, 'dist', 'sigv4-prerequest.js'), 'utf8')).toContain(`// ${home} `);
    expect(manifest.repository).toEqual({ type: 'git', url: `git+${home}.git` });
    expect(manifest.homepage).toBe(`${home}#readme`);
    expect(manifest.bugs).toEqual({ url: `${home}/issues` });
  });

  it('print stops quietly when its reader does (| head)', () => {
    const piped = spawnSync('sh', ['-c', `node ${join(ROOT, 'dist', 'cli.cjs')} print prerequest | head -1`], { encoding: 'utf8', timeout: 30_000 });
    expect(piped.stdout).toMatch(/^\/\/ postman-sigv4 /);
    expect(piped.stderr).toBe('');
  });
});

