import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCredentialStack, type CredentialStack } from '../stack';
import { acceptedWithIssued, generatedCollection, signingFor, sourceVariables, type SourceName } from '../support/credentialRuns';
import { collectionWith, distScript } from '../support/newman';
import { POSTMAN_CLI, runCollectionInPostmanCli } from '../support/postmanCli';

/**
 * The credential sources in the official Postman CLI, whose newer runtime answers pm.sendRequest
 * differently from newman's: measured with postman-cli 1.34, an exception thrown in a
 * sendRequest callback is not even reported there, and the request is sent. Every request must
 * still be signed with the fetched credentials and accepted, with one fetch per run.
 */
let stack: CredentialStack;
beforeAll(async () => {
  if (POSTMAN_CLI) stack = await startCredentialStack({ apiGateway: { stage: 'prod' }, cloudFront: { originPath: '/prod' } });
});
afterAll(async () => stack?.close());

const SOURCES: SourceName[] = ['endpoint', 'endpoint + role', 'static keys + role', 'cognito password, client secret', 'cognito unauthenticated'];
const COUNT = 20;

describe.skipIf(!POSTMAN_CLI)('the credential sources in the Postman CLI (needs POSTMAN_CLI)', () => {
  for (const source of SOURCES) {
    it(`${source}: ${COUNT} requests accepted`, async () => {
      const issuedBefore = stack.issuer.issued.length;
      const result = await runCollectionInPostmanCli(generatedCollection(stack, COUNT), { ...signingFor(stack), ...sourceVariables(stack, source) });
      expect(result.output).not.toMatch(/SigV4 signing/);
      expect(result.code).toBe(0);
      const accepted = acceptedWithIssued(stack, issuedBefore);
      expect(accepted[accepted.length - 1]).toBe(COUNT);
      expect(accepted.reduce((sum, n) => sum + n, 0)).toBe(COUNT);
    });
  }

  it('sends nothing to the API when an exception escapes a pm.sendRequest callback', async () => {
    // As in credentials.guard.test.ts: the built script made to throw where nothing of its own catches it.
    const collection: any = generatedCollection(stack, 1);
    const script = distScript('sigv4-prerequest.js');
    const throwing = script.replace('(error, response) => {', '(error, response) => { throw new Error("thrown in the callback");');
    expect(throwing).not.toBe(script);
    collection.event[0].script.exec = throwing.split('\n');
    const received = stack.apiGateway.requests.length;
    const result = await runCollectionInPostmanCli(collection, { ...signingFor(stack), ...sourceVariables(stack, 'endpoint') });
    expect(stack.apiGateway.requests.length).toBe(received);
    // Unreported there, the exception leaves the script's own 10 s limit to stop the request.
    expect(result.output).toMatch(/SigV4 signing/);
    expect(result.code).not.toBe(0);
  });

  it('a presigned link taken with pm.request.url.toString() is accepted when reused; sigv4_presigned_url has the token redacted', async () => {
    const prerequest = [{ listen: 'prerequest', script: { type: 'text/javascript', exec: distScript('sigv4-prerequest.js').split('\n') } }];
    const copy = [
      "pm.environment.set('presigned', pm.request.url.toString());",
      "pm.test('the variable shows the token redacted', () => pm.expect(pm.variables.get('sigv4_presigned_url')).to.include('X-Amz-Security-Token=<aws_session_token>&'));",
      "pm.test('the link carries the token', () => { pm.expect(pm.request.url.toString()).to.include('X-Amz-Security-Token='); pm.expect(pm.request.url.toString()).to.not.include('<aws_session_token>'); });",
    ];
    const items = [
      { name: 'make', event: [...prerequest, { listen: 'test', script: { type: 'text/javascript', exec: copy } }], request: { method: 'GET', url: '{{baseUrl}}/pets?page=1' } },
      // No signer: the link is sent as it was copied.
      { name: 'use', request: { method: 'GET', url: '{{presigned}}' } },
    ];
    const issuedBefore = stack.issuer.issued.length;
    const result = await runCollectionInPostmanCli(collectionWith(items, {}, { variable: [{ key: 'baseUrl', value: stack.cloudFront.url }] }), {
      ...signingFor(stack),
      ...sourceVariables(stack, 'endpoint + role'),
      sigv4_auth_location: 'query',
    });
    expect(result.output).not.toMatch(/SigV4 signing/);
    expect(result.code).toBe(0);
    expect(acceptedWithIssued(stack, issuedBefore).pop()).toBe(2);
  });
});
