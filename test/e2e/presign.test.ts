import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LONG_TERM_CREDENTIALS, startApiGateway, startCloudFront, TEMPORARY_CREDENTIALS, type ApiGatewayStandIn, type CloudFrontStandIn } from '../stack';
import { credentialVariables } from '../cli/support';
import { collectionWith, distScript, runNewman, type Variables } from '../support/newman';

/**
 * sigv4_auth_location=query in real newman, through the CloudFront stand-in (origin path /prod,
 * Authorization stripped: a presigned request needs no header) to the API Gateway stand-in, which
 * verifies the query signature with @smithy/signature-v4.
 */

let apiGateway: ApiGatewayStandIn;
let aheadGateway: ApiGatewayStandIn;
let cloudFront: CloudFrontStandIn;
let aheadCloudFront: CloudFrontStandIn;
let forwardingCloudFront: CloudFrontStandIn;

beforeAll(async () => {
  apiGateway = await startApiGateway();
  // Two minutes ahead: a URL valid for 60 s has expired when it arrives.
  aheadGateway = await startApiGateway({ clockOffsetMs: 2 * 60 * 1000 });
  cloudFront = await startCloudFront({ origin: apiGateway, originPath: '/prod', forwardAllViewerHeaders: false });
  aheadCloudFront = await startCloudFront({ origin: aheadGateway, originPath: '/prod', forwardAllViewerHeaders: false });
  forwardingCloudFront = await startCloudFront({ origin: apiGateway, originPath: '/prod', forwardAllViewerHeaders: true });
});
afterAll(async () => {
  await cloudFront?.close();
  await aheadCloudFront?.close();
  await forwardingCloudFront?.close();
  await apiGateway?.close();
  await aheadGateway?.close();
});

const prerequest = () => distScript('sigv4-prerequest.js');
const diagnose = () => distScript('sigv4-diagnose.js');

function settings(gateway: ApiGatewayStandIn, extra: Variables = {}): Variables {
  return { ...credentialVariables(TEMPORARY_CREDENTIALS), sigv4_signing_host: gateway.domain, sigv4_origin_path: '/prod', sigv4_auth_location: 'query', ...extra };
}

const ECHO = "if (pm.response.code === 200) console.log('ECHO ' + JSON.stringify(pm.response.json()));";

function echoes(console: string[]): Array<{ query: string; headers: Array<[string, string]>; authMode: string; canonicalRequest: string; path: string }> {
  return console.filter((line) => line.startsWith('ECHO ')).map((line) => JSON.parse(line.slice(5)));
}

describe('presigned requests through CloudFront to API Gateway', () => {
  it('signs GET and POST in the URL, the body hash included, with no Authorization header', async () => {
    const items = [
      { name: 'get', request: { method: 'GET', url: `${cloudFront.url}/pets/ü 1?q=a+b&tag=x%2By&empty&dup=2&dup=1` } },
      {
        name: 'post',
        request: {
          method: 'POST',
          url: `${cloudFront.url}/pets`,
          header: [{ key: 'X-Api-Key', value: 'k  1' }],
          body: { mode: 'raw', raw: '{"name":"Zoë"}', options: { raw: { language: 'json' } } },
        },
      },
    ];
    const run = await runNewman({
      collection: collectionWith(items, { prerequest: prerequest(), test: ECHO }),
      environment: settings(apiGateway, { sigv4_signed_headers: 'content-type,x-api-key', sigv4_presign_expires: '300' }),
    });
    expect(run.failures).toEqual([]);
    expect(run.codes).toEqual([200, 200]);
    const [get, post] = echoes(run.console);
    for (const echo of [get, post]) {
      expect(echo.authMode).toBe('query');
      expect(echo.headers.map(([name]) => name.toLowerCase())).not.toContain('authorization');
      const names = echo.query.split('&').map((item) => item.split('=')[0]);
      expect(names.slice(-7)).toEqual(['X-Amz-Algorithm', 'X-Amz-Credential', 'X-Amz-Date', 'X-Amz-Expires', 'X-Amz-Security-Token', 'X-Amz-SignedHeaders', 'X-Amz-Signature']);
      expect(echo.query).toContain('X-Amz-Expires=300&');
    }
    // The request's own query goes first, exactly as newman sends it without the script.
    expect(get.query.startsWith('q=a+b&tag=x%2By&empty&dup=2&dup=1&X-Amz-Algorithm=AWS4-HMAC-SHA256&')).toBe(true);
    expect(get.path).toBe('/prod/pets/%C3%BC%201');
    expect(post.query).toContain('X-Amz-SignedHeaders=content-type%3Bhost%3Bx-api-key&');
    // API Gateway's verifier hashed the body: a presigned POST signs its body (see presignWire.ts).
    expect(post.canonicalRequest.split('\n').pop()).not.toBe('UNSIGNED-PAYLOAD');
  });

  it('replaces the parameters of an earlier signing when the script runs twice; the link is the request\'s URL, and sigv4_presigned_url has the token redacted', async () => {
    const event = [{ listen: 'prerequest', script: { type: 'text/javascript', exec: prerequest().split('\n') } }];
    const copy = "pm.environment.set('presigned', pm.request.url.toString()); console.log('VARIABLE ' + pm.variables.get('sigv4_presigned_url'));";
    const items = [
      { name: 'signed', item: [{ name: 'twice', event, request: { method: 'GET', url: `${cloudFront.url}/pets?page=1` } }], event },
      // No signer: the URL the test copied is sent as it is.
      { name: 'reuse', request: { method: 'GET', url: '{{presigned}}' } },
    ];
    const run = await runNewman({
      collection: collectionWith(items, { test: `${copy}\n${ECHO}` }),
      environment: settings(apiGateway),
    });
    expect(run.failures).toEqual([]);
    expect(run.codes).toEqual([200, 200]);
    const [first, reused] = echoes(run.console);
    expect(first.query.match(/X-Amz-Signature=/g)).toHaveLength(1);
    expect(first.query.match(/X-Amz-Date=/g)).toHaveLength(1);
    expect(reused.query).toBe(first.query);
    // The variable: the same URL, the session token as <aws_session_token>, as the canonical request has it.
    const kept = run.console.filter((line) => line.startsWith('VARIABLE ')).map((line) => line.slice(9));
    expect(kept).toHaveLength(2);
    // (The stand-in's echo shows the token it received as [redacted].)
    expect(kept[0]).toBe(`${cloudFront.url}/pets?${first.query.replace('X-Amz-Security-Token=[redacted]&', 'X-Amz-Security-Token=<aws_session_token>&')}`);
    expect(kept[0]).toContain('X-Amz-Security-Token=<aws_session_token>&');
    expect(kept.join('\n')).not.toContain(encodeURIComponent(TEMPORARY_CREDENTIALS.sessionToken!));
  });

  it('re-signs a presigned URL in the header when sigv4_auth_location is header, and sigv4_presigned_url is only ever the current request\'s', async () => {
    // Iteration 1 presigns "make" and copies its URL into "use"; iteration 2 signs in the header.
    // Kept, the copied X-Amz-* parameters would authenticate "use" twice, which AWS refuses.
    const copy = "if (pm.info.requestName === 'make' && pm.variables.get('sigv4_presigned_url')) pm.environment.set('presigned', pm.request.url.toString());";
    const report = "console.log('URL ' + pm.info.requestName + ' ' + pm.variables.get('sigv4_presigned_url'));";
    const items = [
      { name: 'make', request: { method: 'GET', url: `${forwardingCloudFront.url}/pets?page=1` } },
      { name: 'use', request: { method: 'GET', url: '{{presigned}}' } },
    ];
    const run = await runNewman({
      collection: collectionWith(items, { prerequest: prerequest(), test: `${copy}\n${report}\n${ECHO}` }),
      environment: settings(apiGateway, { sigv4_auth_location: '' }),
      newmanOptions: { iterationData: [{ sigv4_auth_location: 'query' }, { sigv4_auth_location: 'header' }] },
    });
    expect(run.failures).toEqual([]);
    expect(run.codes).toEqual([200, 200, 200, 200]);
    const [, usedPresigned, , usedInHeader] = echoes(run.console);
    expect(usedPresigned.authMode).toBe('query');
    expect(usedPresigned.query.match(/X-Amz-Signature=/g)).toHaveLength(1);
    expect(usedInHeader.authMode).toBe('header');
    expect(usedInHeader.query).toBe('page=1');
    expect(run.console.filter((line) => line.includes('removed the X-Amz-'))).toHaveLength(1);
    const urls = run.console.filter((line) => line.startsWith('URL ')).map((line) => line.slice(4));
    expect(urls.map((line) => line.replace(/ http:\/\/\S+X-Amz-Signature=\w+$/, ' <presigned>'))).toEqual(['make <presigned>', 'use <presigned>', 'make undefined', 'use undefined']);
  });

  it('gets API Gateway\'s "Signature expired" for a URL used after X-Amz-Expires, and the diagnosis says so', async () => {
    const run = await runNewman({
      collection: collectionWith([{ name: 'late', request: { method: 'GET', url: `${aheadCloudFront.url}/pets` } }], { prerequest: prerequest(), test: diagnose() }),
      environment: settings(aheadGateway, { sigv4_presign_expires: '60' }),
    });
    expect(run.codes).toEqual([403]);
    expect(run.failures).toEqual([expect.stringMatching(/^SigV4 diagnosis: SigV4: The presigned URL expired: it was signed at \d{8}T\d{6}Z for 60 seconds/)]);
    expect(run.failures[0]).toContain('sigv4_presign_expires');
  });

  it('tells which secret is wrong: the diagnosis compares the presigned canonical request', async () => {
    const run = await runNewman({
      collection: collectionWith([{ name: 'wrong', request: { method: 'GET', url: `${cloudFront.url}/pets?x=1` } }], { prerequest: prerequest(), test: diagnose() }),
      environment: settings(apiGateway, { aws_secret_access_key: 'not-the-secret' }),
    });
    expect(run.codes).toEqual([403]);
    expect(run.failures).toEqual([expect.stringMatching(/so the secret key is wrong/)]);
  });

  it.each([
    ['sigv4_presign_expires', '0', /sigv4_presign_expires is "0", which is not a whole number of seconds from 1 to 604800/],
    ['sigv4_presign_expires', '604801', /sigv4_presign_expires is "604801"/],
    ['sigv4_presign_expires', '1.5', /sigv4_presign_expires is "1.5"/],
    ['sigv4_auth_location', 'url', /sigv4_auth_location is "url", which is neither header nor query/],
  ])('refuses %s=%s and sends nothing', async (name, value, message) => {
    const before = apiGateway.requests.length;
    const run = await runNewman({
      collection: collectionWith([{ name: 'bad', request: { method: 'GET', url: `${cloudFront.url}/pets` } }], { prerequest: prerequest() }),
      environment: settings(apiGateway, { [name]: value }),
    });
    expect(run.failures).toEqual([expect.stringMatching(message)]);
    expect(run.codes).toEqual([]);
    expect(apiGateway.requests.length).toBe(before);
  });

  it('with debug on, shows the session token only as <aws_session_token> and never the secret', async () => {
    const run = await runNewman({
      collection: collectionWith([{ name: 'debug', request: { method: 'GET', url: `${cloudFront.url}/pets` } }], { prerequest: prerequest() }),
      environment: settings(apiGateway, { sigv4_debug: 'true' }),
    });
    expect(run.failures).toEqual([]);
    const output = run.console.join('\n');
    expect(output).toContain('SigV4 presigned URL (in sigv4_presigned_url):');
    expect(output).toContain('X-Amz-Security-Token=<aws_session_token>');
    expect(output).toContain('X-Amz-Security-Token=<aws_session_token>&X-Amz-SignedHeaders=host');
    for (const secret of [TEMPORARY_CREDENTIALS.secretAccessKey, TEMPORARY_CREDENTIALS.sessionToken!, encodeURIComponent(TEMPORARY_CREDENTIALS.sessionToken!)]) {
      expect(output).not.toContain(secret);
    }
  });

  it('header mode is unchanged beside it: long-term keys, Authorization header, no X-Amz-* in the URL', async () => {
    const run = await runNewman({
      collection: collectionWith([{ name: 'header', request: { method: 'GET', url: `${apiGateway.url}/pets?a=1` } }], { prerequest: prerequest(), test: ECHO }),
      environment: { ...credentialVariables(LONG_TERM_CREDENTIALS), aws_region: 'us-east-1', sigv4_presign_expires: '60' },
    });
    expect(run.failures).toEqual([]);
    const [echo] = echoes(run.console);
    expect(echo.authMode).toBe('header');
    expect(echo.query).toBe('a=1');
  });
});
