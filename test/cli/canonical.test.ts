import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LONG_TERM_CREDENTIALS, startApiGateway, startCloudFront, TEMPORARY_CREDENTIALS, type ApiGatewayStandIn, type CloudFrontStandIn } from '../stack';
import { collectionWith, distScript, runNewman, type Variables } from '../support/newman';
import { credentialVariables, removeScratch, runCli, scratchDir } from './support';

/**
 * The shared table: each request is signed by dist/sigv4-prerequest.js in newman and sent to the
 * API Gateway stand-in (which must accept it), and `postman-sigv4 canonical` must print the
 * canonical request and string to sign the script kept, byte for byte, at the script's date.
 */
type Route = 'direct' | 'originPath' | 'portedHost';
interface Row {
  name: string;
  method: string;
  /** Appended to the route's base URL. */
  path: string;
  route: Route;
  headers?: Array<[string, string]>;
  /** Headers Postman adds itself, which `canonical` must be given. */
  implicitHeaders?: Array<[string, string]>;
  body?: string;
  signedHeaders?: string;
  token?: boolean;
  /** Presigned (sigv4_auth_location=query), valid this many seconds. */
  presignExpires?: number;
}

const JSON_BODY = '{\n  "name": "Zoë",\n  "tags": ["a", "b"],\n  "price": 1.5\n}\n';

const TABLE: Row[] = [
  { name: 'path with spaces', method: 'GET', path: '/a b/c  d', route: 'direct' },
  { name: 'unicode path and query', method: 'GET', path: '/ü/é€/日本?q=ü€&name=Zoë', route: 'direct' },
  { name: 'reserved characters', method: 'GET', path: "/!'()*:@,;=+$/x?q=!'()*:@,;=+$/?&k=v", route: 'direct' },
  { name: 'plus and encoded plus in the query', method: 'GET', path: '/search?q=a+b&r=1%2B2&s=%20x', route: 'direct' },
  { name: 'duplicate keys', method: 'GET', path: '/list?b=2&a=2&a=1&b=1&a=1', route: 'direct' },
  { name: 'valueless keys', method: 'GET', path: '/flags?a&a=&b&c=1', route: 'direct' },
  { name: 'dot segments, double slash, backslash, fragment', method: 'GET', path: '/a/./b/../c//d\\e?x=1#frag', route: 'direct' },
  { name: 'lowercase method', method: 'delete', path: '/orders/42', route: 'direct' },
  { name: 'GET with a body newman prunes', method: 'GET', path: '/pruned', route: 'direct', body: 'ignored' },
  { name: 'origin path', method: 'GET', path: '/orders/42?expand=items&expand=notes', route: 'originPath' },
  { name: 'signing host with a port', method: 'GET', path: '/items?page=2', route: 'portedHost' },
  {
    name: 'JSON body, Content-Type added by Postman and signed',
    method: 'POST',
    path: '/orders',
    route: 'originPath',
    body: JSON_BODY,
    implicitHeaders: [['Content-Type', 'application/json']],
    signedHeaders: 'content-type',
  },
  { name: 'header signed via signed headers', method: 'GET', path: '/secure', route: 'direct', headers: [['X-Api-Key', 'abc   123']], signedHeaders: 'x-api-key' },
  { name: 'x-amz-* header and a text body', method: 'PUT', path: '/objects/1', route: 'direct', headers: [['X-Amz-Meta-Owner', '  team   a ']], body: 'hello €' },
  { name: 'session token, origin path', method: 'PATCH', path: '/orders/42', route: 'originPath', body: JSON_BODY, token: true },
  { name: 'presigned: reserved characters, plus and duplicates in the query', method: 'GET', path: "/a b/ü?q=!'()*+x&dup=2&dup=1&flag", route: 'direct', presignExpires: 300 },
  { name: 'presigned: session token, origin path, JSON body signed', method: 'POST', path: '/orders', route: 'originPath', body: JSON_BODY, implicitHeaders: [['Content-Type', 'application/json']], signedHeaders: 'content-type', token: true, presignExpires: 604800 },
  { name: 'presigned: signing host with a port, x-amz-* header', method: 'DELETE', path: '/items/7', route: 'portedHost', headers: [['X-Amz-Meta-Owner', 'team a']], presignExpires: 60 },
];

let apiGateway: ApiGatewayStandIn;
const cloudFronts: Partial<Record<Route, CloudFrontStandIn>> = {};
const PORTED_HOST = 'origin.internal.example:8443';

beforeAll(async () => {
  apiGateway = await startApiGateway();
  cloudFronts.originPath = await startCloudFront({ origin: apiGateway, originPath: '/prod' });
  cloudFronts.portedHost = await startCloudFront({ origin: apiGateway, originDomain: PORTED_HOST });
});
afterAll(async () => {
  await cloudFronts.originPath?.close();
  await cloudFronts.portedHost?.close();
  await apiGateway?.close();
  removeScratch();
});

/** The settings of a route, as variable -> value; `canonical` gets the same as flags. */
function routeSettings(route: Route): Variables {
  if (route === 'originPath') return { sigv4_signing_host: apiGateway.domain, sigv4_origin_path: '/prod' };
  if (route === 'portedHost') return { sigv4_signing_host: PORTED_HOST, aws_region: 'us-east-1' };
  return { aws_region: 'us-east-1' };
}

const REPORT = `console.log('SIGV4 ' + JSON.stringify({ canonical: pm.variables.get('sigv4_canonical_request'), stringToSign: pm.variables.get('sigv4_string_to_sign'), echo: pm.response.json() }));`;

async function signInNewman(row: Row, url: string) {
  const request: Record<string, unknown> = { method: row.method, url, header: (row.headers || []).map(([key, value]) => ({ key, value })) };
  if (row.body !== undefined) request.body = { mode: 'raw', raw: row.body, options: { raw: { language: 'json' } } };
  const settings = routeSettings(row.route);
  if (row.signedHeaders) settings.sigv4_signed_headers = row.signedHeaders;
  if (row.presignExpires) Object.assign(settings, { sigv4_auth_location: 'query', sigv4_presign_expires: String(row.presignExpires) });
  const run = await runNewman({
    collection: collectionWith([{ name: row.name, request }], { prerequest: distScript('sigv4-prerequest.js'), test: REPORT }),
    environment: { ...credentialVariables(row.token ? TEMPORARY_CREDENTIALS : LONG_TERM_CREDENTIALS), ...settings },
  });
  expect(run.failures).toEqual([]);
  expect(run.codes).toEqual([200]);
  const line = run.console.find((message) => message.startsWith('SIGV4 '));
  return JSON.parse(line!.slice('SIGV4 '.length)) as { canonical: string; stringToSign: string; echo: { canonicalRequest: string } };
}

function canonicalArgs(row: Row, url: string, amzDate: string): string[] {
  const settings = routeSettings(row.route);
  const args = ['canonical', '--method', row.method, '--url', url, '--date', amzDate];
  for (const [key, value] of [...(row.headers || []), ...(row.implicitHeaders || [])]) args.push('--header', `${key}: ${value}`);
  if (row.signedHeaders) args.push('--signed-headers', row.signedHeaders);
  if (settings.sigv4_signing_host) args.push('--signing-host', settings.sigv4_signing_host);
  if (settings.sigv4_origin_path) args.push('--origin-path', settings.sigv4_origin_path);
  if (settings.aws_region) args.push('--region', settings.aws_region);
  if (row.token) args.push('--session-token-present');
  if (row.presignExpires) args.push('--query-auth', '--expires', String(row.presignExpires), '--access-key-id', (row.token ? TEMPORARY_CREDENTIALS : LONG_TERM_CREDENTIALS).accessKeyId);
  if (row.body !== undefined) {
    const file = join(scratchDir(), 'body');
    writeFileSync(file, row.body);
    args.push('--body-file', file);
  }
  return args;
}

describe(`postman-sigv4 canonical agrees with the pre-request script on ${TABLE.length} requests`, () => {

  it.each(TABLE)('$name', async (row) => {
    const url = (row.route === 'direct' ? apiGateway.url : cloudFronts[row.route]!.url) + row.path;
    const script = await signInNewman(row, url);
    const amzDate = script.stringToSign.split('\n')[1];

    const cli = runCli(canonicalArgs(row, url, amzDate));
    expect(cli.code).toBe(0);
    const [canonicalPart, stringToSign] = cli.stdout.split('\n\nString to sign:\n');
    expect(cli.stdout.startsWith('Canonical request:\n')).toBe(true);
    expect(canonicalPart.slice('Canonical request:\n'.length)).toBe(script.canonical);
    // The stand-in's independent verifier computed the same canonical request.
    expect(script.canonical).toBe(script.echo.canonicalRequest.split('[redacted]').join('<aws_session_token>'));
    if (row.token) {
      // Only the hash of the canonical request differs: the real token is not known.
      expect(stringToSign.split('\n').slice(0, 3)).toEqual(script.stringToSign.split('\n').slice(0, 3));
      expect(stringToSign).not.toBe(`${script.stringToSign}\n`);
    } else {
      expect(stringToSign).toBe(`${script.stringToSign}\n`);
    }
  });
});
