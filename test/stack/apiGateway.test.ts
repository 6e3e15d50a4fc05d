import aws4 from 'aws4';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { LONG_TERM_CREDENTIALS, TEMPORARY_CREDENTIALS } from './credentials';
import { useApiGateway } from './gatewayFixture';
import { mismatchBody, Pair, sendRaw, signRequest } from './testClient';

describe('API Gateway stand-in accepts correctly signed requests (REST API, stage prod)', () => {
  const { gw, host, signedSend } = useApiGateway({ stage: 'prod' });

  it('accepts a correct request signed with a long-term key and echoes what it saw', async () => {
    const { response, echo, signed } = await signedSend({
      method: 'GET',
      path: '/prod/pets',
      credentials: LONG_TERM_CREDENTIALS,
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json');
    expect(response.headers['x-amzn-requestid']).toMatch(/^[0-9a-f-]{36}$/);
    expect(echo).toMatchObject({
      method: 'GET',
      url: '/prod/pets',
      path: '/prod/pets',
      query: '',
      body: '',
      bodySha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      authMode: 'header',
      accessKeyId: LONG_TERM_CREDENTIALS.accessKeyId,
      signedHeaders: ['host', 'x-amz-date'],
      canonicalRequest: signed.canonicalRequest,
      stringToSign: signed.stringToSign,
    });
    expect(echo.headers).toContainEqual(['authorization', '[redacted]']);
  });

  it('accepts temporary credentials and never echoes the token or the secret', async () => {
    const { response, echo, signed } = await signedSend({
      method: 'GET',
      path: '/prod/pets',
      credentials: TEMPORARY_CREDENTIALS,
    });
    expect(response.status).toBe(200);
    expect(echo.signedHeaders).toEqual(['host', 'x-amz-date', 'x-amz-security-token']);
    expect(echo.headers).toContainEqual(['x-amz-security-token', '[redacted]']);
    expect(echo.canonicalRequest).toBe(
      signed.canonicalRequest.replace(TEMPORARY_CREDENTIALS.sessionToken as string, '[redacted]'),
    );
    expect(response.body).not.toContain(TEMPORARY_CREDENTIALS.sessionToken);
    expect(response.body).not.toContain(TEMPORARY_CREDENTIALS.secretAccessKey);
  });

  it('reads a raw + as a space and keeps duplicate keys (query a=2&a=1&b=x+y&c=%2B&d)', async () => {
    const { response, echo } = await signedSend({
      method: 'GET',
      path: '/prod/search',
      query: { a: ['2', '1'], b: 'x y', c: '+', d: '' },
      rawQuery: 'a=2&a=1&b=x+y&c=%2B&d',
      credentials: LONG_TERM_CREDENTIALS,
    });
    expect(response.status).toBe(200);
    expect(echo.query).toBe('a=2&a=1&b=x+y&c=%2B&d');
    expect(echo.canonicalRequest.split('\n')[2]).toBe('a=1&a=2&b=x%20y&c=%2B&d=');
  });

  it('verifies a percent-encoded path as received, encoded once more', async () => {
    const { response, echo } = await signedSend({
      method: 'GET',
      path: '/prod/items/a%20b/%C3%A4(1)',
      credentials: LONG_TERM_CREDENTIALS,
    });
    expect(response.status).toBe(200);
    expect(echo.path).toBe('/prod/items/a%20b/%C3%A4(1)');
    expect(echo.canonicalRequest.split('\n')[1]).toBe('/prod/items/a%2520b/%25C3%25A4%281%29');
  });

  it('accepts a POST signed with aws4 and hashes the body bytes received', async () => {
    const body = '{"name":"Fluffy","tags":["a b"]}';
    const signer = new aws4.RequestSigner(
      {
        host: host(),
        method: 'POST',
        path: '/prod/pets?kind=cat',
        body,
        service: 'execute-api',
        region: 'us-east-1',
        headers: { 'Content-Type': 'application/json' },
      },
      LONG_TERM_CREDENTIALS,
    );
    signer.sign();
    const headers = Object.entries(signer.request.headers ?? {}).map(([name, value]): Pair => [name, String(value)]);
    const response = await sendRaw(gw().port, { method: 'POST', target: '/prod/pets?kind=cat', headers, body });
    expect(response.status).toBe(200);
    const echo = JSON.parse(response.body);
    expect(echo.body).toBe(body);
    expect(echo.bodySha256).toBe(createHash('sha256').update(body).digest('hex'));
    expect(echo.canonicalRequest).toBe(signer.canonicalString());
    expect(echo.stringToSign).toBe(signer.stringToSign());
  });

  it('joins a repeated signed header with commas in arrival order', async () => {
    const signed = await signRequest({
      method: 'GET',
      host: host(),
      path: '/prod/pets',
      headers: { 'x-trace': 'b,a' },
      credentials: LONG_TERM_CREDENTIALS,
    });
    const headers: Pair[] = signed.headers.filter(([name]) => name !== 'x-trace');
    const response = await sendRaw(gw().port, {
      method: 'GET',
      target: '/prod/pets',
      headers: [...headers, ['X-Trace', 'b'], ['x-trace', 'a']],
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body).canonicalRequest).toContain('\nx-trace:b,a\n');
  });

  it('answers a wrong secret with the mismatch 403 carrying the canonical string the signer computed', async () => {
    const { response, signed } = await signedSend({
      method: 'PUT',
      path: '/prod/pets/1',
      query: { v: '2' },
      body: 'hello',
      headers: { 'content-type': 'text/plain' },
      credentials: { accessKeyId: LONG_TERM_CREDENTIALS.accessKeyId, secretAccessKey: 'not-the-secret' },
    });
    expect(response.status).toBe(403);
    expect(response.headers['x-amzn-errortype']).toBe('InvalidSignatureException');
    expect(response.headers['content-type']).toBe('application/json');
    expect(response.body).toBe(mismatchBody(signed.canonicalRequest, signed.stringToSign));
    expect(response.body).toContain('\\n\\nThe Canonical String for this request should have been\\n\'PUT\\n/prod/pets/1\\nv=2\\n');
  });


  it('accepts presigned query authentication (with a session token, redacted in the echo)', async () => {
    const { response, echo, signed } = await signedSend({
      method: 'GET',
      path: '/prod/pets',
      query: { limit: '5' },
      credentials: TEMPORARY_CREDENTIALS,
      presignExpiresIn: 300,
    });
    expect(response.status).toBe(200);
    expect(echo.authMode).toBe('query');
    expect(echo.signedHeaders).toEqual(['host']);
    expect(echo.canonicalRequest).toBe(
      signed.canonicalRequest.replace(encodeURIComponent(TEMPORARY_CREDENTIALS.sessionToken as string), '[redacted]'),
    );
    expect(echo.query).toContain('X-Amz-Security-Token=[redacted]');
    expect(response.body).not.toContain(encodeURIComponent(TEMPORARY_CREDENTIALS.sessionToken as string));
  });

  it('rejects a presigned URL whose signature was tampered with', async () => {
    const signed = await signRequest({
      method: 'GET',
      host: host(),
      path: '/prod/pets',
      credentials: LONG_TERM_CREDENTIALS,
      presignExpiresIn: 60,
    });
    const tampered = signed.rawQuery.replace(/X-Amz-Signature=[0-9a-f]{64}/, `X-Amz-Signature=${'0'.repeat(64)}`);
    const response = await sendRaw(gw().port, { method: 'GET', target: `/prod/pets?${tampered}`, headers: signed.headers });
    expect(response.status).toBe(403);
    expect(response.body).toBe(mismatchBody(signed.canonicalRequest, signed.stringToSign));
  });
});
