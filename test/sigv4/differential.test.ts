import { Sha256 } from '@aws-crypto/sha256-js';
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

  it('presigns requests identically, token in the canonical query', async () => {
    await fc.assert(
      fc.asyncProperty(wirePath, wireQuery, sessionToken, fc.integer({ min: 1, max: 604800 }), async (path, query, token, expires) => {
        const date = new Date('2026-11-25T10:00:00Z');
        const ours = presignRequest({
          method: 'GET', path, query, headers: [], host: 'abc123.execute-api.us-east-1.amazonaws.com',
          credentials: { ...credentials, sessionToken: token }, region: 'us-east-1', service: 'execute-api', date, expiresInSeconds: expires,
        });
        const signer = new SignatureV4({
          credentials: { ...credentials, sessionToken: token }, region: 'us-east-1', service: 'execute-api', sha256: Sha256, applyChecksum: false,
        });
        const theirs = await signer.presign(
          { method: 'GET', protocol: 'https:', hostname: 'abc123.execute-api.us-east-1.amazonaws.com', path, query: queryObject(query), headers: { host: 'abc123.execute-api.us-east-1.amazonaws.com' } },
          { signingDate: date, expiresIn: expires },
        );
        expect(ours.signature).toBe(theirs.query?.['X-Amz-Signature']);
      }),
      { numRuns: 300 },
    );
  });
});
