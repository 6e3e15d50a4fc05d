/**
 * npm run demo: the problem and the fix on the local stack. Runs the example collection in newman
 * straight to the API Gateway stand-in, then through the CloudFront stand-in signed for the
 * CloudFront host (the 403 mismatch, and the diagnosis naming the fix), then signed for the
 * origin host and origin path, then as a Cognito user with credentials from the identity pool
 * stand-in. Exits 0 only when all four behave as expected. Never prints a
 * secret or a session token: a mismatch body holds the token, so only its first sentence is shown.
 */
import type { CredentialStack } from '../test/stack';
import {
  DEMO_SCENARIOS,
  diagnoses,
  firstSentence,
  gatewayMessage,
  runScenario,
  startDemoStack,
  type ScenarioResult,
} from '../test/support/demoScenarios';
import { buildOutputs, staleOutputs } from './build';

const TIMEOUT_MS = 120_000;
const COLLECTION = 'collections/cloudfront-apigw.postman_collection.json';

/** The collection as `npm run build` makes it from src/ now, and a note when the committed files differ. */
async function freshCollection(): Promise<{ item: unknown[] }> {
  const outputs = await buildOutputs();
  const stale = staleOutputs(outputs);
  if (stale.length) console.log(`note: ${stale.join(', ')} differ from a fresh build of src/ (run npm run build); the demo uses the fresh build.\n`);
  const collection = outputs.get(COLLECTION);
  if (collection === undefined) throw new Error(`${COLLECTION} is missing`);
  return JSON.parse(collection);
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd()).join('\n');
}

/** For each scenario with a rejection: what API Gateway answered (first sentence) and the diagnosis. */
function explanations(results: ScenarioResult[]): string[] {
  const lines: string[] = [];
  results.forEach((result, index) => {
    const rejected = result.outcomes.find((outcome) => outcome.code !== 200);
    if (!rejected) return;
    const message = gatewayMessage(rejected.body);
    const answer = message === undefined ? '(not an API Gateway error body)' : `{"message":"${firstSentence(message)}${message === firstSentence(message) ? '' : ' ...'}"}`;
    lines.push(`Scenario ${index + 1}, "${rejected.name}": API Gateway answered ${rejected.code} ${answer}`);
    const diagnosis = diagnoses(rejected);
    lines.push(diagnosis.length ? `  SigV4 diagnosis: ${diagnosis.join(' | ')}` : '  (no SigV4 diagnosis test)');
  });
  return lines;
}

async function demo(onStack: (stack: CredentialStack) => void): Promise<boolean> {
  const collection = await freshCollection();
  const stack = await startDemoStack();
  onStack(stack);
  console.log(`postman-sigv4 demo: ${COLLECTION} (${collection.item.length} requests) in newman, with collections/local.postman_environment.json`);
  console.log(`  API Gateway stand-in: ${stack.apiGateway.url} (IAM auth, stage prod, domain ${stack.apiGateway.domain})`);
  console.log(`  CloudFront stand-in:  ${stack.cloudFront.url} (origin path /prod, Host rewritten to the origin domain)`);
  console.log(`  Cognito stand-ins:    user pool ${stack.config.userPoolId} at ${stack.userPool.url}, identity pool ${stack.config.identityPoolId} at ${stack.identityPool.url}\n`);
  const results: ScenarioResult[] = [];
  for (const scenario of DEMO_SCENARIOS) results.push(await runScenario(scenario, stack, collection, TIMEOUT_MS));
  const rows = results.map((result, index) => [`${index + 1}. ${result.scenario.name}`, result.scenario.expected, result.got, result.ok ? 'ok' : 'UNEXPECTED']);
  console.log(table([['scenario', 'expected', 'got', 'result'], ...rows]));
  console.log(['', ...explanations(results)].join('\n'));
  const ok = results.every((result) => result.ok);
  console.log(ok ? '\ndemo passed: signed for the CloudFront host it fails, signed for the origin host and path it passes, and so it does with the credentials of a Cognito user.' : '\ndemo FAILED: a scenario did not behave as expected.');
  return ok;
}

async function main(): Promise<number> {
  let stack: CredentialStack | undefined;
  const stop = async () => {
    if (stack) await stack.close();
  };
  const abort = (reason: string, code: number) => {
    console.error(`\ndemo: ${reason}; stopping the stack`);
    stop().finally(() => process.exit(code));
  };
  process.once('SIGINT', () => abort('SIGINT', 130));
  process.once('SIGTERM', () => abort('SIGTERM', 143));
  const timer = setTimeout(() => abort(`not done after ${TIMEOUT_MS / 1000} s`, 1), TIMEOUT_MS);
  try {
    return (await demo((started) => (stack = started))) ? 0 : 1;
  } finally {
    clearTimeout(timer);
    await stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
