import { Sha256 } from '@aws-crypto/sha256-js';
import { buildQueryString } from '@smithy/core/protocols';
import { SignatureV4 } from '@smithy/signature-v4';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planPresign, presignUrl, type PresignFlags } from '../../src/cli/presignUrl';
import { parseQueryForSigning } from '../stack/queryParams';

/**
 * Differential: the URL `presign` prints (its pure part, planPresign + presignUrl, at a fixed
 * date) against @smithy/signature-v4's presign() of the request a client sends for the same URL
 * text. The client's request comes from the WHATWG URL parser (what `ws`, browsers and Postman's
 * WebSocket client use), not from src/: its host without the scheme's default port, its path and
 * raw query. The SDK returns a query object; it is written out as the client's query followed by
 * the X-Amz-* parameters in the order presign writes them, each encoded by the SDK's own
 * buildQueryString. The order is presentation (SigV4 sorts the canonical query); every byte else
 * is compared.
 */
const RUNS = 200;
const DATE_RANGE = { min: new Date('2001-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true };
const CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const TOKEN = 'IQoJb3JpZ2luX2VjEXAMPLE/abc+def==';
const AUTH_ORDER = ['X-Amz-Algorithm', 'X-Amz-Credential', 'X-Amz-Date', 'X-Amz-Expires', 'X-Amz-Security-Token', 'X-Amz-SignedHeaders', 'X-Amz-Signature'];

const HEX = '0123456789ABCDEF';
const pct = (byte: number) => '%' + HEX[byte >> 4] + HEX[byte & 15];

/** Path characters as a user types them: unreserved, sub-delims, ones both encoders escape (space " < > ` { }), ones neither does (^ | [ ]), escapes, unicode. */
const pathPiece = fc.oneof(
  fc.constantFrom(...'abcXYZ019-._~'.split('')),
  fc.constantFrom(..."!$&'()*+,;=:@".split('')),
  fc.constantFrom(' ', '"', '<', '>', '`', '{', '}', '^', '|', '[', ']'),
  fc.integer({ min: 0x20, max: 0x7e }).map(pct),
  fc.constantFrom('%c3%bc', '%2F', '%20', '%25', 'é', '€', '😀'),
);
/** Dot segments (`.`, `%2e`, `..`) are left out: clients remove them, so presign refuses them (tested below). */
const segment = fc.array(pathPiece, { maxLength: 5 }).map((pieces) => pieces.join('')).filter((text) => !/^(\.|%2e){1,2}$/i.test(text));
const path = fc.array(segment, { maxLength: 5 }).map((segments) => '/' + segments.join('/'));
/**
 * S3 decodes the path to the key and signs the key encoded once (src/sigv4/canonicalUri.ts); the
 * SDK signs the path it is given as is, so it is given keys as the SDKs send them: each segment
 * strictly encoded.
 */
const s3Path = fc
  .array(fc.string({ unit: 'grapheme', maxLength: 8 }).map((text) => text.replace(/\//g, '')), { minLength: 1, maxLength: 4 })
  .map((segments) => '/' + segments.map((text) => encodeURIComponent(text).replace(/[!'()*]/g, (c) => pct(c.charCodeAt(0)))).join('/'))
  .filter((text) => !/(^|\/)\.{1,2}(\/|$)/.test(text));

const queryPiece = fc.oneof(
  fc.constantFrom(...'abcXYZ019-._~'.split('')),
  fc.constantFrom(...'!$\'()*+,;:@/?='.split('')),
  fc.constantFrom(' ', '"', '<', '>', '^', '|', '`', '{', '}', 'é', '%3D', '%26', '%2B', '%20', '%c3%bc'),
);
const queryItem = fc.array(queryPiece, { maxLength: 6 }).map((pieces) => pieces.join(''));
/** No query, `?` alone, or items joined by `&` (empty ones included). */
const query = fc.oneof(fc.constant(''), fc.constant('?'), fc.array(queryItem, { minLength: 1, maxLength: 5 }).map((items) => '?' + items.join('&')));

interface Target {
  host: string;
  flags: PresignFlags;
  /** What the client's request is signed for: the host the service sees and the region, service and path prefix. */
  signedHost?: string;
  region: string;
  service: string;
  originPath?: string;
}
const targets: Target[] = [
  { host: 'abc123.execute-api.us-east-1.amazonaws.com', flags: {}, region: 'us-east-1', service: 'execute-api' },
  { host: 'W1S2O3.Execute-Api.EU-West-3.amazonaws.com', flags: {}, region: 'eu-west-3', service: 'execute-api' },
  { host: '127.0.0.1', flags: { region: 'ap-southeast-2' }, region: 'ap-southeast-2', service: 'execute-api' },
  {
    host: 'd111111abcdef8.cloudfront.net',
    flags: { signingHost: 'abc123.execute-api.us-east-1.amazonaws.com', originPath: '/prod' },
    signedHost: 'abc123.execute-api.us-east-1.amazonaws.com',
    region: 'us-east-1',
    service: 'execute-api',
    originPath: '/prod',
  },
  { host: 'bucket.s3.eu-west-1.amazonaws.com', flags: {}, region: 'eu-west-1', service: 's3' },
];

const generated = fc
  .record({
    scheme: fc.constantFrom('wss', 'ws', 'https', 'http', 'WSS'),
    target: fc.constantFrom(...targets),
    port: fc.oneof(fc.constant(''), fc.constantFrom(':443', ':80'), fc.integer({ min: 1, max: 65535 }).map((port) => `:${port}`)),
    path,
    s3Path,
    query,
    fragment: fc.constantFrom('', '#section'),
    method: fc.constantFrom('GET', 'PUT', 'POST', 'DELETE'),
    expires: fc.integer({ min: 1, max: 604800 }),
    sessionToken: fc.boolean(),
    date: fc.date(DATE_RANGE),
  })
  // A WebSocket URL is always a GET; S3 keys are reached over https and http.
  .map((r) => ({ ...r, method: /^wss?$/i.test(r.scheme) ? 'GET' : r.method, path: r.target.service === 's3' ? r.s3Path : r.path }))
  .filter((r) => r.target.service !== 's3' || /^https?$/.test(r.scheme));

type Generated = typeof generated extends fc.Arbitrary<infer T> ? T : never;

async function smithyUrl(r: Generated, text: string): Promise<string> {
  const client = new URL(text);
  const { target } = r;
  const credentials = { ...CREDENTIALS, sessionToken: r.sessionToken ? TOKEN : undefined };
  const s3 = target.service === 's3';
  const signer = new SignatureV4({ credentials, region: target.region, service: target.service, sha256: Sha256, uriEscapePath: !s3, applyChecksum: false });
  const headers: Record<string, string> = { host: target.signedHost ?? client.host };
  const unhoistable = new Set<string>();
  if (s3) {
    // S3 presigned URLs sign UNSIGNED-PAYLOAD (as in test/sigv4/differential.test.ts).
    headers['x-amz-content-sha256'] = 'UNSIGNED-PAYLOAD';
    unhoistable.add('x-amz-content-sha256');
  }
  const presigned = await signer.presign(
    { method: r.method, protocol: 'https:', hostname: client.hostname, path: (target.originPath ?? '') + client.pathname, query: parseQueryForSigning(client.search.slice(1)), headers },
    { signingDate: r.date, expiresIn: r.expires, unhoistableHeaders: unhoistable, unsignableHeaders: unhoistable },
  );
  const auth = AUTH_ORDER.filter((name) => presigned.query?.[name] !== undefined).map((name) => buildQueryString({ [name]: presigned.query?.[name] as string }));
  const clientQuery = client.search.slice(1);
  return `${client.protocol}//${client.host}${client.pathname}?${(clientQuery === '' ? [] : [clientQuery]).concat(auth).join('&')}`;
}

function presignText(r: Generated, text: string): string {
  const credentials = { ...CREDENTIALS, sessionToken: r.sessionToken ? TOKEN : undefined };
  return presignUrl(planPresign(text, { ...r.target.flags, method: r.method, expires: String(r.expires) }), credentials, r.date).url;
}

describe(`differential: presign's URL against @smithy/signature-v4 presign() for ${RUNS} generated URLs`, () => {
  it('byte-identical URLs for the same date (schemes, ports, paths, queries, signing host and origin path, S3, tokens)', async () => {
    const seen = { ws: 0, defaultPort: 0, otherPort: 0, token: 0, s3: 0, signingHost: 0 };
    await fc.assert(
      fc.asyncProperty(generated, async (r) => {
        const text = `${r.scheme}://${r.target.host}${r.port}${r.path}${r.query}${r.fragment}`;
        const ours = presignText(r, text);
        expect(ours).toBe(await smithyUrl(r, text));
        if (/^wss?$/i.test(r.scheme)) seen.ws++;
        if (new URL(text).port === '' && r.port !== '') seen.defaultPort++;
        if (new URL(text).port !== '') seen.otherPort++;
        if (r.sessionToken) seen.token++;
        if (r.target.service === 's3') seen.s3++;
        if (r.target.signedHost) seen.signingHost++;
      }),
      { numRuns: RUNS },
    );
    // Each kind of input was really among the generated ones.
    for (const count of Object.values(seen)) expect(count).toBeGreaterThanOrEqual(RUNS / 20);
  });

  it('a wss URL with the default port :443 signs and prints the same URL as without it', () => {
    const r = { target: targets[0], method: 'GET', expires: 900, sessionToken: false, date: new Date('2026-05-01T12:00:00Z') } as Generated;
    const host = 'abc123.execute-api.us-east-1.amazonaws.com';
    expect(presignText(r, `wss://${host}:443/prod`)).toBe(presignText(r, `wss://${host}/prod`));
    expect(presignText(r, `wss://${host}:80/prod`).startsWith(`wss://${host}:80/prod?`)).toBe(true);
  });

  it.each(['/a/./b', '/a/../b', '/a/%2e%2E/b', '/a/%2E'])('a path a client would change (%s) is refused, with the path it would send', (dotted) => {
    const expected = new URL(`wss://h.execute-api.us-east-1.amazonaws.com${dotted}`).pathname;
    expect(() => planPresign(`wss://h.execute-api.us-east-1.amazonaws.com${dotted}`, {})).toThrow(`sends its host and path as h.execute-api.us-east-1.amazonaws.com${expected} (dot segments removed`);
  });

  it('spaces around the URL are dropped, as clients drop them; a tab or line break inside is refused', () => {
    const r = { target: targets[0], method: 'GET', expires: 900, sessionToken: false, date: new Date('2026-05-01T12:00:00Z') } as Generated;
    const url = 'wss://abc123.execute-api.us-east-1.amazonaws.com/prod?a=1';
    expect(presignText(r, `  ${url} \n`)).toBe(presignText(r, url));
    expect(() => planPresign('wss://abc123.execute-api.us-east-1.amazonaws.com/pr\tod', {})).toThrow('The URL contains a tab or a line break');
  });

  it('a presigned URL given again gets new X-Amz-* parameters in place of its own', () => {
    const r = { target: targets[0], method: 'GET', expires: 900, sessionToken: true, date: new Date('2026-05-01T12:00:00Z') } as Generated;
    const first = presignText(r, 'wss://abc123.execute-api.us-east-1.amazonaws.com/prod?room=1');
    const again = presignText({ ...r, date: new Date('2026-05-02T12:00:00Z') }, first);
    expect(again).toBe(presignText({ ...r, date: new Date('2026-05-02T12:00:00Z') }, 'wss://abc123.execute-api.us-east-1.amazonaws.com/prod?room=1'));
    expect(planPresign(first, {}).notes).toContain("note: the URL's X-Amz-* parameters (an earlier presigning) are replaced by new ones.");
  });
});
