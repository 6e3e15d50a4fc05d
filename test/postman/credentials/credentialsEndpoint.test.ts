import { describe, expect, it } from 'vitest';
import { fetchFromEndpoint } from '../../../src/postman/credentials/credentialsEndpoint';
import type { Pm, PmResponse } from '../../../src/postman/sandbox';

/**
 * How the pre-request script words a refusal of the credentials endpoint (issue 23 item 3): the
 * variable to fix, and the fix said once.
 */
const URL = 'http://127.0.0.1:9714/credentials';

function refusedWith(status: number, body: object): Promise<string> {
  const response: PmResponse = { code: status, headers: { get: () => undefined }, text: () => JSON.stringify(body) } as unknown as PmResponse;
  const pm = { sendRequest: (_request: unknown, callback: (error: null, answer: PmResponse) => void) => setTimeout(() => callback(null, response), 0) } as unknown as Pm;
  return new Promise((resolve, reject) => fetchFromEndpoint(pm, URL, 'a-token', (error) => (error ? resolve(String((error as Error).message)) : reject(new Error('answered with credentials')))));
}

describe('a refusal by postman-sigv4 credentials serve', () => {
  it('ForeignHost names aws_credentials_url, not the token', async () => {
    const message = await refusedWith(403, { Code: 'ForeignHost', Message: 'the request\'s Host is "x", not 127.0.0.1:9714; set aws_credentials_url to the URL postman-sigv4 printed, http://127.0.0.1:9714/credentials.' });
    expect(message).toMatch(/^aws_credentials_url: the credentials endpoint 127\.0\.0\.1:9714 failed with ForeignHost: /);
    expect(message).not.toContain('aws_credentials_token');
  });

  it.each([
    [403, 'WrongToken', "the Authorization header is not this endpoint's token; set aws_credentials_token to the token postman-sigv4 printed."],
    [401, 'MissingToken', 'the request has no Authorization header; set aws_credentials_token to the token postman-sigv4 printed.'],
  ])('%i %s says what to set once', async (status, code, text) => {
    const message = await refusedWith(status, { Code: code, Message: text });
    expect(message).toMatch(new RegExp(`^aws_credentials_token: the credentials endpoint 127\\.0\\.0\\.1:9714 failed with ${code}: `));
    expect(message.match(/set aws_credentials_token/gi)).toHaveLength(1);
  });

  it("another endpoint's 403 still gets the script's advice", async () => {
    const message = await refusedWith(403, { Code: 'AccessDenied', Message: 'The Authorization token is not valid.' });
    expect(message).toMatch(/^aws_credentials_token: .*AccessDenied: The Authorization token is not valid\. Set aws_credentials_token to the token the endpoint printed/);
  });
});
