import { Sha256 } from '@aws-crypto/sha256-js';
import { buildQueryString } from '@smithy/core/protocols';
import { SignatureV4 } from '@smithy/signature-v4';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presignRequest, signRequest } from '../../src/sigv4';

/**
 * Differential test: the same wire request signed by this core and by the AWS SDK's signer
 * (@smithy/signature-v4) must carry the same Authorization header. The SDK is given the request
 * the way an HTTP server would see it: the raw path, the query decoded by URLSearchParams (an
 * independent decoder: a raw `+` is a space), header values as received.
 */

const RUNS = 2500;

const HEX = '0123456789ABCDEF';
const pct = (byte: number) => '%' + HEX[byte >> 4] + HEX[byte & 15];

/** Wire-safe path characters: unreserved, sub-delims, `:` `@`, `%XX` escapes, UTF-8 escapes, raw unicode. */
const pathPiece = fc.oneof(
  fc.constantFrom(...'abcXYZ019-._~'.split('')),
  fc.constantFrom(..."!$&'()*+,;=:@".split('')),
  fc.integer({ min: 0x20, max: 0x7e }).map(pct),
  fc.constantFrom('%c3%bc', '%C3%A9', '%E2%82%AC', '%F0%9F%98%80', '%2F', '%2f', '%7e', '%20', '%25'),
  fc.constantFrom('é', '€', '😀', 'ü'),
);
const segment = fc.oneof(
  { weight: 6, arbitrary: fc.array(pathPiece, { maxLength: 6 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.constantFrom('.', '..', '') },
);
const wirePath = fc.array(segment, { maxLength: 6 }).map((segments) => '/' + segments.join('/'));

/** Query text as a client might send it: strict escapes, raw sub-delims, `+`, unicode escapes. */
const queryText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...'abcXYZ019-._~'.split('')),
      fc.constantFrom(...'!$\'()*+,;:@/?'.split('')),
      fc.constantFrom('%3D', '%26', '%2B', '%20', '%2F', '%7E', '%c3%bc', '%E2%82%AC', '%25', '=', '+'),
    ),
    { maxLength: 8 },
  )
  .map((pieces) => pieces.join(''));
const queryItem = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(queryText.filter((k) => k.indexOf('=') < 0), queryText).map(([k, v]) => k + '=' + v) },
  { weight: 1, arbitrary: queryText.filter((k) => k.indexOf('=') < 0) },
  { weight: 1, arbitrary: fc.constant('dup=1') },
  { weight: 1, arbitrary: fc.constant('dup=') },
);
const wireQuery = fc.array(queryItem, { maxLength: 6 }).map((items) => items.join('&'));

const headerValueText = fc
  .array(fc.constantFrom('a', 'B', '1', ' ', '  ', '\t', ' \t ', ',', '"', ';', '=', '/'), { maxLength: 10 })
  .map((parts) => parts.join(''));
const headers = fc.uniqueArray(
  fc.tuple(fc.constantFrom('X-Custom', 'x-api-key', 'Content-Type', 'X-Amz-Meta-Note', 'x-trace', 'X-Empty'), headerValueText),
  { maxLength: 4, selector: ([name]) => name.toLowerCase() },
);

const body = fc.oneof(
  fc.integer({ min: 0, max: 64 * 1024 }).map((size) => {
    const bytes = new Uint8Array(size);
    for (let i = 0; i < size; i++) bytes[i] = (i * 31 + size) & 0xff;
    return bytes;
  }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
);

const sessionToken = fc.option(fc.stringMatching(/^[A-Za-z0-9+/=]{16,80}$/), { nil: undefined });

const request = fc.record({
  method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'),
  path: wirePath,
  query: wireQuery,
  headers,
  body,
  host: fc.constantFrom('abc123.execute-api.us-east-1.amazonaws.com', 'example.com:8443', '127.0.0.1:3000', 'api.example.org'),
  region: fc.constantFrom('us-east-1', 'eu-west-3', 'ap-southeast-2'),
  service: fc.constantFrom('execute-api', 'lambda', 'es'),
  sessionToken,
  date: fc.date({ min: new Date('2001-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }),
});

type GeneratedRequest = typeof request extends fc.Arbitrary<infer T> ? T : never;

function queryObject(wire: string): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  // A leading '&' keeps URLSearchParams from dropping a leading '?' that belongs to a key.
  new URLSearchParams('&' + wire).forEach((value, key) => {
    const existing = query[key];
    query[key] = existing === undefined ? value : ([] as string[]).concat(existing, value);
  });
  return query;
}

async function smithyAuthorization(r: GeneratedRequest): Promise<string> {
  const signer = new SignatureV4({
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', sessionToken: r.sessionToken },
    region: r.region,
    service: r.service,
    sha256: Sha256,
    uriEscapePath: true,
    applyChecksum: false,
  });
  const hostname = r.host.split(':')[0];
  const signed = await signer.sign(
    {
      method: r.method,
      protocol: 'https:',
      hostname,
      path: r.path,
      query: queryObject(r.query),
      headers: Object.fromEntries([['host', r.host], ...r.headers]),
      body: r.body,
    },
    { signingDate: r.date },
  );
  return signed.headers.authorization;
}

/** What the generated requests covered, so a generator that drifts to trivial input fails the test. */
const COVERAGE: Record<string, (r: GeneratedRequest) => boolean> = {
  'dot segment': (r) => /\/\.\.?(\/|$)/.test(r.path),
  'double slash': (r) => r.path.indexOf('//') >= 0,
  'percent escape in path': (r) => /%[0-9a-fA-F]{2}/.test(r.path),
  'raw unicode in path': (r) => /[^\x00-\x7f]/.test(r.path),
  'reserved character in path': (r) => /[!'()*]/.test(r.path),
  'duplicate query key': (r) => (r.query.match(/(^|&)dup=/g) || []).length > 1,
  'empty query value': (r) => /(^|&)[^=&]*=(&|$)/.test(r.query),
  'valueless query key': (r) => r.query.split('&').some((item: string) => item !== '' && item.indexOf('=') < 0),
  'plus in query': (r) => r.query.indexOf('+') >= 0,
  'equals in query value': (r) => r.query.split('&').some((item: string) => item.indexOf('=') !== item.lastIndexOf('=')),
  'header whitespace run': (r) => r.headers.some(([, value]) => /[ \t]{2,}/.test(value)),
  'body over 32 KB': (r) => typeof r.body !== 'string' && r.body.length > 32 * 1024,
  'empty body': (r) => r.body.length === 0,
  'unicode text body': (r) => typeof r.body === 'string' && /[^\x00-\x7f]/.test(r.body),
  'session token': (r) => r.sessionToken !== undefined,
};

describe('differential: this core against @smithy/signature-v4', () => {
  it(`signs ${RUNS} generated requests identically`, async () => {
    const seen: Record<string, number> = {};
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        for (const [name, test] of Object.entries(COVERAGE)) if (test(r)) seen[name] = (seen[name] || 0) + 1;
        const ours = signRequest({
          method: r.method,
          path: r.path,
          query: r.query,
          headers: r.headers,
          body: r.body,
          host: r.host,
          credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', sessionToken: r.sessionToken },
          region: r.region,
          service: r.service,
          date: r.date,
        });
        const authorization = ours.headers.find(([name]) => name === 'Authorization')?.[1];
        expect(authorization).toBe(await smithyAuthorization(r));
      }),
      { numRuns: RUNS },
    );
    for (const name of Object.keys(COVERAGE)) expect(seen[name] || 0, name).toBeGreaterThanOrEqual(25);
  });
});

/**
 * S3 paths as an SDK sends them: each segment strictly encoded once, never normalized. A key's
 * `/` always separates segments (the SDKs never send `%2F`), so segments hold none.
 */
const s3Path = fc
  .array(fc.string({ unit: 'grapheme', maxLength: 8 }).map((s) => s.replace(/\//g, '')), { minLength: 1, maxLength: 5 })
  .map((segments) => '/' + segments.map((s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => pct(c.charCodeAt(0)))).join('/'));

describe('differential: S3 rules, unsigned payload and presigning against @smithy/signature-v4', () => {
  const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };

  it('signs S3 requests (single encoding, X-Amz-Content-Sha256) identically, signed and unsigned payload', async () => {
    await fc.assert(
      fc.asyncProperty(s3Path, wireQuery, body, fc.boolean(), sessionToken, async (path, query, payload, unsigned, token) => {
        const ours = signRequest({
          method: 'PUT', path, query, headers: [], body: payload, host: 'bucket.s3.eu-west-1.amazonaws.com',
          credentials: { ...credentials, sessionToken: token }, region: 'eu-west-1', service: 's3',
          date: new Date('2026-11-25T10:00:00Z'), unsignedPayload: unsigned,
        });
        const signer = new SignatureV4({
          credentials: { ...credentials, sessionToken: token }, region: 'eu-west-1', service: 's3', sha256: Sha256, uriEscapePath: false,
        });
        const headers: Record<string, string> = { host: 'bucket.s3.eu-west-1.amazonaws.com' };
        if (unsigned) headers['x-amz-content-sha256'] = 'UNSIGNED-PAYLOAD';
        const theirs = await signer.sign(
          { method: 'PUT', protocol: 'https:', hostname: 'bucket.s3.eu-west-1.amazonaws.com', path, query: queryObject(query), headers, body: payload },
          { signingDate: new Date('2026-11-25T10:00:00Z') },
        );
        expect(ours.headers.find(([name]) => name === 'Authorization')?.[1]).toBe(theirs.headers.authorization);
      }),
      { numRuns: 300 },
    );
  });
});

const PRESIGN_RUNS = 600;

/** A query string's parameters decoded (URLSearchParams, independent of src/), sorted. */
const decodedPairs = (query: string) => Array.from(new URLSearchParams('&' + query)).sort((a, b) => (a.join('=') < b.join('=') ? -1 : 1));
const authItems = (query: string) => query.split('&').filter((item) => /^X-Amz-/.test(item)).sort();

/**
 * The URL each presigner produces, for the same request. Identical means: the same path, the same
 * X-Amz-* parameters byte for byte, and the same parameters once decoded (the script sends the
 * request's own query as typed and appends its parameters, X-Amz-Signature last; the SDK
 * re-encodes and sorts everything, which buildQueryString, its HTTP handler's encoder, shows).
 */
async function presignBoth(r: { service: 's3' | 'execute-api'; host: string; method: string; path: string; query: string; headers: Array<[string, string]>; body: string | Uint8Array; sessionToken?: string; expires: number; date: Date }) {
  const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', sessionToken: r.sessionToken };
  const ours = presignRequest({ method: r.method, path: r.path, query: r.query, headers: r.headers, body: r.body, host: r.host, credentials, region: 'eu-west-1', service: r.service, date: r.date, expiresInSeconds: r.expires });
  const signer = new SignatureV4({ credentials, region: 'eu-west-1', service: r.service, sha256: Sha256, uriEscapePath: r.service !== 's3', applyChecksum: false });
  const headers: Record<string, string> = Object.fromEntries([['host', r.host], ...r.headers]);
  // The user's x-amz-* headers stay signed headers in both (smithy would hoist them into the query).
  const unhoistable = new Set(r.headers.map(([name]) => name.toLowerCase()).filter((name) => name.startsWith('x-amz-')));
  const unsignable = new Set<string>();
  if (r.service === 's3') {
    // As @aws-sdk/s3-request-presigner does, minus hoisting the header into the query (it does that,
    // aws/aws-sdk-js-v3#5465; botocore does not; S3 accepts both): the payload is UNSIGNED-PAYLOAD.
    headers['x-amz-content-sha256'] = 'UNSIGNED-PAYLOAD';
    unhoistable.add('x-amz-content-sha256');
    unsignable.add('x-amz-content-sha256');
  }
  const theirs = await signer.presign(
    { method: r.method, protocol: 'https:', hostname: r.host.split(':')[0], path: r.path, query: queryObject(r.query), headers, body: r.body },
    { signingDate: r.date, expiresIn: r.expires, unhoistableHeaders: unhoistable, unsignableHeaders: unsignable },
  );
  return { ours: `https://${r.host}${r.path}?${ours.query}`, theirs: `https://${r.host}${theirs.path}?${buildQueryString(theirs.query ?? {})}` };
}

function expectSameUrl(ours: string, theirs: string): void {
  const [ourBase, ourQuery] = [ours.slice(0, ours.indexOf('?')), ours.slice(ours.indexOf('?') + 1)];
  const [theirBase, theirQuery] = [theirs.slice(0, theirs.indexOf('?')), theirs.slice(theirs.indexOf('?') + 1)];
  expect(ourBase).toBe(theirBase);
  expect(authItems(ourQuery)).toEqual(authItems(theirQuery));
  expect(decodedPairs(ourQuery)).toEqual(decodedPairs(theirQuery));
  expect(ourQuery).toMatch(/&X-Amz-Signature=[0-9a-f]{64}$/);
}

describe(`differential: ${2 * PRESIGN_RUNS} presigned URLs against @smithy/signature-v4's presign`, () => {
  const presignCommon = {
    method: fc.constantFrom('GET', 'PUT', 'POST', 'DELETE'),
    query: wireQuery,
    headers,
    body,
    sessionToken,
    expires: fc.integer({ min: 1, max: 604800 }),
    date: fc.date({ min: new Date('2001-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }),
  };

  it(`execute-api: ${PRESIGN_RUNS} requests, the body hash signed, identical URLs`, async () => {
    const generated = fc.record({ ...presignCommon, path: wirePath, host: fc.constantFrom('abc123.execute-api.eu-west-1.amazonaws.com', '127.0.0.1:3000') });
    let withBody = 0;
    await fc.assert(
      fc.asyncProperty(generated, async (r) => {
        if (r.body.length > 0) withBody++;
        const { ours, theirs } = await presignBoth({ ...r, service: 'execute-api' });
        expectSameUrl(ours, theirs);
      }),
      { numRuns: PRESIGN_RUNS },
    );
    expect(withBody).toBeGreaterThanOrEqual(PRESIGN_RUNS / 4);
  });

  it(`s3: ${PRESIGN_RUNS} requests, UNSIGNED-PAYLOAD, single path encoding, identical URLs`, async () => {
    const generated = fc.record({ ...presignCommon, path: s3Path, host: fc.constantFrom('bucket.s3.eu-west-1.amazonaws.com', '127.0.0.1:4568') });
    await fc.assert(
      fc.asyncProperty(generated, async (r) => {
        const { ours, theirs } = await presignBoth({ ...r, service: 's3' });
        expectSameUrl(ours, theirs);
      }),
      { numRuns: PRESIGN_RUNS },
    );
  });
});
