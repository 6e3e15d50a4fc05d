import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiGatewayStandIn, startApiGateway } from './apiGateway';
import { LONG_TERM_CREDENTIALS } from './credentials';
import { sendRaw, signRequest } from './testClient';

describe('API Gateway stand-in, HTTP API flavor', () => {
  let gw: ApiGatewayStandIn;
  beforeAll(async () => {
    gw = await startApiGateway({ flavor: 'http', stage: 'prod', region: 'eu-west-1' });
  });
  afterAll(() => gw.close());

  const send = async (path: string, secretAccessKey: string) => {
    const signed = await signRequest({
      method: 'GET',
      host: `127.0.0.1:${gw.port}`,
      path,
      region: 'eu-west-1',
      credentials: { accessKeyId: LONG_TERM_CREDENTIALS.accessKeyId, secretAccessKey },
    });
    return sendRaw(gw.port, { method: 'GET', target: path, headers: signed.headers });
  };

  it('accepts a correct signature', async () => {
    const response = await send('/prod/pets', LONG_TERM_CREDENTIALS.secretAccessKey);
    expect(response.status).toBe(200);
    expect(response.headers['apigw-requestid']).toBeTruthy();
  });

  it('answers a bad signature with a bare Forbidden', async () => {
    const response = await send('/prod/pets', 'wrong');
    expect(response.status).toBe(403);
    expect(response.body).toBe('{"message":"Forbidden"}');
  });

  it('answers a missing signature with Forbidden and an unknown route with Not Found', async () => {
    const unsigned = await sendRaw(gw.port, { method: 'GET', target: '/prod/pets', headers: [['Host', 'x']] });
    expect(unsigned.status).toBe(403);
    expect(unsigned.body).toBe('{"message":"Forbidden"}');
    const unknown = await send('/dev/pets', LONG_TERM_CREDENTIALS.secretAccessKey);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toBe('{"message":"Not Found"}');
  });
});
