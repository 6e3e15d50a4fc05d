import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LONG_TERM_CREDENTIALS, startStack, type Stack } from '../stack';
import { collectionWith, distScript, runNewman } from '../support/newman';
import { generatedItems, REQUEST_VARIABLES } from './generatedRequests';

/**
 * The compact scripts (dist/*.compact.js: the readable ones minified; test/build.test.ts checks
 * that they are the same program), pasted line by line as the Postman app exports them, sign and
 * diagnose as the readable ones do.
 */
let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ apiGateway: { stage: 'prod' }, cloudFront: { originPath: '/prod' } });
});
afterAll(async () => stack?.close());

const items = generatedItems();
const keys = { aws_access_key_id: LONG_TERM_CREDENTIALS.accessKeyId, aws_secret_access_key: LONG_TERM_CREDENTIALS.secretAccessKey };
const collection = () =>
  collectionWith(items, { prerequest: distScript('sigv4-prerequest.compact.js'), test: distScript('sigv4-diagnose.compact.js') }, {
    variable: Object.entries({ ...REQUEST_VARIABLES, baseUrl: stack.cloudFront.url }).map(([key, value]) => ({ key, value })),
  });

describe('the compact scripts, pasted line by line', () => {
  it('are the readable ones in 4 lines (a banner, then one line of code), with the same title', () => {
    for (const name of ['sigv4-prerequest', 'sigv4-diagnose'] as const) {
      const compact = distScript(`${name}.compact.js`);
      const readable = distScript(`${name}.js`);
      expect(compact.trimEnd().split('\n')).toHaveLength(4);
      expect(compact.split('\n').slice(0, 2)).toEqual(readable.split('\n').slice(0, 2));
    }
  });

  it(`sign all ${items.length} generated requests for the origin through CloudFront`, async () => {
    const result = await runNewman({ collection: collection(), environment: { ...keys, sigv4_signing_host: stack.apiGateway.domain, sigv4_origin_path: '/prod' } });
    expect(result.failures).toEqual([]);
    expect(result.codes).toEqual(items.map(() => 200));
  });

  it('diagnose a request signed for the CloudFront host', async () => {
    const result = await runNewman({ collection: collectionWith([items[0]], { prerequest: distScript('sigv4-prerequest.compact.js'), test: distScript('sigv4-diagnose.compact.js') }, { variable: [{ key: 'baseUrl', value: stack.cloudFront.url }, ...Object.entries(REQUEST_VARIABLES).map(([key, value]) => ({ key, value }))] }), environment: { ...keys, aws_region: 'us-east-1' } });
    expect(result.codes).toEqual([403]);
    expect(result.failures.join('\n')).toContain(`set sigv4_signing_host to ${stack.apiGateway.domain}`);
  });
});
