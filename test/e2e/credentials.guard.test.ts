import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiGateway, TEMPORARY_CREDENTIALS, type ApiGatewayStandIn } from '../stack';
import { collectionWith, distScript, runNewman } from '../support/newman';

/**
 * Nothing may let a request go out unsigned while its credentials are fetched (SPEC "Credential
 * sources"). What newman 6.2 (postman-sandbox 4.7.1) does on its own: an exception thrown in a
 * pm.sendRequest callback is reported as an `exception` event and the request is still sent
 * (execute.js dispatches the error and carries on); a --timeout-script that runs out ends the
 * pending call and sends the request as it stands. So the script points the request nowhere
 * until it is signed, and these tests prove neither case reaches the API.
 */

let apiGateway: ApiGatewayStandIn;
let endpoint: Server;
let endpointUrl: string;
let answerAfterMs = 0;
beforeAll(async () => {
  apiGateway = await startApiGateway();
  endpoint = createServer((_request, response) => {
    const answer = () => {
      response.setHeader('Content-Type', 'application/json');
      response.end(
        JSON.stringify({
          AccessKeyId: TEMPORARY_CREDENTIALS.accessKeyId,
          SecretAccessKey: TEMPORARY_CREDENTIALS.secretAccessKey,
          Token: TEMPORARY_CREDENTIALS.sessionToken,
          Expiration: new Date(Date.now() + 3600_000).toISOString(),
        }),
      );
    };
    if (answerAfterMs) setTimeout(answer, answerAfterMs).unref();
    else answer();
  });
  await new Promise<void>((resolve) => endpoint.listen(0, '127.0.0.1', resolve));
  endpointUrl = `http://127.0.0.1:${(endpoint.address() as AddressInfo).port}/credentials`;
});
afterAll(async () => {
  endpoint?.closeAllConnections();
  endpoint?.close();
  await apiGateway?.close();
});

const item = { name: 'guarded', request: { method: 'GET', url: '{{baseUrl}}/prod/guarded', header: [] } };
const received = () => apiGateway.requests.filter((request) => request.url === '/prod/guarded');
// A token of its own per run: credentials kept by an earlier run in this process would need no call.
let runs = 0;
const environment = () => ({ baseUrl: apiGateway.url, aws_region: 'us-east-1', aws_credentials_url: endpointUrl, aws_credentials_token: `token-${++runs}` });

describe('a request whose credentials are being fetched', () => {
  it('is signed and sent once they arrive (the control case)', async () => {
    const before = received().length;
    const result = await runNewman({ collection: collectionWith([item], { prerequest: distScript('sigv4-prerequest.js') }), environment: environment() });
    expect(result.failures).toEqual([]);
    expect(received().length).toBe(before + 1);
  });

  it('is not sent when an exception escapes a pm.sendRequest callback (newman reports it and goes on)', async () => {
    // pm's members cannot be replaced from a script, so the built script itself is made to throw
    // where nothing of its own catches it: first thing in its sendRequest callback. The script's
    // own 10 s limit would end it too; --timeout-script ends it sooner, sending it as it stands.
    const script = distScript('sigv4-prerequest.js');
    const throwing = script.replace('(error, response) => {', '(error, response) => { throw new Error("thrown in the callback");');
    expect(throwing).not.toBe(script);
    const before = received().length;
    const result = await runNewman({ collection: collectionWith([item], { prerequest: throwing }), environment: environment(), newmanOptions: { timeoutScript: 2000 } });
    expect(result.exceptions).toContain('thrown in the callback');
    expect(received().length).toBe(before);
    expect(result.failures.join('\n')).toMatch(/ENOTFOUND sigv4-signing-failed\.invalid/);
  });

  it('is not sent when --timeout-script ends the script before the credentials arrive', async () => {
    answerAfterMs = 3000;
    try {
      const before = received().length;
      const result = await runNewman({ collection: collectionWith([item], { prerequest: distScript('sigv4-prerequest.js') }), environment: environment(), newmanOptions: { timeoutScript: 500 } });
      expect(received().length).toBe(before);
      expect(result.failures.join('\n')).toMatch(/script execution timeout|ENOTFOUND sigv4-signing-failed\.invalid/);
    } finally {
      answerAfterMs = 0;
    }
  });

  it('fails with the endpoint named when it does not answer within 10 s', async () => {
    answerAfterMs = 15_000;
    try {
      const before = received().length;
      const result = await runNewman({ collection: collectionWith([item], { prerequest: distScript('sigv4-prerequest.js') }), environment: environment() });
      expect(received().length).toBe(before);
      expect(result.failures[0]).toMatch(/^SigV4 signing: SigV4: aws_credentials_url: the credentials endpoint 127\.0\.0\.1:\d+ failed: 127\.0\.0\.1:\d+ did not answer within 10 s\. Start it/);
    } finally {
      answerAfterMs = 0;
    }
  }, 30_000);
});
