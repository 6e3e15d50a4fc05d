import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CREDENTIALS, LONG_TERM_CREDENTIALS, startStack, TEMPORARY_CREDENTIALS, type Stack } from '../stack';
import { runNewman } from '../support/newman';
import { copyFixture, credentialVariables, readJson, removeScratch, runCli, scratchDir, snapshot } from './support';

/**
 * `postman-sigv4 inject` on realistic v2.1 collections: the structure it writes, that it is
 * idempotent, and that newman then gets every request accepted by the local stack (directly, or
 * through the CloudFront stand-in with an origin path when the signing host and origin path are given).
 */
const FIXTURES = [
  'orders-folders.postman_collection.json',
  'request-auth.postman_collection.json',
  'existing-scripts.postman_collection.json',
  'already-injected.postman_collection.json',
  'stored-credentials.postman_collection.json',
];
const BEGIN = (kind: string) => `// >>> postman-sigv4 ${kind} `;
const END = (kind: string) => `// <<< postman-sigv4 ${kind}`;
const diagnoseBuilt = (() => {
  try {
    return readFileSync(join(__dirname, '..', '..', 'dist', 'sigv4-diagnose.js'), 'utf8') !== '';
  } catch {
    return false;
  }
})();

let direct: Stack;
let viaCloudFront: Stack;
beforeAll(async () => {
  direct = await startStack();
  viaCloudFront = await startStack({ apiGateway: { stage: 'prod' }, cloudFront: { originPath: '/prod' } });
});
afterAll(async () => {
  await direct?.close();
  await viaCloudFront?.close();
  removeScratch();
});

type Script = { exec: string[] | string };
type Event = { listen: string; script: Script };
const lines = (script: Script) => (typeof script.exec === 'string' ? [script.exec] : script.exec).join('\n').split('\n');
const eventsOf = (collection: any, listen: string): Event[] => (collection.event || []).filter((event: Event) => event.listen === listen);

/** The user's own lines of a listen: the lines outside any marked block, trailing blanks dropped. */
function ownLines(collection: any, listen: string, kind: string): string[] {
  const out: string[] = [];
  let inside = false;
  for (const line of eventsOf(collection, listen).flatMap((event) => lines(event.script))) {
    if (line.startsWith(BEGIN(kind))) inside = true;
    else if (inside && line === END(kind)) inside = false;
    else if (!inside) out.push(line);
  }
  while (out.length && out[out.length - 1].trim() === '') out.pop();
  return out;
}

function countRequests(items: any[]): number {
  return items.reduce((sum, item) => sum + (item.item ? countRequests(item.item) : 1), 0);
}

function expectInjected(input: any, output: any, kind: 'prerequest' | 'diagnose', listen: string): void {
  const all = eventsOf(output, listen).flatMap((event) => lines(event.script));
  expect(all.filter((line) => line.startsWith(BEGIN(kind)))).toHaveLength(1);
  expect(all.filter((line) => line === END(kind))).toHaveLength(1);
  // The marked block closes the last script of its listen: the user's code all runs before it.
  const last = lines(eventsOf(output, listen).pop()!.script);
  expect(last[last.length - 1]).toBe(END(kind));
  expect(ownLines(output, listen, kind)).toEqual(ownLines(input, listen, kind));
}

const VARIANTS = [
  { name: 'without settings', flags: () => [] as string[], stack: () => direct, region: true, credential: LONG_TERM_CREDENTIALS },
  {
    name: 'with --signing-host and --origin-path, through CloudFront',
    flags: () => ['--signing-host', viaCloudFront.apiGateway.domain, '--origin-path', '/prod'],
    stack: () => viaCloudFront,
    region: false,
    credential: TEMPORARY_CREDENTIALS,
  },
];

describe.each(FIXTURES)('inject %s', (fixture) => {
  it.each(VARIANTS)('$name: structure, idempotence, and every request accepted by newman', async (variant) => {
    const inputPath = copyFixture(fixture);
    const input = readJson(inputPath);
    const outputPath = join(scratchDir(), 'out.json');
    const first = runCli(['inject', inputPath, '-o', outputPath, ...variant.flags()]);
    expect(first.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(outputPath);
    const output = readJson(outputPath);

    expectInjected(input, output, 'prerequest', 'prerequest');
    if (diagnoseBuilt) expectInjected(input, output, 'diagnose', 'test');
    else expect(ownLines(output, 'test', 'diagnose')).toEqual(ownLines(input, 'test', 'diagnose'));
    // inject embeds the compact form (issue 25: the smallest text newman compiles per request).
    expect(lines(eventsOf(output, 'prerequest').pop()!.script).join('\n')).toContain(readFileSync(join(__dirname, '..', '..', 'dist', 'sigv4-prerequest.compact.js'), 'utf8').trimEnd());

    // Folders, requests and their scripts are untouched; only event and variable change.
    const { event: _e1, variable: inVariables = [], ...inputRest } = input;
    const { event: _e2, variable: outVariables = [], ...outputRest } = output;
    expect(outputRest).toEqual(inputRest);
    const added = outVariables.slice(inVariables.length);
    expect(outVariables.slice(0, inVariables.length)).toEqual(inVariables);
    expect(added).toEqual(
      variant.flags().length
        ? [
            { key: 'sigv4_signing_host', value: variant.stack().apiGateway.domain, type: 'string' },
            { key: 'sigv4_origin_path', value: '/prod', type: 'string' },
          ]
        : [],
    );
    const text = readFileSync(outputPath, 'utf8');
    for (const credential of DEFAULT_CREDENTIALS) {
      for (const secret of [credential.accessKeyId, credential.secretAccessKey, credential.sessionToken]) if (secret) expect(text).not.toContain(secret);
    }

    // Injecting again, into a copy or in place, changes nothing.
    const againPath = join(scratchDir(), 'again.json');
    expect(runCli(['inject', outputPath, '-o', againPath, ...variant.flags()]).code).toBe(0);
    expect(readFileSync(againPath, 'utf8')).toBe(text);
    const before = snapshot(outputPath);
    const inPlace = runCli(['inject', outputPath, ...variant.flags()]);
    expect(inPlace.code).toBe(0);
    expect(inPlace.stdout).toContain('already up to date');
    expect(snapshot(outputPath)).toEqual(before);

    const stack = variant.stack();
    const run = await runNewman({
      collection: output,
      environment: { ...credentialVariables(variant.credential), baseUrl: stack.cloudFront.url, ...(variant.region ? { aws_region: 'us-east-1', baseUrl: stack.apiGateway.url } : {}) },
    });
    expect(run.failures).toEqual([]);
    expect(run.codes).toEqual(new Array(countRequests(input.item)).fill(200));
  });
});

describe('a read-only collection file (issue 23 item 5)', () => {
  it('is refused with a message, and left as it is, even for root', () => {
    const path = copyFixture('request-auth.postman_collection.json');
    chmodSync(path, 0o444);
    const before = snapshot(path);
    const run = runCli(['inject', path]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`postman-sigv4: ${path} is read-only (mode 444); make it writable (chmod u+w ${path}), or write the result elsewhere with -o.\n`);
    expect(snapshot(path)).toEqual(before);
  });

  it('-o elsewhere still writes the result', () => {
    const path = copyFixture('request-auth.postman_collection.json');
    chmodSync(path, 0o444);
    const output = join(scratchDir(), 'out.postman_collection.json');
    const run = runCli(['inject', path, '-o', output]);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(output, 'utf8')).toContain('postman-sigv4 prerequest');
  });
});

describe('inject keeps what the user has', () => {
  it('keeps the layout of the file: tabs, two or four spaces, the final newline', () => {
    for (const fixture of ['orders-folders.postman_collection.json', 'request-auth.postman_collection.json', 'existing-scripts.postman_collection.json']) {
      const path = copyFixture(fixture);
      const original = readFileSync(path, 'utf8');
      expect(runCli(['inject', path]).code).toBe(0);
      const text = readFileSync(path, 'utf8');
      expect(text.split('\n')[1].match(/^\s*/)![0]).toBe(original.split('\n')[1].match(/^\s*/)![0]);
      expect(text.endsWith('\n')).toBe(original.endsWith('\n'));
    }
  });

  it('warns about stored secrets and leaves them as they are', () => {
    const path = copyFixture('stored-credentials.postman_collection.json');
    const input = readJson(path);
    const run = runCli(['inject', path]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/warning: .*stores aws_secret_access_key as a collection variable.*environment variable of type secret/);
    expect(run.stderr).not.toContain('aws_session_token as a');
    expect(readJson(path).variable).toEqual(input.variable);
  });

  it('updates its variables in place when given new values', () => {
    const path = copyFixture('request-auth.postman_collection.json');
    expect(runCli(['inject', path, '--origin-path', '/prod', '--signing-host', 'abc.execute-api.eu-west-1.amazonaws.com']).code).toBe(0);
    expect(runCli(['inject', path, '--origin-path', '/v2']).code).toBe(0);
    expect(readJson(path).variable.filter((variable: { key: string }) => variable.key.startsWith('sigv4_'))).toEqual([
      { key: 'sigv4_signing_host', value: 'abc.execute-api.eu-west-1.amazonaws.com', type: 'string' },
      { key: 'sigv4_origin_path', value: '/v2', type: 'string' },
    ]);
  });

  it('on an injected file, --origin-path says that only the variable changed (issue 23 item 10)', () => {
    const path = copyFixture('request-auth.postman_collection.json');
    expect(runCli(['inject', path, '--origin-path', '/prod']).stdout).toMatch(/scripts injected at collection level into /);
    const again = runCli(['inject', path, '--origin-path', '/v2']);
    expect(again.code).toBe(0);
    expect(again.stdout.split('\n')[0]).toMatch(new RegExp(`^postman-sigv4 \\S+: ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: set sigv4_origin_path=/v2; its scripts were already up to date\\.$`));
    expect(again.stdout).not.toMatch(/injected/);
  });

  it('accepts a {{variable}} as a setting, for the environment to fill in', () => {
    const path = copyFixture('request-auth.postman_collection.json');
    expect(runCli(['inject', path, '--signing-host', '{{apiGatewayHost}}']).code).toBe(0);
    expect(readJson(path).variable).toContainEqual({ key: 'sigv4_signing_host', value: '{{apiGatewayHost}}', type: 'string' });
  });
});
