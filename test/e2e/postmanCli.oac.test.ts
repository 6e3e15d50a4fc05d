import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOUDFRONT_OAC_CREDENTIALS, LONG_TERM_CREDENTIALS, startLambdaOacStack, type LambdaOacStack } from '../stack';
import { collectionWith, distScript } from '../support/newman';
import { POSTMAN_CLI, runCollectionInPostmanCli } from '../support/postmanCli';
import { generatedItems, randomItems, REQUEST_VARIABLES } from './generatedRequests';

/**
 * sigv4_cloudfront_oac in the official Postman CLI (the app's runtime and sandbox): the generated
 * requests, every body mode, through CloudFront signing for a Lambda function URL with origin
 * access control, no credentials. The function URL stand-in verifies CloudFront's signature over
 * the hash the script sent; the control without the setting fails for the bodies.
 */
const items = [...generatedItems(), ...randomItems(20261210, 10)];
let stack: LambdaOacStack;
beforeAll(async () => {
  if (POSTMAN_CLI) stack = await startLambdaOacStack();
});
afterAll(async () => stack?.close());

function collection() {
  return collectionWith(items, { prerequest: distScript('sigv4-prerequest.js'), test: distScript('sigv4-diagnose.js') }, {
    variable: Object.entries({ ...REQUEST_VARIABLES, baseUrl: stack.cloudFront.url }).map(([key, value]) => ({ key, value })),
  });
}

describe.skipIf(!POSTMAN_CLI)('sigv4_cloudfront_oac in the Postman CLI (needs POSTMAN_CLI)', () => {
  it(`${items.length} generated requests, no credentials: every one accepted, signed by CloudFront alone`, async () => {
    const before = stack.lambda.requests.length;
    const acceptedBefore = stack.lambda.acceptedByAccessKeyId[CLOUDFRONT_OAC_CREDENTIALS.accessKeyId] ?? 0;
    const result = await runCollectionInPostmanCli(collection(), { sigv4_cloudfront_oac: 'true' });
    expect(result.output).not.toMatch(/SigV4 (signing|diagnosis)/);
    expect(stack.lambda.refusals).toEqual([]);
    expect(result.code).toBe(0);
    expect(stack.lambda.requests.length - before).toBe(items.length);
    expect(stack.lambda.acceptedByAccessKeyId[CLOUDFRONT_OAC_CREDENTIALS.accessKeyId] - acceptedBefore).toBe(items.length);
  });

  it('the control, signed by the viewer: the bodies are refused and the diagnosis names sigv4_cloudfront_oac', async () => {
    const { accessKeyId, secretAccessKey } = LONG_TERM_CREDENTIALS;
    const result = await runCollectionInPostmanCli(collection(), { aws_access_key_id: accessKeyId, aws_secret_access_key: secretAccessKey, sigv4_signing_host: stack.lambda.domain });
    expect(result.code).not.toBe(0);
    expect(result.output.replace(/\s+/g, ' ')).toContain('set sigv4_cloudfront_oac to true');
  });
});
