import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LONG_TERM_CREDENTIALS, startApiGateway, TEMPORARY_CREDENTIALS, type ApiGatewayStandIn } from '../stack';
import { collectionWith, distScript, runNewman, runNewmanCli, type Variables } from '../support/newman';

/**
 * Bad input, through the newman CLI as users run it: the request is not sent, newman exits
 * non-zero, and the failure names the variable and the fix. Then secrets, with debug on.
 */

let apiGateway: ApiGatewayStandIn;
beforeAll(async () => {
  apiGateway = await startApiGateway();
});
afterAll(async () => apiGateway?.close());

const KEYS: Variables = {
  aws_access_key_id: LONG_TERM_CREDENTIALS.accessKeyId,
  aws_secret_access_key: LONG_TERM_CREDENTIALS.secretAccessKey,
  aws_region: 'us-east-1',
};

function request(body?: object, method = 'POST') {
  return { name: 'the request', request: { method, url: '{{baseUrl}}/prod/items', header: [], ...(body ? { body } : {}) } };
}

interface BadInput {
  name: string;
  environment: Variables;
  item?: object;
  message: string;
}

const CASES: BadInput[] = [
  { name: 'access key id not set', environment: { ...KEYS, aws_access_key_id: undefined as unknown as string }, message: 'SigV4: aws_access_key_id is not set. Set it in the active environment (as a secret) or as a collection variable.' },
  { name: 'secret key empty', environment: { ...KEYS, aws_secret_access_key: '' }, message: 'SigV4: aws_secret_access_key is not set. Set it in the active environment (as a secret) or as a collection variable.' },
  { name: 'secret key refers to an undefined variable', environment: { ...KEYS, aws_secret_access_key: '{{vault_secret}}' }, message: 'SigV4: aws_secret_access_key refers to {{vault_secret}}, which is not defined. Define vault_secret in the environment or the collection variables.' },
  { name: 'secret key with a space inside', environment: { ...KEYS, aws_secret_access_key: 'abc def' }, message: 'SigV4: aws_secret_access_key contains a space or line break; copy it again without surrounding whitespace. Copy the secret access key again.' },
  { name: 'region cannot be inferred', environment: { ...KEYS, aws_region: '' }, message: 'SigV4: aws_region is not set, and the signing host 127.0.0.1:PORT names no region. Set aws_region to the API\'s region, e.g. us-east-1, or set sigv4_signing_host to the API Gateway host, which names it.' },
  { name: 'region with a stray letter', environment: { ...KEYS, aws_region: 'ap-northeast-1x' }, message: 'SigV4: aws_region "ap-northeast-1x" is not a region name like us-east-1. Set it to the API\'s region, e.g. us-east-1.' },
  { name: 'region without its number', environment: { ...KEYS, aws_region: 'us-east' }, message: 'SigV4: aws_region "us-east" is not a region name like us-east-1. Set it to the API\'s region, e.g. us-east-1.' },
  { name: 'signing host with a scheme', environment: { ...KEYS, sigv4_signing_host: 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com' }, message: 'SigV4: sigv4_signing_host must be a host name only, without a scheme or path: set it to a1b2c3d4e5.execute-api.us-east-1.amazonaws.com.' },
  { name: 'signing host with a path', environment: { ...KEYS, sigv4_signing_host: 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/prod/' }, message: 'SigV4: sigv4_signing_host must be a host name only, without a scheme or path: set it to a1b2c3d4e5.execute-api.us-east-1.amazonaws.com, and sigv4_origin_path to /prod if CloudFront\'s origin path is /prod.' },
  { name: 'origin path without a leading slash', environment: { ...KEYS, sigv4_origin_path: 'prod' }, message: 'SigV4: sigv4_origin_path "prod" must start with "/". Set it to CloudFront\'s origin path as shown in the distribution\'s origin settings, e.g. /prod.' },
  { name: 'origin path that is only a slash', environment: { ...KEYS, sigv4_origin_path: '/' }, message: 'SigV4: sigv4_origin_path "/" is not an origin path. Leave it empty, or set it to CloudFront\'s origin path as shown in the distribution\'s origin settings, e.g. /prod.' },
  { name: 'origin path with a trailing slash', environment: { ...KEYS, sigv4_origin_path: '/prod/' }, message: 'SigV4: sigv4_origin_path "/prod/" must not end with "/" (CloudFront refuses such an origin path).' },
  { name: 'a file body', environment: KEYS, item: request({ mode: 'file', file: { src: 'upload.bin' } }), message: 'SigV4: The request has a file body, which a Postman script cannot read, so its hash cannot be signed. Send the content as a raw body, or set sigv4_unsigned_payload to true if the service accepts UNSIGNED-PAYLOAD (S3 does; API Gateway does not).' },
  { name: 'a formdata file field', environment: KEYS, item: request({ mode: 'formdata', formdata: [{ key: 'f', type: 'file', src: 'upload.bin' }] }), message: 'SigV4: The request has a formdata file field, which a Postman script cannot read' },
  { name: 'a signed header that proxies change', environment: { ...KEYS, sigv4_signed_headers: 'content-type,User-Agent' }, message: 'SigV4: sigv4_signed_headers names user-agent, which Postman, CloudFront or API Gateway change on the way, so its signature can never match. Remove user-agent from sigv4_signed_headers.' },
  { name: 'a boolean that is not one', environment: { ...KEYS, sigv4_debug: 'yes please' }, message: 'SigV4: sigv4_debug is "yes please", which is not a boolean. Set it to true or false.' },
  { name: 'an origin path CloudFront may re-encode', environment: { ...KEYS, sigv4_origin_path: '/my stage' }, message: 'SigV4: sigv4_origin_path "/my stage" contains " ", which CloudFront may re-encode before API Gateway sees it.' },
  {
    name: 'a signed header set twice in different case',
    environment: KEYS,
    item: { name: 'the request', request: { method: 'GET', url: '{{baseUrl}}/prod/items', header: [{ key: 'X-Amz-Meta-A', value: 'one' }, { key: 'x-amz-meta-a', value: 'two' }] } },
    message: 'SigV4: The request sets the signed header X-Amz-Meta-A twice, also as x-amz-meta-a; Postman sends only one of them. Keep a single spelling.',
  },
  {
    name: 'a signed header value outside ASCII',
    environment: KEYS,
    item: { name: 'the request', request: { method: 'GET', url: '{{baseUrl}}/prod/items', header: [{ key: 'X-Amz-Meta-Name', value: 'café' }] } },
    message: 'SigV4: The signed header X-Amz-Meta-Name holds characters outside printable ASCII, whose bytes on the wire vary. Percent-encode the value, or stop signing the header.',
  },
  {
    name: 'a urlencoded field with half a surrogate pair',
    environment: KEYS,
    item: request({ mode: 'urlencoded', urlencoded: [{ key: 'k', value: 'a\ud83d€' }] }),
    message: 'SigV4: The urlencoded field "k" holds a broken character (half of a UTF-16 pair). Retype the text.',
  },
  { name: 'a Host header on the request', environment: KEYS, item: { name: 'the request', request: { method: 'GET', url: '{{baseUrl}}/prod/items', header: [{ key: 'Host', value: 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com' }] } }, message: 'SigV4: The request sets a Host header (a1b2c3d4e5.execute-api.us-east-1.amazonaws.com). Postman sends it as is, so CloudFront cannot route the request. Remove the header and set sigv4_signing_host to a1b2c3d4e5.execute-api.us-east-1.amazonaws.com instead.' },
];

describe.concurrent('bad input: not sent, newman exits non-zero, the message names the variable and the fix', () => {
  for (const badInput of CASES) {
    it(badInput.name, async () => {
      const path = `/prod/${encodeURIComponent(badInput.name.replace(/ /g, '-'))}`;
      const item = JSON.parse(JSON.stringify(badInput.item || request({ mode: 'raw', raw: '{}' })).replace('/prod/items', path));
      const environment = Object.fromEntries(Object.entries({ ...badInput.environment, baseUrl: apiGateway.url }).filter(([, value]) => value !== undefined));
      const result = await runNewmanCli(collectionWith([item], { prerequest: distScript('sigv4-prerequest.js') }), { environment });

      expect(apiGateway.requests.filter((received) => received.url.startsWith(path))).toEqual([]);
      expect(result.exitCode).not.toBe(0);
      const report = JSON.parse(result.jsonReport);
      expect(report.run.failures).toHaveLength(1);
      expect(report.run.failures[0].error.test).toBe('SigV4 signing');
      expect(report.run.failures[0].error.message).toContain(badInput.message.replace('PORT', String(apiGateway.port)));
      expect(result.stdout).toContain('SigV4 signing');
    });
  }
});

describe('sandboxes and settings that change how a request goes out', () => {
  it('a sandbox without skipRequest (older Postman): the request is pointed nowhere instead of sent', async () => {
    const script = 'pm.execution.skipRequest = undefined;\n' + distScript('sigv4-prerequest.js');
    const result = await runNewman({ collection: collectionWith([request(undefined, 'GET')], { prerequest: script }), environment: { baseUrl: apiGateway.url, aws_region: 'us-east-1' } });
    expect(apiGateway.requests.filter((received) => received.url === '/prod/items' && received.method === 'GET')).toEqual([]);
    expect(result.failures[0]).toBe('SigV4 signing: SigV4: aws_access_key_id is not set. Set it in the active environment (as a secret) or as a collection variable, or set aws_credentials_url or aws_cognito_identity_pool_id to fetch temporary credentials.');
    expect(result.failures[1]).toMatch(/ENOTFOUND sigv4-signing-failed\.invalid/);
  });

  it('sigv4_skip sends the request unsigned, without a SigV4 signature left from an earlier run', async () => {
    const stale = [{ key: 'Authorization', value: 'AWS4-HMAC-SHA256 Credential=AKIA/20200101/us-east-1/execute-api/aws4_request, SignedHeaders=host, Signature=00' }, { key: 'X-Amz-Date', value: '20200101T000000Z' }];
    const item = { name: 'skipped', request: { method: 'GET', url: '{{baseUrl}}/prod/skipped', header: stale } };
    const result = await runNewman({ collection: collectionWith([item], { prerequest: distScript('sigv4-prerequest.js') }), environment: { ...KEYS, baseUrl: apiGateway.url, sigv4_skip: 'true' } });
    expect(result.codes).toEqual([403]);
    expect(JSON.parse((result.summary.run.executions as any[])[0].response.stream.toString())).toEqual({ message: 'Missing Authentication Token' });
    const received = apiGateway.requests.find((seen) => seen.url === '/prod/skipped');
    expect(received?.rawHeaders.map(([name]) => name.toLowerCase())).not.toContain('authorization');
    expect(result.console).toContain('SigV4: sigv4_skip is true: removed the SigV4 headers the request still carried, and sent it unsigned.');
  });
});

describe('secrets, with sigv4_debug=true', () => {
  const { accessKeyId, secretAccessKey, sessionToken } = TEMPORARY_CREDENTIALS;
  const token = sessionToken as string;
  const credentials = { aws_access_key_id: accessKeyId, aws_secret_access_key: secretAccessKey, aws_session_token: token };
  const items = () => [request({ mode: 'raw', raw: '{"a":1}' }), { name: 'a GET', request: { method: 'GET', url: '{{baseUrl}}/prod/items?x=1', header: [] } }];
  // Shows everything the scripts leave behind: the local variables they set.
  const showVariables = "console.log('kept:', pm.variables.get('sigv4_canonical_request'), pm.variables.get('sigv4_string_to_sign'));";
  const collection = () => collectionWith(items(), { prerequest: distScript('sigv4-prerequest.js'), test: showVariables });
  // The CLI wraps long console lines inside a box: search with the wrapping removed.
  const squash = (text: string) => text.replace(/[\s│'+]/g, '');

  function expectCleanOutput(result: { exitCode: number | null; stdout: string; stderr: string }): void {
    const output = squash(result.stdout + result.stderr);
    expect(result.exitCode).toBe(0);
    expect(output).toContain(squash('SigV4 canonical request:'));
    expect(output).toContain(squash('x-amz-security-token:<aws_session_token>'));
    expect(output).toContain(squash('kept:, POST'));
    expect(output).not.toContain(squash(secretAccessKey));
    expect(output).not.toContain(squash(token));
  }

  /** The report without the X-Amz-Security-Token header sent with each request (checked to be the token). */
  function withoutSentToken(jsonReport: string): any {
    const report = JSON.parse(jsonReport);
    for (const execution of report.run.executions) {
      const sent = execution.request.header.filter((header: { key: string }) => header.key === 'X-Amz-Security-Token');
      // system: the signer marks the headers it sets as its own (src/postman/headers.ts).
      expect(sent).toEqual([{ key: 'X-Amz-Security-Token', value: token, system: true }]);
      execution.request.header = execution.request.header.filter((header: { key: string }) => header.key !== 'X-Amz-Security-Token');
    }
    return report;
  }

  it('credentials in a data file: the secret key appears nowhere, the token only as the X-Amz-Security-Token header sent', async () => {
    const result = await runNewmanCli(collection(), {
      environment: { baseUrl: apiGateway.url, aws_region: 'us-east-1', sigv4_debug: 'true' },
      data: [credentials],
    });
    expectCleanOutput(result);
    expect(result.jsonReport).not.toContain(secretAccessKey);
    expect(JSON.stringify(withoutSentToken(result.jsonReport))).not.toContain(token);
  });

  it('credentials in the environment: the output is clean; the JSON report holds them only in the environment newman exports, and the token as sent', async () => {
    const result = await runNewmanCli(collection(), { environment: { ...credentials, baseUrl: apiGateway.url, aws_region: 'us-east-1', sigv4_debug: 'true' } });
    expectCleanOutput(result);
    const report = withoutSentToken(result.jsonReport);
    // newman's json reporter writes the environment it was given, secrets included (docs/ci.md, "Reports and what they hold").
    expect(report.environment.values.map((value: { key: string }) => value.key)).toEqual(expect.arrayContaining(Object.keys(credentials)));
    delete report.environment;
    const rest = JSON.stringify(report);
    expect(rest).not.toContain(secretAccessKey);
    expect(rest).not.toContain(token);
  });
});
