import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOUDFRONT_OAC_CREDENTIALS, LONG_TERM_CREDENTIALS, TEMPORARY_CREDENTIALS } from './credentials';
import { startLambdaOacStack, type LambdaOacStack } from './index';
import { startSignedService, type SignedServiceName, type SignedServiceStandIn } from './signedService';
import { sendRaw, signRequest, type Pair } from './testClient';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const MISMATCH = {
  message: 'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
};

const services: Partial<Record<SignedServiceName, SignedServiceStandIn>> = {};
beforeAll(async () => {
  services.lambda = await startSignedService({ service: 'lambda', region: 'eu-central-1' });
  services.aoss = await startSignedService({ service: 'aoss' });
  services['vpc-lattice-svcs'] = await startSignedService({ service: 'vpc-lattice-svcs', region: 'us-west-2' });
});
afterAll(async () => {
  await Promise.all(Object.values(services).map((service) => service!.close()));
});

/** Signs with the AWS SDK signer for the service's host (as CloudFront would send it) and sends to the stand-in. */
async function send(name: SignedServiceName, options: { body?: string; headers?: Record<string, string>; credentials?: typeof LONG_TERM_CREDENTIALS; service?: string; extra?: Pair[] } = {}) {
  const service = services[name]!;
  const signed = await signRequest({
    method: 'POST',
    host: service.domain,
    path: '/items',
    headers: options.headers,
    body: options.body ?? '{"a":1}',
    credentials: options.credentials ?? LONG_TERM_CREDENTIALS,
    region: service.region,
    service: options.service ?? name,
  });
  const response = await sendRaw(service.port, { method: 'POST', target: '/items', headers: [...signed.headers, ...(options.extra ?? [])], body: options.body ?? '{"a":1}' });
  return { ...response, refusal: service.refusals[service.refusals.length - 1] };
}

describe('the Lambda function URL stand-in (auth type AWS_IAM)', () => {
  it('accepts a request signed for lambda over the body hash, with or without x-amz-content-sha256', async () => {
    expect((await send('lambda')).status).toBe(200);
    const withHash = await send('lambda', { headers: { 'x-amz-content-sha256': sha256('{"a":1}') } });
    expect(withHash.status).toBe(200);
    expect(JSON.parse(withHash.body).signedHeaders).toEqual(['host', 'x-amz-content-sha256', 'x-amz-date']);
  });

  it('refuses UNSIGNED-PAYLOAD and a hash of other bytes as a function URL does: 403, InvalidSignatureException, the bare message', async () => {
    for (const [value, reason] of [
      ['UNSIGNED-PAYLOAD', 'x-amz-content-sha256 is UNSIGNED-PAYLOAD, which Lambda does not support'],
      [sha256('other'), `x-amz-content-sha256 ${sha256('other')} is not the hash of the body received (${sha256('{"a":1}')})`],
    ]) {
      const response = await send('lambda', { headers: { 'x-amz-content-sha256': value } });
      expect(response.status).toBe(403);
      expect(response.headers['x-amzn-errortype']).toBe('InvalidSignatureException');
      expect(JSON.parse(response.body)).toEqual(MISMATCH);
      expect(response.refusal.reason).toBe(reason);
    }
  });

  it('a wrong secret, a wrong service in the scope, no signature', async () => {
    const wrongSecret = await send('lambda', { credentials: { ...LONG_TERM_CREDENTIALS, secretAccessKey: 'not-the-secret' } });
    expect([wrongSecret.status, wrongSecret.headers['x-amzn-errortype'], JSON.parse(wrongSecret.body)]).toEqual([403, 'InvalidSignatureException', MISMATCH]);
    const wrongService = await send('lambda', { service: 'execute-api' });
    expect(wrongService.status).toBe(403);
    expect(JSON.parse(wrongService.body).message).toBe("Credential should be scoped to correct service: 'lambda'. ");
    const unsigned = await sendRaw(services.lambda!.port, { method: 'GET', target: '/', headers: [['Host', services.lambda!.domain]] });
    expect([unsigned.status, unsigned.headers['x-amzn-errortype']]).toEqual([403, 'AccessDeniedException']);
    expect(JSON.parse(unsigned.body)).toEqual({ Message: 'Forbidden. For troubleshooting Function URL authorization issues, see: https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html' });
  });
});

describe('the aoss and VPC Lattice stand-ins enforce their x-amz-content-sha256 rule', () => {
  it('aoss: the body hash, sent and signed', async () => {
    expect((await send('aoss', { headers: { 'x-amz-content-sha256': sha256('{"a":1}') } })).status).toBe(200);
    expect((await send('aoss')).refusal.reason).toBe(`x-amz-content-sha256 is missing; aoss needs ${sha256('{"a":1}')}`);
    expect((await send('aoss', { extra: [['x-amz-content-sha256', sha256('{"a":1}')]] })).refusal.reason).toBe('x-amz-content-sha256 is not signed');
    const unsigned = await send('aoss', { headers: { 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' } });
    expect(unsigned.status).toBe(403);
    expect(unsigned.refusal.reason).toBe(`x-amz-content-sha256 is UNSIGNED-PAYLOAD; aoss needs ${sha256('{"a":1}')}`);
  });

  it('VPC Lattice: UNSIGNED-PAYLOAD, sent and signed, which is then the payload line', async () => {
    const accepted = await send('vpc-lattice-svcs', { headers: { 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' }, credentials: TEMPORARY_CREDENTIALS as typeof LONG_TERM_CREDENTIALS });
    expect(accepted.status).toBe(200);
    expect(JSON.parse(accepted.body).canonicalRequest.endsWith('\nUNSIGNED-PAYLOAD')).toBe(true);
    const hashed = await send('vpc-lattice-svcs', { headers: { 'x-amz-content-sha256': sha256('{"a":1}') } });
    expect(hashed.refusal.reason).toBe(`x-amz-content-sha256 is ${sha256('{"a":1}')}; vpc-lattice-svcs needs UNSIGNED-PAYLOAD`);
    expect((await send('vpc-lattice-svcs')).refusal.reason).toBe('x-amz-content-sha256 is missing; vpc-lattice-svcs needs UNSIGNED-PAYLOAD');
  });
});

describe('CloudFront origin access control in front of the function URL', () => {
  let always: LambdaOacStack;
  let noOverride: LambdaOacStack;
  beforeAll(async () => {
    always = await startLambdaOacStack({ signingBehavior: 'always', region: 'eu-central-1' });
    noOverride = await startLambdaOacStack({ signingBehavior: 'no-override', region: 'eu-central-1' });
  });
  afterAll(async () => {
    await always?.close();
    await noOverride?.close();
  });

  const post = (stack: LambdaOacStack, headers: Pair[], body = 'hello') =>
    sendRaw(stack.cloudFront.port, { method: 'POST', target: '/fn?x=1', headers: [['Host', `127.0.0.1:${stack.cloudFront.port}`], ...headers], body });
  const authorizationOf = (stack: LambdaOacStack) => stack.lambda.requests[stack.lambda.requests.length - 1].rawHeaders.filter(([name]) => name.toLowerCase() === 'authorization').map(([, value]) => value);

  it("signs with CloudFront's own credentials for service lambda, over the viewer's x-amz-content-sha256", async () => {
    const response = await post(always, [['x-amz-content-sha256', sha256('hello')]]);
    expect(response.status).toBe(200);
    const [authorization] = authorizationOf(always);
    expect(authorization).toMatch(new RegExp(`^AWS4-HMAC-SHA256 Credential=${CLOUDFRONT_OAC_CREDENTIALS.accessKeyId}/\\d{8}/eu-central-1/lambda/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token, `));
    // Without the viewer's hash the body fails; an empty body passes (CloudFront signs the empty body's hash).
    expect((await post(always, [])).status).toBe(403);
    expect((await post(always, [], '')).status).toBe(200);
  });

  it('always overwrites a viewer Authorization; no-override passes it along unsigned, and then the viewer must have signed for the function', async () => {
    const stale: Pair[] = [['Authorization', 'AWS4-HMAC-SHA256 Credential=AKIDSTALE/20000101/us-east-1/lambda/aws4_request, SignedHeaders=host, Signature=00'], ['x-amz-content-sha256', sha256('hello')]];
    expect((await post(always, stale)).status).toBe(200);
    expect(authorizationOf(always)[0]).toContain(`Credential=${CLOUDFRONT_OAC_CREDENTIALS.accessKeyId}/`);

    const passed = await post(noOverride, stale);
    expect(passed.status).toBe(403);
    expect(authorizationOf(noOverride)).toEqual([stale[0][1]]);
    expect((await post(noOverride, [['x-amz-content-sha256', sha256('hello')]])).status).toBe(200);

    // A viewer signature for the function URL's host passes with no-override.
    const signed = await signRequest({ method: 'POST', host: noOverride.lambda.domain, path: '/fn', query: { x: '1' }, body: 'hello', credentials: LONG_TERM_CREDENTIALS, region: 'eu-central-1', service: 'lambda' });
    const viewerSigned = await post(noOverride, signed.headers.filter(([name]) => name !== 'host'));
    expect(viewerSigned.status).toBe(200);
    expect(noOverride.lambda.acceptedByAccessKeyId[LONG_TERM_CREDENTIALS.accessKeyId]).toBe(1);
  });
});
