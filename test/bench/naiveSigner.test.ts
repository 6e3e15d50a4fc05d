import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { BODY, collection, credentials } from '../../scripts/bench/benchRequest';
import { signRequest } from '../../src/sigv4';
import { runNewman } from '../support/newman';

// The benchmark's yardstick must really sign, or its row would flatter every other signer.
test('the naive bench signer sends the signature this core computes for the bench request', async () => {
  const seen: Array<{ url: string; headers: IncomingHttpHeaders }> = [];
  const server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    req.resume();
    req.on('end', () => res.end('{}'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const baseUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const naive = readFileSync(join(__dirname, '..', '..', 'scripts', 'bench', 'naiveSigner.js'), 'utf8');
    const result = await runNewman({ collection: collection({ exec: [naive] }), environment: { ...credentials, baseUrl } });
    expect(result.failures).toEqual([]);
    const [{ url, headers }] = seen;
    const amzDate = String(headers['x-amz-date']);
    const [path, query] = url.split('?');
    const expected = signRequest({
      method: 'POST', path, query, headers: [], body: BODY, host: String(headers.host), region: credentials.aws_region, service: 'execute-api',
      date: new Date(`${amzDate.slice(0, 4)}-${amzDate.slice(4, 6)}-${amzDate.slice(6, 8)}T${amzDate.slice(9, 11)}:${amzDate.slice(11, 13)}:${amzDate.slice(13, 15)}Z`),
      credentials: { accessKeyId: credentials.aws_access_key_id, secretAccessKey: credentials.aws_secret_access_key, sessionToken: credentials.aws_session_token },
    });
    expect(headers['x-amz-security-token']).toBe(credentials.aws_session_token);
    expect(headers.authorization).toBe(expected.headers[0][1]);
  } finally {
    server.close();
  }
});
