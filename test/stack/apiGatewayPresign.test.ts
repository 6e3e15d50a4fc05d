import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LONG_TERM_CREDENTIALS, startApiGateway, type ApiGatewayStandIn } from './index';
import { sendRaw, signRequest } from './testClient';

/** The stand-in's answers to malformed presigned requests (gatewayErrors.ts names which texts are confirmed). */
let gw: ApiGatewayStandIn;
beforeAll(async () => {
  gw = await startApiGateway();
});
afterAll(async () => gw?.close());

async function presigned() {
  return signRequest({ method: 'GET', host: `127.0.0.1:${gw.port}`, path: '/pets', credentials: LONG_TERM_CREDENTIALS, presignExpiresIn: 60 });
}

const INCOMPLETE =
  "AWS query-string parameters must include 'X-Amz-Algorithm', 'X-Amz-Credential', 'X-Amz-Signature', 'X-Amz-Date', 'X-Amz-SignedHeaders', and 'X-Amz-Expires'. Re-examine the query-string parameters.";

describe('API Gateway stand-in: malformed presigned requests', () => {
  it.each([
    ['without X-Amz-SignedHeaders', (query: string) => query.replace(/&?X-Amz-SignedHeaders=[^&]*/, '')],
    ['without X-Amz-Signature', (query: string) => query.replace(/&?X-Amz-Signature=[^&]*/, '')],
    ['with X-Amz-Expires over 7 days', (query: string) => query.replace(/X-Amz-Expires=\d+/, 'X-Amz-Expires=604801')],
    ['with X-Amz-Expires 0', (query: string) => query.replace(/X-Amz-Expires=\d+/, 'X-Amz-Expires=0')],
    ['with another algorithm', (query: string) => query.replace(/X-Amz-Algorithm=[^&]*/, 'X-Amz-Algorithm=AWS4-HMAC-SHA1')],
  ])('answers a presigned request %s with IncompleteSignatureException', async (_name, change) => {
    const signed = await presigned();
    const response = await sendRaw(gw.port, { method: 'GET', target: `/pets?${change(signed.rawQuery)}`, headers: signed.headers });
    expect(response.status).toBe(403);
    expect(response.headers['x-amzn-errortype']).toBe('IncompleteSignatureException');
    expect(JSON.parse(response.body)).toEqual({ message: INCOMPLETE });
  });

  it('answers a Credential without 5 parts', async () => {
    const signed = await presigned();
    const query = signed.rawQuery.replace(/X-Amz-Credential=[^&]*/, 'X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20240501');
    const response = await sendRaw(gw.port, { method: 'GET', target: `/pets?${query}`, headers: signed.headers });
    expect(JSON.parse(response.body).message).toBe("Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got 'AKIAIOSFODNN7EXAMPLE/20240501'");
  });
});
