import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { VARIABLE } from '../src/postman/variables';
import { describe, expect, it } from 'vitest';
import { buildOutputs, EXECUTABLES, minifiedExpression, PACKAGE_MAIN, ROOT, staleOutputs } from '../scripts/build';

describe('the scripts newman compiles for every request are ASCII', () => {
  // One character beyond Latin-1 makes V8 hold the whole source as a two-byte string: measured
  // +8% CPU per request for a single "…" (BENCHMARKS.md, 2026-12-03). The build escapes them.
  it.each(['sigv4-prerequest.js', 'sigv4-prerequest.compact.js', 'sigv4-diagnose.js', 'sigv4-diagnose.compact.js', 'index.cjs'])('dist/%s', (name) => {
    const script = readFileSync(join(ROOT, 'dist', name), 'utf8');
    const beyondAscii = script
      .split('\n')
      .map((text, index) => ({ line: index + 1, text }))
      .filter(({ text }) => /[^\x00-\x7f]/.test(text))
      .map(({ line, text }) => ({ line, text: text.slice(0, 120) }));
    expect(beyondAscii).toEqual([]);
  });
});

describe('dist/ and collections/ are built from src/', () => {
  it('every built file is committed as the build writes it (run `npm run build` if this fails)', async () => {
    const outputs = await buildOutputs();
    expect(outputs.size).toBeGreaterThan(0);
    expect(staleOutputs(outputs)).toEqual([]);
    // The package pm.require loads is one of them, and package.json points to it.
    expect(outputs.has(PACKAGE_MAIN)).toBe(true);
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).main).toBe(PACKAGE_MAIN);
  });

  it('the bin dist/cli.cjs is committed as 100755 and the build keeps it executable, so a fresh clone is clean after npx runs it (issue 23 item 7)', () => {
    expect(EXECUTABLES).toEqual(['dist/cli.cjs']);
    const staged = execFileSync('git', ['ls-files', '--stage', '--', 'dist/cli.cjs'], { cwd: ROOT, encoding: 'utf8' });
    expect(staged.split(' ')[0]).toBe('100755');
    if (process.platform !== 'win32') expect(statSync(join(ROOT, 'dist', 'cli.cjs')).mode & 0o111).toBe(0o111);
  });

  it('the pre-request script is one readable ES2019 file with a header naming the project, version and variables', () => {
    const script = readFileSync(join(ROOT, 'dist', 'sigv4-prerequest.js'), 'utf8');
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(script.split('\n')[0]).toBe(`// postman-sigv4 ${pkg.version}: pre-request script. Paste at collection level (Scripts > Pre-request).`);
    const banner = script.slice(0, script.search(/^[^/]/m));
    for (const variable of Object.values(VARIABLE)) expect(banner).toContain(variable);
    // crypto-js comes from the sandbox: no bundled copy, no top-level await/import/export, nothing past ES2019.
    // The bundle takes it from the wrapper's require("crypto-js"), without esbuild's interop helpers.
    expect(script).toMatch(/^\}\)\(require\("crypto-js"\), "postman-sigv4 prerequest [^"]+"\);$/m);
    expect(script).not.toMatch(/__require|__toESM|__commonJS|__copyProps/);
    expect(script).not.toMatch(/CryptoJS\s*=\s*CryptoJS\s*\|\|/);
    expect(script).not.toMatch(/^\s*(import|export)\s/m);
    expect(script).not.toMatch(/\?\?|\?\.|\bawait\b|globalThis|TextEncoder/);
    expect(script.split('\n').length).toBeGreaterThan(300);
  });

  it.each(['sigv4-prerequest', 'sigv4-diagnose'])('%s.compact.js is %s.js minified: the same title, the readable bundle minified again, the same kept-entry key, one line of code', async (name) => {
    const readable = readFileSync(join(ROOT, 'dist', `${name}.js`), 'utf8');
    const compact = readFileSync(join(ROOT, 'dist', `${name}.compact.js`), 'utf8');
    const compactLines = compact.trimEnd().split('\n');
    expect(compactLines.slice(0, 2)).toEqual(readable.split('\n').slice(0, 2));
    expect(compactLines[2]).toContain(`Compact form of dist/${name}.js, the readable reference`);
    // One line of code: one exec element when the Postman app exports it.
    expect(compactLines).toHaveLength(4);
    // The readable file's bundle, minified again, is exactly what the compact file runs.
    const start = readable.indexOf('\n    entry = ') + '\n    entry = '.length;
    const end = readable.lastIndexOf(';\n    try {\n      Object.defineProperty(');
    expect(start).toBeGreaterThan(20);
    expect(end).toBeGreaterThan(start);
    const code = compactLines[3];
    expect(code.startsWith('(function(sandboxCryptoJs,key){"use strict";var entry=sandboxCryptoJs[key];if(!entry){entry=')).toBe(true);
    expect(code).toContain(`entry=${await minifiedExpression(readable.slice(start, end))};try{Object.defineProperty(sandboxCryptoJs,key,{value:entry})}`);
    expect(code).toMatch(/\}entry\.run\(pm,console\)\}\)\(require\("crypto-js"\),"postman-sigv4 (prerequest|diagnose) [^"]+ [0-9a-f]{12}"\);$/);
    expect(code.slice(-22)).toBe(readable.trimEnd().split('\n').pop()!.slice(-22));
    expect(readable.split('\n').length).toBeGreaterThan(500);
  });
});


describe("the figures docs/postman-app.md gives about the built pre-request script come from the build (issue 23 item 20)", () => {
  const page = readFileSync(join(ROOT, 'docs', 'postman-app.md'), 'utf8').replace(/\s+/g, ' ');
  const readable = readFileSync(join(ROOT, 'dist', 'sigv4-prerequest.js'), 'utf8');
  const compact = readFileSync(join(ROOT, 'dist', 'sigv4-prerequest.compact.js'), 'utf8');
  const lines = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  const figure = (text: string) => Number(text.replace(/,/g, ''));
  // "about": within 10% of the build's, so the text need not change with every edit of src/.
  const near = (stated: number, built: number) => expect(Math.abs(stated - built) / built, `stated ${stated}, built ${built}`).toBeLessThanOrEqual(0.1);

  it('"one line instead of about N KB": the size of dist/sigv4-prerequest.js', () => {
    const stated = /one line instead of about ([\d,]+) KB/.exec(page);
    expect(stated).not.toBeNull();
    near(figure(stated![1]), Buffer.byteLength(readable) / 1024);
  });

  it('"N lines instead of about M": the compact file\'s lines and the readable file\'s', () => {
    const stated = /(\d+) lines instead of about ([\d,]+)/.exec(page);
    expect(stated).not.toBeNull();
    near(figure(stated![1]), lines(compact));
    near(figure(stated![2]), lines(readable));
  });
});
