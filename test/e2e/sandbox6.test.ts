import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LONG_TERM_CREDENTIALS, startApiGateway, startCloudFront, TEMPORARY_CREDENTIALS, type ApiGatewayStandIn, type CloudFrontStandIn } from '../stack';
import { appScripts, PACKAGE_NAME, runForEach, sendAsSigned } from '../support/appScripts';
import { openSandbox, type SandboxRun } from '../support/sandbox6';
import { generatedItems, randomItems, REQUEST_VARIABLES } from './generatedRequests';

/**
 * The app's engine (postman-sandbox 6.7.4) runs the pasted dist/sigv4-prerequest.js and the
 * package's prerequest(pm) over the generated requests; each request, as the script left it, is
 * then sent to the API Gateway stand-in, which verifies its signature with @smithy/signature-v4.
 */

const items = [...generatedItems(), ...randomItems(20261202, 10)];
const BODY_MODES = ['raw', 'urlencoded', 'graphql', 'formdata'];
let apiGateway: ApiGatewayStandIn;
let cloudFront: CloudFrontStandIn;

beforeAll(async () => {
  apiGateway = await startApiGateway();
  cloudFront = await startCloudFront({ origin: apiGateway, originPath: '/prod' });
});
afterAll(async () => {
  await cloudFront?.close();
  await apiGateway?.close();
});

const staticKeys = { aws_access_key_id: LONG_TERM_CREDENTIALS.accessKeyId, aws_secret_access_key: LONG_TERM_CREDENTIALS.secretAccessKey, aws_region: 'us-east-1' };
const temporaryKeys = {
  aws_access_key_id: TEMPORARY_CREDENTIALS.accessKeyId,
  aws_secret_access_key: TEMPORARY_CREDENTIALS.secretAccessKey,
  aws_session_token: TEMPORARY_CREDENTIALS.sessionToken as string,
};

describe('the generated requests cover every body mode a script can sign', () => {
  it(`${items.length} requests, body modes ${BODY_MODES.join(', ')} and none`, () => {
    const modes = new Set(items.map((item) => (item.request.body as { mode?: string } | undefined)?.mode ?? 'none'));
    expect([...modes].sort()).toEqual([...BODY_MODES, 'none'].sort());
    expect(items.length).toBeGreaterThanOrEqual(20);
  });
});

for (const script of appScripts('prerequest')) {
  describe(`postman-sandbox 6.7.4, ${script.name}`, () => {
    let sandbox: SandboxRun;
    beforeAll(async () => {
      sandbox = await openSandbox();
    });
    afterAll(() => sandbox?.dispose());

    const scenarios = [
      { name: 'static long-term keys, direct', baseUrl: () => apiGateway.url, environment: () => staticKeys, signedHeaders: ['host', 'x-amz-date'] },
      {
        name: 'static keys with a session token, via CloudFront with an origin path',
        baseUrl: () => cloudFront.url,
        environment: () => ({ ...temporaryKeys, sigv4_signing_host: apiGateway.domain, sigv4_origin_path: '/prod' }),
        signedHeaders: ['host', 'x-amz-date', 'x-amz-security-token'],
      },
    ];
    for (const scenario of scenarios) {
      it(`every request is signed, sent as left, and accepted: ${scenario.name}`, async () => {
        const collection = { ...REQUEST_VARIABLES, baseUrl: scenario.baseUrl() };
        const signed = await runForEach(sandbox, script, items, { variables: { collection, environment: scenario.environment() } });

        const notSigned = signed.filter(({ result }) => result.skipped || result.errors.length || result.tests.length).map(({ item, result }) => `${item.name}: ${JSON.stringify(result)}`);
        expect(notSigned).toEqual([]);
        const sent = await sendAsSigned(signed, collection);
        expect(sent.failures).toEqual([]);
        const rejected = (sent.summary.run.executions as any[])
          .filter((execution) => execution.response.code !== 200)
          .map((execution) => `${execution.item.name}: ${execution.response.code} ${execution.response.stream.toString()}`);
        expect(rejected).toEqual([]);
        expect(sent.codes).toHaveLength(items.length);
        const jsonPost = (sent.summary.run.executions as any[]).find((execution) => execution.item.name === 'raw json POST');
        expect(JSON.parse(jsonPost.response.stream.toString()).signedHeaders).toEqual(scenario.signedHeaders);
      });
    }

    it('a file body is not sent, with the signing test saying why', async () => {
      const result = await sandbox.run({
        script: script.script,
        packages: script.packages,
        request: { method: 'POST', url: `${apiGateway.url}/file`, body: { mode: 'file', file: { src: '/tmp/upload.bin' } } },
        variables: { environment: staticKeys },
      });
      expect(result.skipped).toBe(true);
      expect(result.tests).toHaveLength(1);
      expect(result.tests[0]).toMatchObject({ name: 'SigV4 signing', passed: false });
      expect(result.tests[0].error).toMatch(/^SigV4: .*file/);
    });

    it('a missing secret key stops the request and names the variable', async () => {
      const result = await sandbox.run({
        script: script.script,
        packages: script.packages,
        request: { method: 'GET', url: `${apiGateway.url}/x` },
        variables: { environment: { aws_access_key_id: LONG_TERM_CREDENTIALS.accessKeyId, aws_region: 'us-east-1' } },
      });
      expect(result.skipped).toBe(true);
      expect(result.tests.map((test) => test.name)).toEqual(['SigV4 signing']);
      expect(result.tests[0].error).toContain('aws_secret_access_key');
    });

    it('debug lines go to the console and never hold the secret key or the session token', async () => {
      const result = await sandbox.run({
        script: script.script,
        packages: script.packages,
        request: { method: 'POST', url: `${cloudFront.url}/debug`, body: { mode: 'raw', raw: 'x' } },
        variables: { environment: { ...temporaryKeys, sigv4_signing_host: apiGateway.domain, sigv4_origin_path: '/prod', sigv4_debug: 'true' } },
      });
      expect(result.console.some((line) => line.startsWith('SigV4 canonical request:\nPOST\n/prod/debug'))).toBe(true);
      const output = JSON.stringify([result.console, result.tests, result.localVariables]);
      expect(output).not.toContain(TEMPORARY_CREDENTIALS.secretAccessKey);
      expect(output).not.toContain(TEMPORARY_CREDENTIALS.sessionToken);
    });
  });
}

describe('postman-sandbox 6.7.4: the diagnosis, pasted and as a package', () => {
  let sandbox: SandboxRun;
  beforeAll(async () => {
    sandbox = await openSandbox();
  });
  afterAll(() => sandbox?.dispose());

  it('both name the signing host API Gateway saw for a request signed for the CloudFront host', async () => {
    const [pastedPrerequest] = appScripts('prerequest');
    const signed = await runForEach(sandbox, pastedPrerequest, [{ name: 'via CloudFront, signed for its host', request: { method: 'GET', url: `${cloudFront.url}/pets` } }], {
      variables: { environment: { ...staticKeys, sigv4_origin_path: '/prod' } },
    });
    const sent = await sendAsSigned(signed, {});
    const response = sent.summary.run.executions[0].response as any;
    expect(response.code).toBe(403);
    const answer = { code: 403, headers: { 'Content-Type': 'application/json' }, body: response.stream.toString() };

    const diagnoses = [];
    for (const script of appScripts('diagnose')) {
      diagnoses.push(await sandbox.run({ script: script.script, packages: script.packages, listen: 'test', request: signed[0].result.request, response: answer, variables: { local: signed[0].result.localVariables } }));
    }
    for (const diagnosis of diagnoses) {
      expect(diagnosis.errors).toEqual([]);
      expect(diagnosis.tests).toHaveLength(1);
      expect(diagnosis.tests[0]).toMatchObject({ name: 'SigV4 diagnosis', passed: false });
      expect(diagnosis.tests[0].error).toContain(`set sigv4_signing_host to ${apiGateway.domain}`);
    }
    expect(diagnoses[1].tests).toEqual(diagnoses[0].tests);
  });
});

describe(`postman-sandbox 6.7.4: what a package loaded by pm.require('${PACKAGE_NAME}') sees`, () => {
  let sandbox: SandboxRun;
  beforeAll(async () => {
    sandbox = await openSandbox();
  });
  afterAll(() => sandbox?.dispose());

  // The package's design rests on these: pm passed in, console and require('crypto-js') free.
  it('no free pm, but a console and the sandbox crypto-js', async () => {
    const probe = [
      'module.exports = function (given) {',
      '  var freePm = typeof pm;',
      '  console.log("console works in a package");',
      '  given.test("probe", function () { throw new Error([freePm, typeof console, typeof require("crypto-js").HmacSHA256].join(" ")); });',
      '};',
    ].join('\n');
    const result = await sandbox.run({ script: "pm.require('npm:probe@1.0.0')(pm);", packages: { 'npm:probe@1.0.0': probe }, request: { method: 'GET', url: 'http://127.0.0.1/' } });
    expect(result.tests).toEqual([{ name: 'probe', passed: false, error: 'undefined object function' }]);
    expect(result.console).toEqual(['console works in a package']);
  });
});
