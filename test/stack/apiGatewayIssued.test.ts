import { describe, expect, it } from 'vitest';
import { createCredentialIssuer } from './credentialIssuer';
import { LONG_TERM_CREDENTIALS } from './credentials';
import { useApiGateway } from './gatewayFixture';

const issuer = createCredentialIssuer();

describe('API Gateway stand-in with a credential issuer', () => {
  const { gw, signedSend } = useApiGateway({ issuer });

  it('accepts an issued credential until its expiration, then answers the expired-token body', async () => {
    const credential = issuer.issue({ lifetimeSeconds: 2 });
    const first = await signedSend({ method: 'GET', path: '/items', credentials: credential });
    expect(first.response.status).toBe(200);
    expect(first.echo.accessKeyId).toBe(credential.accessKeyId);

    const waitMs = credential.expiration.getTime() - Date.now() + 100;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, waitMs)));
    const later = await signedSend({ method: 'GET', path: '/items', credentials: credential });
    expect(later.response.status).toBe(403);
    expect(later.response.headers['x-amzn-errortype']).toBe('ExpiredTokenException');
    expect(later.response.body).toBe('{"message":"The security token included in the request is expired"}');
  });

  it('refuses an issued key id sent with another session token', async () => {
    const credential = issuer.issue({ lifetimeSeconds: 600 });
    const { response } = await signedSend({
      method: 'GET',
      path: '/items',
      credentials: { ...credential, sessionToken: issuer.issue({ lifetimeSeconds: 600 }).sessionToken },
    });
    expect(response.status).toBe(403);
    expect(response.body).toBe('{"message":"The security token included in the request is invalid."}');
  });

  it('counts accepted requests per access key id, refused ones not', async () => {
    const a = issuer.issue({ lifetimeSeconds: 600 });
    const b = issuer.issue({ lifetimeSeconds: 600 });
    for (const credentials of [a, a, a, b, LONG_TERM_CREDENTIALS]) {
      expect((await signedSend({ method: 'GET', path: '/n', credentials })).response.status).toBe(200);
    }
    await signedSend({ method: 'GET', path: '/n', credentials: { ...b, secretAccessKey: a.secretAccessKey } });
    expect(gw().acceptedByAccessKeyId[a.accessKeyId]).toBe(3);
    expect(gw().acceptedByAccessKeyId[b.accessKeyId]).toBe(1);
    expect(gw().acceptedByAccessKeyId[LONG_TERM_CREDENTIALS.accessKeyId]).toBe(1);
  });
});

describe('credential issuer', () => {
  it('issues unique ASIA key ids with base64 secrets and tokens that contain / and +', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const credential = issuer.issue({ lifetimeSeconds: 60 });
      ids.add(credential.accessKeyId);
      expect(credential.accessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
      expect(credential.secretAccessKey).toMatch(/^(?=.*\/)(?=.*\+)[A-Za-z0-9+/]{40}$/);
      expect(credential.sessionToken).toMatch(/^IQoJb3JpZ2luX2Vj(?=.*\/)(?=.*\+)[A-Za-z0-9+/]{400,}==$/);
      expect(issuer.find(credential.accessKeyId)).toBe(credential);
    }
    expect(ids.size).toBe(200);
    expect(issuer.find('ASIANOTISSUEDEXAMPLE')).toBeUndefined();
  });

  it('sets expiration from its clock, negative lifetimes included', () => {
    const pinned = createCredentialIssuer({ now: () => 1_767_225_600_123 });
    expect(pinned.issue({ lifetimeSeconds: 900 }).expiration.toISOString()).toBe('2026-01-01T00:15:00.123Z');
    expect(pinned.issue({ lifetimeSeconds: -1 }).expiration.getTime()).toBe(1_767_225_599_123);
    expect(pinned.issued).toHaveLength(2);
  });
});
