import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCredentialIssuer, type CredentialIssuer } from '../stack/credentialIssuer';
import { STATIC_PRINCIPAL_ARN } from '../stack/credentials';
import { startSts, type StsStandIn } from '../stack/sts';
import { LONG_TERM_CREDENTIALS, startStack, type Stack } from '../stack';
import { collectionWith, distScript, runNewman, type Variables } from '../support/newman';
import { generatedItems, REQUEST_VARIABLES } from './generatedRequests';

/**
 * aws_role_arn on top of static keys: the script calls the STS stand-in's AssumeRole (which
 * verifies its SigV4 with @smithy/signature-v4), and signs a generated collection through the
 * CloudFront stand-in with the assumed-role credentials, which API Gateway must accept.
 */
const ROLE = 'arn:aws:iam::123456789012:role/ApiCaller';
const items = generatedItems();

let issuer: CredentialIssuer;
let stack: Stack;
let sts: StsStandIn;
let shortLived: StsStandIn;
beforeAll(async () => {
  issuer = createCredentialIssuer();
  stack = await startStack({ apiGateway: { stage: 'prod', issuer }, cloudFront: { originPath: '/prod' } });
  sts = await startSts({ issuer, roles: [{ arn: ROLE, allowedPrincipals: [STATIC_PRINCIPAL_ARN] }] });
  // 301 s: less than 5 minutes remain a second after they are issued.
  shortLived = await startSts({ issuer, roles: [{ arn: ROLE, allowedPrincipals: [STATIC_PRINCIPAL_ARN] }], lifetimeSeconds: 301 });
});
afterAll(async () => {
  await sts?.close();
  await shortLived?.close();
  await stack?.close();
});

function environment(stsUrl: string): Variables {
  return {
    aws_access_key_id: LONG_TERM_CREDENTIALS.accessKeyId,
    aws_secret_access_key: LONG_TERM_CREDENTIALS.secretAccessKey,
    aws_role_arn: ROLE,
    aws_sts_endpoint: stsUrl,
    sigv4_signing_host: stack.apiGateway.domain,
    sigv4_origin_path: '/prod',
  };
}

function collection() {
  return collectionWith(items, { prerequest: distScript('sigv4-prerequest.js') }, {
    variable: Object.entries({ ...REQUEST_VARIABLES, baseUrl: stack.cloudFront.url }).map(([key, value]) => ({ key, value })),
  });
}

describe('an assumed role on top of static keys, through CloudFront', () => {
  it(`signs all ${items.length} requests with the role's credentials, calling AssumeRole once for the run`, async () => {
    const issuedBefore = issuer.issued.length;
    const result = await runNewman({ collection: collection(), environment: environment(sts.url) });
    expect(result.failures).toEqual([]);
    // newman lists the AssumeRole call among the executions too: every answer was a 200.
    expect(result.codes.filter((code) => code !== 200)).toEqual([]);
    expect(sts.calls.AssumeRole).toBe(1);
    const assumed = issuer.issued.slice(issuedBefore);
    expect(assumed).toHaveLength(1);
    expect(stack.apiGateway.acceptedByAccessKeyId[assumed[0].accessKeyId]).toBe(items.length);
    expect(stack.apiGateway.acceptedByAccessKeyId[LONG_TERM_CREDENTIALS.accessKeyId]).toBeUndefined();
  });

  it('assumes the role again before its credentials expire', async () => {
    const twenty = items.slice(0, 20);
    const issuedBefore = issuer.issued.length;
    const result = await runNewman({
      collection: collectionWith(twenty, { prerequest: distScript('sigv4-prerequest.js') }, {
        variable: Object.entries({ ...REQUEST_VARIABLES, baseUrl: stack.cloudFront.url }).map(([key, value]) => ({ key, value })),
      }),
      environment: environment(shortLived.url),
      newmanOptions: { delayRequest: 300 },
    });
    expect(result.failures).toEqual([]);
    // Requests ~0.3 s apart over ~6 s; each set of credentials is fetched again once a second has passed.
    const calls = shortLived.calls.AssumeRole;
    expect(calls).toBeGreaterThanOrEqual(3);
    expect(calls).toBeLessThan(20);
    const used = issuer.issued.slice(issuedBefore).map((credential) => stack.apiGateway.acceptedByAccessKeyId[credential.accessKeyId] || 0);
    expect(used.reduce((sum, count) => sum + count, 0)).toBe(20);
  });
});
