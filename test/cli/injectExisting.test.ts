import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LONG_TERM_CREDENTIALS, startStack, type Stack } from '../stack';
import { runNewman } from '../support/newman';
import { copyFixture, credentialVariables, readJson, removeScratch, runCli, scratchDir, snapshot, type CliRun } from './support';

/**
 * `postman-sigv4 inject` on a collection that already holds the scripts in a form it did not
 * write itself: pasted by hand, or a marked block that an export or the user changed. It
 * replaces what it can delimit for certain and refuses the rest without writing.
 */
const PASTED = 'pasted-scripts.postman_collection.json';
const BANNER = /^\/\/ postman-sigv4 \S+: (pre-request|post-response) script\./;

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
  removeScratch();
});

type Event = { listen: string; script: { exec: string[] | string } };
const scriptOf = (collection: any, listen: string): string[] => {
  const event = (collection.event as Event[]).find((candidate) => candidate.listen === listen)!;
  return (typeof event.script.exec === 'string' ? [event.script.exec] : event.script.exec).join('\n').split('\n');
};

function expectRefused(run: CliRun, path: string, message: RegExp): void {
  expect(run.code).toBe(1);
  expect(run.stdout).toBe('');
  expect(run.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(message)]);
  expect(run.stderr).toContain(path);
}

describe('inject over scripts pasted by hand', () => {
  it("replaces this build's and an older build's pasted copies, keeps the user's code, and newman passes", async () => {
    const path = copyFixture(PASTED);
    const input = readJson(path);
    const run = runCli(['inject', path]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const output = readJson(path);

    const pre = scriptOf(output, 'prerequest');
    expect(pre.slice(0, 2)).toEqual(['// user code before', "pm.variables.set('beforeSigner', 'yes');"]);
    expect(pre.slice(2, 4)).toEqual(['// user code after', "pm.variables.set('afterSigner', 'yes');"]);
    expect(pre[4]).toMatch(/^\/\/ >>> postman-sigv4 prerequest /);
    expect(pre.filter((line) => BANNER.test(line))).toHaveLength(1);
    const test = scriptOf(output, 'test');
    expect(test.slice(0, 5)).toEqual([...scriptOf(input, 'test').slice(0, 4), "pm.test('user test after the pasted script', function () { pm.response.to.have.status(200); });"]);
    expect(test[5]).toMatch(/^\/\/ >>> postman-sigv4 diagnose /);
    expect(test.filter((line) => BANNER.test(line))).toHaveLength(1);

    expect(runCli(['inject', path]).stdout).toContain('already up to date');
    const newman = await runNewman({ collection: output, environment: { ...credentialVariables(LONG_TERM_CREDENTIALS), aws_region: 'us-east-1', baseUrl: stack.apiGateway.url } });
    expect(newman.failures).toEqual([]);
    expect(newman.codes).toEqual([200, 200]);
  });

  it('refuses a pasted copy that was cut short, and writes nothing', () => {
    const path = copyFixture(PASTED);
    const collection = readJson(path);
    const exec: string[] = collection.event[0].script.exec;
    exec.splice(exec.findIndex((line) => line.startsWith('})(require("crypto-js")')), 1);
    writeFileSync(path, JSON.stringify(collection, null, '\t'));
    const before = snapshot(path);
    expectRefused(runCli(['inject', path]), path, /line 3 of the collection-level Pre-request script starts a hand-pasted copy .*whose end cannot be found.*delete the pasted copy/);
    expect(snapshot(path)).toEqual(before);
  });
});

describe('inject over a marked block that was changed', () => {
  it('keeps the code after a block exported with CRLF line ends', () => {
    const path = copyFixture('already-injected.postman_collection.json');
    const collection = readJson(path);
    collection.event[0].script.exec = collection.event[0].script.exec.join('\r\n');
    writeFileSync(path, JSON.stringify(collection, null, '\t'));
    const output = join(scratchDir(), 'out.json');
    expect(runCli(['inject', path, '-o', output]).code).toBe(0);
    expect(scriptOf(readJson(output), 'prerequest').slice(0, 4)).toEqual([
      '// user code before\r',
      "pm.variables.set('beforeSigner', 'yes');\r",
      '// user code after\r',
      "pm.variables.set('afterSigner', 'yes');",
    ]);
  });

  it('refuses a block whose end marker line was deleted, and writes nothing', () => {
    const path = copyFixture('already-injected.postman_collection.json');
    const collection = readJson(path);
    collection.event[0].script.exec = collection.event[0].script.exec.filter((line: string) => line !== '// <<< postman-sigv4 prerequest');
    writeFileSync(path, `${JSON.stringify(collection, null, '\t')}\n`);
    const before = snapshot(path);
    expectRefused(runCli(['inject', path]), path, /has the marker line "\/\/ >>> postman-sigv4 prerequest \.\.\." but not its end marker line "\/\/ <<< postman-sigv4 prerequest"; restore that line/);
    expect(snapshot(path)).toEqual(before);
    expect(readFileSync(path, 'utf8')).toContain('// user code after');
  });
});
