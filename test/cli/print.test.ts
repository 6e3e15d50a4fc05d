import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, copyFixture, readJson, removeScratch, ROOT, runCli, scratchDir } from './support';

/**
 * `print`, `--version`, `--help`, and where the bin finds the scripts: beside itself. A copy of
 * the bin in a scratch folder stands for a package with or without dist/sigv4-diagnose.js.
 */
afterAll(removeScratch);

const pkg = readJson(join(ROOT, 'package.json'));
const prerequest = readFileSync(join(ROOT, 'dist', 'sigv4-prerequest.js'), 'utf8');
const compactPrerequest = readFileSync(join(ROOT, 'dist', 'sigv4-prerequest.compact.js'), 'utf8');
const FAKE_DIAGNOSE = "// postman-sigv4 diagnose (test stand-in)\npm.test('diagnose ran', function () {});\n";

function packageCopy(withDiagnose: boolean): string {
  const dist = scratchDir();
  copyFileSync(BIN, join(dist, 'cli.cjs'));
  writeFileSync(join(dist, 'sigv4-prerequest.js'), prerequest);
  writeFileSync(join(dist, 'sigv4-prerequest.compact.js'), compactPrerequest);
  if (withDiagnose) for (const file of ['sigv4-diagnose.js', 'sigv4-diagnose.compact.js']) writeFileSync(join(dist, file), FAKE_DIAGNOSE);
  return join(dist, 'cli.cjs');
}

describe('postman-sigv4 print', () => {
  it('writes the pre-request script to stdout as built', () => {
    const run = runCli(['print', 'prerequest']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(prerequest);
    expect(run.stderr).toBe('');
  });

  it('writes the diagnose script when the package has it', () => {
    const run = runCli(['print', 'diagnose'], { bin: packageCopy(true) });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(FAKE_DIAGNOSE);
  });

  it.each(['prerequest', 'diagnose'])('print %s --compact writes dist/sigv4-%s.compact.js, the file docs/postman-app.md tells newman users to paste (issue 23 item 26)', (kind) => {
    const run = runCli(['print', kind, '--compact']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(readFileSync(join(ROOT, 'dist', `sigv4-${kind}.compact.js`), 'utf8'));
    expect(run.stderr).toBe('');
  });

  it('says so on stderr, exit 1, when the package has no diagnose script', () => {
    const bin = packageCopy(false);
    const run = runCli(['print', 'diagnose'], { bin });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`postman-sigv4: the diagnose script is not built in this package (${join(bin, '..', 'sigv4-diagnose.js')} is missing); update postman-sigv4, or run npm run build in its repository.\n`);
  });
});

describe('inject takes the scripts beside the bin', () => {
  it('injects the diagnose script as the collection test script when there is one', () => {
    const path = copyFixture('existing-scripts.postman_collection.json');
    const run = runCli(['inject', path], { bin: packageCopy(true) });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('pre-request and diagnose scripts injected');
    const test = readJson(path).event.filter((event: { listen: string }) => event.listen === 'test').pop().script.exec as string[];
    expect(test[0]).toBe("pm.test('no server error', function () {");
    // The whole block is one exec element (see embed in src/cli/collection.ts).
    const block = test[test.length - 1].split('\n');
    expect(block).toEqual([expect.stringMatching(/^\/\/ >>> postman-sigv4 diagnose /), ...FAKE_DIAGNOSE.trimEnd().split('\n'), '// <<< postman-sigv4 diagnose']);
  });

  it('injects the pre-request script only, with a note, when there is none', () => {
    const path = copyFixture('request-auth.postman_collection.json');
    const run = runCli(['inject', path], { bin: packageCopy(false) });
    expect(run.code).toBe(0);
    // inject embeds the compact forms (issue 25), so that is the file it names.
    expect(run.stderr).toBe('postman-sigv4: note: this package has no sigv4-diagnose.compact.js; only the pre-request script was injected.\n');
    expect(readJson(path).event.map((event: { listen: string }) => event.listen)).toEqual(['prerequest']);
  });
});

describe('postman-sigv4 --version and --help', () => {
  it('prints the package version', () => {
    expect(runCli(['--version']).stdout).toBe(`${pkg.version}\n`);
  });

  it('lists the commands, and each command documents itself', () => {
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/inject \[options\] <collection>[\s\S]*print \[options\] <script>[\s\S]*canonical \[options\]/);
    expect(runCli(['canonical', '--help']).stdout).toMatch(/Output \(stdout\)[\s\S]*Canonical request:[\s\S]*String to sign:[\s\S]*--session-token-present/);
    expect(runCli(['inject', '--help']).stdout).toMatch(/--signing-host <host>[\s\S]*--origin-path <path>[\s\S]*never written/);
  });

  it('credentials serve --help says where --profile is read: ~/.aws/config and ~/.aws/credentials (issue 23 item 23)', () => {
    const help = runCli(['credentials', 'serve', '--help']).stdout.replace(/\s+/g, ' ');
    expect(help).toMatch(/--profile <name> +[^]*~\/\.aws\/config and ~\/\.aws\/credentials/);
  });

  it('run --help names the --reporter-<name>-<option> pass-through (issue 23 item 24)', () => {
    const help = runCli(['run', '--help']).stdout;
    expect(help).toContain('--reporter-<name>-<option>');
    expect(help).toMatch(/--reporter-junit-export/);
  });
});
