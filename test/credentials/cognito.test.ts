import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  ChallengeRequired,
  getCredentialsBody,
  getIdBody,
  identityPoolRegion,
  initiateAuthBody,
  MalformedAnswer,
  parseGetCredentials,
  parseGetId,
  parseInitiateAuth,
  secretHash,
  ServiceError,
  userPoolLoginsKey,
  userPoolRegion,
} from '../../src/credentials';

describe('Cognito user pools: InitiateAuth with USER_PASSWORD_AUTH', () => {
  it('computes SECRET_HASH as Base64(HMAC-SHA256(client secret, username + client id)), unicode included', () => {
    for (const [secret, user, client] of [['s3cr3t', 'alice', 'client1'], ['ключ', 'bób@example.com', '7abc']]) {
      expect(secretHash(secret, user, client)).toBe(createHmac('sha256', secret).update(user + client).digest('base64'));
    }
  });

  it('sends SECRET_HASH only for a client with a secret', () => {
    expect(JSON.parse(initiateAuthBody({ clientId: 'c', username: 'u', password: 'p' }))).toEqual({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: 'c', AuthParameters: { USERNAME: 'u', PASSWORD: 'p' } });
    expect(JSON.parse(initiateAuthBody({ clientId: 'c', username: 'u', password: 'p', clientSecret: 'k' })).AuthParameters.SECRET_HASH).toBe(secretHash('k', 'u', 'c'));
  });

  it('reads the ID token; a challenge and an error are not credentials', () => {
    expect(parseInitiateAuth({ status: 200, body: JSON.stringify({ AuthenticationResult: { IdToken: 'id.tok.en', AccessToken: 'a', ExpiresIn: 3600 } }) })).toBe('id.tok.en');
    expect(() => parseInitiateAuth({ status: 200, body: JSON.stringify({ ChallengeName: 'NEW_PASSWORD_REQUIRED', Session: 's' }) })).toThrow(ChallengeRequired);
    const refused = () => parseInitiateAuth({ status: 400, body: JSON.stringify({ __type: 'NotAuthorizedException', message: 'Incorrect username or password.' }) });
    expect(refused).toThrow(ServiceError);
    expect(refused).toThrow('Incorrect username or password.');
    expect(() => parseInitiateAuth({ status: 200, body: JSON.stringify({ AuthenticationResult: {} }) })).toThrow(MalformedAnswer);
  });

  it('finds the region in a user pool id and builds the Logins key', () => {
    expect(userPoolRegion('eu-west-1_AbC123')).toBe('eu-west-1');
    expect(userPoolRegion('us-gov-west-1_x9')).toBe('us-gov-west-1');
    expect(userPoolRegion('AbC123')).toBeUndefined();
    expect(userPoolLoginsKey('eu-west-1', 'eu-west-1_AbC123')).toBe('cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123');
    expect(userPoolLoginsKey('eusc-de-east-1', 'eusc-de-east-1_AbC123')).toBe('cognito-idp.eusc-de-east-1.amazonaws.eu/eusc-de-east-1_AbC123');
  });
});

describe('Cognito identity pools: GetId and GetCredentialsForIdentity', () => {
  it('finds the region of REGION:GUID', () => {
    expect(identityPoolRegion('ap-southeast-2:1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d')).toBe('ap-southeast-2');
    expect(identityPoolRegion('1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d')).toBeUndefined();
  });

  it('sends Logins only for an authenticated identity', () => {
    expect(JSON.parse(getIdBody('us-east-1:x'))).toEqual({ IdentityPoolId: 'us-east-1:x' });
    expect(JSON.parse(getIdBody('us-east-1:x', { k: 't' }))).toEqual({ IdentityPoolId: 'us-east-1:x', Logins: { k: 't' } });
    expect(JSON.parse(getCredentialsBody('id', { k: 't' }))).toEqual({ IdentityId: 'id', Logins: { k: 't' } });
  });

  it('reads SecretKey (sic) and a fractional epoch-seconds Expiration', () => {
    expect(parseGetId({ status: 200, body: '{"IdentityId":"us-east-1:abc"}' })).toBe('us-east-1:abc');
    const body = JSON.stringify({ IdentityId: 'i', Credentials: { AccessKeyId: 'ASIA1', SecretKey: 's/k', SessionToken: 't+', Expiration: 1767225600.123 } });
    expect(parseGetCredentials({ status: 200, body })).toEqual({ accessKeyId: 'ASIA1', secretAccessKey: 's/k', sessionToken: 't+', expiration: new Date(1767225600123) });
  });

  it('strips the namespace of __type, and refuses answers that are not the protocol', () => {
    try {
      parseGetId({ status: 400, body: JSON.stringify({ __type: 'com.amazonaws.cognito.identity#ResourceNotFoundException', message: "IdentityPool 'x' not found." }) });
      expect.unreachable();
    } catch (error) {
      expect((error as ServiceError).code).toBe('ResourceNotFoundException');
    }
    expect(() => parseGetCredentials({ status: 200, body: JSON.stringify({ Credentials: { AccessKeyId: 'a', SecretKey: 's', SessionToken: 't', Expiration: '2026-01-01' } }) })).toThrow(/epoch seconds/);
    expect(() => parseGetId({ status: 502, body: '<html>' })).toThrow(MalformedAnswer);
  });
});
