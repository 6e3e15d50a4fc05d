/**
 * The example collection through the local stack, as `npm run demo` and the end-to-end tests run
 * it: the demo's three scenarios, and a runner that reports what each request got.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startCredentialStack, type CredentialStack } from '../stack';
import { sourceVariables } from './credentialRuns';
import { requestExecutions, runNewman, type Variables } from './newman';

const ROOT = join(__dirname, '..', '..');
export const COLLECTION_FILE = join(ROOT, 'collections', 'cloudfront-apigw.postman_collection.json');
export const LOCAL_ENVIRONMENT_FILE = join(ROOT, 'collections', 'local.postman_environment.json');

export const MISMATCH_SENTENCE = 'The request signature we calculated does not match the signature you provided.';
export const DIAGNOSIS_TEST = 'SigV4 diagnosis';

export interface RequestOutcome {
  name: string;
  method: string;
  code: number;
  /** The raw response body. A mismatch body holds the session token: never print it. */
  body: string;
  /** The X-Amz-Date the request was sent with. */
  amzDate: string;
  /** `test name: message` of each failed test. */
  failures: string[];
  passedTests: number;
}

export interface PostmanEnvironment {
  name: string;
  values: Array<{ key: string; value: string; type?: string; enabled?: boolean }>;
}

export function readJson<T = any>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** The enabled values of collections/local.postman_environment.json. */
export function localEnvironment(): Variables {
  const variables: Variables = {};
  for (const { key, value, enabled } of readJson<PostmanEnvironment>(LOCAL_ENVIRONMENT_FILE).values) {
    if (enabled !== false) variables[key] = value;
  }
  return variables;
}

/** Runs a collection in newman and reports each request that was sent; newman's own options (an environment file, envVar, ...) win. */
export async function runCollection(collection: object, environment: Variables, timeoutMs?: number, newmanOptions?: Record<string, unknown>): Promise<RequestOutcome[]> {
  const { summary } = await runNewman({ collection, environment, timeoutMs, newmanOptions });
  return requestExecutions(summary.run.executions as any[])
    .filter((execution: any) => execution.response)
    .map((execution: any) => {
      const assertions: any[] = execution.assertions || [];
      const failed = assertions.filter((assertion) => assertion.error);
      return {
        name: execution.item.name,
        method: execution.request.method,
        code: execution.response.code,
        body: execution.response.stream ? Buffer.from(execution.response.stream).toString('utf8') : '',
        amzDate: execution.request.headers.get('X-Amz-Date') || '',
        failures: failed.map((assertion) => `${assertion.assertion}: ${assertion.error.message}`),
        passedTests: assertions.length - failed.length,
      };
    });
}

/** The `message` of an API Gateway error body, or undefined for any other body. */
export function gatewayMessage(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body);
    return parsed && typeof parsed.message === 'string' && Object.keys(parsed).length === 1 ? parsed.message : undefined;
  } catch {
    return undefined;
  }
}

/** Up to and including the first ". " of the message: the part of a mismatch body without the token. */
export function firstSentence(message: string): string {
  const end = message.indexOf('. ');
  return end < 0 ? message : message.slice(0, end + 1);
}

/** The canonical string a mismatch body says API Gateway computed, or undefined. */
export function canonicalStringIn(body: string): string | undefined {
  const match = /The Canonical String for this request should have been\n'([\s\S]*?)'\n\nThe String-to-Sign/.exec(gatewayMessage(body) || '');
  return match ? match[1] : undefined;
}

export function diagnoses(outcome: RequestOutcome): string[] {
  return outcome.failures.filter((failure) => failure.indexOf(`${DIAGNOSIS_TEST}: `) === 0).map((failure) => failure.slice(DIAGNOSIS_TEST.length + 2));
}

const isMismatch = (outcome: RequestOutcome) =>
  outcome.code === 403 && firstSentence(gatewayMessage(outcome.body) || '') === MISMATCH_SENTENCE;

/** What a run got, honestly summed up: each distinct answer with its count, then the tests. */
export function describeOutcomes(outcomes: RequestOutcome[]): string {
  const counts = new Map<string, number>();
  for (const outcome of outcomes) {
    const message = gatewayMessage(outcome.body);
    const label = isMismatch(outcome) ? `${outcome.code} mismatch` : message ? `${outcome.code} "${firstSentence(message)}"` : String(outcome.code);
    counts.set(label, (counts.get(label) || 0) + 1);
  }
  const answers = Array.from(counts, ([label, count]) => `${label} x${count}`).join(', ') || 'no response';
  const failed = outcomes.reduce((sum, outcome) => sum + outcome.failures.length, 0);
  const passed = outcomes.reduce((sum, outcome) => sum + outcome.passedTests, 0);
  const diagnosed = outcomes.filter((outcome) => diagnoses(outcome).length > 0).length;
  return `${answers}; tests ${passed} passed, ${failed} failed` + (diagnosed ? `; diagnosed x${diagnosed}` : '');
}

/** The stack of the demo: API Gateway with stage prod behind CloudFront with origin path /prod. */
/** The API Gateway and CloudFront stand-ins, and the credential stand-ins (Cognito, STS, ...) beside them. */
export function startDemoStack(): Promise<CredentialStack> {
  return startCredentialStack({ apiGateway: { stage: 'prod' }, cloudFront: { originPath: '/prod' } });
}

export interface Scenario {
  name: string;
  expected: string;
  /** Overrides of the local environment. */
  variables(stack: CredentialStack): Variables;
  /** Whether the outcomes of every request of the collection are the expected ones. */
  passes(outcomes: RequestOutcome[], stack: CredentialStack, requestCount: number): boolean;
}

const allPass = (outcomes: RequestOutcome[], _stack: CredentialStack, requestCount: number) =>
  outcomes.length === requestCount && outcomes.every((outcome) => outcome.code === 200 && outcome.failures.length === 0 && outcome.passedTests > 0);

export const DEMO_SCENARIOS: Scenario[] = [
  {
    name: 'straight to API Gateway',
    expected: 'all 200, tests pass',
    variables: (stack) => ({ baseUrl: `${stack.apiGateway.url}/prod`, sigv4_signing_host: '', sigv4_origin_path: '' }),
    passes: allPass,
  },
  {
    name: 'via CloudFront, signed for the CloudFront host',
    expected: 'all 403 mismatch, diagnosed',
    variables: (stack) => ({ baseUrl: stack.cloudFront.url, sigv4_signing_host: '', sigv4_origin_path: '' }),
    passes: (outcomes, stack, requestCount) =>
      outcomes.length === requestCount &&
      outcomes.every((outcome) => {
        const diagnosis = diagnoses(outcome);
        const fixes = [`set sigv4_signing_host to ${stack.apiGateway.domain}`, 'set sigv4_origin_path to /prod'];
        return isMismatch(outcome) && diagnosis.length === 1 && fixes.every((fix) => diagnosis[0].includes(fix));
      }),
  },
  {
    name: 'via CloudFront, signed for the origin host + /prod',
    expected: 'all 200, tests pass',
    variables: (stack) => ({ baseUrl: stack.cloudFront.url, sigv4_signing_host: stack.apiGateway.domain, sigv4_origin_path: '/prod' }),
    passes: allPass,
  },
  {
    name: 'via CloudFront, as a Cognito user (the Amplify way)',
    expected: 'all 200, tests pass',
    variables: (stack) => ({
      baseUrl: stack.cloudFront.url,
      sigv4_signing_host: stack.apiGateway.domain,
      sigv4_origin_path: '/prod',
      // No static keys: the identity pool's credentials sign, fetched once for the run.
      aws_access_key_id: '',
      aws_secret_access_key: '',
      aws_session_token: '',
      ...sourceVariables(stack, 'cognito password'),
    }),
    passes: allPass,
  },
];

export interface ScenarioResult {
  scenario: Scenario;
  outcomes: RequestOutcome[];
  ok: boolean;
  got: string;
}

function requestCount(collection: { item: unknown[] }): number {
  return collection.item.length;
}

export async function runScenario(scenario: Scenario, stack: CredentialStack, collection: { item: unknown[] }, timeoutMs?: number): Promise<ScenarioResult> {
  const outcomes = await runCollection(collection, { ...localEnvironment(), ...scenario.variables(stack) }, timeoutMs);
  return { scenario, outcomes, ok: scenario.passes(outcomes, stack, requestCount(collection)), got: describeOutcomes(outcomes) };
}
