import { describe, expect, it } from 'vitest';
import { MalformedAnswer, parseContainerCredentials, ServiceError } from '../../src/credentials';

const ok = { AccessKeyId: 'ASIAEXAMPLE', SecretAccessKey: 'se/cr+et', Token: 'to/ken==', Expiration: '2026-12-02T20:00:00Z' };

describe('container-credentials answers, as @aws-sdk/credential-provider-http reads them', () => {
  it('reads the four fields, Expiration as RFC 3339 (with or without a fraction or offset)', () => {
    expect(parseContainerCredentials({ status: 200, body: JSON.stringify(ok) })).toEqual({
      accessKeyId: 'ASIAEXAMPLE',
      secretAccessKey: 'se/cr+et',
      sessionToken: 'to/ken==',
      expiration: new Date('2026-12-02T20:00:00Z'),
    });
    expect(parseContainerCredentials({ status: 200, body: JSON.stringify({ ...ok, Expiration: '2026-12-02T21:00:00.123+01:00' }) }).expiration).toEqual(new Date('2026-12-02T20:00:00.123Z'));
  });

  it('reads an empty Token as long-term keys without a session token', () => {
    expect(parseContainerCredentials({ status: 200, body: JSON.stringify({ ...ok, Token: '' }) }).sessionToken).toBeUndefined();
  });

  it.each([
    ['not JSON', 'AccessKeyId=x', /not a JSON object/],
    ['a JSON array', '[]', /not a JSON object/],
    ['no Token', JSON.stringify({ ...ok, Token: undefined }), /has no Token/],
    ['an empty secret', JSON.stringify({ ...ok, SecretAccessKey: '' }), /has no SecretAccessKey/],
    ['an Expiration in epoch seconds', JSON.stringify({ ...ok, Expiration: 1767225600 }), /Expiration is not an RFC 3339 timestamp/],
    ['an Expiration that is no date', JSON.stringify({ ...ok, Expiration: 'soon' }), /Expiration is not an RFC 3339 timestamp/],
  ])('refuses an answer with %s, saying what is missing and never what it held', (_name, body, message) => {
    const attempt = () => parseContainerCredentials({ status: 200, body });
    expect(attempt).toThrow(MalformedAnswer);
    expect(attempt).toThrow(message);
    try {
      attempt();
    } catch (error) {
      expect((error as Error).message).not.toContain('se/cr+et');
    }
  });

  it("passes a 4xx's Code and Message on, and names the status when the body has none", () => {
    const refused = () => parseContainerCredentials({ status: 403, body: JSON.stringify({ Code: 'AccessDenied', Message: 'The token is wrong.' }) });
    expect(refused).toThrow(ServiceError);
    expect(refused).toThrow('The token is wrong.');
    try {
      parseContainerCredentials({ status: 500, body: 'oops' });
    } catch (error) {
      expect(error).toBeInstanceOf(ServiceError);
      expect((error as ServiceError).code).toBe('HTTP 500');
    }
  });
});
