import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyFixture, removeScratch, runCli, scratchDir, snapshot, type CliRun } from './support';

/** Every bad input: one line on stderr naming the file or flag and the fix, exit 1, nothing written. */
afterAll(removeScratch);

function expectOneClearLine(run: CliRun, ...mentions: Array<string | RegExp>): void {
  expect(run.code).toBe(1);
  expect(run.stdout).toBe('');
  const stderr = run.stderr.trimEnd().split('\n');
  expect(stderr).toHaveLength(1);
  expect(stderr[0]).not.toMatch(/internal error|\bat .*:\d+:\d+/);
  for (const mention of mentions) expect(stderr[0]).toMatch(mention);
}

const BAD_FILES: Array<[string, RegExp]> = [
  ['bad-invalid.json', /is not valid JSON at line 7 column \d+ .*fix the file or export it from Postman as Collection v2\.1/],
  ['bad-empty.json', /is empty; pass a Postman collection file/],
  ['bad-v1.postman_collection.json', /is a Postman Collection v1 file.*postman-collection-transformer convert .*-j 1\.0\.0 -p 2\.1\.0/],
  ['bad-v2.0.postman_collection.json', /is a Postman Collection v2\.0 file.*-j 2\.0\.0 -p 2\.1\.0/],
  ['bad-environment.postman_environment.json', /is a Postman environment file, not a collection; pass the collection file/],
  ['bad-not-collection.json', /is JSON but not a Postman collection .*export it from Postman as Collection v2\.1/],
];

describe('inject refuses a file that is not a Postman v2.1 collection', () => {
  it.each(BAD_FILES)('%s', (fixture, message) => {
    const path = copyFixture(fixture);
    const before = snapshot(path);
    expectOneClearLine(runCli(['inject', path]), path, message);
    expect(snapshot(path)).toEqual(before);

    const output = join(scratchDir(), 'out.json');
    expectOneClearLine(runCli(['inject', path, '-o', output]), path, message);
    expect(existsSync(output)).toBe(false);
    expect(snapshot(path)).toEqual(before);
  });
});

describe('inject refuses bad flags and paths before writing anything', () => {
  const cases: Array<[string, (path: string) => string[], Array<string | RegExp>]> = [
    ['origin path without a leading slash', (path) => ['inject', path, '--origin-path', 'prod'], [/--origin-path "prod" must start with "\/"/]],
    ['origin path ending with a slash', (path) => ['inject', path, '--origin-path', '/prod/'], [/--origin-path "\/prod\/" must not end with "\/"/]],
    [
      'signing host with a scheme and path',
      (path) => ['inject', path, '--signing-host', 'https://abc.execute-api.us-east-1.amazonaws.com/prod'],
      [/--signing-host must be a host name only.*set it to abc\.execute-api\.us-east-1\.amazonaws\.com, and --origin-path to \/prod/],
    ],
    ['empty signing host', (path) => ['inject', path, '--signing-host', ' '], [/--signing-host is empty/]],
    ['a missing input file', (path) => ['inject', `${path}.missing`], [/\.missing does not exist; pass the path of a collection file/]],
    ['a folder as input', (path) => ['inject', join(path, '..')], [/is a folder; pass a collection file/]],
    ['an output in a missing folder', (path) => ['inject', path, '-o', join(path, '..', 'no', 'such', 'out.json')], [/cannot write .*out\.json: its folder does not exist/]],
    ['a folder as output', (path) => ['inject', path, '-o', join(path, '..')], [/is a folder; give -o a file name/]],
  ];
  it.each(cases)('%s', (_name, args, mentions) => {
    const path = copyFixture('orders-folders.postman_collection.json');
    const before = snapshot(path);
    expectOneClearLine(runCli(args(path)), ...mentions);
    expect(snapshot(path)).toEqual(before);
  });

});

describe('canonical refuses bad input with the flag to fix', () => {
  const url = 'https://abc.execute-api.us-east-1.amazonaws.com/x';
  const cases: Array<[string, string[], RegExp]> = [
    ['a URL without a host', ['--url', '/x'], /--url has no host/],
    ['a {{variable}} in the URL', ['--url', 'https://{{host}}/x'], /--url contains \{\{host\}\}.*pass its value instead/],
    ['no region for an IP host', ['--url', 'http://127.0.0.1:9/x'], /--region is not set, and the signing host 127\.0\.0\.1:9 names no region/],
    ['a bad region', ['--url', url, '--region', 'us east'], /--region "us east" is not a region name/],
    ['a region with a stray letter', ['--url', url, '--region', 'ap-northeast-1x'], /--region "ap-northeast-1x" is not a region name like us-east-1\. Set it to the API's region, e\.g\. us-east-1\./],
    ['an origin path without a slash', ['--url', url, '--origin-path', 'prod'], /--origin-path "prod" must start with "\/"/],
    ['a signing host with a path', ['--url', url, '--signing-host', 'h.example.com/prod'], /--signing-host must be a host name only.*--origin-path to \/prod/],
    ['a header without a colon', ['--url', url, '--header', 'nocolon'], /--header number 1 \(its text is not shown: it may hold a secret\) is not a header; write it as 'Name: value'/],
    ['a header with "=" for ":"', ['--url', url, '--header', 'X-Api-Key: k', '--header', 'X-Tenant=acme'], /--header "X-Tenant=\.\.\." is not a header; write it as 'Name: value'/],
    ['a Host header', ['--url', url, '--header', 'Host: h.example.com'], /Host header .*set --signing-host to h\.example\.com instead/],
    ['a header Postman changes', ['--url', url, '--signed-headers', 'user-agent'], /--signed-headers names user-agent.*Remove user-agent from --signed-headers/],
    ['a bad date', ['--url', url, '--date', 'yesterday'], /--date "yesterday" is not an ISO-8601 UTC time/],
    ['a date without a time zone', ['--url', url, '--date', '2024-05-01T12:00:00'], /--date "2024-05-01T12:00:00" is not an ISO-8601 UTC time/],
    ['a missing body file', ['--url', url, '--method', 'POST', '--body-file', '/no/such/body'], /--body-file \/no\/such\/body cannot be read: it does not exist/],
    ['a bad method', ['--url', url, '--method', 'G T'], /--method "G T" is not an HTTP method/],
    ['both --body and --body-file', ['--url', url, '--body', 'a', '--body-file', 'b'], /--body <text>' cannot be used with option '--body-file/],
    ['no --url', [], /required option '--url <url>' not specified/],
  ];
  it.each(cases)('%s', (_name, args, message) => {
    const method = args.indexOf('--method') >= 0 ? [] : ['--method', 'GET'];
    expectOneClearLine(runCli(['canonical', ...method, ...args]), message);
  });
});

describe('no error message echoes a header value, a body or a token', () => {
  const url = 'https://abc.execute-api.us-east-1.amazonaws.com/x';
  const TOKEN = 'FwoGZXIvYXdzEXAMPLESESSIONTOKEN+hGfYzX9/6Q==';
  it.each([
    ['a token header written with "="', ['--header', `X-Amz-Security-Token=${TOKEN}`], /--header "X-Amz-Security-Token=\.\.\." is not a header/],
    ['a token header written with a space', ['--header', `X-Amz-Security-Token ${TOKEN}`], /--header number 1 \(its text is not shown/],
    ['a bare token', ['--header', 'Accept: */*', '--header', TOKEN], /--header number 2 \(its text is not shown/],
    ['a bad X-Amz-Date header', ['--header', `X-Amz-Date: ${TOKEN}`], /the X-Amz-Date --header is not an ISO-8601 UTC time/],
  ])('canonical with %s', (_name, args, message) => {
    const run = runCli(['canonical', '--method', 'GET', '--url', url, ...args]);
    expectOneClearLine(run, message);
    expect(run.stderr).not.toContain(TOKEN.slice(0, 10));
  });

  it('inject with a broken collection that stores a token', () => {
    const path = join(scratchDir(), 'broken.postman_collection.json');
    writeFileSync(path, `{"info": {"name": "x"}, "item": [], "variable": [{"key": "aws_session_token", "value": ${TOKEN}}]}`);
    const run = runCli(['inject', path]);
    expectOneClearLine(run, path, /is not valid JSON \(Unexpected token 'F'\); fix the file/);
    expect(run.stderr).not.toContain(TOKEN.slice(0, 10));
  });
});

describe('usage errors (commander)', () => {
  it.each([
    [['frob'], /unknown command 'frob'/],
    [['inject'], /missing required argument 'collection'/],
    [['print', 'everything'], /Allowed choices are prerequest, diagnose/],
    [['inject', 'x.json', '--sign-host', 'h'], /unknown option '--sign-host'\n\(Did you mean --signing-host\?\)/],
  ])('%j', (args, message) => {
    const run = runCli(args as string[]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message as RegExp);
  });
});
