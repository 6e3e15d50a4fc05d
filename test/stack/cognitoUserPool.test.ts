import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secretHash, startUserPool, UserPoolStandIn } from './cognitoUserPool';
import { callAwsJson, sendRaw } from './testClient';

const PASSWORD = 'Corr3ct-Horse!';
const SECRET = 'client-secret-0123456789abcdefghij';
let pool: UserPoolStandIn;

beforeAll(async () => {
  pool = await startUserPool({
    region: 'eu-west-1',
    userPoolId: 'eu-west-1_TestPool1',
    clients: [{ clientId: 'publicclient1' }, { clientId: 'secretclient1', clientSecret: SECRET }],
    users: [
      { username: 'alice', password: PASSWORD, email: 'alice@example.com' },
      { username: 'newbie', password: PASSWORD, status: 'FORCE_CHANGE_PASSWORD' },
    ],
  });
});
afterAll(() => pool.close());

const initiateAuth = (input: unknown) =>
  callAwsJson(pool.port, 'AWSCognitoIdentityProviderService.InitiateAuth', input);
const passwordAuth = (clientId: string, parameters: Record<string, string>) =>
  initiateAuth({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: clientId, AuthParameters: parameters });

function expectFault(response: { status: number; headers: Record<string, string>; json: any }, type: string, message: string) {
  expect(response.status).toBe(400);
  expect(response.headers['x-amzn-errortype']).toBe(type);
  expect(response.headers['content-type']).toBe('application/x-amz-json-1.1');
  expect(response.json).toEqual({ __type: type, message });
}

describe('Cognito user pool stand-in: InitiateAuth USER_PASSWORD_AUTH', () => {
  it('issues an RS256 ID token that verifies against the served JWKS with Cognito claims', async () => {
    const response = await passwordAuth('publicclient1', { USERNAME: 'alice', PASSWORD });
    expect(response.status).toBe(200);
    const result = response.json.AuthenticationResult;
    expect(result).toMatchObject({ ExpiresIn: 3600, TokenType: 'Bearer' });
    expect(typeof result.AccessToken).toBe('string');
    expect(typeof result.RefreshToken).toBe('string');
    expect(response.json.ChallengeParameters).toEqual({});
    expect(decodeProtectedHeader(result.IdToken).alg).toBe('RS256');
    const { payload } = await jwtVerify(result.IdToken, createRemoteJWKSet(new URL(pool.jwksUrl)), {
      issuer: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_TestPool1',
      audience: 'publicclient1',
    });
    expect(payload).toMatchObject({ token_use: 'id', 'cognito:username': 'alice', email: 'alice@example.com' });
    expect(payload.sub).toMatch(/^[0-9a-f-]{36}$/);
    expect((payload.exp as number) - Math.floor(Date.now() / 1000)).toBeGreaterThan(3590);
    expect(pool.providerName).toBe('cognito-idp.eu-west-1.amazonaws.com/eu-west-1_TestPool1');
  });

  it('accepts the right SECRET_HASH for a client with a secret', async () => {
    const response = await passwordAuth('secretclient1', {
      USERNAME: 'alice',
      PASSWORD,
      SECRET_HASH: secretHash(SECRET, 'alice', 'secretclient1'),
    });
    expect(response.status).toBe(200);
    expect(response.json.AuthenticationResult.IdToken).toMatch(/^eyJ/);
  });

  it('computes SECRET_HASH as Base64(HMAC-SHA256(secret, username + client id))', () => {
    // Independent value: printf 'aliceclient1' | openssl dgst -sha256 -hmac 'secret' -binary | base64
    expect(secretHash('secret', 'alice', 'client1')).toBe('1f+jIZ5jrvd9T9LKNEBwDVXuGhIxTem62DTEPkKb29k=');
  });

  it('answers NEW_PASSWORD_REQUIRED for a FORCE_CHANGE_PASSWORD user', async () => {
    const response = await passwordAuth('publicclient1', { USERNAME: 'newbie', PASSWORD });
    expect(response.status).toBe(200);
    expect(response.json.AuthenticationResult).toBeUndefined();
    expect(response.json.ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
    expect(response.json.Session).toMatch(/^[A-Za-z0-9_-]{100,}$/);
    expect(response.json.ChallengeParameters).toMatchObject({ USER_ID_FOR_SRP: 'newbie', requiredAttributes: '[]' });
  });

  it('serves the JWKS with the kid its tokens carry', async () => {
    const jwks = await sendRaw(pool.port, { method: 'GET', target: '/eu-west-1_TestPool1/.well-known/jwks.json', headers: [['Host', 'x']] });
    const { keys } = JSON.parse(jwks.body);
    const token = await pool.idTokenFor('alice');
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig', kid: decodeProtectedHeader(token).kid });
    expect(keys[0].d).toBeUndefined();
  });
});

describe('Cognito user pool stand-in errors', () => {
  it('NotAuthorizedException for a wrong password', async () => {
    expectFault(
      await passwordAuth('publicclient1', { USERNAME: 'alice', PASSWORD: 'wrong' }),
      'NotAuthorizedException',
      'Incorrect username or password.',
    );
  });

  it('NotAuthorizedException for a missing or wrong SECRET_HASH', async () => {
    expectFault(
      await passwordAuth('secretclient1', { USERNAME: 'alice', PASSWORD }),
      'NotAuthorizedException',
      'Client secretclient1 is configured for secret but secret was not received',
    );
    expectFault(
      await passwordAuth('secretclient1', { USERNAME: 'alice', PASSWORD, SECRET_HASH: secretHash('other', 'alice', 'secretclient1') }),
      'NotAuthorizedException',
      'Unable to verify secret hash for client secretclient1',
    );
  });

  it('UserNotFoundException, ResourceNotFoundException, InvalidParameterException', async () => {
    expectFault(await passwordAuth('publicclient1', { USERNAME: 'mallory', PASSWORD }), 'UserNotFoundException', 'User does not exist.');
    expectFault(
      await passwordAuth('nosuchclient', { USERNAME: 'alice', PASSWORD }),
      'ResourceNotFoundException',
      'User pool client nosuchclient does not exist.',
    );
    expectFault(await passwordAuth('publicclient1', { PASSWORD }), 'InvalidParameterException', 'Missing required parameter USERNAME');
    expectFault(await passwordAuth('publicclient1', { USERNAME: 'alice' }), 'InvalidParameterException', 'Missing required parameter PASSWORD');
    expectFault(
      await initiateAuth({ AuthFlow: 'USER_SRP_AUTH', ClientId: 'publicclient1', AuthParameters: {} }),
      'InvalidParameterException',
      'USER_SRP_AUTH flow not enabled for this client',
    );
  });

  it('UnknownOperationException for another target or content type', async () => {
    const other = await callAwsJson(pool.port, 'AWSCognitoIdentityProviderService.SignUp', {});
    expect(other.status).toBe(400);
    expect(other.json).toEqual({ __type: 'com.amazon.coral.service#UnknownOperationException' });
    const json = await callAwsJson(pool.port, 'AWSCognitoIdentityProviderService.InitiateAuth', {}, 'application/json');
    expect(json.json.__type).toBe('com.amazon.coral.service#UnknownOperationException');
  });

  it('counts the calls per operation', () => {
    expect(pool.calls.InitiateAuth).toBe(12);
    expect(pool.calls.SignUp).toBe(1);
  });
});
