import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCredentialStack, type CredentialStack } from '../stack';
import { acceptedWithIssued, generatedCollection, signingFor, sourceVariables, type SourceName } from '../support/credentialRuns';
import { distScript } from '../support/newman';
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
});
