import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { embedScripts, type Collection } from '../../src/cli/collection';
import { ScriptBlockError } from '../../src/cli/scriptBlockError';

const SCHEMA = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';
const scripts = { version: '9.9.9', prerequest: 'sign();\nmore();\n', diagnose: 'diagnose();\n' };
const BLOCK = /^\/\/ >>> postman-sigv4 prerequest 9\.9\.9: .*\nsign\(\);\nmore\(\);\n\/\/ <<< postman-sigv4 prerequest$/;

function collection(exec?: string[] | string, listen = 'prerequest'): Collection {
  return { info: { name: 'c', schema: SCHEMA }, item: [], ...(exec === undefined ? {} : { event: [{ listen, script: { type: 'text/javascript', exec } }] }) };
}

const execOf = (c: Collection, listen: string) => c.event!.find((event) => event.listen === listen)!.script!.exec as string[];
const prerequestExec = (c: Collection) => execOf(c, 'prerequest');

/** dist/sigv4-*.js as built now: the bundle is kept per newman run under a key naming the build. */
function pastedBuild(kind: 'prerequest' | 'diagnose', version: string): string[] {
  return [
    `// postman-sigv4 ${version}: ${kind === 'prerequest' ? 'pre-request' : 'post-response'} script. Paste at collection level.`,
    '// https://github.com/postman-sigv4/postman-sigv4 - generated from src/ by `npm run build`; do not edit.',
    '(function (store, key) {',
    '  var entry = store && store[key];',
    '  entry.run(pm, console);',
    `})(require("crypto-js"), "postman-sigv4 ${kind} ${version} 0123456789ab");`,
  ];
}

/** dist/sigv4-prerequest.js as built before: esbuild's bare IIFE (a template literal's lines are not indented). */
function pastedIife(version: string): string[] {
  return [
    `// postman-sigv4 ${version}: pre-request script. Paste at collection level (Scripts > Pre-request).`,
    '// Signs every request with AWS Signature V4 for the host and path the AWS service sees.',
    '"use strict";',
    '(() => {',
    '  var help = `',
    'a line of a template literal',
    '`;',
    '  sign(pm);',
    '})();',
  ];
}

describe('embedScripts', () => {
  it("puts each script in one exec element after the user's own lines", () => {
    const exec = prerequestExec(embedScripts(collection(['mine();', '']), scripts));
    expect(exec).toEqual(['mine();', expect.stringMatching(BLOCK)]);
  });

  it('replaces its block on a second run, also after Postman re-exported the script line by line', () => {
    const once = embedScripts(collection('mine();'), scripts);
    expect(embedScripts(once, scripts)).toEqual(once);
    const reexported = JSON.parse(JSON.stringify(once));
    reexported.event[0].script.exec = prerequestExec(once).join('\n').split('\n');
    expect(embedScripts(reexported, scripts)).toEqual(once);
    expect(prerequestExec(embedScripts(once, { ...scripts, prerequest: 'v2();' }))[1]).toContain('\nv2();\n');
  });

  it('adds the diagnose script as a collection test script and leaves the input untouched', () => {
    const input = collection();
    const output = embedScripts(input, scripts);
    expect(input.event).toBeUndefined();
    expect(output.event!.map((event) => event.listen)).toEqual(['prerequest', 'test']);
  });
});

describe('embedScripts with a marked block the user or an export changed', () => {
  it('finds the end marker of a block whose lines end in "\\r" (a CRLF export), and keeps the code after it', () => {
    const crlf = ['mine();', '// >>> postman-sigv4 prerequest 0.0.9: generated', 'old();', '// <<< postman-sigv4 prerequest', 'after();'].join('\r\n');
    expect(prerequestExec(embedScripts(collection(crlf), scripts))).toEqual(['mine();\r', 'after();', expect.stringMatching(BLOCK)]);
  });

  it('refuses a block without its end marker line instead of dropping the code after it', () => {
    const input = collection(['mine();', '// >>> postman-sigv4 prerequest 0.0.9: generated', 'old();', 'after();']);
    expect(() => embedScripts(input, scripts)).toThrow(ScriptBlockError);
    expect(() => embedScripts(input, scripts)).toThrow(
      /collection-level Pre-request script has the marker line "\/\/ >>> postman-sigv4 prerequest \.\.\." but not its end marker line "\/\/ <<< postman-sigv4 prerequest"; restore that line .*or delete the block/,
    );
  });
});

describe('embedScripts with a script pasted by hand', () => {
  it('replaces a pasted copy of an older version, keeping the code before and after it', () => {
    const output = embedScripts(collection(['before();', ...pastedBuild('prerequest', '0.1.0'), 'after();']), scripts);
    expect(prerequestExec(output)).toEqual(['before();', 'after();', expect.stringMatching(BLOCK)]);
  });

  it('replaces a pasted copy of the older bare-IIFE build, also with CRLF line ends', () => {
    const exec = ['before();', ...pastedIife('0.1.0'), 'after();'];
    expect(prerequestExec(embedScripts(collection(exec), scripts))).toEqual(['before();', 'after();', expect.stringMatching(BLOCK)]);
    expect(prerequestExec(embedScripts(collection(exec.join('\r\n')), scripts))).toEqual(['before();\r', 'after();', expect.stringMatching(BLOCK)]);
  });

  it('recognises both scripts in dist/ as they are built now (the end of a pasted copy follows the build)', () => {
    const built = (file: string) => readFileSync(join(__dirname, '..', '..', 'dist', file), 'utf8').replace(/\n$/, '');
    const input = collection(`before();\n${built('sigv4-prerequest.js')}\nafter();`);
    input.event!.push({ listen: 'test', script: { exec: `check();\n${built('sigv4-diagnose.js')}` } });
    const output = embedScripts(input, scripts);
    expect(prerequestExec(output)).toEqual(['before();', 'after();', expect.stringMatching(BLOCK)]);
    expect(execOf(output, 'test')).toEqual(['check();', expect.stringMatching(/^\/\/ >>> postman-sigv4 diagnose 9\.9\.9: /)]);
  });

  it('recognises both compact scripts in dist/ pasted line by line', () => {
    const built = (file: string) => readFileSync(join(__dirname, '..', '..', 'dist', file), 'utf8').replace(/\n$/, '');
    const input = collection(['before();', ...built('sigv4-prerequest.compact.js').split('\n'), 'after();']);
    input.event!.push({ listen: 'test', script: { exec: ['check();', ...built('sigv4-diagnose.compact.js').split('\n')] } });
    const output = embedScripts(input, scripts);
    expect(prerequestExec(output)).toEqual(['before();', 'after();', expect.stringMatching(BLOCK)]);
    expect(execOf(output, 'test')).toEqual(['check();', expect.stringMatching(/^\/\/ >>> postman-sigv4 diagnose 9\.9\.9: /)]);
  });

  it('replaces a pasted diagnose script in the Post-response script', () => {
    const output = embedScripts(collection(['check();', ...pastedBuild('diagnose', '0.1.0')], 'test'), scripts);
    expect(execOf(output, 'test')).toEqual(['check();', expect.stringMatching(/^\/\/ >>> postman-sigv4 diagnose 9\.9\.9: .*\ndiagnose\(\);\n\/\/ <<< postman-sigv4 diagnose$/)]);
  });

  it.each([
    ['cut short', ['before();', ...pastedBuild('prerequest', '0.1.0').slice(0, -1), 'after();']],
    ['cut short, then pasted again', ['before();', ...pastedBuild('prerequest', '0.1.0').slice(0, -1), 'mine();', ...pastedBuild('prerequest', '0.1.0')]],
    ['with its last line edited', ['before();', ...pastedBuild('prerequest', '0.1.0').slice(0, -1), '})(require("crypto-js"), "edited");']],
    ['of the bare-IIFE build, cut short', ['before();', ...pastedIife('0.1.0').slice(0, -1), 'after();']],
    ['with the code after its banner replaced', ['before();', '// postman-sigv4 0.1.0: pre-request script. Paste at collection level.', 'mine();']],
  ])('refuses a pasted copy %s rather than guess where it ends', (_name, exec) => {
    expect(() => embedScripts(collection(exec), scripts)).toThrow(
      /^line 2 of the collection-level Pre-request script starts a hand-pasted copy of the postman-sigv4 0\.1\.0 pre-request script whose end cannot be found .*delete the pasted copy/,
    );
  });
});
