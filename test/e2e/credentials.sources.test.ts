import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCredentialStack, type CredentialStack } from '../stack';
import { acceptedWithIssued, generatedCollection, signInForIdToken, signingFor, sourceVariables, type SourceName } from '../support/credentialRuns';
import { runNewman } from '../support/newman';
import { generatedItems } from './generatedRequests';

/**
 * Each credential source signs the generated collection (every body mode and URL shape) through
 * the CloudFront stand-in; API Gateway (verifying with @smithy/signature-v4) accepts every request,
 * signed with credentials the stand-ins issued, and the stand-ins count one fetch per run.
 */
const count = generatedItems().length;
let stack: CredentialStack;
let shortLived: CredentialStack;
beforeAll(async () => {
  stack = await startCredentialStack({ apiGateway: { stage: 'prod' }, cloudFront: { originPath: '/prod' } });
  // 301 s: less than 5 minutes remain a second after they are issued.
  shortLived = await startCredentialStack({ apiGateway: { stage: 'prod' }, cloudFront: { originPath: '/prod' }, containerLifetimeSeconds: 301, identityLifetimeSeconds: 301, stsLifetimeSeconds: 301 });
});
afterAll(async () => {
  await stack?.close();
  await shortLived?.close();
});

type Calls = Record<string, number>;
function callCounts(of: CredentialStack): Calls {
  return {
    GetCredentials: of.container.calls.GetCredentials || 0,
    AssumeRole: of.sts.calls.AssumeRole || 0,
    InitiateAuth: of.userPool.calls.InitiateAuth || 0,
    GetId: of.identityPool.calls.GetId || 0,
    GetCredentialsForIdentity: of.identityPool.calls.GetCredentialsForIdentity || 0,
  };
}
const difference = (after: Calls, before: Calls): Calls => Object.fromEntries(Object.keys(after).map((key) => [key, after[key] - before[key]]));
const none = { GetCredentials: 0, AssumeRole: 0, InitiateAuth: 0, GetId: 0, GetCredentialsForIdentity: 0 };

const SOURCES: Array<{ source: SourceName; calls: Partial<Calls> }> = [
  { source: 'static keys + role', calls: { AssumeRole: 1 } },
  { source: 'endpoint', calls: { GetCredentials: 1 } },
  { source: 'endpoint + role', calls: { GetCredentials: 1, AssumeRole: 1 } },
  { source: 'cognito password', calls: { InitiateAuth: 1, GetId: 1, GetCredentialsForIdentity: 1 } },
  { source: 'cognito password, client secret', calls: { InitiateAuth: 1, GetId: 1, GetCredentialsForIdentity: 1 } },
  { source: 'cognito id token', calls: { GetId: 1, GetCredentialsForIdentity: 1 } },
  { source: 'cognito unauthenticated', calls: { GetId: 1, GetCredentialsForIdentity: 1 } },
];

describe(`each credential source signs all ${count} generated requests through CloudFront`, () => {
  for (const { source, calls } of SOURCES) {
    it(`${source}: every request accepted, one fetch for the run`, async () => {
      const idToken = source === 'cognito id token' ? await signInForIdToken(stack) : undefined;
      const before = callCounts(stack);
      const issuedBefore = stack.issuer.issued.length;
      const result = await runNewman({ collection: generatedCollection(stack), environment: { ...signingFor(stack), ...sourceVariables(stack, source, idToken) } });

      expect(result.failures).toEqual([]);
      expect(result.codes.filter((code) => code !== 200)).toEqual([]);
      expect(difference(callCounts(stack), before)).toEqual({ ...none, ...calls });
      // The last credentials issued signed every request (an assumed role's come after the endpoint's).
      const accepted = acceptedWithIssued(stack, issuedBefore);
      expect(accepted[accepted.length - 1]).toBe(count);
      expect(accepted.reduce((sum, n) => sum + n, 0)).toBe(count);
    });
  }
});

describe('credentials issued with a short lifetime are fetched again before they expire', () => {
  const FETCH: Record<string, keyof Calls> = { endpoint: 'GetCredentials', 'cognito password': 'GetCredentialsForIdentity', 'static keys + role': 'AssumeRole' };
  for (const source of Object.keys(FETCH) as SourceName[]) {
    it(source, async () => {
      const before = callCounts(shortLived);
      const issuedBefore = shortLived.issuer.issued.length;
      const result = await runNewman({ collection: generatedCollection(shortLived, 20), environment: { ...signingFor(shortLived), ...sourceVariables(shortLived, source) }, newmanOptions: { delayRequest: 300 } });
      expect(result.failures).toEqual([]);
      const fetches = difference(callCounts(shortLived), before)[FETCH[source]];
      // Requests ~0.3 s apart over ~6 s; each set of credentials is stale a second after it was issued.
      expect(fetches).toBeGreaterThanOrEqual(3);
      expect(fetches).toBeLessThan(20);
      expect(acceptedWithIssued(shortLived, issuedBefore).reduce((sum, n) => sum + n, 0)).toBe(20);
    });
  }
});

describe('a presigned URL meant to outlive the temporary credentials that sign it', () => {
  const warning = /^SigV4: the presigned URL says it is valid for 7200 s, but the temporary credentials that signed it expire at \d{4}-\d\d-\d\dT[\d:.]+Z, and AWS refuses it from then on\. For a link that must last, lower sigv4_presign_expires or raise aws_role_duration_seconds, or sign it with long-term keys\.$/;
  it('is signed and accepted, with a warning for each request; none when the credentials outlast it', async () => {
    const variables = { ...signingFor(stack), ...sourceVariables(stack, 'endpoint + role'), sigv4_auth_location: 'query' };
    // newman counts the credential calls among the codes: what matters is what API Gateway accepted.
    const issuedBefore = stack.issuer.issued.length;
    const long = await runNewman({ collection: generatedCollection(stack, 3), environment: { ...variables, sigv4_presign_expires: '7200' } });
    expect(long.failures).toEqual([]);
    expect(long.codes.filter((code) => code !== 200)).toEqual([]);
    expect(acceptedWithIssued(stack, issuedBefore).pop()).toBe(3);
    expect(long.console.filter((line) => line.startsWith('SigV4: the presigned URL says'))).toEqual([expect.stringMatching(warning), expect.stringMatching(warning), expect.stringMatching(warning)]);
    const short = await runNewman({ collection: generatedCollection(stack, 3), environment: { ...variables, sigv4_presign_expires: '900' } });
    expect(short.failures).toEqual([]);
    expect(short.codes.filter((code) => code !== 200)).toEqual([]);
    expect(short.console.filter((line) => line.includes('presigned URL says'))).toEqual([]);
  });
});
