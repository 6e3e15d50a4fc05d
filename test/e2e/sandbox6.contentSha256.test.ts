import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCloudFront, startLambdaOacStack, startSignedService, TEMPORARY_CREDENTIALS, type CloudFrontStandIn, type LambdaOacStack, type SignedServiceStandIn } from '../stack';
import { appScripts, runForEach, sendAsSigned, type SignedItem } from '../support/appScripts';
import { openSandbox, type RequestJson, type SandboxRun } from '../support/sandbox6';
import { generatedItems, randomItems, REQUEST_VARIABLES } from './generatedRequests';

/**
 * The app's engine (postman-sandbox 6.7.4) with the pasted script and the package: the mark the
 * script puts on its own x-amz-content-sha256 (postman-collection's `system` flag) survives the
 * hand-over from one pre-request script to the next, a user's own header is kept, and
 * sigv4_cloudfront_oac sends the generated requests with the body's hash and no signature; each
 * request, as the scripts left it, is then sent through the stand-ins, which verify with
 * @smithy/signature-v4.
 */

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
const keys = { aws_access_key_id: TEMPORARY_CREDENTIALS.accessKeyId, aws_secret_access_key: TEMPORARY_CREDENTIALS.secretAccessKey, aws_session_token: TEMPORARY_CREDENTIALS.sessionToken as string };
const hashesOf = (request: RequestJson) => ((request.header as Array<{ key: string; value: string }>) || []).filter((header) => header.key.toLowerCase() === 'x-amz-content-sha256');

let aoss: SignedServiceStandIn;
let toAoss: CloudFrontStandIn;
let oac: LambdaOacStack;

beforeAll(async () => {
  aoss = await startSignedService({ service: 'aoss', region: 'eu-west-1' });
  toAoss = await startCloudFront({ origin: aoss });
  oac = await startLambdaOacStack();
});
afterAll(async () => {
  await Promise.all([toAoss?.close(), oac?.close()]);
  await aoss?.close();
});

for (const script of appScripts('prerequest')) {
  describe(`postman-sandbox 6.7.4, ${script.name}`, () => {
    let sandbox: SandboxRun;
    beforeAll(async () => {
      sandbox = await openSandbox();
    });
    afterAll(() => sandbox?.dispose());

    it("run again after a script changed the body: the script's own copy is replaced, a user's own is kept", async () => {
      const environment = { ...keys, sigv4_signing_host: aoss.domain };
      const first = await sandbox.run({ script: script.script, packages: script.packages, request: { method: 'POST', url: `${toAoss.url}/twice`, body: { mode: 'raw', raw: 'first' } }, variables: { environment } });
      expect(hashesOf(first.request)).toEqual([{ key: 'X-Amz-Content-Sha256', value: sha256('first'), system: true }]);
      // What the runtime hands the next pre-request script: the request as JSON, with the body changed by a script in between.
      const changed = { ...first.request, body: { mode: 'raw', raw: 'second' } };
      const second = await sandbox.run({ script: script.script, packages: script.packages, request: changed, variables: { environment } });
      expect(second.tests).toEqual([]);
      expect(hashesOf(second.request)).toEqual([{ key: 'X-Amz-Content-Sha256', value: sha256('second'), system: true }]);

      const own = { method: 'POST', url: `${toAoss.url}/own`, header: [{ key: 'X-Amz-Content-Sha256', value: sha256('mine') }], body: { mode: 'raw', raw: 'mine' } };
      const ownFirst = await sandbox.run({ script: script.script, packages: script.packages, request: own, variables: { environment } });
      const ownSecond = await sandbox.run({ script: script.script, packages: script.packages, request: ownFirst.request, variables: { environment } });
      expect(hashesOf(ownSecond.request)).toEqual([{ key: 'X-Amz-Content-Sha256', value: sha256('mine') }]);

      const sent = await sendAsSigned(
        [second, ownSecond].map((result, i): SignedItem => ({ item: { name: `signed twice ${i}`, request: result.request }, result })),
        {},
      );
      expect(sent.failures).toEqual([]);
      expect(sent.codes).toEqual([200, 200]);
    });

    it('sigv4_cloudfront_oac, no credentials: the generated requests leave with the hash only, and the function URL accepts CloudFront\'s signature for each', async () => {
      const items = [...generatedItems(), ...randomItems(20261209, 10)];
      const collection = { ...REQUEST_VARIABLES, baseUrl: oac.cloudFront.url };
      const signed = await runForEach(sandbox, script, items, { variables: { collection, environment: { sigv4_cloudfront_oac: 'true' } } });
      const notPrepared = signed.filter(({ result }) => result.skipped || result.errors.length || result.tests.length).map(({ item, result }) => `${item.name}: ${JSON.stringify(result)}`);
      expect(notPrepared).toEqual([]);
      for (const { item, result } of signed) {
        const names = ((result.request.header as Array<{ key: string }>) || []).map((header) => header.key.toLowerCase());
        expect(names.filter((name) => ['authorization', 'x-amz-date', 'x-amz-security-token'].indexOf(name) >= 0), item.name).toEqual([]);
        expect(hashesOf(result.request), item.name).toHaveLength(1);
      }
      const before = oac.lambda.requests.length;
      const sent = await sendAsSigned(signed, collection);
      expect(sent.failures).toEqual([]);
      const rejected = (sent.summary.run.executions as any[]).filter((execution) => execution.response.code !== 200).map((execution) => `${execution.item.name}: ${execution.response.code}`);
      expect(rejected).toEqual([]);
      const received = oac.lambda.requests.slice(before);
      expect(received).toHaveLength(items.length);
      received.forEach((request, i) => expect(hashesOf(signed[i].result.request)[0].value).toBe(sha256(request.body)));
    });
  });
}
