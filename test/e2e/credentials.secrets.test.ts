import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LONG_TERM_CREDENTIALS, startCredentialStack, type CredentialStack } from '../stack';
import { generatedCollection, signInForIdToken, signingFor, sourceVariables, type SourceName } from '../support/credentialRuns';
import { requestExecutions, runNewmanCli } from '../support/newman';

/**
 * With sigv4_debug=true, no secret of any source reaches newman's output or its JSON report:
 * not the fetched secret keys and session tokens, not the base secret, the password, the client
 * secret, the ID token or the endpoint token. The report necessarily holds what newman itself
 * records: the environment it was given and the X-Amz-Security-Token header each signed request
 * carried; those parts are checked, then removed. The executions newman adds for the credential
 * calls are searched too (measured: they repeat the item's request, not the calls' own).
 */
let stack: CredentialStack;
beforeAll(async () => {
  stack = await startCredentialStack({ apiGateway: { stage: 'prod' }, cloudFront: { originPath: '/prod' } });
});
afterAll(async () => stack?.close());

// The CLI reporter wraps long console lines inside a box: search with the wrapping removed.
const squash = (text: string) => text.replace(/[\s│'+]/g, '');
const showKept = "console.log('kept:', pm.variables.get('sigv4_canonical_request'), pm.variables.get('sigv4_string_to_sign'));";

const SOURCES: SourceName[] = ['static keys + role', 'endpoint + role', 'cognito password, client secret', 'cognito id token'];

describe('no secret in the output or the report of a run with sigv4_debug=true', () => {
  for (const source of SOURCES) {
    it(source, async () => {
      const idToken = source === 'cognito id token' ? await signInForIdToken(stack) : undefined;
      const issuedBefore = stack.issuer.issued.length;
      const collection: any = generatedCollection(stack, 6);
      collection.event.push({ listen: 'test', script: { type: 'text/javascript', exec: [showKept] } });
      const result = await runNewmanCli(collection, { environment: { ...signingFor(stack), ...sourceVariables(stack, source, idToken), sigv4_debug: 'true' } });

      expect(result.exitCode).toBe(0);
      const issued = stack.issuer.issued.slice(issuedBefore);
      expect(issued.length).toBeGreaterThan(0);
      const secrets = [
        ...issued.flatMap((credential) => [credential.secretAccessKey, credential.sessionToken]),
        LONG_TERM_CREDENTIALS.secretAccessKey,
        stack.config.password,
        stack.config.clientSecret,
        stack.config.containerToken,
        ...(idToken ? [idToken] : []),
      ];
      const output = squash(result.stdout + result.stderr);
      expect(output).toContain(squash('SigV4: credentials from'));
      expect(output).toContain(squash('x-amz-security-token:<aws_session_token>'));
      expect(output).toContain(squash('kept:'));
      for (const secret of secrets) expect(output).not.toContain(squash(secret));

      const report = JSON.parse(result.jsonReport);
      delete report.environment;
      // newman lists an item once more for each pm.sendRequest of its script (the credential
      // calls): every execution is searched, the signed requests' token headers taken out.
      expect(requestExecutions(report.run.executions)).toHaveLength(6);
      for (const execution of requestExecutions(report.run.executions)) {
        const tokens = execution.request.header.filter((header: { key: string }) => header.key === 'X-Amz-Security-Token');
        expect(tokens).toHaveLength(1);
        expect(issued.map((credential) => credential.sessionToken)).toContain(tokens[0].value);
      }
      for (const execution of report.run.executions) {
        execution.request.header = execution.request.header.filter((header: { key: string }) => header.key !== 'X-Amz-Security-Token');
      }
      const rest = JSON.stringify(report);
      for (const secret of secrets) expect(rest).not.toContain(secret);
    });
  }
});
