import { describe, expect, it } from 'vitest';
import { containerCredentials, containerError } from '../../../src/cli/serve/containerCredentials';
import { parseContainerCredentials, ServiceError } from '../../../src/credentials';

/** JSON on the wire, as credentialsServer.ts sends it. */
const sent = (status: number, body: object) => ({ status, body: JSON.stringify(body) });

describe("credentials serve's answers are what the pre-request script parses (one container-credentials format)", () => {
  it('temporary credentials come back whole, the expiration in whole seconds', () => {
    const lease = { credentials: { accessKeyId: 'ASIAEXAMPLE', secretAccessKey: 'se/cr+et', sessionToken: 'to/ken==' }, expiresAt: Date.parse('2026-12-02T20:00:00.900Z') };
    expect(parseContainerCredentials(sent(200, containerCredentials(lease)))).toEqual({
      accessKeyId: 'ASIAEXAMPLE',
      secretAccessKey: 'se/cr+et',
      sessionToken: 'to/ken==',
      expiration: new Date('2026-12-02T20:00:00Z'),
    });
  });

  it('long-term keys come back without a session token', () => {
    const lease = { credentials: { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'secret' }, expiresAt: Date.parse('2026-12-02T20:00:00Z') };
    expect(parseContainerCredentials(sent(200, containerCredentials(lease))).sessionToken).toBeUndefined();
  });

  it("a refusal's Code and Message reach the script", () => {
    const refused = () => parseContainerCredentials(sent(424, containerError('SsoLoginRequired', 'run aws sso login --profile dev')));
    expect(refused).toThrow(ServiceError);
    expect(refused).toThrow('run aws sso login --profile dev');
    try {
      refused();
    } catch (error) {
      expect((error as ServiceError).code).toBe('SsoLoginRequired');
      expect((error as ServiceError).status).toBe(424);
    }
  });
});
