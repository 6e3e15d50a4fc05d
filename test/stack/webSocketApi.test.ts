import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { EXPIRED_CREDENTIALS, LONG_TERM_CREDENTIALS, startCloudFront, startWebSocketApi, TEMPORARY_CREDENTIALS, type CloudFrontStandIn, type WebSocketApiStandIn } from './index';
import type { StackCredential } from './credentials';
import { signRequest } from './testClient';
import { connectAndSend } from './webSocketClient';

/**
 * The WebSocket API stand-in on its own, with URLs presigned by @smithy/signature-v4 (testClient.ts),
 * never by src/: what it accepts and refuses does not depend on the code presign tests.
 */
let api: WebSocketApiStandIn;
let cloudFront: CloudFrontStandIn;
beforeAll(async () => {
  api = await startWebSocketApi();
  cloudFront = await startCloudFront({ origin: { url: `http://127.0.0.1:${api.port}`, domain: api.domain }, originPath: '/prod' });
});
afterAll(async () => {
  await cloudFront?.close();
  await api?.close();
});

async function smithyUrl(options: { host: string; path: string; credentials?: StackCredential; region?: string; expires?: number }): Promise<string> {
  const signed = await signRequest({
    method: 'GET',
    host: options.host,
    path: options.path,
    query: { room: 'a b' },
    credentials: options.credentials ?? LONG_TERM_CREDENTIALS,
    region: options.region,
    presignExpiresIn: options.expires ?? 60,
  });
  return `${options.path}?${signed.rawQuery}`;
}

const last = () => api.connects[api.connects.length - 1];

describe('WebSocket API stand-in: $connect verified with @smithy/signature-v4', () => {
  it('accepts a presigned connect and echoes text and binary messages', async () => {
    const url = `ws://127.0.0.1:${api.port}${await smithyUrl({ host: `127.0.0.1:${api.port}`, path: '/prod' })}`;
    expect(await connectAndSend(url, 'hello')).toEqual({ echoed: 'hello' });
    expect(last()).toMatchObject({ accepted: true, accessKeyId: LONG_TERM_CREDENTIALS.accessKeyId });
    const binary = await new Promise<{ data: Buffer; isBinary: boolean }>((resolve, reject) => {
      const socket = new WebSocket(url);
      socket.on('open', () => socket.send(Buffer.from([0, 1, 2, 255])));
      socket.on('message', (data, isBinary) => {
        resolve({ data: data as Buffer, isBinary });
        socket.close();
      });
      socket.on('error', reject);
    });
    expect(binary).toEqual({ data: Buffer.from([0, 1, 2, 255]), isBinary: true });
  });

  it('accepts temporary credentials with their session token, and keeps the token out of what it records', async () => {
    const url = `ws://127.0.0.1:${api.port}${await smithyUrl({ host: `127.0.0.1:${api.port}`, path: '/prod', credentials: TEMPORARY_CREDENTIALS })}`;
    expect(await connectAndSend(url, 'token')).toEqual({ echoed: 'token' });
    expect(last().url).toContain('X-Amz-Security-Token=[redacted]');
    expect(JSON.stringify(api.connects)).not.toContain(encodeURIComponent(TEMPORARY_CREDENTIALS.sessionToken as string));
  });

  it.each([
    ['no signature', async () => '/prod', undefined],
    ['a signature for another host', async () => smithyUrl({ host: 'elsewhere.example.com', path: '/prod' }), 'InvalidSignatureException'],
    ['a signature for another region', async () => smithyUrl({ host: `127.0.0.1:${api.port}`, path: '/prod', region: 'eu-west-1' }), 'InvalidSignatureException'],
    ['expired credentials', async () => smithyUrl({ host: `127.0.0.1:${api.port}`, path: '/prod', credentials: EXPIRED_CREDENTIALS }), 'ExpiredTokenException'],
  ])('refuses %s with 403 and no connection', async (_name, target, type) => {
    expect(await connectAndSend(`ws://127.0.0.1:${api.port}${await target()}`, 'hello')).toEqual({ refusedWith: 403 });
    expect(last().accepted).toBe(false);
    if (type) expect(last().refusal?.type).toBe(type);
  });

  it('answers a plain HTTP request 426 Upgrade Required', async () => {
    const status = await new Promise<number | undefined>((resolve, reject) => {
      httpRequest({ host: '127.0.0.1', port: api.port, path: '/prod' }, (response) => {
        response.resume();
        resolve(response.statusCode);
      })
        .on('error', reject)
        .end();
    });
    expect(status).toBe(426);
  });

  it('close() ends the open connections too', async () => {
    const own = await startWebSocketApi();
    const url = `ws://127.0.0.1:${own.port}${await smithyUrl({ host: `127.0.0.1:${own.port}`, path: '/' })}`;
    const socket = new WebSocket(url);
    await new Promise((resolve, reject) => socket.on('open', resolve).on('error', reject));
    const closed = new Promise((resolve) => socket.on('close', resolve));
    await own.close();
    await closed;
    expect(socket.readyState).toBe(WebSocket.CLOSED);
  });
});

describe('CloudFront stand-in: WebSocket upgrades', () => {
  it('go to the origin with Host set to the origin domain and the origin path prepended', async () => {
    const target = await smithyUrl({ host: api.domain, path: '/prod/chat' });
    const viewerTarget = target.replace(/^\/prod/, '');
    expect(await connectAndSend(`ws://127.0.0.1:${cloudFront.port}${viewerTarget}`, 'via CloudFront')).toEqual({ echoed: 'via CloudFront' });
    expect(last()).toMatchObject({ accepted: true, host: api.domain });
    expect(last().url).toBe(target);
  });

  it('close() ends the connections it proxies', async () => {
    const own = await startCloudFront({ origin: { url: `http://127.0.0.1:${api.port}`, domain: api.domain } });
    const socket = new WebSocket(`ws://127.0.0.1:${own.port}${await smithyUrl({ host: api.domain, path: '/chat' })}`);
    await new Promise((resolve, reject) => socket.on('open', resolve).on('error', reject));
    const closed = new Promise((resolve) => socket.on('close', resolve));
    await own.close();
    await closed;
    expect(socket.readyState).toBe(WebSocket.CLOSED);
  });

  it("pass the origin's refusal on as it is", async () => {
    expect(await connectAndSend(`ws://127.0.0.1:${cloudFront.port}/chat`, 'hello')).toEqual({ refusedWith: 403 });
  });
});
