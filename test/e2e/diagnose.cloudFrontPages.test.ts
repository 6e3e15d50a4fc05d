import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LONG_TERM_CREDENTIALS, startApiGateway, startCloudFront, type ApiGatewayStandIn, type CloudFrontOptions, type CloudFrontStandIn } from '../stack';
import { OWN_ERROR_PAGE_NAMES, ownErrorReason, type OwnErrorPage } from '../stack/cloudFrontPages';
import { serveOnLoopback, type Serving } from '../stack/server';
import { collectionWith, distScript, runNewman } from '../support/newman';

/**
 * dist/sigv4-diagnose.js in real newman when CloudFront answers with its own error page: the
 * request never reached API Gateway, so the diagnosis says CloudFront refused, never "signature".
 */

let apiGateway: ApiGatewayStandIn;
let silentOrigin: Serving;
let goneOrigin: ApiGatewayStandIn;
const distributions: CloudFrontStandIn[] = [];

beforeAll(async () => {
  apiGateway = await startApiGateway();
  silentOrigin = await serveOnLoopback(createServer(() => undefined), { maxLifetimeMs: 5 * 60_000 });
  goneOrigin = await startApiGateway();
  await goneOrigin.close();
});
afterAll(async () => {
  await Promise.all(distributions.map((distribution) => distribution.close()));
  await Promise.all([apiGateway.close(), silentOrigin.close()]);
});

async function cloudFront(options: Omit<CloudFrontOptions, 'origin'>, origin: CloudFrontOptions['origin'] = apiGateway): Promise<CloudFrontStandIn> {
  const distribution = await startCloudFront({ ...options, origin });
  distributions.push(distribution);
  return distribution;
}

const ENVIRONMENT = {
  aws_access_key_id: LONG_TERM_CREDENTIALS.accessKeyId,
  aws_secret_access_key: LONG_TERM_CREDENTIALS.secretAccessKey,
};

/** One GET through `distribution`, signed for the API Gateway host; `event` is the item's own scripts. */
async function diagnose(distribution: CloudFrontStandIn, event: object[] = []) {
  const item = { name: 'through the distribution', event, request: { method: 'GET', url: `${distribution.url}/pets`, header: [] } };
  const result = await runNewman({
    collection: collectionWith([item], { prerequest: distScript('sigv4-prerequest.js'), test: distScript('sigv4-diagnose.js') }),
    environment: { ...ENVIRONMENT, sigv4_signing_host: apiGateway.domain },
  });
  expect(result.failures).toHaveLength(1);
  const [failure] = result.failures;
  expect(failure.startsWith('SigV4 diagnosis: SigV4: CloudFront itself ')).toBe(true);
  // Header values never: X-Cache, Via, X-Amz-Cf-Pop, X-Amz-Cf-Id (the page's Request ID).
  for (const output of [failure, ...result.console]) {
    expect(output).not.toMatch(/Error from cloudfront|cloudfront\.net \(CloudFront\)|LCL50|Request ID|[A-Za-z0-9_-]{40,}/);
  }
  return { status: result.codes[0], text: failure.slice('SigV4 diagnosis: SigV4: '.length) };
}

const REFUSAL_CAUSES = ['a Host header set by some other script', 'alternate domain names', 'the distribution is disabled', 'AWS WAF', 'geographic restriction'];
const WAF_CAUSE = ['An AWS WAF web ACL on the distribution blocked it'];
const GEO_CAUSE = ["The distribution's geographic restriction blocks the country this request came from"];
const METHOD_CAUSE = ["The cache behavior for this path does not allow the request's method", 'allow all methods in that behavior'];
const ORIGIN_CAUSES = ['reachable', "origin's TLS certificate matches that name"];

describe("CloudFront's own error pages: the request never reached API Gateway", () => {
  const expected: Record<OwnErrorPage, [number, string[]]> = {
    'bad-request': [403, REFUSAL_CAUSES],
    'bad-request-400': [400, REFUSAL_CAUSES],
    'method-not-allowed': [403, METHOD_CAUSE],
    'request-blocked': [403, WAF_CAUSE],
    'geo-blocked': [403, GEO_CAUSE],
    'origin-unreachable': [502, ORIGIN_CAUSES],
    'origin-timeout': [504, ORIGIN_CAUSES],
    'gateway-timeout': [504, ORIGIN_CAUSES],
  };
  it.each(OWN_ERROR_PAGE_NAMES)('%s: one diagnosis, CloudFront refused, its reason line quoted, the cause it names or else every cause', async (page) => {
    const [status, causes] = expected[page];
    const { status: answered, text } = await diagnose(await cloudFront({ ownErrorPage: page }));
    expect(answered).toBe(status);
    const reason = ownErrorReason(page);
    const quoted = reason ? ` ("${reason}")` : '';
    expect(text.startsWith(status >= 500 ? `CloudFront itself answered ${status}${quoted}: ` : `CloudFront itself refused the request (${status}${quoted}) before API Gateway saw it`)).toBe(true);
    for (const cause of causes) expect(text).toContain(cause);
  });

  it('a Host header set by a request script after signing: the distribution serves no such name, 403 "Bad request."', async () => {
    const distribution = await cloudFront({ alternateDomainNames: ['api.example.com'] });
    const setsHost = { listen: 'prerequest', script: { type: 'text/javascript', exec: [`pm.request.headers.upsert({ key: 'Host', value: '${apiGateway.domain}' });`] } };
    const before = apiGateway.requests.length;
    const { status, text } = await diagnose(distribution, [setsHost]);
    expect(status).toBe(403);
    expect(text.startsWith('CloudFront itself refused the request (403 ("Bad request.")) before API Gateway saw it')).toBe(true);
    expect(text).toContain(`The request carried the Host header ${apiGateway.domain}, which some other script or a folder/request header set`);
    expect(text).not.toContain('alternate domain names');
    expect(apiGateway.requests.length).toBe(before);
  });

  it('an origin that never answers: 504 once the origin response timeout passes', async () => {
    const { status, text } = await diagnose(await cloudFront({ originTimeoutMs: 500 }, silentOrigin.url));
    expect(status).toBe(504);
    expect(text).toContain('could not get an answer from the origin');
  });

  it('an origin that refuses the connection: 502', async () => {
    const { status, text } = await diagnose(await cloudFront({}, goneOrigin));
    expect(status).toBe(502);
    expect(text.startsWith(`CloudFront itself answered 502 ("CloudFront wasn't able to connect to the origin."): `)).toBe(true);
  });
});
