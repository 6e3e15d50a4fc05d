import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canonical, formatCanonical, type CanonicalOptions } from '../../src/cli/canonical';
import { removeScratch, runCli, scratchDir } from './support';

afterAll(removeScratch);

const HOST = 'abc123.execute-api.eu-west-1.amazonaws.com';
const base: CanonicalOptions = { method: 'GET', url: `https://${HOST}/prod/items`, date: '2024-05-01T12:00:00Z' };

function run(options: Partial<CanonicalOptions>) {
  const notes: string[] = [];
  const output = canonical({ ...base, ...options }, (line) => notes.push(line));
  return { ...output, lines: output.canonicalRequest.split('\n'), notes };
}

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

describe('canonical options', () => {
  it('prints the two texts under their headings', () => {
    const output = run({});
    expect(formatCanonical(output)).toBe(`Canonical request:\n${output.canonicalRequest}\n\nString to sign:\n${output.stringToSign}\n`);
    expect(output.stringToSign.split('\n').slice(0, 3)).toEqual(['AWS4-HMAC-SHA256', '20240501T120000Z', '20240501/eu-west-1/execute-api/aws4_request']);
    expect(output.stringToSign.split('\n')[3]).toBe(sha256(output.canonicalRequest));
  });

  it('takes the date from an X-Amz-Date header, in basic ISO-8601, and ignores Authorization', () => {
    const headers = ['X-Amz-Date: 20240102T030405Z', 'Authorization: AWS4-HMAC-SHA256 Credential=x'];
    const output = run({ date: undefined, header: headers });
    expect(output.lines).toContain('x-amz-date:20240102T030405Z');
    expect(output.lines[output.lines.length - 2]).toBe('host;x-amz-date');
    expect(run({ date: '20240102T030405Z' }).canonicalRequest).toBe(output.canonicalRequest);
  });

  it('signs an X-Amz-Content-Sha256 header as the payload hash, as the script does for one the user set, and refuses a wrong one', () => {
    const body = '{"a":1}';
    const right = run({ method: 'POST', body, header: [`X-Amz-Content-Sha256: ${sha256(body)}`] });
    expect(right.lines).toContain(`x-amz-content-sha256:${sha256(body)}`);
    expect(right.lines.pop()).toBe(sha256(body));
    const unsigned = run({ method: 'POST', body, header: ['X-Amz-Content-Sha256: UNSIGNED-PAYLOAD'] });
    expect(unsigned.lines.pop()).toBe('UNSIGNED-PAYLOAD');
    expect(() => run({ method: 'POST', body, header: ['X-Amz-Content-Sha256: abc'] })).toThrow(
      `X-Amz-Content-Sha256 header is "abc", which is neither the SHA-256 of the body as sent (${sha256(body)}) nor UNSIGNED-PAYLOAD`,
    );
  });

  it('hashes the body file bytes as they are, also when they are not UTF-8', () => {
    const file = join(scratchDir(), 'body.bin');
    const bytes = new Uint8Array([0xff, 0x00, 0xfe, 0x0d, 0x0a]);
    writeFileSync(file, bytes);
    expect(run({ method: 'POST', bodyFile: file }).lines.pop()).toBe(sha256(bytes));
    expect(run({ method: 'POST', body: 'héllo\n' }).lines.pop()).toBe(sha256(Buffer.from('héllo\n', 'utf8')));
  });

  it('hashes an empty body for GET, as newman prunes it, and says so', () => {
    const output = run({ body: 'ignored' });
    expect(output.lines.pop()).toBe(sha256(''));
    expect(output.notes).toEqual(['note: newman sends no body with GET, so the script hashes an empty body; the given body is ignored.']);
  });

  it('names a header listed in --signed-headers but not given', () => {
    const output = run({ signedHeaders: 'x-api-key,content-type', header: ['Content-Type: text/plain'] });
    expect(output.lines).toContain('content-type:text/plain');
    expect(output.notes).toEqual([expect.stringMatching(/--signed-headers names x-api-key, but no --header gives it/)]);
  });

  it('shows the session token as the script keeps it, and warns that the hash then differs', () => {
    const output = run({ sessionTokenPresent: true });
    expect(output.lines).toContain('x-amz-security-token:<aws_session_token>');
    expect(output.notes).toEqual([expect.stringMatching(/last line differs from API Gateway's/)]);
    expect(run({ header: ['X-Amz-Security-Token: IQoJb3JpZ2luX2VjEXAMPLE'] }).canonicalRequest).toBe(output.canonicalRequest);
  });

  it('signs for the signing host and origin path, and infers region and service from the host', () => {
    const output = run({ url: 'https://d111111abcdef8.cloudfront.net/items?b=2&a', signingHost: HOST.toUpperCase(), originPath: '/prod' });
    expect(output.lines.slice(0, 4)).toEqual(['GET', '/prod/items', 'a=&b=2', `host:${HOST}`]);
  });

  it('uppercases the method as Postman does', () => {
    expect(run({ method: 'delete' }).lines[0]).toBe('DELETE');
  });

  it('presigns with --query-auth: the X-Amz-* parameters in the canonical query, --expires as X-Amz-Expires', () => {
    const output = run({ url: `https://${HOST}/prod/items?b=2`, queryAuth: true, expires: '300', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', sessionTokenPresent: true });
    expect(output.lines[2]).toBe(
      'X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20240501%2Feu-west-1%2Fexecute-api%2Faws4_request&X-Amz-Date=20240501T120000Z&X-Amz-Expires=300&X-Amz-Security-Token=<aws_session_token>&X-Amz-SignedHeaders=host&b=2',
    );
    expect(output.lines.slice(3)).toEqual([`host:${HOST}`, '', 'host', sha256('')]);
  });

  it('takes the access key id, date and expiry from a presigned URL pasted as --url, and signs without its old parameters', () => {
    const presigned = run({ url: `https://${HOST}/prod/items?b=2`, queryAuth: true, expires: '60', accessKeyId: 'AKIAIOSFODNN7EXAMPLE' });
    const pastedUrl = `https://${HOST}/prod/items?b=2&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20240501%2Feu-west-1%2Fexecute-api%2Faws4_request&X-Amz-Date=20240501T120000Z&X-Amz-Expires=60&X-Amz-SignedHeaders=host&X-Amz-Signature=${'0'.repeat(64)}`;
    expect(run({ url: pastedUrl, queryAuth: true, date: undefined }).canonicalRequest).toBe(presigned.canonicalRequest);
  });

  it('refuses --query-auth without an access key id, and an --expires out of range, naming the flag', () => {
    expect(() => run({ queryAuth: true })).toThrow(/--query-auth needs the access key id.*--access-key-id/);
    expect(() => run({ queryAuth: true, accessKeyId: 'AKIA', expires: '604801' })).toThrow(/--expires is "604801", which is not a whole number of seconds from 1 to 604800/);
  });

  it('says that a --url with spaces in its host is not a URL, instead of calling it not plain ASCII (issue 23 item 8)', () => {
    expect(() => run({ url: 'not a url' })).toThrow('--url host "not a url" contains a space or a control character, so it is not a host name. Check the request URL.');
    expect(() => run({ url: 'https://not a host/pets' })).toThrow(/host "not a host" contains a space or a control character/);
    expect(() => run({ url: 'https://b\u00fccher.example/pets' })).toThrow(/is not plain ASCII\. Use its punycode/);
  });

  it('refuses a presigned URL without --query-auth, and prints nothing of its token (issue 23 item 8)', () => {
    const presigned = `${base.url}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20240501%2Feu-west-1%2Fexecute-api%2Faws4_request&X-Amz-Date=20240501T120000Z&X-Amz-Expires=900&X-Amz-Security-Token=THE-RAW-TOKEN&X-Amz-SignedHeaders=host&X-Amz-Signature=abcdef`;
    expect(() => run({ url: presigned })).toThrow('--url holds X-Amz-Signature: it is a presigned URL, whose signature is in the query; add --query-auth.');
    const cli = runCli(['canonical', '--method', 'GET', '--url', presigned]);
    expect(cli.code).toBe(1);
    expect(cli.stdout + cli.stderr).not.toContain('THE-RAW-TOKEN');
    expect(run({ url: presigned, queryAuth: true }).canonicalRequest).not.toContain('THE-RAW-TOKEN');
  });

  it('the bin prints the same as the function', () => {
    const cli = runCli(['canonical', '--method', 'GET', '--url', base.url, '--date', base.date!]);
    expect(cli.code).toBe(0);
    expect(cli.stdout).toBe(formatCanonical(run({})));
  });
});

describe('canonical --signing-host with a port', () => {
  it('drops a default port from the host line, and says so on stderr', () => {
    const output = run({ signingHost: `${HOST}:443` });
    expect(output.lines[3]).toBe(`host:${HOST}`);
    expect(output.notes).toEqual([`note: --signing-host ${HOST}:443 names a default port, which the Host header API Gateway sees never carries: signed for ${HOST}.`]);
    expect(output.canonicalRequest).toBe(run({ signingHost: HOST }).canonicalRequest);
  });
  it('keeps any other port', () => {
    const output = run({ signingHost: `${HOST}:8443` });
    expect(output.lines[3]).toBe(`host:${HOST}:8443`);
    expect(output.notes).toEqual([]);
  });
});

describe('canonical --region', () => {
  it('takes a region in capitals or with blanks around it as the region', () => {
    expect(run({ region: ' EU-WEST-1 ' }).stringToSign).toBe(run({ region: 'eu-west-1' }).stringToSign);
  });
});
