import { expect, test } from 'vitest';
import { credentials, pmCallsOnly } from '../../scripts/bench/benchRequest';
import { characters, embeddedBlock, lines, padded, readRoot } from '../../scripts/bench/forms';
import { sentBy } from './sentBy';

// The floor is the yardstick of every pre-request form: it must make the pm calls a signer makes,
// or its row would flatter every signer measured against it.
test('the floor resolves the URL and sends the three headers, signing nothing', async () => {
  const { failures, headers, url } = await sentBy([readRoot('scripts/bench/floorSigner.js')]);
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
  const { failures, headers } = await sentBy(padded(pmCallsOnly('http://127.0.0.1:1'), characters(forms[0]), 1));
  expect(failures).toEqual([]);
  expect(headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=/);
  expect(() => padded(floor, floor.length + 2, 1)).toThrow(/cannot pad/);
});
