import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiGatewayStandIn, startApiGateway } from './apiGateway';
import { CloudFrontOptions, CloudFrontStandIn, startCloudFront } from './cloudFront';
import { LONG_TERM_CREDENTIALS, TEMPORARY_CREDENTIALS } from './credentials';
import { startStack, Stack } from './index';
import { mismatchBody, Pair, sendRaw, signRequest } from './testClient';

type Echo = { path: string; query: string; url: string; headers: Pair[]; body: string; canonicalRequest: string };

const values = (echo: Echo, name: string) =>
  echo.headers.filter(([key]) => key.toLowerCase() === name.toLowerCase()).map(([, value]) => value);

describe('CloudFront stand-in in front of the API Gateway stand-in', () => {
  let stack: Stack;
  let apiGateway: ApiGatewayStandIn;
  const extra: CloudFrontStandIn[] = [];
  beforeAll(async () => {
    stack = await startStack({ apiGateway: { stage: 'prod' }, cloudFront: { originPath: '/prod' } });
    apiGateway = stack.apiGateway;
  });
  afterAll(async () => {
    await Promise.all(extra.map((cf) => cf.close()));
    await stack.close();
  });

  const distribution = async (options: Omit<CloudFrontOptions, 'origin'>) => {
    const cf = await startCloudFront({ originPath: '/prod', ...options, origin: apiGateway });
    extra.push(cf);
    return cf;
  };

  /** Signs for the origin (API Gateway domain, origin path + viewer path) and sends to CloudFront. */
  async function viaCloudFront(
    cf: CloudFrontStandIn,
    request: { method?: string; path: string; query?: Record<string, string | string[]>; rawQuery?: string },
    extraHeaders: Pair[] = [],
    signFor: { host: string; path: string } = { host: apiGateway.domain, path: '/prod' + request.path },
  ) {
    const date = new Date();
    const signed = await signRequest({
      method: request.method ?? 'GET',
      host: signFor.host,
      path: signFor.path,
      query: request.query,
      credentials: LONG_TERM_CREDENTIALS,
      date,
    });
    const query = request.rawQuery ?? signed.rawQuery;
    const headers: Pair[] = [
      ['Host', `127.0.0.1:${cf.port}`],
      ...signed.headers.filter(([name]) => name !== 'host'),
      ...extraHeaders,
    ];
    const response = await sendRaw(cf.port, {
      method: request.method ?? 'GET',
      target: request.path + (query ? '?' + query : ''),
      headers,
    });
    return { response, date, echo: response.status === 200 ? (JSON.parse(response.body) as Echo) : undefined };
  }

  it('passes a request signed for the origin host and path, rewriting Host and prepending the origin path', async () => {
    const { response, echo } = await viaCloudFront(stack.cloudFront, { path: '/items/a%20b' }, [
      ['User-Agent', 'PostmanRuntime/7.39.0'],
      ['X-Forwarded-For', '198.51.100.7'],
      ['Via', '1.1 corporate-proxy'],
      ['Expect', '100-continue'],
      ['X-Real-IP', '203.0.113.9'],
      ['X-Forwarded-Proto', 'https'],
      ['X-HTTP-Method-Override', 'DELETE'],
      ['X-Edge-Location', 'nowhere'],
      ['Proxy-Authorization', 'Basic Zm9vOmJhcg=='],
      ['Accept', 'application/json'],
    ]);
    expect(response.status).toBe(200);
    expect(response.headers['x-cache']).toBe('Miss from cloudfront');
    expect(response.headers.via).toMatch(/^1\.1 [0-9a-f]{32}\.cloudfront\.net \(CloudFront\)$/);
    expect(response.headers['x-amz-cf-id']).toMatch(/^[A-Za-z0-9_-]{54}==$/);
    const seen = echo as Echo;
    expect(seen.path).toBe('/prod/items/a%20b');
    expect(seen.canonicalRequest.split('\n')[1]).toBe('/prod/items/a%2520b');
    expect(values(seen, 'host')).toEqual([apiGateway.domain]);
    expect(values(seen, 'user-agent')).toEqual(['Amazon CloudFront']);
    expect(values(seen, 'via')).toEqual([`1.1 corporate-proxy, ${response.headers.via}`]);
    expect(values(seen, 'x-forwarded-for')).toEqual(['198.51.100.7,127.0.0.1']);
    expect(values(seen, 'x-amz-cf-id')).toEqual([response.headers['x-amz-cf-id']]);
    expect(values(seen, 'connection')).toEqual(['Keep-Alive']);
    expect(values(seen, 'accept')).toEqual(['application/json']);
    for (const removed of ['expect', 'x-real-ip', 'x-forwarded-proto', 'x-http-method-override', 'x-edge-location', 'proxy-authorization']) {
      expect(values(seen, removed)).toEqual([]);
    }
  });

  it('forwards the body bytes unchanged', async () => {
    const body = Buffer.from([0x7b, 0x22, 0xc3, 0xa4, 0x22, 0x3a, 0x31, 0x7d, 0x0a]);
    const signed = await signRequest({
      method: 'POST',
      host: apiGateway.domain,
      path: '/prod/upload',
      body: body.toString('utf8'),
      headers: { 'content-type': 'application/json' },
      credentials: TEMPORARY_CREDENTIALS,
    });
    const response = await sendRaw(stack.cloudFront.port, {
      method: 'POST',
      target: '/upload',
      headers: [['Host', 'd111111abcdef8.cloudfront.net'], ...signed.headers.filter(([name]) => name !== 'host')],
      body,
    });
    expect(response.status).toBe(200);
    expect(apiGateway.requests[apiGateway.requests.length - 1].body.equals(body)).toBe(true);
  });

  it('gives the mismatch 403 to a request signed for the CloudFront host, with what API Gateway saw', async () => {
    const cfHost = `127.0.0.1:${stack.cloudFront.port}`;
    const { response, date } = await viaCloudFront(stack.cloudFront, { path: '/items/a%20b' }, [], {
      host: cfHost,
      path: '/items/a%20b',
    });
    const seenByOrigin = await signRequest({
      method: 'GET',
      host: apiGateway.domain,
      path: '/prod/items/a%20b',
      credentials: LONG_TERM_CREDENTIALS,
      date,
    });
    expect(response.status).toBe(403);
    expect(response.headers['x-amzn-errortype']).toBe('InvalidSignatureException');
    expect(response.headers['x-cache']).toBe('Error from cloudfront');
    expect(response.body).toBe(mismatchBody(seenByOrigin.canonicalRequest, seenByOrigin.stringToSign));
  });

  it('strips Authorization (and Accept, Referer, Cookie) when not forwarding all viewer headers', async () => {
    const cf = await distribution({ forwardAllViewerHeaders: false });
    const { response } = await viaCloudFront(cf, { path: '/pets' }, [
      ['Accept', 'application/json'],
      ['Referer', 'https://example.com/'],
      ['Cookie', 'a=b'],
    ]);
    expect(response.status).toBe(403);
    expect(response.headers['x-amzn-errortype']).toBe('MissingAuthenticationTokenException');
    expect(response.body).toBe('{"message":"Missing Authentication Token"}');
    const received = apiGateway.requests[apiGateway.requests.length - 1];
    const names = received.rawHeaders.map(([name]) => name.toLowerCase());
    for (const stripped of ['authorization', 'accept', 'referer', 'cookie']) expect(names).not.toContain(stripped);
    expect(names).toContain('x-amz-date');
  });

  it('sets origin custom headers toward the origin, replacing the viewer copy', async () => {
    const cf = await distribution({ originCustomHeaders: { 'x-api-key': 'distribution-key', 'X-Origin-Verify': 'secret-ish' } });
    const { echo } = await viaCloudFront(cf, { path: '/pets' }, [['X-Api-Key', 'viewer-key']]);
    expect(values(echo as Echo, 'x-api-key')).toEqual(['distribution-key']);
    expect(values(echo as Echo, 'x-origin-verify')).toEqual(['secret-ish']);
  });

  it('decodes percent-encoded unreserved characters in the path when normalizing, and only those', async () => {
    const cf = await distribution({ normalizePathEncoding: true });
    const { response } = await viaCloudFront(cf, { path: '/pets/%7Euser/%41%2F%20' });
    expect(response.status).toBe(403);
    const received = apiGateway.requests[apiGateway.requests.length - 1];
    expect(received.url).toBe('/prod/pets/~user/A%2F%20');
  });

  it('forwards every query parameter raw with queryStrings all', async () => {
    const { response, echo } = await viaCloudFront(stack.cloudFront, {
      path: '/search',
      query: { q: 'x y', r: ['+', ' '] },
      rawQuery: 'q=x+y&r=%2B&r=%20',
    });
    expect(response.status).toBe(200);
    expect((echo as Echo).query).toBe('q=x+y&r=%2B&r=%20');
  });

  it('drops the query with queryStrings none, so a signed query no longer matches', async () => {
    const cf = await distribution({ queryStrings: 'none' });
    const { response, date } = await viaCloudFront(cf, { path: '/search', query: { a: '1', b: '2' } });
    const seenByOrigin = await signRequest({
      method: 'GET',
      host: apiGateway.domain,
      path: '/prod/search',
      credentials: LONG_TERM_CREDENTIALS,
      date,
    });
    expect(response.status).toBe(403);
    expect(response.body).toBe(mismatchBody(seenByOrigin.canonicalRequest, seenByOrigin.stringToSign));
    expect(apiGateway.requests[apiGateway.requests.length - 1].url).toBe('/prod/search');
  });

  it('forwards only allowlisted parameters, raw and in viewer order', async () => {
    const cf = await distribution({ queryStrings: ['a'] });
    const { response, echo } = await viaCloudFront(cf, {
      path: '/search',
      query: { a: ['3', '1'] },
      rawQuery: 'a=3&b=2&a=1&utm=x',
    });
    expect(response.status).toBe(200);
    expect((echo as Echo).query).toBe('a=3&a=1');
  });

  it('answers a GET with a body itself (403) without contacting the origin', async () => {
    const before = apiGateway.requests.length;
    const response = await sendRaw(stack.cloudFront.port, {
      method: 'GET',
      target: '/pets',
      headers: [['Host', 'd111111abcdef8.cloudfront.net']],
      body: '{}',
    });
    expect(response.status).toBe(403);
    expect(response.headers['x-cache']).toBe('Error from cloudfront');
    expect(response.headers['content-type']).toBe('text/html');
    expect(response.body).toContain('<H1>403 ERROR</H1>\n<H2>The request could not be satisfied.</H2>');
    expect(response.body).toContain('\nBad request.\n');
    expect(apiGateway.requests.length).toBe(before);
  });
});

describe('CloudFront stand-in settings', () => {
  it('refuses an origin path that HTTP cannot carry in a request line', async () => {
    await expect(startCloudFront({ origin: 'http://127.0.0.1:9', originPath: '/my stage' })).rejects.toThrow('originPath must be a percent-encoded path without "?" or "#": /my stage');
  });
});

describe('CloudFront stand-in with an unreachable origin', () => {
  it('answers 502 with its own error page', async () => {
    const gone = await startApiGateway();
    await gone.close();
    const cf = await startCloudFront({ origin: gone });
    try {
      const response = await sendRaw(cf.port, { method: 'GET', target: '/pets', headers: [['Host', cf.domain]] });
      expect(response.status).toBe(502);
      expect(response.headers['x-cache']).toBe('Error from cloudfront');
      expect(response.headers.server).toBe('CloudFront');
      expect(response.body).toContain('<H1>502 ERROR</H1>');
      expect(response.body).toContain("CloudFront wasn't able to connect to the origin.");
      expect(response.body).toContain(`Request ID: ${response.headers['x-amz-cf-id']}`);
    } finally {
      await cf.close();
    }
  });
});
