import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LONG_TERM_CREDENTIALS, startApiGateway, TEMPORARY_CREDENTIALS, type ApiGatewayStandIn } from '../stack';
import { collectionWith, distScript, runNewman } from '../support/newman';

let apiGateway: ApiGatewayStandIn;
beforeAll(async () => {
  apiGateway = await startApiGateway();
});
afterAll(async () => apiGateway?.close());

it('pasted at collection, folder and request level, the script still sends one valid signature', async () => {
  const script = distScript('sigv4-prerequest.js').split('\n');
  const prerequest = { listen: 'prerequest', script: { type: 'text/javascript', exec: script } };
  const items = [
    {
      name: 'folder',
      event: [prerequest],
      item: [
        { name: 'json', event: [prerequest], request: { method: 'POST', url: `${apiGateway.url}/twice/{{$guid}}?t={{$timestamp}}`, body: { mode: 'raw', raw: '{"id":"{{$guid}}"}' } } },
        { name: 'form', event: [prerequest], request: { method: 'POST', url: `${apiGateway.url}/twice/form`, body: { mode: 'formdata', formdata: [{ key: 'a', value: '{{$guid}}', type: 'text' }] } } },
      ],
    },
  ];
  const { accessKeyId, secretAccessKey, sessionToken } = TEMPORARY_CREDENTIALS;
  const before = apiGateway.requests.length;
  const result = await runNewman({
    collection: collectionWith(items, { prerequest: script.join('\n') }),
    environment: { aws_access_key_id: accessKeyId, aws_secret_access_key: secretAccessKey, aws_session_token: sessionToken as string, aws_region: 'us-east-1' },
  });

  expect(result.failures).toEqual([]);
  expect(result.codes).toEqual([200, 200]);
  for (const received of apiGateway.requests.slice(before)) {
    const names = received.rawHeaders.map(([name]) => name.toLowerCase());
    for (const name of ['authorization', 'x-amz-date', 'x-amz-security-token', 'content-type']) {
      expect(names.filter((header) => header === name), name).toHaveLength(1);
    }
  }
});

describe('the bundle is evaluated once per newman run and kept on the sandbox crypto-js module', () => {
  const { accessKeyId, secretAccessKey } = LONG_TERM_CREDENTIALS;
  const environment = { aws_access_key_id: accessKeyId, aws_secret_access_key: secretAccessKey, aws_region: 'us-east-1' };
  const items = () => [1, 2, 3].map((i) => ({ name: `r${i}`, request: { method: 'POST', url: `${apiGateway.url}/reuse/${i}`, body: { mode: 'formdata', formdata: [{ key: 'i', value: String(i), type: 'text' }] } } }));
  const kept = "pm.test('kept once', () => pm.expect(Object.getOwnPropertyNames(require('crypto-js')).filter((name) => name.indexOf('postman-sigv4 prerequest ') === 0)).to.have.lengthOf(1));";

  it('keeps one entry, and every request signed by the kept bundle is accepted', async () => {
    const result = await runNewman({ collection: collectionWith(items(), { prerequest: distScript('sigv4-prerequest.js'), test: kept }), environment });
    expect(result.failures).toEqual([]);
    expect(result.codes).toEqual([200, 200, 200]);
    expect(result.summary.run.stats.assertions.total).toBe(3);
  });

  it('still signs every request where the module cannot keep it (frozen)', async () => {
    const script = "Object.freeze(require('crypto-js'));\n" + distScript('sigv4-prerequest.js');
    const notKept = kept.replace('lengthOf(1)', 'lengthOf(0)');
    const result = await runNewman({ collection: collectionWith(items(), { prerequest: script, test: notKept }), environment });
    expect(result.failures).toEqual([]);
    expect(result.codes).toEqual([200, 200, 200]);
  });
});
