import { createServer, type IncomingHttpHeaders } from 'node:http';
import { expect, test } from 'vitest';
import { collection, credentials, pmCallsOnly } from '../../scripts/bench/benchRequest';
import { characters, embeddedBlock, lines, padded, readRoot } from '../../scripts/bench/forms';
import { runNewman } from '../support/newman';

async function sent(exec: string[]): Promise<{ failures: string[]; headers: IncomingHttpHeaders; url: string }> {
  const seen: Array<{ url: string; headers: IncomingHttpHeaders }> = [];
  const server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    req.resume();
    req.on('end', () => res.end('{}'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const baseUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const result = await runNewman({ collection: collection({ exec }), environment: { ...credentials, baseUrl } });
    return { failures: result.failures, ...seen[0] };
  } finally {
    server.close();
  }
}

// The floor is the yardstick of every pre-request form: it must make the pm calls a signer makes,
// or its row would flatter every signer measured against it.
test('the floor resolves the URL and sends the three headers, signing nothing', async () => {
  const { failures, headers, url } = await sent([readRoot('scripts/bench/floorSigner.js')]);
  expect(failures).toEqual([]);
  expect(url).toBe('/prod/items?page=2&sort=name');
  expect(headers['x-amz-date']).toBe('20261204T000000Z');
  expect(headers['x-amz-security-token']).toBe(credentials.aws_session_token);
  expect(headers.authorization).toMatch(new RegExp(`^AWS4-HMAC-SHA256 Credential=${credentials.aws_access_key_id}/20261204/us-east-1/execute-api/aws4_request, SignedHeaders=[a-z;-]+, Signature=0{64}$`));
});

test('a padded floor has the size and exec elements of the form it stands for, and still runs as the floor', async () => {
  const floor = readRoot('scripts/bench/floorSigner.js');
  const forms = [embeddedBlock('prerequest'), lines(readRoot('dist/sigv4-prerequest.compact.js')), lines(readRoot('dist/sigv4-prerequest.js'))];
  for (const form of forms) {
    const exec = padded(floor, characters(form), form.length);
    expect([characters(exec), exec.length]).toEqual([characters(form), form.length]);
  }
  const { failures, headers } = await sent(padded(pmCallsOnly('http://127.0.0.1:1'), characters(forms[0]), 1));
  expect(failures).toEqual([]);
  expect(headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=/);
  expect(() => padded(floor, floor.length + 2, 1)).toThrow(/cannot pad/);
});
