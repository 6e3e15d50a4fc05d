import { afterAll, describe, expect, it } from 'vitest';
import { ApiGatewayStandIn, startApiGateway } from './apiGateway';
import { LONG_TERM_CREDENTIALS } from './credentials';
import { sendRaw, signRequest } from './testClient';

describe('API Gateway stand-in clock (5-minute window, pinned clock)', () => {
  const signedAt = new Date(Date.UTC(2026, 0, 15, 12, 0, 0));
  const stands: ApiGatewayStandIn[] = [];
  const start = async (offsetMinutes: number) => {
    const gw = await startApiGateway({ now: () => signedAt.getTime(), clockOffsetMs: offsetMinutes * 60_000 });
    stands.push(gw);
    const signed = await signRequest({
      method: 'GET',
      host: `127.0.0.1:${gw.port}`,
      path: '/pets',
      credentials: LONG_TERM_CREDENTIALS,
      date: signedAt,
    });
    return sendRaw(gw.port, { method: 'GET', target: '/pets', headers: signed.headers });
  };
  afterAll(() => Promise.all(stands.map((gw) => gw.close())));

  it('says Signature expired when its clock is 10 minutes ahead', async () => {
    const response = await start(10);
    expect(response.status).toBe(403);
    expect(response.headers['x-amzn-errortype']).toBe('InvalidSignatureException');
    expect(response.body).toBe(
      '{"message":"Signature expired: 20260115T120000Z is now earlier than 20260115T120500Z (20260115T121000Z - 5 min.)"}',
    );
  });

  it('says Signature not yet current when its clock is 10 minutes behind', async () => {
    const response = await start(-10);
    expect(response.status).toBe(403);
    expect(response.headers['x-amzn-errortype']).toBe('InvalidSignatureException');
    expect(response.body).toBe(
      '{"message":"Signature not yet current: 20260115T120000Z is still later than 20260115T115500Z (20260115T115000Z + 5 min.)"}',
    );
  });

  it('accepts a skew of exactly 5 minutes either way', async () => {
    expect((await start(5)).status).toBe(200);
    expect((await start(-5)).status).toBe(200);
  });

  it('rejects a presigned URL used after X-Amz-Expires', async () => {
    const gw = await startApiGateway({ now: () => signedAt.getTime() + 61_000 });
    stands.push(gw);
    const signed = await signRequest({
      method: 'GET',
      host: `127.0.0.1:${gw.port}`,
      path: '/pets',
      credentials: LONG_TERM_CREDENTIALS,
      date: signedAt,
      presignExpiresIn: 60,
    });
    const response = await sendRaw(gw.port, { method: 'GET', target: `/pets?${signed.rawQuery}`, headers: signed.headers });
    expect(response.status).toBe(403);
    expect(response.body).toBe(
      '{"message":"Signature expired: 20260115T120000Z is now earlier than 20260115T120001Z (20260115T120101Z - 60 sec.)"}',
    );
  });
});

describe('stand-in lifetime', () => {
  it('closes itself after maxLifetimeMs', async () => {
    const gw = await startApiGateway({ maxLifetimeMs: 50 });
    await new Promise((resolve) => setTimeout(resolve, 150));
    await expect(sendRaw(gw.port, { method: 'GET', target: '/', headers: [['Host', 'x']] })).rejects.toThrow();
    await gw.close();
  });
});
