import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LONG_TERM_CREDENTIALS, startApiGateway, startCloudFront, TEMPORARY_CREDENTIALS, type ApiGatewayStandIn, type CloudFrontStandIn, type StackCredential } from '../stack';
import { collectionWith, distScript, runNewman, type Variables } from '../support/newman';
import { generatedItems, literalHostItems, randomItems, REQUEST_VARIABLES } from './generatedRequests';

/**
 * The built dist/sigv4-prerequest.js, in real newman, signs a generated collection that the
 * API Gateway stand-in (verifying with @smithy/signature-v4 from the bytes it received) must
 * accept in full: direct, through CloudFront with an origin path, for a signing host with a
 * port, with extra signed headers, with and without a session token.
 */

// SIGV4_RANDOM_SEED draws another set, to explore; CI always draws the same one.
const RANDOM_SEED = Number(process.env.SIGV4_RANDOM_SEED) || 20261125;
const items = [...generatedItems(), ...randomItems(RANDOM_SEED, 40)];
let apiGateway: ApiGatewayStandIn;
let withOriginPath: CloudFrontStandIn;
let withPortedOrigin: CloudFrontStandIn;

beforeAll(async () => {
  apiGateway = await startApiGateway();
  withOriginPath = await startCloudFront({ origin: apiGateway, originPath: '/prod' });
  withPortedOrigin = await startCloudFront({ origin: apiGateway, originDomain: 'origin.internal.example:8443' });
});
afterAll(async () => {
  await withOriginPath?.close();
  await withPortedOrigin?.close();
  await apiGateway?.close();
});

function credentials(credential: StackCredential): Variables {
  const variables: Variables = { aws_access_key_id: credential.accessKeyId, aws_secret_access_key: credential.secretAccessKey };
  if (credential.sessionToken) variables.aws_session_token = credential.sessionToken;
  return variables;
}

interface Scenario {
  name: string;
  baseUrl: () => string;
  environment: () => Variables;
  /** The first request path API Gateway must see, proving where the request went. */
  pathPrefix: string;
  /** What API Gateway must find signed on the JSON POST. */
  signedHeaders: string[];
}

const SCENARIOS: Scenario[] = [
  { name: 'direct, long-term key, region given', baseUrl: () => apiGateway.url, environment: () => ({ ...credentials(LONG_TERM_CREDENTIALS), aws_region: 'us-east-1' }), pathPrefix: '/q/0', signedHeaders: ['host', 'x-amz-date'] },
  { name: 'direct, session token', baseUrl: () => apiGateway.url, environment: () => ({ ...credentials(TEMPORARY_CREDENTIALS), aws_region: 'us-east-1' }), pathPrefix: '/q/0', signedHeaders: ['host', 'x-amz-date', 'x-amz-security-token'] },
  {
    name: 'via CloudFront: signing host without port (region inferred), origin path /prod, session token',
    baseUrl: () => withOriginPath.url,
    environment: () => ({ ...credentials(TEMPORARY_CREDENTIALS), sigv4_signing_host: apiGateway.domain, sigv4_origin_path: '/prod' }),
    pathPrefix: '/prod/q/0',
    signedHeaders: ['host', 'x-amz-date', 'x-amz-security-token'],
  },
  {
    name: 'via CloudFront: signing host with a port',
    baseUrl: () => withPortedOrigin.url,
    environment: () => ({ ...credentials(LONG_TERM_CREDENTIALS), sigv4_signing_host: 'origin.internal.example:8443', aws_region: 'us-east-1' }),
    pathPrefix: '/q/0',
    signedHeaders: ['host', 'x-amz-date'],
  },
  {
    name: 'via CloudFront: sigv4_signed_headers content-type,x-api-key',
    baseUrl: () => withOriginPath.url,
    environment: () => ({ ...credentials(TEMPORARY_CREDENTIALS), sigv4_signing_host: apiGateway.domain, sigv4_origin_path: '/prod', sigv4_signed_headers: 'Content-Type, x-api-key' }),
    pathPrefix: '/prod/q/0',
    signedHeaders: ['content-type', 'host', 'x-amz-date', 'x-amz-security-token', 'x-api-key'],
  },
];

/** Every x-amz-* header API Gateway received, but CloudFront's own X-Amz-Cf-Id, must be signed (SPEC, "Signed headers"). */
function unsignedAmzHeaders(execution: any): string[] {
  const echo = JSON.parse(execution.response.stream.toString());
  return echo.headers
    .map(([name]: [string, string]) => name.toLowerCase())
    .filter((name: string) => name.indexOf('x-amz-') === 0 && name !== 'x-amz-cf-id' && echo.signedHeaders.indexOf(name) < 0)
    .map((name: string) => `${execution.item.name}: ${name}`);
}

describe(`dist/sigv4-prerequest.js signs a generated collection of ${items.length} requests (40 drawn from seed ${RANDOM_SEED}) x ${SCENARIOS.length} settings`, () => {
  for (const scenario of SCENARIOS) {
    it(`every request is accepted: ${scenario.name}`, async () => {
      const seenBefore = apiGateway.requests.length;
      const collection = collectionWith(items, { prerequest: distScript('sigv4-prerequest.js') }, {
        variable: Object.entries({ ...REQUEST_VARIABLES, baseUrl: scenario.baseUrl() }).map(([key, value]) => ({ key, value })),
        // An inherited auth type must not replace the signature.
        auth: { type: 'bearer', bearer: [{ key: 'token', value: 'inherited-bearer-token' }] },
      });
      const result = await runNewman({ collection, environment: scenario.environment() });

      expect(result.failures).toEqual([]);
      const rejected = (result.summary.run.executions as any[])
        .filter((execution) => execution.response.code !== 200)
        .map((execution) => `${execution.item.name}: ${execution.response.code} ${execution.response.stream.toString()}`);
      expect(rejected).toEqual([]);
      expect(result.codes).toHaveLength(items.length);
      const seen = apiGateway.requests.slice(seenBefore);
      expect(seen).toHaveLength(items.length);
      expect(seen[0].url.startsWith(scenario.pathPrefix)).toBe(true);
      expect((result.summary.run.executions as any[]).flatMap(unsignedAmzHeaders)).toEqual([]);
      const jsonPost = (result.summary.run.executions as any[]).find((execution) => execution.item.name === 'raw json POST');
      expect(JSON.parse(jsonPost.response.stream.toString()).signedHeaders).toEqual(scenario.signedHeaders);
    });
  }

  it('every request to a literal host is accepted, path variables holding ? and # included', async () => {
    const literal = literalHostItems(apiGateway.url);
    const result = await runNewman({ collection: collectionWith(literal, { prerequest: distScript('sigv4-prerequest.js') }), environment: { ...credentials(LONG_TERM_CREDENTIALS), aws_region: 'us-east-1' } });
    expect(result.failures).toEqual([]);
    expect(result.codes).toEqual(literal.map(() => 200));
    const paths = (result.summary.run.executions as any[]).map((execution) => JSON.parse(execution.response.stream.toString()).url);
    expect(paths.slice(0, 3)).toEqual(['/users/a?b=c', '/users/a', '/users/a/b%20c']);
  });
});
