import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOUDFRONT_OAC_CREDENTIALS, LONG_TERM_CREDENTIALS, startLambdaOacStack, type LambdaOacStack } from '../stack';
import { collectionWith, distScript, runNewman, type RunResult, type Variables } from '../support/newman';
import { generatedItems, randomItems, REQUEST_VARIABLES } from './generatedRequests';

/**
 * sigv4_cloudfront_oac through the CloudFront stand-in signing for a Lambda function URL with
 * origin access control (test/stack/originAccessControl.ts): the built scripts in real newman, the
 * generated requests (every body mode), no credentials at all. The function URL stand-in verifies
 * CloudFront's signature with @smithy/signature-v4 and refuses a payload hash that is not the body
 * it received. The control, the same requests signed by the viewer, fails for every body, and the
 * diagnosis names the setting.
 */

const items = [...generatedItems(), ...randomItems(20261207, 20)];
const stacks: Record<'always' | 'no-override', LambdaOacStack | undefined> = { always: undefined, 'no-override': undefined };

beforeAll(async () => {
  stacks.always = await startLambdaOacStack({ signingBehavior: 'always' });
  stacks['no-override'] = await startLambdaOacStack({ signingBehavior: 'no-override' });
});
afterAll(async () => {
  await stacks.always?.close();
  await stacks['no-override']?.close();
});

function run(stack: LambdaOacStack, environment: Variables): Promise<RunResult> {
  const collection = collectionWith(items, { prerequest: distScript('sigv4-prerequest.js'), test: distScript('sigv4-diagnose.js') }, {
    variable: Object.entries({ ...REQUEST_VARIABLES, baseUrl: stack.cloudFront.url }).map(([key, value]) => ({ key, value })),
    // An inherited auth type must not add an Authorization header (with no-override it would replace CloudFront's signature).
    auth: { type: 'bearer', bearer: [{ key: 'token', value: 'inherited-bearer-token' }] },
  });
  return runNewman({ collection, environment });
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const headerOf = (headers: Array<{ key: string; value: string }>, name: string) => headers.filter((header) => header.key.toLowerCase() === name).map((header) => header.value);

describe(`sigv4_cloudfront_oac=true, no credentials: ${items.length} generated requests through CloudFront OAC to a Lambda function URL`, () => {
  for (const behavior of ['always', 'no-override'] as const) {
    it(`signing behavior ${behavior}: every request accepted, signed by CloudFront only, each carrying the hash of the body as received`, async () => {
      const stack = stacks[behavior]!;
      const seenBefore = stack.lambda.requests.length;
      const result = await run(stack, { sigv4_cloudfront_oac: 'true' });

      expect(result.failures).toEqual([]);
      const rejected = (result.summary.run.executions as any[]).filter((execution) => execution.response.code !== 200).map((execution) => `${execution.item.name}: ${execution.response.code} ${execution.response.stream}`);
      expect(rejected).toEqual([]);
      expect(result.codes).toHaveLength(items.length);
      // Every request the function URL received was signed with CloudFront's own credentials.
      const received = stack.lambda.requests.slice(seenBefore);
      expect(received).toHaveLength(items.length);
      for (const request of received) expect(request.rawHeaders.find(([name]) => name.toLowerCase() === 'authorization')?.[1]).toContain(`Credential=${CLOUDFRONT_OAC_CREDENTIALS.accessKeyId}/`);
      // What newman sent: no signature of any kind, exactly one x-amz-content-sha256, the hash of the bytes the function received.
      (result.summary.run.executions as any[]).forEach((execution, i) => {
        const sent = execution.request.headers.members as Array<{ key: string; value: string }>;
        for (const name of ['authorization', 'x-amz-date', 'x-amz-security-token']) expect(headerOf(sent, name), `${execution.item.name}: ${name}`).toEqual([]);
        expect(headerOf(sent, 'x-amz-content-sha256'), execution.item.name).toEqual([sha256(received[i].body)]);
      });
    });
  }

  it('sigv4_debug says which credential variables go unused, never their values, and names the hash sent', async () => {
    const stack = stacks.always!;
    const { accessKeyId, secretAccessKey } = LONG_TERM_CREDENTIALS;
    const result = await run(stack, { sigv4_cloudfront_oac: 'true', sigv4_debug: 'true', aws_access_key_id: accessKeyId, aws_secret_access_key: secretAccessKey });
    expect(result.failures).toEqual([]);
    expect(result.codes.every((code) => code === 200)).toBe(true);
    const json = (result.summary.run.executions as any[]).findIndex((execution) => execution.item.name === 'raw json POST');
    const sentHash = headerOf((result.summary.run.executions as any[])[json].request.headers.members, 'x-amz-content-sha256')[0];
    expect(result.console).toContain(
      `SigV4: sigv4_cloudfront_oac is true: sent no signature, only x-amz-content-sha256: ${sentHash}; CloudFront's origin access control signs the origin request. Not used: aws_access_key_id, aws_secret_access_key (CloudFront signs with its own credentials).`,
    );
    for (const line of result.console) expect(line).not.toContain(secretAccessKey);
    expect(stack.lambda.acceptedByAccessKeyId[accessKeyId]).toBeUndefined();
  });

  it('a file body is not sent, with the signing test naming the setting', async () => {
    const stack = stacks.always!;
    const before = stack.lambda.requests.length;
    const file = { name: 'file body', request: { method: 'PUT', url: `${stack.cloudFront.url}/upload`, body: { mode: 'file', file: { src: '/tmp/does-not-matter.bin' } } } };
    const result = await runNewman({ collection: collectionWith([file], { prerequest: distScript('sigv4-prerequest.js') }), environment: { sigv4_cloudfront_oac: 'true' } });
    expect(result.codes).toEqual([]);
    expect(result.failures).toEqual([
      "SigV4 signing: SigV4: The request has a file body, which a Postman script cannot read, so it cannot send the body's SHA-256 in x-amz-content-sha256 for CloudFront's origin access control to sign (sigv4_cloudfront_oac is true). Send the content as a raw body; a Lambda function URL refuses UNSIGNED-PAYLOAD (only for an origin that accepts it, such as S3, set sigv4_unsigned_payload to true).",
    ]);
    expect(stack.lambda.requests.length).toBe(before);
  });

  it('a presigned location is refused with the setting, naming both', async () => {
    const stack = stacks.always!;
    const item = { name: 'query', request: { method: 'GET', url: `${stack.cloudFront.url}/q` } };
    const result = await runNewman({ collection: collectionWith([item], { prerequest: distScript('sigv4-prerequest.js') }), environment: { sigv4_cloudfront_oac: 'true', sigv4_auth_location: 'query' } });
    expect(result.codes).toEqual([]);
    expect(result.failures).toEqual([
      "SigV4 signing: SigV4: sigv4_auth_location is query, but sigv4_cloudfront_oac is true: CloudFront's origin access control signs the origin request, so there is nothing to presign. Clear one of the two.",
    ]);
  });
});

describe('control: the same requests signed by the viewer for the function URL, through OAC signing always', () => {
  it('every request with a body is refused (403 InvalidSignatureException, no canonical string) and the diagnosis names sigv4_cloudfront_oac; the others pass', async () => {
    const stack = stacks.always!;
    const seenBefore = stack.lambda.requests.length;
    const { accessKeyId, secretAccessKey } = LONG_TERM_CREDENTIALS;
    const result = await run(stack, { aws_access_key_id: accessKeyId, aws_secret_access_key: secretAccessKey, sigv4_signing_host: stack.lambda.domain });

    const received = stack.lambda.requests.slice(seenBefore);
    expect(received).toHaveLength(items.length);
    const executions = result.summary.run.executions as any[];
    const withBody = executions.filter((_, i) => received[i].body.length > 0);
    expect(withBody.length).toBeGreaterThanOrEqual(20);
    executions.forEach((execution, i) => {
      const expected = received[i].body.length > 0 ? 403 : 200;
      expect(execution.response.code, execution.item.name).toBe(expected);
      if (expected === 403) {
        expect(execution.response.headers.members.find((header: { key: string }) => header.key.toLowerCase() === 'x-amzn-errortype')?.value).toBe('InvalidSignatureException');
        expect(JSON.parse(execution.response.stream.toString())).toEqual({
          message: 'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
        });
      }
    });
    expect(result.failures).toHaveLength(withBody.length);
    for (const failure of result.failures) {
      expect(failure).toMatch(/^SigV4 diagnosis: SigV4: Through CloudFront, the Lambda function URL refused the signature without saying what differed/);
      expect(failure).toContain('set sigv4_cloudfront_oac to true');
    }
  });
});
