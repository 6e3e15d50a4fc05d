import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { BODY, credentials } from '../../scripts/bench/benchRequest';
import { signRequest } from '../../src/sigv4';
import { sentBy } from './sentBy';

// The benchmark's yardstick must really sign, or its row would flatter every other signer.
test('the naive bench signer sends the signature this core computes for the bench request', async () => {
  const naive = readFileSync(join(__dirname, '..', '..', 'scripts', 'bench', 'naiveSigner.js'), 'utf8');
  const { failures, headers, url } = await sentBy([naive]);
  expect(failures).toEqual([]);
  const amzDate = String(headers['x-amz-date']);
  const [path, query] = url.split('?');
  const expected = signRequest({
    method: 'POST', path, query, headers: [], body: BODY, host: String(headers.host), region: credentials.aws_region, service: 'execute-api',
    date: new Date(`${amzDate.slice(0, 4)}-${amzDate.slice(4, 6)}-${amzDate.slice(6, 8)}T${amzDate.slice(9, 11)}:${amzDate.slice(11, 13)}:${amzDate.slice(13, 15)}Z`),
    credentials: { accessKeyId: credentials.aws_access_key_id, secretAccessKey: credentials.aws_secret_access_key, sessionToken: credentials.aws_session_token },
  });
  expect(headers['x-amz-security-token']).toBe(credentials.aws_session_token);
  expect(headers.authorization).toBe(expected.headers[0][1]);
});
