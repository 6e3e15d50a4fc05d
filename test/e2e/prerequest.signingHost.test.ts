import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LONG_TERM_CREDENTIALS, startApiGateway, startCloudFront, type ApiGatewayStandIn, type CloudFrontStandIn } from '../stack';
import { collectionWith, distScript, runNewman } from '../support/newman';

/**
 * sigv4_signing_host with a default port, through the CloudFront stand-in, which (like
 * CloudFront) sends the origin domain without a port as Host: signing with ":443" would be
 * rejected, so the script signs the host alone and says so in debug output.
 */

let apiGateway: ApiGatewayStandIn;
let cloudFront: CloudFrontStandIn;
beforeAll(async () => {
  apiGateway = await startApiGateway();
  cloudFront = await startCloudFront({ origin: apiGateway });
});
afterAll(async () => {
  await cloudFront?.close();
  await apiGateway?.close();
});

describe('sigv4_signing_host with a default port, in newman through CloudFront', () => {
  for (const port of [443, 80]) {
    it(`:${port} is dropped before signing, and debug output says so`, async () => {
      const item = { name: 'x', request: { method: 'GET', url: '{{baseUrl}}/items' } };
      const result = await runNewman({
        collection: collectionWith([item], { prerequest: distScript('sigv4-prerequest.js') }),
        environment: {
          baseUrl: cloudFront.url,
          aws_access_key_id: LONG_TERM_CREDENTIALS.accessKeyId,
          aws_secret_access_key: LONG_TERM_CREDENTIALS.secretAccessKey,
          sigv4_signing_host: `${apiGateway.domain}:${port}`,
          sigv4_debug: 'true',
        },
      });
      expect(result.failures).toEqual([]);
      expect(result.codes).toEqual([200]);
      expect(result.console).toContain(`SigV4: sigv4_signing_host ${apiGateway.domain}:${port} names a default port, which the Host header API Gateway sees never carries: signed for ${apiGateway.domain}.`);
      expect(result.console).toContain(`SigV4: signed for host ${apiGateway.domain}; sent to ${new URL(cloudFront.url).host}.`);
    });
  }
});
