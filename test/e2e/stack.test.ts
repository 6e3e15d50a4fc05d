import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAmzDate } from '../stack/amzDate';
import { DEFAULT_CREDENTIALS, startApiGateway, startCloudFront, type ApiGatewayStandIn, type CloudFrontOptions, type CloudFrontStandIn, type CredentialStack } from '../stack';
import {
  COLLECTION_FILE,
  DEMO_SCENARIOS,
  diagnoses,
  gatewayMessage,
  localEnvironment,
  MISMATCH_SENTENCE,
  readJson,
  runCollection,
  runScenario,
  startDemoStack,
  type RequestOutcome,
} from '../support/demoScenarios';
import type { Variables } from '../support/newman';

/**
 * collections/cloudfront-apigw.postman_collection.json (as built) in newman through the local
 * stack: the demo's scenarios and the ways CloudFront and API Gateway reject a request.
 */

const collection = readJson(COLLECTION_FILE);
/** The path API Gateway sees for each request of the collection, behind CloudFront's origin path /prod. */
const PATHS = ['/prod/pets', '/prod/pets', '/prod/pets/42', '/prod/graphql', '/prod/pets/42'];
/** The canonical query of each request of the collection. */
const QUERIES = ['page=2&type=dog', '', '', '', ''];
const TEN_MINUTES = 10 * 60 * 1000;

let stack: CredentialStack;
let skewedGateway: ApiGatewayStandIn;
const distributions: CloudFrontStandIn[] = [];

beforeAll(async () => {
  stack = await startDemoStack();
  skewedGateway = await startApiGateway({ stage: 'prod', clockOffsetMs: TEN_MINUTES });
});
afterAll(async () => {
  await Promise.all(distributions.map((distribution) => distribution.close()));
  await Promise.all([stack?.close(), skewedGateway?.close()]);
});

async function cloudFront(options: Omit<CloudFrontOptions, 'origin'>, origin: ApiGatewayStandIn = stack.apiGateway): Promise<string> {
  const distribution = await startCloudFront({ originPath: '/prod', ...options, origin });
  distributions.push(distribution);
  return distribution.url;
}

/** The local environment sending to baseUrl, signed for the origin host and path. */
function withFix(baseUrl: string, overrides: Variables = {}): Variables {
  return { ...localEnvironment(), baseUrl, sigv4_signing_host: stack.apiGateway.domain, sigv4_origin_path: '/prod', ...overrides };
}

function expectAllPass(outcomes: RequestOutcome[]): void {
  expect(outcomes.map((outcome) => outcome.code)).toEqual(PATHS.map(() => 200));
  expect(outcomes.flatMap((outcome) => outcome.failures)).toEqual([]);
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/**
 * API Gateway's mismatch body, byte for byte, for a request it received: the canonical request
 * of the origin host, the path it saw, the query it got and the local environment's temporary
 * credentials, and the string to sign over it.
 */
function mismatchBody(outcome: RequestOutcome, path: string, query: string, received: Buffer): string {
  const token = localEnvironment().aws_session_token;
  const canonical = [outcome.method, path, query, `host:${stack.apiGateway.domain}`, `x-amz-date:${outcome.amzDate}`, `x-amz-security-token:${token}`, '', 'host;x-amz-date;x-amz-security-token', sha256(received)].join('\n');
  const stringToSign = ['AWS4-HMAC-SHA256', outcome.amzDate, `${outcome.amzDate.slice(0, 8)}/us-east-1/execute-api/aws4_request`, sha256(canonical)].join('\n');
  const message =
    `${MISMATCH_SENTENCE} Check your AWS Secret Access Key and signing method. Consult the service documentation for details.\n\n` +
    `The Canonical String for this request should have been\n'${canonical}'\n\nThe String-to-Sign should have been\n'${stringToSign}'\n`;
  return JSON.stringify({ message });
}

/** The exact mismatch body for each outcome, taking the body bytes from what API Gateway recorded. */
function expectMismatches(outcomes: RequestOutcome[], queries: string[], received: Buffer[]): void {
  outcomes.forEach((outcome, index) => {
    expect(outcome.code).toBe(403);
    expect(outcome.body).toBe(mismatchBody(outcome, PATHS[index], queries[index], received[index]));
  });
}

/** The bodies of the last `count` requests API Gateway received. */
const lastBodies = (count: number) => stack.apiGateway.requests.slice(-count).map((request) => request.body);

function expectAllMismatch(outcomes: RequestOutcome[], diagnosis: string): void {
  expect(outcomes).toHaveLength(PATHS.length);
  expectMismatches(outcomes, QUERIES, lastBodies(PATHS.length));
  for (const outcome of outcomes) {
    expect(diagnoses(outcome)).toHaveLength(1);
    expect(diagnoses(outcome)[0]).toContain(diagnosis);
  }
}

describe('the demo scenarios', () => {
  it('1. straight to API Gateway: every request passes', async () => {
    const result = await runScenario(DEMO_SCENARIOS[0], stack, collection);
    expectAllPass(result.outcomes);
    expect(result.ok).toBe(true);
  });

  it('2. via CloudFront, signed for the CloudFront host: the mismatch 403, and the diagnosis names both fixes', async () => {
    const result = await runScenario(DEMO_SCENARIOS[1], stack, collection);
    expectAllMismatch(result.outcomes, `set sigv4_signing_host to ${stack.apiGateway.domain}`);
    for (const outcome of result.outcomes) expect(diagnoses(outcome)[0]).toContain('set sigv4_origin_path to /prod');
    expect(result.ok).toBe(true);
  });

  it('3. via CloudFront, signed for the origin host and origin path: every request passes', async () => {
    const result = await runScenario(DEMO_SCENARIOS[2], stack, collection);
    expectAllPass(result.outcomes);
    expect(result.ok).toBe(true);
  });
});

describe('through CloudFront', () => {
  it('origin path /prod: fails without sigv4_origin_path', async () => {
    const outcomes = await runCollection(collection, withFix(stack.cloudFront.url, { sigv4_origin_path: '' }));
    expectAllMismatch(outcomes, 'set sigv4_origin_path to /prod');
  });

  it('origin path /prod: passes with sigv4_origin_path', async () => {
    expectAllPass(await runCollection(collection, withFix(stack.cloudFront.url)));
  });

  it('a query allowlist that drops a parameter: 403 for the request that has it', async () => {
    const outcomes = await runCollection(collection, withFix(await cloudFront({ queryStrings: ['type'] })));
    expect(outcomes.map((outcome) => outcome.code)).toEqual([403, 200, 200, 200, 200]);
    expectMismatches(outcomes.slice(0, 1), ['type=dog'], lastBodies(PATHS.length).slice(0, 1));
    expect(diagnoses(outcomes[0])).toEqual([expect.stringContaining('query parameter page did not reach API Gateway')]);
  });

  it('Authorization stripped (not all viewer headers forwarded): Missing Authentication Token', async () => {
    const outcomes = await runCollection(collection, withFix(await cloudFront({ forwardAllViewerHeaders: false })));
    expect(outcomes.map((outcome) => [outcome.code, outcome.body])).toEqual(PATHS.map(() => [403, '{"message":"Missing Authentication Token"}']));
  });

  it("clock skew (API Gateway's clock 10 minutes ahead): Signature expired", async () => {
    const outcomes = await runCollection(collection, withFix(await cloudFront({}, skewedGateway)));
    expect(outcomes).toHaveLength(PATHS.length);
    for (const outcome of outcomes) {
      expect(outcome.code).toBe(403);
      const match = /^Signature expired: (\d{8}T\d{6}Z) is now earlier than (\d{8}T\d{6}Z) \((\d{8}T\d{6}Z) - 5 min\.\)$/.exec(gatewayMessage(outcome.body) || '');
      expect(match, outcome.body).not.toBeNull();
      const [signed, limit, now] = match!.slice(1).map((date) => parseAmzDate(date)!);
      expect(match![1]).toBe(outcome.amzDate);
      expect(now - limit).toBe(5 * 60 * 1000);
      expect(now - signed).toBeGreaterThanOrEqual(TEN_MINUTES);
      expect(now - signed).toBeLessThan(TEN_MINUTES + 10_000);
    }
  });

  it('a wrong secret key: mismatch with the right host and path, diagnosed as the secret', async () => {
    const outcomes = await runCollection(collection, withFix(stack.cloudFront.url, { aws_secret_access_key: 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbWRONGKEY000' }));
    expectAllMismatch(outcomes, 'the secret key is wrong');
  });
});

describe('npm run demo', () => {
  it('exits 0, prints the table and the diagnosis, and never a secret or a session token', async () => {
    const { code, output } = await npmRunDemo();
    expect(code, output).toBe(0);
    expect(output).toMatch(/^scenario +expected +got +result$/m);
    for (const [index, scenario] of DEMO_SCENARIOS.entries()) {
      expect(output).toMatch(new RegExp(`^${index + 1}\\. ${scenario.name.replace(/[.+()]/g, '\\$&')} .* ok$`, 'm'));
    }
    expect(output).toContain(`answered 403 {"message":"${MISMATCH_SENTENCE} ..."}`);
    expect(output).toContain(`SigV4 diagnosis: SigV4: The signature does not match: API Gateway saw host ${stack.apiGateway.domain}`);
    expect(output).toContain('demo passed');
    const compact = output.replace(/\s+/g, '');
    for (const credential of DEFAULT_CREDENTIALS) {
      for (const secret of [credential.secretAccessKey, credential.sessionToken || '']) {
        // Any 16 characters in a row of a secret count as printing it.
        for (let start = 0; start + 16 <= secret.length; start++) expect(compact).not.toContain(secret.slice(start, start + 16));
      }
    }
  }, 150_000);
});

async function npmRunDemo(): Promise<{ code: number; output: string }> {
  const options = { cwd: join(__dirname, '..', '..'), timeout: 140_000, maxBuffer: 10 * 1024 * 1024 };
  try {
    const { stdout, stderr } = await promisify(execFile)('npm', ['run', 'demo'], options);
    return { code: 0, output: stdout + stderr };
  } catch (error: any) {
    return { code: typeof error.code === 'number' ? error.code : -1, output: `${error.stdout || ''}${error.stderr || ''}` };
  }
}
