import { fromHttp } from '@aws-sdk/credential-providers';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ContainerCredentialsStandIn, startContainerCredentials } from './containerCredentials';
import { createCredentialIssuer } from './credentialIssuer';
import { RawResponse, sendRaw } from './testClient';

const issuer = createCredentialIssuer();
let endpoint: ContainerCredentialsStandIn;

beforeAll(async () => {
  endpoint = await startContainerCredentials({ issuer, lifetimeSeconds: 1200 });
});
afterAll(() => endpoint.close());
afterEach(() => endpoint.setFailure(undefined));

const get = (authorization?: string, path = new URL(endpoint.url).pathname): Promise<RawResponse> =>
  sendRaw(endpoint.port, {
    method: 'GET',
    target: path,
    headers: [['Host', `127.0.0.1:${endpoint.port}`], ...(authorization === undefined ? [] : [['Authorization', authorization] as [string, string]])],
  });

describe('container-credentials stand-in', () => {
  it('serves issued credentials in the container format for the right token', async () => {
    const response = await get(endpoint.token);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json');
    const body = JSON.parse(response.body);
    const issued = issuer.find(body.AccessKeyId);
    expect(body).toEqual({
      RoleArn: 'arn:aws:iam::123456789012:role/ContainerRole',
      AccessKeyId: issued?.accessKeyId,
      SecretAccessKey: issued?.secretAccessKey,
      Token: issued?.sessionToken,
      Expiration: issued?.expiration.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    });
    expect(Date.parse(body.Expiration) - Date.now()).toBeGreaterThan(1190_000);
    expect(issued?.principalArn).toBe(endpoint.principalArn);
  });

  it('is read by the AWS SDK (fromHttp) with its token', async () => {
    const credentials = await fromHttp({ awsContainerCredentialsFullUri: endpoint.url, awsContainerAuthorizationToken: endpoint.token })();
    expect(credentials.sessionToken).toBe(issuer.find(credentials.accessKeyId)?.sessionToken);
  });

  it('401 without a token, 403 with a wrong one, 404 elsewhere, with Code and Message', async () => {
    const missing = await get();
    expect(missing.status).toBe(401);
    expect(JSON.parse(missing.body)).toEqual({ Code: 'Unauthorized', Message: 'The Authorization header is missing.' });
    const wrong = await get(endpoint.token + 'x');
    expect(wrong.status).toBe(403);
    expect(JSON.parse(wrong.body)).toEqual({ Code: 'AccessDenied', Message: 'The Authorization token is not valid.' });
    expect((await get(endpoint.token, '/other')).status).toBe(404);
  });

  it('failure modes: not JSON, a missing field, already expired, stale behind a later Expiration, a 500', async () => {
    endpoint.setFailure('not-json');
    const html = await get(endpoint.token);
    expect(html.status).toBe(200);
    expect(() => JSON.parse(html.body)).toThrow();

    endpoint.setFailure('missing-fields');
    const partial = JSON.parse((await get(endpoint.token)).body);
    expect(partial.AccessKeyId).toMatch(/^ASIA/);
    expect(partial.Token).toBeUndefined();

    endpoint.setFailure('expired');
    const expired = JSON.parse((await get(endpoint.token)).body);
    expect(Date.parse(expired.Expiration)).toBeLessThan(Date.now());

    endpoint.setFailure('stale');
    const stale = JSON.parse((await get(endpoint.token)).body);
    expect(issuer.find(stale.AccessKeyId)!.expiration.getTime()).toBeLessThan(Date.now());
    expect(Date.parse(stale.Expiration)).toBeGreaterThan(Date.now() + 3500_000);

    endpoint.setFailure('server-error');
    const failed = await get(endpoint.token);
    expect(failed.status).toBe(500);
    expect(JSON.parse(failed.body).Code).toBe('InternalError');
  });

  it('hang: never answers (a client timeout fires), and the token is still required first', async () => {
    endpoint.setFailure('hang');
    expect((await get('wrong')).status).toBe(403);
    const outcome = await Promise.race([get(endpoint.token).then(() => 'answered'), new Promise((resolve) => setTimeout(() => resolve('timeout'), 300))]);
    expect(outcome).toBe('timeout');
  });

  it('counts the calls it received', () => {
    expect(endpoint.calls.GetCredentials).toBe(12);
  });
});
