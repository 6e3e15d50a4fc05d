import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LONG_TERM_CREDENTIALS,
  startApiGateway,
  startCloudFront,
  startLambdaOacStack,
  startSignedService,
  TEMPORARY_CREDENTIALS,
  type ApiGatewayStandIn,
  type CloudFrontStandIn,
  type LambdaOacStack,
  type SignedServiceStandIn,
} from '../stack';
import { collectionWith, distScript, runNewman, type RunResult, type Variables } from '../support/newman';
import { generatedItems, randomItems, REQUEST_VARIABLES } from './generatedRequests';

/**
 * x-amz-content-sha256 in real newman with the built scripts: the services that need it (aoss,
 * VPC Lattice: stand-ins that verify with @smithy/signature-v4 and enforce their rule, behind the
 * CloudFront stand-in, which sends their host), and a header the user set on the request.
 */

const items = [...generatedItems(), ...randomItems(20261208, 20)];
let aoss: SignedServiceStandIn;
let lattice: SignedServiceStandIn;
let toAoss: CloudFrontStandIn;
let toLattice: CloudFrontStandIn;
let apiGateway: ApiGatewayStandIn;
let oac: LambdaOacStack;
let scratch: string;

beforeAll(async () => {
  aoss = await startSignedService({ service: 'aoss', region: 'eu-west-1' });
  lattice = await startSignedService({ service: 'vpc-lattice-svcs', region: 'us-west-2' });
  toAoss = await startCloudFront({ origin: aoss });
  toLattice = await startCloudFront({ origin: lattice });
  apiGateway = await startApiGateway();
  oac = await startLambdaOacStack();
  scratch = mkdtempSync(join(tmpdir(), 'postman-sigv4-content-sha256-'));
});
afterAll(async () => {
  await Promise.all([toAoss?.close(), toLattice?.close(), oac?.close()]);
  await Promise.all([aoss?.close(), lattice?.close(), apiGateway?.close()]);
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const { accessKeyId, secretAccessKey } = TEMPORARY_CREDENTIALS;
const keys: Variables = { aws_access_key_id: accessKeyId, aws_secret_access_key: secretAccessKey, aws_session_token: TEMPORARY_CREDENTIALS.sessionToken as string };
const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');
const PRE = { prerequest: distScript('sigv4-prerequest.js'), test: distScript('sigv4-diagnose.js') };

function generated(baseUrl: string, environment: Variables): Promise<RunResult> {
  const collection = collectionWith(items, PRE, { variable: Object.entries({ ...REQUEST_VARIABLES, baseUrl }).map(([key, value]) => ({ key, value })) });
  return runNewman({ collection, environment });
}

function rejected(result: RunResult): string[] {
  return (result.summary.run.executions as any[]).filter((execution) => execution.response.code !== 200).map((execution) => `${execution.item.name}: ${execution.response.code} ${execution.response.stream}`);
}

/** The x-amz-content-sha256 values each request went out with. */
function sentHashes(result: RunResult): string[][] {
  return (result.summary.run.executions as any[]).map((execution) =>
    (execution.request.headers.members as Array<{ key: string; value: string }>).filter((header) => header.key.toLowerCase() === 'x-amz-content-sha256').map((header) => header.value),
  );
}

describe(`services that need x-amz-content-sha256 when the viewer signs: ${items.length} generated requests each, region and service from the host alone`, () => {
  it('OpenSearch Serverless (aoss): the body hash, signed; every request accepted', async () => {
    const before = aoss.requests.length;
    const result = await generated(toAoss.url, { ...keys, sigv4_signing_host: aoss.domain });
    expect(result.failures).toEqual([]);
    expect(rejected(result)).toEqual([]);
    expect(aoss.requests.length - before).toBe(items.length);
    aoss.requests.slice(before).forEach((request, i) => expect(sentHashes(result)[i]).toEqual([sha256(request.body)]));
    expect(aoss.refusals).toEqual([]);
  });

  it('VPC Lattice (vpc-lattice-svcs): UNSIGNED-PAYLOAD, signed; every request accepted, a file body too', async () => {
    const file = join(scratch, 'upload.bin');
    writeFileSync(file, Buffer.from([0, 1, 2, 255, 254]));
    const withFile = [...items, { name: 'file body', request: { method: 'PUT', url: '{{baseUrl}}/file', body: { mode: 'file', file: { src: file } } } }];
    const before = lattice.requests.length;
    const collection = collectionWith(withFile, PRE, { variable: Object.entries({ ...REQUEST_VARIABLES, baseUrl: toLattice.url }).map(([key, value]) => ({ key, value })) });
    // No aws_region, no aws_service: the host billing-....vpc-lattice-svcs.us-west-2.on.aws names both.
    const result = await runNewman({ collection, environment: { ...keys, sigv4_signing_host: lattice.domain } });
    expect(result.failures).toEqual([]);
    expect(rejected(result)).toEqual([]);
    expect(lattice.requests.length - before).toBe(withFile.length);
    expect(sentHashes(result).every((values) => values.length === 1 && values[0] === 'UNSIGNED-PAYLOAD')).toBe(true);
    const echo = JSON.parse((result.summary.run.executions as any[])[withFile.length - 1].response.stream.toString());
    expect(echo.signedHeaders).toEqual(['host', 'x-amz-content-sha256', 'x-amz-date', 'x-amz-security-token']);
    expect(echo.bodySha256).toBe(sha256(Buffer.from([0, 1, 2, 255, 254])));
  });

  it("a request script that changes the body and runs the signer again: the script's own copy is replaced (not taken for the user's), one x-amz-content-sha256 on the wire", async () => {
    // The request script also adds a header holding a variable, so the second pass rebuilds the header list (freeze.ts) and the mark must survive it.
    const changesBody = ["pm.request.body.raw = '{\"changed\":\"{{$guid}}\"}';", "pm.request.headers.add({ key: 'X-Later', value: '{{inner}}' });"];
    const prerequest = { listen: 'prerequest', script: { type: 'text/javascript', exec: [...changesBody, ...distScript('sigv4-prerequest.js').split('\n')] } };
    const item = { name: 'twice', event: [prerequest], request: { method: 'POST', url: `${toAoss.url}/twice/{{$guid}}`, body: { mode: 'raw', raw: '{"id":"{{$guid}}"}' } } };
    const before = aoss.requests.length;
    const result = await runNewman({ collection: collectionWith([item], PRE, { variable: [{ key: 'inner', value: 'later' }] }), environment: { ...keys, sigv4_signing_host: aoss.domain } });
    expect(result.failures).toEqual([]);
    expect(result.codes).toEqual([200]);
    const received = aoss.requests[before];
    expect(received.body.toString()).toMatch(/^\{"changed":"[0-9a-f-]{36}"\}$/);
    expect(sentHashes(result)).toEqual([[sha256(received.body)]]);
  });
});

describe('an X-Amz-Content-Sha256 the user set on the request', () => {
  const body = '{"order":42,"note":"ü €"}';
  const own = (value: string, url: string, extra: object = {}) => ({
    name: `own ${value}`,
    request: { method: 'POST', url, header: [{ key: 'X-Amz-Content-Sha256', value }], body: { mode: 'raw', raw: body, options: { raw: { language: 'json' } } }, ...extra },
  });

  it('the body hash: kept once, signed, and accepted (API Gateway), also when the script runs twice', async () => {
    const prerequest = { listen: 'prerequest', script: { type: 'text/javascript', exec: distScript('sigv4-prerequest.js').split('\n') } };
    const items = [own(sha256(body), `${apiGateway.url}/own`), { ...own(sha256(body), `${apiGateway.url}/own-twice`), event: [prerequest] }];
    const { accessKeyId: id, secretAccessKey: secret } = LONG_TERM_CREDENTIALS;
    const result = await runNewman({ collection: collectionWith(items, PRE), environment: { aws_access_key_id: id, aws_secret_access_key: secret, aws_region: 'us-east-1' } });
    expect(result.failures).toEqual([]);
    expect(result.codes).toEqual([200, 200]);
    expect(sentHashes(result)).toEqual([[sha256(body)], [sha256(body)]]);
    for (const execution of result.summary.run.executions as any[]) {
      expect(JSON.parse(execution.response.stream.toString()).signedHeaders).toEqual(['host', 'x-amz-content-sha256', 'x-amz-date']);
    }
  });

  it('UNSIGNED-PAYLOAD: kept and signed; VPC Lattice accepts it, and the body need not be readable', async () => {
    const file = join(scratch, 'own-unsigned.bin');
    writeFileSync(file, 'file content');
    const item = { name: 'own unsigned, file body', request: { method: 'PUT', url: `${toLattice.url}/own`, header: [{ key: 'X-Amz-Content-Sha256', value: 'UNSIGNED-PAYLOAD' }], body: { mode: 'file', file: { src: file } } } };
    const result = await runNewman({ collection: collectionWith([item], PRE), environment: { ...keys, sigv4_signing_host: lattice.domain } });
    expect(result.failures).toEqual([]);
    expect(result.codes).toEqual([200]);
    expect(sentHashes(result)).toEqual([['UNSIGNED-PAYLOAD']]);
  });

  it('UNSIGNED-PAYLOAD with sigv4_cloudfront_oac: kept, the function URL refuses it, and the diagnosis says which hash was sent', async () => {
    const result = await runNewman({ collection: collectionWith([own('UNSIGNED-PAYLOAD', `${oac.cloudFront.url}/own`)], PRE), environment: { sigv4_cloudfront_oac: 'true' } });
    expect(result.codes).toEqual([403]);
    expect(sentHashes(result)).toEqual([['UNSIGNED-PAYLOAD']]);
    expect(result.failures).toEqual([
      'SigV4 diagnosis: SigV4: Through CloudFront, the Lambda function URL refused the signature without saying what differed (InvalidSignatureException, no canonical string). sigv4_cloudfront_oac is true and the request sent x-amz-content-sha256: UNSIGNED-PAYLOAD, which Lambda refuses: remove the request\'s own X-Amz-Content-Sha256 header and clear sigv4_unsigned_payload, so that the script sends the body\'s SHA-256.',
    ]);
  });

  it('the body hash with sigv4_cloudfront_oac: kept, and the function URL accepts CloudFront\'s signature', async () => {
    const result = await runNewman({ collection: collectionWith([own(sha256(body), `${oac.cloudFront.url}/own`)], PRE), environment: { sigv4_cloudfront_oac: 'true' } });
    expect(result.failures).toEqual([]);
    expect(result.codes).toEqual([200]);
    expect(sentHashes(result)).toEqual([[sha256(body)]]);
  });

  it('a wrong hash stops the request, saying why, in header mode and with sigv4_cloudfront_oac', async () => {
    const wrong = sha256('another body');
    const before = apiGateway.requests.length + oac.lambda.requests.length;
    const signed = await runNewman({ collection: collectionWith([own(wrong, `${apiGateway.url}/own`)], PRE), environment: { ...keys, aws_region: 'us-east-1' } });
    expect(signed.codes).toEqual([]);
    expect(signed.failures).toEqual([
      `SigV4 signing: SigV4: The request's own X-Amz-Content-Sha256 header is "${wrong}", which is neither the SHA-256 of the body as sent (${sha256(body)}) nor UNSIGNED-PAYLOAD, so AWS would refuse it. Remove the header (the script sets it where the service needs it), or set it to the body's SHA-256 in lowercase hex.`,
    ]);
    const withOac = await runNewman({ collection: collectionWith([own(wrong, `${oac.cloudFront.url}/own`)], PRE), environment: { sigv4_cloudfront_oac: 'true' } });
    expect(withOac.codes).toEqual([]);
    expect(withOac.failures).toEqual([
      `SigV4 signing: SigV4: The request's own X-Amz-Content-Sha256 header is "${wrong}", which is neither the SHA-256 of the body as sent (${sha256(body)}) nor UNSIGNED-PAYLOAD, so the function URL would refuse CloudFront's signature. Remove the header (with sigv4_cloudfront_oac true the script sends the body's hash), or correct it.`,
    ]);
    expect(apiGateway.requests.length + oac.lambda.requests.length).toBe(before);
  });
});
