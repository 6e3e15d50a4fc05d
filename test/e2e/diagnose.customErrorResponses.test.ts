import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LONG_TERM_CREDENTIALS, startApiGateway, startCloudFront, startLambdaOacStack, type ApiGatewayStandIn, type CloudFrontOptions, type CloudFrontStandIn, type LambdaOacStack } from '../stack';
import { collectionWith, distScript, runNewman, type Variables } from '../support/newman';

/**
 * dist/sigv4-diagnose.js in real newman when the distribution's custom error responses replace
 * the origin's SigV4 403 with a page of its own (test/stack/customErrorResponses.ts): the diagnosis
 * says the reason is hidden and names the Error pages settings, whatever status the page comes
 * with; a real 200 from the origin, through the same distribution, gets no message.
 */

let apiGateway: ApiGatewayStandIn;
let oac: LambdaOacStack;
const distributions: CloudFrontStandIn[] = [];

beforeAll(async () => {
  apiGateway = await startApiGateway();
  oac = await startLambdaOacStack({ cloudFront: { customErrorResponses: [{ errorCode: 403, responseCode: 200, responsePagePath: '/index.html' }] } });
});
afterAll(async () => {
  await Promise.all(distributions.map((distribution) => distribution.close()));
  await Promise.all([apiGateway?.close(), oac?.close()]);
});

async function distribution(options: Omit<CloudFrontOptions, 'origin'>): Promise<CloudFrontStandIn> {
  const started = await startCloudFront({ ...options, origin: apiGateway, originPath: '/prod' });
  distributions.push(started);
  return started;
}

const keys = { aws_access_key_id: LONG_TERM_CREDENTIALS.accessKeyId, aws_secret_access_key: LONG_TERM_CREDENTIALS.secretAccessKey };
const SPA_403_TO_INDEX = [{ errorCode: 403, responseCode: 200, responsePagePath: '/index.html' }];
const PAGE_403 = [{ errorCode: 403, responsePagePath: '/errors/403.html' }, { errorCode: 400, responseCode: 400, responsePagePath: '/errors/400.html' }];

async function send(baseUrl: string, environment: Variables, method = 'POST') {
  const item = { name: 'through the distribution', request: { method, url: `${baseUrl}/pets`, header: [], ...(method === 'POST' ? { body: { mode: 'raw', raw: '{"name":"rex"}' } } : {}) } };
  const result = await runNewman({ collection: collectionWith([item], { prerequest: distScript('sigv4-prerequest.js'), test: distScript('sigv4-diagnose.js') }), environment });
  const execution = (result.summary.run.executions as any[])[0];
  return { result, status: result.codes[0], body: execution.response.stream.toString() as string };
}

const HIDDEN = /^SigV4 diagnosis: SigV4: CloudFront answered (\d+) with a page of the distribution's own instead of the origin's answer/;

describe("custom error responses replace the origin's SigV4 403", () => {
  it('403 replaced by the distribution\'s HTML page: the diagnosis says the reason is hidden and names the Error pages settings', async () => {
    const cloudFront = await distribution({ customErrorResponses: PAGE_403, errorPages: { '/errors/403.html': '<html><body><h1>Sorry, no access</h1></body></html>' } });
    // Signed for the CloudFront host: API Gateway refuses it with the mismatch 403, which the page hides.
    const { result, status, body } = await send(cloudFront.url, { ...keys, aws_region: 'us-east-1' });
    expect(status).toBe(403);
    expect(body).toContain('Sorry, no access');
    expect(apiGateway.requests.length).toBeGreaterThan(0);
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]).toMatch(HIDDEN);
    expect(result.failures[0]).toContain('CloudFront answered 403 with a page');
    expect(result.failures[0]).toContain("The distribution's Error pages settings (CustomErrorResponses) apply to every path");
    expect(result.failures[0]).toContain("To see the origin's own answer meanwhile, send the same request straight to the origin's own host");
    expect(result.failures[0]).not.toMatch(/Error from cloudfront/);
  });

  it('403 -> 200 /index.html (a single-page app on the same distribution): the diagnosis flags the 200 too', async () => {
    const cloudFront = await distribution({ customErrorResponses: SPA_403_TO_INDEX });
    const { result, status, body } = await send(cloudFront.url, { ...keys, aws_region: 'us-east-1' });
    expect(status).toBe(200);
    expect(body).toMatch(/^<!doctype html>/);
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]).toContain("CloudFront answered 200 with a page of the distribution's own instead of the origin's answer (its X-Cache header marks the answer as an error): a custom error response replaced it and turned the origin's error into 200");
  });

  it('a real 200 from the origin through the same distribution gets no message, nor does an unsigned request answered by the page', async () => {
    const cloudFront = await distribution({ customErrorResponses: SPA_403_TO_INDEX });
    const signedRight = await send(cloudFront.url, { ...keys, sigv4_signing_host: apiGateway.domain, sigv4_origin_path: '/prod' });
    expect(signedRight.status).toBe(200);
    expect(JSON.parse(signedRight.body).signedHeaders).toEqual(['host', 'x-amz-date']);
    expect(signedRight.result.failures).toEqual([]);
    // sigv4_skip: the request carries no signature of the script's, so the page may be the app's own answer.
    const unsigned = await send(cloudFront.url, { sigv4_skip: 'true' }, 'GET');
    expect(unsigned.status).toBe(200);
    expect(unsigned.body).toMatch(/^<!doctype html>/);
    expect(unsigned.result.failures).toEqual([]);
  });

  it('behind origin access control: the function URL\'s 403 turned into 200 /index.html is named too', async () => {
    // Without sigv4_cloudfront_oac the viewer sends no hash, so CloudFront's signature fails for the body.
    const { result, status } = await send(oac.cloudFront.url, { ...keys, sigv4_signing_host: oac.lambda.domain });
    expect(status).toBe(200);
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]).toMatch(HIDDEN);
    const fixed = await send(oac.cloudFront.url, { sigv4_cloudfront_oac: 'true' });
    expect(fixed.status).toBe(200);
    expect(JSON.parse(fixed.body).method).toBe('POST');
    expect(fixed.result.failures).toEqual([]);
  });
});
