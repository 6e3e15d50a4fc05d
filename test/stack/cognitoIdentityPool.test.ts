import { fromCognitoIdentityPool } from '@aws-sdk/credential-providers';
import { decodeProtectedHeader, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IdentityPoolStandIn, startIdentityPool } from './cognitoIdentityPool';
import { startUserPool, UserPoolStandIn } from './cognitoUserPool';
import { createCredentialIssuer } from './credentialIssuer';
import { callAwsJson } from './testClient';

const AUTH_POOL = 'us-east-1:11111111-2222-3333-4444-555555555555';
const OPEN_POOL = 'us-east-1:66666666-7777-8888-9999-000000000000';
// Expirations always end in .123 s, so the fractional epoch seconds are exercised on every call.
const issuer = createCredentialIssuer({ now: () => Math.floor(Date.now() / 1000) * 1000 + 123 });
let userPool: UserPoolStandIn;
let otherPool: UserPoolStandIn;
let identity: IdentityPoolStandIn;

beforeAll(async () => {
  const users = [
    { username: 'alice', password: 'pw-alice-1' },
    { username: 'bob', password: 'pw-bob-1' },
  ];
  userPool = await startUserPool({ userPoolId: 'us-east-1_MainPool1', clients: [{ clientId: 'webclient' }, { clientId: 'otherclient' }], users });
  otherPool = await startUserPool({ userPoolId: 'us-east-1_OtherPool', clients: [{ clientId: 'webclient' }], users });
  identity = await startIdentityPool({
    issuer,
    pools: [
      { identityPoolId: AUTH_POOL, userPools: [{ ...userPool, clientIds: ['webclient'] }] },
      { identityPoolId: OPEN_POOL, userPools: [userPool], allowUnauthenticated: true },
    ],
  });
});
afterAll(async () => {
  await identity?.close();
  await userPool?.close();
  await otherPool?.close();
});

const call = (operation: string, input: unknown) => callAwsJson(identity.port, `AWSCognitoIdentityService.${operation}`, input);
const logins = async (token?: string) => ({ [userPool.providerName]: token ?? (await userPool.idTokenFor('alice', { clientId: 'webclient' })) });

function expectFault(response: { status: number; headers: Record<string, string>; json: any }, type: string, message: string) {
  expect(response.status).toBe(400);
  expect(response.headers['x-amzn-errortype']).toBe(type);
  expect(response.json).toEqual({ __type: type, message });
}

describe('Cognito identity pool stand-in: authenticated identities', () => {
  it('GetId then GetCredentialsForIdentity with a user pool ID token, in the wire format', async () => {
    const first = await call('GetId', { IdentityPoolId: AUTH_POOL, Logins: await logins() });
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toBe('application/x-amz-json-1.1');
    expect(first.json.IdentityId).toMatch(/^us-east-1:[0-9a-f-]{36}$/);
    const again = await call('GetId', { IdentityPoolId: AUTH_POOL, Logins: await logins() });
    expect(again.json.IdentityId).toBe(first.json.IdentityId);

    const response = await call('GetCredentialsForIdentity', { IdentityId: first.json.IdentityId, Logins: await logins() });
    expect(response.status).toBe(200);
    expect(Object.keys(response.json.Credentials).sort()).toEqual(['AccessKeyId', 'Expiration', 'SecretKey', 'SessionToken']);
    expect(response.body).toMatch(/"Expiration":\d{10}\.123\}/);
    const issued = issuer.find(response.json.Credentials.AccessKeyId);
    expect(response.json).toEqual({
      IdentityId: first.json.IdentityId,
      Credentials: {
        AccessKeyId: issued?.accessKeyId,
        SecretKey: issued?.secretAccessKey,
        SessionToken: issued?.sessionToken,
        Expiration: (issued?.expiration.getTime() ?? 0) / 1000,
      },
    });
  });

  it('is read by the AWS SDK (fromCognitoIdentityPool), fractional expiration included', async () => {
    const provider = fromCognitoIdentityPool({
      identityPoolId: AUTH_POOL,
      logins: await logins(),
      clientConfig: { endpoint: identity.url, region: 'us-east-1' },
    });
    const credentials = await provider();
    const issued = issuer.find(credentials.accessKeyId);
    expect(credentials.secretAccessKey).toBe(issued?.secretAccessKey);
    expect(credentials.sessionToken).toBe(issued?.sessionToken);
    expect(credentials.expiration?.getTime()).toBe(issued?.expiration.getTime());
  });
});

describe('Cognito identity pool stand-in: unauthenticated identities', () => {
  it('serves them when the pool allows it', async () => {
    const id = await call('GetId', { IdentityPoolId: OPEN_POOL });
    expect(id.status).toBe(200);
    const response = await call('GetCredentialsForIdentity', { IdentityId: id.json.IdentityId });
    expect(response.status).toBe(200);
    expect(issuer.find(response.json.Credentials.AccessKeyId)?.principalArn).toMatch(/Unauth_Role\/CognitoIdentityCredentials$/);
  });

  it('refuses them otherwise', async () => {
    expectFault(await call('GetId', { IdentityPoolId: AUTH_POOL }), 'NotAuthorizedException', 'Unauthenticated access is not supported for this identity pool.');
    expectFault(await call('GetId', { IdentityPoolId: AUTH_POOL, Logins: {} }), 'NotAuthorizedException', 'Unauthenticated access is not supported for this identity pool.');
  });
});

describe('Cognito identity pool stand-in: refused tokens and unknown pools', () => {
  const getId = async (token: string) => call('GetId', { IdentityPoolId: AUTH_POOL, Logins: await logins(token) });
  const COULD_NOT_VERIFY = "Invalid login token. Couldn't verify signed token.";

  it('ResourceNotFoundException for an unknown identity pool', async () => {
    const unknown = 'us-east-1:00000000-0000-0000-0000-000000000000';
    expectFault(await call('GetId', { IdentityPoolId: unknown, Logins: await logins() }), 'ResourceNotFoundException', `IdentityPool '${unknown}' not found.`);
  });

  it('refuses a token from another user pool (other key) presented for this pool', async () => {
    expectFault(await getId(await otherPool.idTokenFor('alice', { clientId: 'webclient' })), 'NotAuthorizedException', COULD_NOT_VERIFY);
  });

  it("refuses a token carrying the pool's kid and claims but signed with another key", async () => {
    const genuine = await userPool.idTokenFor('alice', { clientId: 'webclient' });
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT({ token_use: 'id', sub: 'x', aud: 'webclient' })
      .setProtectedHeader({ alg: 'RS256', kid: decodeProtectedHeader(genuine).kid })
      .setIssuer(userPool.issuer)
      .setExpirationTime('1h')
      .sign(privateKey);
    expectFault(await getId(forged), 'NotAuthorizedException', COULD_NOT_VERIFY);
  });

  it('refuses an expired token, a token for a client the pool does not accept, and a non-JWT', async () => {
    const expired = await getId(await userPool.idTokenFor('alice', { clientId: 'webclient', lifetimeSeconds: -60 }));
    expect(expired.json.__type).toBe('NotAuthorizedException');
    expect(expired.json.message).toMatch(/^Invalid login token\. Token expired: (\d+) >= (\d+)$/);
    const [, now, exp] = /(\d+) >= (\d+)/.exec(expired.json.message) ?? [];
    expect(Number(now)).toBeGreaterThanOrEqual(Number(exp));
    expectFault(await getId(await userPool.idTokenFor('alice', { clientId: 'otherclient' })), 'NotAuthorizedException', 'Invalid login token. Incorrect token audience.');
    expectFault(await getId('not-a-jwt'), 'NotAuthorizedException', 'Invalid login token. Not a valid OpenId Connect identity token.');
  });

  it('refuses a Logins key that is not a provider of the pool', async () => {
    const token = await otherPool.idTokenFor('alice', { clientId: 'webclient' });
    const response = await call('GetId', { IdentityPoolId: AUTH_POOL, Logins: { [otherPool.providerName]: token } });
    expectFault(response, 'NotAuthorizedException', 'Token is not from a supported provider of this identity pool.');
  });

  it('GetCredentialsForIdentity: unknown identity, missing Logins, another user', async () => {
    expectFault(await call('GetCredentialsForIdentity', { IdentityId: 'us-east-1:nope' }), 'ResourceNotFoundException', "Identity 'us-east-1:nope' not found.");
    const { json } = await call('GetId', { IdentityPoolId: AUTH_POOL, Logins: await logins() });
    expectFault(await call('GetCredentialsForIdentity', { IdentityId: json.IdentityId }), 'NotAuthorizedException', `Access to Identity '${json.IdentityId}' is forbidden.`);
    const bob = await logins(await userPool.idTokenFor('bob', { clientId: 'webclient' }));
    expectFault(
      await call('GetCredentialsForIdentity', { IdentityId: json.IdentityId, Logins: bob }),
      'NotAuthorizedException',
      "Logins don't match. Please include at least one valid login for this identity or identity pool.",
    );
  });

  it('InvalidParameterException for a missing IdentityPoolId; counts calls per operation', async () => {
    expectFault(
      await call('GetId', {}),
      'InvalidParameterException',
      "1 validation error detected: Value null at 'identityPoolId' failed to satisfy constraint: Member must not be null",
    );
    expect(identity.calls.GetId).toBe(15);
    expect(identity.calls.GetCredentialsForIdentity).toBe(6);
  });
});
