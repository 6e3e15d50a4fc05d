import { describe, expect, it } from 'vitest';
import type { DiagnosisContext } from '../../src/diagnose/context';
import { explain } from '../../src/diagnose/explain';

const TOKEN = 'IQoJtokenValue//+=';

function context(overrides: Partial<DiagnosisContext> = {}): DiagnosisContext {
  return {
    redactedToken: '<aws_session_token>',
    signedHeaders: [],
    method: 'GET',
    sentHost: 'd111.cloudfront.net',
    sentPath: '/items',
    sentAuthorization: true,
    ...overrides,
  };
}

const canonical = (path: string, query: string, headers: string, hash = 'e3b0', method = 'GET') => {
  const lines = headers.split('\n');
  return [method, path, query, ...lines, '', lines.map((line) => line.split(':')[0]).join(';'), hash].join('\n');
};

const mismatch = (seen: string, stringToSign?: string) => ({ kind: 'mismatch' as const, canonicalRequest: seen, stringToSign });

describe('explain: a mismatch, part by part', () => {
  const signed = canonical('/items/a%2520b', 'a=1&b=2', 'host:abc.execute-api.us-east-1.amazonaws.com\nx-amz-date:20261125T000000Z\nx-amz-security-token:<aws_session_token>');
  const withSigned = context({ signedCanonicalRequest: signed, sessionToken: TOKEN });

  it('compares the token line with the token itself, never printing it', () => {
    const seen = signed.replace('<aws_session_token>', TOKEN).replace('a=1&b=2', 'a=1&b=3');
    const message = explain(mismatch(seen), withSigned);
    expect(message).toBe('The signature does not match: query parameter b changed on the way to API Gateway (re-encoded or rewritten by a proxy); percent-encode them in the URL as they should arrive.');
    expect(message).not.toContain(TOKEN);
  });

  it('names a re-encoded path', () => {
    const seen = signed.replace('<aws_session_token>', TOKEN).replace('/items/a%2520b', '/items/a%20b');
    expect(explain(mismatch(seen), withSigned)).toContain('API Gateway read the path as /items/a b, the script signed /items/a%20b: the path was re-encoded on the way');
  });

  it('names a parameter added on the way and a changed method', () => {
    const seen = signed.replace('<aws_session_token>', TOKEN).replace('a=1&b=2', 'a=1&b=2&c=3').replace(/^GET/, 'POST');
    const message = explain(mismatch(seen), withSigned);
    expect(message).toContain('API Gateway saw method POST, the script signed GET');
    expect(message).toContain('API Gateway saw query parameter c, which were not signed');
  });

  it('says which x-amz header did not arrive, without printing the token', () => {
    const seen = signed.replace(TOKEN, '').replace('<aws_session_token>', '');
    const message = explain(mismatch(seen), withSigned);
    expect(message).toContain('header x-amz-security-token did not reach API Gateway: every x-amz-* header must be signed');
  });

  it('tells a scope difference from a wrong secret', () => {
    const seen = signed.replace('<aws_session_token>', TOKEN);
    const sts = (scope: string) => `AWS4-HMAC-SHA256\n20261125T000000Z\n${scope}\nhash`;
    expect(explain(mismatch(seen, sts('20261125/eu-west-1/execute-api/aws4_request')), { ...withSigned, signedStringToSign: sts('20261125/us-east-1/execute-api/aws4_request') })).toBe(
      'The canonical request matches, but API Gateway used the credential scope 20261125/eu-west-1/execute-api/aws4_request where the script signed 20261125/us-east-1/execute-api/aws4_request: set aws_region and aws_service to match.',
    );
    expect(explain(mismatch(seen), { ...withSigned, accessKeyId: 'AKIAEXAMPLE' })).toContain('the secret key is wrong: aws_secret_access_key does not belong to aws_access_key_id AKIAEXAMPLE');
  });

  it('says what to do when the answer holds no canonical string', () => {
    expect(explain({ kind: 'mismatch' }, withSigned)).toContain('Set sigv4_debug to true');
  });
});

describe('explain: the other rejections', () => {
  it('IAM denial', () => {
    expect(explain({ kind: 'not-authorized', message: 'User: arn:aws:iam::1:user/bob is not authorized to perform: execute-api:Invoke on resource: x' }, context())).toBe(
      "The signature is valid, but IAM denies the call: User: arn:aws:iam::1:user/bob is not authorized to perform: execute-api:Invoke on resource: x. Allow execute-api:Invoke on that resource in the caller's IAM policy or the API's resource policy.",
    );
  });
  it('a long-term key sent with a session token', () => {
    expect(explain({ kind: 'token-invalid' }, context({ accessKeyId: 'AKIAEXAMPLE', sessionToken: TOKEN }))).toBe(
      'aws_access_key_id AKIAEXAMPLE is a long-term key (AKIA...), but aws_session_token is set: clear aws_session_token.',
    );
  });
  it('an unknown long-term key alone: advice about that one variable, not "both" (issue 23 item 9)', () => {
    expect(explain({ kind: 'token-invalid' }, context({ accessKeyId: 'AKIAEXAMPLE' }))).toBe(
      'AWS does not recognize aws_access_key_id AKIAEXAMPLE, a long-term key (AKIA...): check that it was copied whole, that it is still active in IAM, and that it belongs to the API\'s account and partition.',
    );
  });
  it('long-term keys fetched through a source are not called temporary credentials (issue 23 item 9)', () => {
    expect(explain({ kind: 'token-invalid' }, context({ fetchedFrom: 'aws_credentials_url', accessKeyId: 'AKIAEXAMPLE' }))).toBe(
      "AWS does not recognize the long-term key AKIAEXAMPLE fetched through aws_credentials_url: check that aws_credentials_url gives credentials of the API's partition and account.",
    );
  });
  it('Missing Authentication Token for a request that was not signed', () => {
    expect(explain({ kind: 'missing-token' }, context({ sentAuthorization: false }))).toContain('The request carried no signature (sigv4_skip is set, or the pre-request script did not run)');
  });
  it('Missing Authentication Token straight to API Gateway: the route', () => {
    expect(explain({ kind: 'missing-token' }, context({ sentHost: 'abc.execute-api.us-east-1.amazonaws.com' }))).toBe(
      'API Gateway has no route for GET /items, the path called; the response came straight from API Gateway (no Via, X-Amz-Cf-Id or X-Cache header from CloudFront), so CloudFront did not change it: check the path and the stage. Behind another proxy, make sure it forwards the Authorization header.',
    );
  });
  it('Missing Authentication Token without a CloudFront header is not blamed on CloudFront: the route called, and the origin path probably set by mistake (issue 23 item 6)', () => {
    const direct = context({ sentHost: 'abc.execute-api.us-east-1.amazonaws.com', sentPath: '/pets', signingHost: 'abc123.execute-api.us-east-1.amazonaws.com', originPath: '/prod' });
    const message = explain({ kind: 'missing-token' }, direct);
    expect(message).not.toMatch(/CloudFront removes/);
    expect(message).toBe(
      'API Gateway has no route for GET /pets, the path called; the response came straight from API Gateway (no Via, X-Amz-Cf-Id or X-Cache header from CloudFront), so CloudFront did not change it: check the path and the stage. ' +
        'sigv4_origin_path is /prod, which only CloudFront prepends: calling API Gateway directly, it was probably left set by mistake; clear it, and put the stage in the URL (GET /prod/pets). Behind another proxy, make sure it forwards the Authorization header.',
    );
  });
  it('Missing Authentication Token through CloudFront (a Via header) with another signing host: CloudFront removed Authorization', () => {
    const through = context({ sentPath: '/pets', signingHost: 'abc123.execute-api.us-east-1.amazonaws.com', originPath: '/prod', viaCloudFront: true });
    expect(explain({ kind: 'missing-token' }, through)).toMatch(/^API Gateway received no signature: CloudFront removes the Authorization header .* If it does, API Gateway has no route for GET \/prod\/pets;/);
  });
  it('clock skew measured from the server time in the message when there is no Date header', () => {
    expect(explain({ kind: 'expired', signedAt: '20170212T175938Z', serverTime: '20170215T150034Z' }, context())).toContain("this computer's clock is 4141 minutes behind API Gateway's");
  });
});

describe('explain: credentials fetched through a source name the source, not the key variables', () => {
  const fetched = (fetchedFrom: string) => context({ fetchedFrom, accessKeyId: 'ASIAFETCHEDKEY000000', sessionToken: TOKEN });

  it('an invalid token from the endpoint or the identity pool: check that source', () => {
    for (const source of ['aws_credentials_url', 'aws_cognito_identity_pool_id']) {
      expect(explain({ kind: 'token-invalid' }, fetched(source))).toBe(
        `AWS does not recognize the temporary credentials ASIAFETCHEDKEY000000 fetched through ${source}: check that ${source} gives credentials of the API's partition and account.`,
      );
    }
  });
  it("an invalid token from an assumed role: also STS's global endpoint and opt-in Regions", () => {
    expect(explain({ kind: 'token-invalid' }, fetched('aws_role_arn'))).toContain(
      "fetched through aws_role_arn: check that aws_role_arn gives credentials of the API's partition and account; a token from STS's global endpoint (aws_sts_endpoint https://sts.amazonaws.com) is not valid in opt-in Regions",
    );
  });
  it('no ASIA/AKIA advice about aws_session_token for fetched credentials', () => {
    const message = explain({ kind: 'token-invalid' }, context({ fetchedFrom: 'aws_credentials_url', accessKeyId: 'AKIAODDSOURCE0000000', sessionToken: TOKEN }));
    expect(message).not.toContain('aws_session_token');
    expect(message).not.toContain('aws_access_key_id');
  });
  it('an expired token although the script refetches early: the clock, or a source reporting a later Expiration', () => {
    const message = explain({ kind: 'token-expired' }, fetched('aws_cognito_identity_pool_id'));
    expect(message).toBe(
      "The session token fetched through aws_cognito_identity_pool_id has expired by AWS's clock, although the script fetches new credentials 5 minutes before their Expiration: this computer's clock is behind AWS's (turn on NTP time sync), or aws_cognito_identity_pool_id reports an Expiration later than the credentials' own.",
    );
  });
  it('an expired static token still says to update the three variables', () => {
    expect(explain({ kind: 'token-expired' }, context())).toContain('update aws_access_key_id, aws_secret_access_key and aws_session_token together');
  });
  it('everything matched: the fetched secret does not belong to the fetched key', () => {
    const signed = canonical('/items', '', 'host:abc.execute-api.us-east-1.amazonaws.com\nx-amz-security-token:<aws_session_token>');
    const message = explain(mismatch(signed.replace('<aws_session_token>', TOKEN)), { ...fetched('aws_credentials_url'), signedCanonicalRequest: signed });
    expect(message).toBe(
      'Everything API Gateway verified matches what was signed, so the secret key is wrong: the secret fetched through aws_credentials_url does not belong to its access key ASIAFETCHEDKEY000000. Check what serves aws_credentials_url.',
    );
    expect(message).not.toContain(TOKEN);
  });
  it("S3's unknown access key: the source, and never the token", () => {
    const message = explain({ kind: 'unknown-access-key', accessKeyId: 'ASIAFETCHEDKEY000000' }, fetched('aws_role_arn'));
    expect(message).toBe("S3 does not know the access key id ASIAFETCHEDKEY000000 fetched through aws_role_arn: check that aws_role_arn gives credentials of the bucket's account and partition.");
  });
});
