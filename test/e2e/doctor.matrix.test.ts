import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DoctorReport } from '../../src/cloudfront';
import { startApiGateway, TEMPORARY_CREDENTIALS, type ApiGatewayStandIn } from '../stack';
import { startCloudFrontApi, type CloudFrontApiStandIn } from '../stack/cloudFrontApi';
import { startDistribution } from '../stack/distributionDataPlane';
import type { AwsHome } from '../support/awsHome';
import { COLLECTION_FILE, diagnoses, firstSentence, gatewayMessage, MISMATCH_SENTENCE, readJson, runCollection, type RequestOutcome } from '../support/demoScenarios';
import { DOCTOR_PROFILE, doctorHome, loopbackAgent, runDoctor } from '../support/doctor';
import { API_DOMAIN, CUSTOM_DOMAIN, distributionOf, MATRIX, matrixAccount, type ApiName, type MatrixRow } from '../support/doctorMatrix';

/**
 * doctor's matrix: for each CloudFront configuration, `postman-sigv4 doctor --json` (the built
 * dist/cli.cjs) reads it from the control-plane stand-in, then the example collection runs in
 * newman through the data-plane stand-in started from the same configuration, with the
 * environment doctor wrote (--env) and the credentials added as --env-var. The rule, for each
 * request of the collection with doctor's verdict for its own URL and method: no error finding,
 * the request passes; an error finding, the request fails the way that finding says.
 *
 * Not yet rows: OAC in front of a Lambda function URL and a 403 custom error response (the data
 * plane gets those modes from the oac branch; distributionDataPlane.ts refuses them until then).
 * DOCTOR_MATRIX_TABLE=1 prints the matrix (configuration, verdict, outcome per request) at the end.
 */

const collection = readJson(COLLECTION_FILE);
const REQUESTS: Array<{ name: string; method: string; path: string }> = collection.item.map((item: any) => ({
  name: item.name,
  method: item.request.method,
  path: item.request.url.raw.replace('{{baseUrl}}', ''),
}));

/** What each error finding makes a request get, strongest first (the origin stops at the first). */
const MANIFESTATIONS: Array<[string, (outcome: RequestOutcome) => boolean]> = [
  ['host-forwarded', (outcome) => outcome.code === 403 && gatewayMessage(outcome.body) === 'Forbidden'],
  ['authorization-not-forwarded', (outcome) => outcome.code === 403 && gatewayMessage(outcome.body) === 'Missing Authentication Token'],
  ['signed-headers-not-forwarded', (outcome) => outcome.code === 403 && /'X-Amz-Date'/.test(gatewayMessage(outcome.body) ?? '')],
  ['query-strings-not-forwarded', (outcome) => isMismatch(outcome) && diagnoses(outcome).some((text) => /query parameters? .* did not reach/.test(text))],
];

const isMismatch = (outcome: RequestOutcome) => outcome.code === 403 && firstSentence(gatewayMessage(outcome.body) ?? '') === MISMATCH_SENTENCE;
const passed = (outcome: RequestOutcome) => outcome.code === 200 && outcome.failures.length === 0 && outcome.passedTests > 0;

/** How a request's outcome is summed up in the matrix: `pass`, or the status and the gist of the answer. */
function describe1(outcome: RequestOutcome): string {
  if (passed(outcome)) return 'pass';
  const message = gatewayMessage(outcome.body);
  if (isMismatch(outcome)) return `${outcome.code} signature mismatch${diagnoses(outcome).length ? ' (diagnosed)' : ''}`;
  return `${outcome.code} ${message ? `"${firstSentence(message)}"` : ''}`.trim();
}

const apis: Partial<Record<ApiName, ApiGatewayStandIn>> = {};
let controlPlane: CloudFrontApiStandIn;
let home: AwsHome;
let scratch: string;
const table: string[] = [];
/** Everything doctor printed, for the secrets test. */
const printed: string[] = [];

beforeAll(async () => {
  apis.staged = await startApiGateway({ stage: 'prod', hostNames: [API_DOMAIN] });
  apis.root = await startApiGateway({ hostNames: [API_DOMAIN] });
  apis.customDomain = await startApiGateway({ hostNames: [CUSTOM_DOMAIN] });
  controlPlane = await startCloudFrontApi({ account: matrixAccount() });
  home = doctorHome(TEMPORARY_CREDENTIALS, controlPlane.url);
  scratch = mkdtempSync(join(tmpdir(), 'postman-sigv4-doctor-'));
});

afterAll(async () => {
  for (const api of Object.values(apis)) await api?.close();
  await controlPlane?.close();
  home?.remove();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  if (table.length && process.env.DOCTOR_MATRIX_TABLE) process.stdout.write(['', '| configuration | doctor (GET /pets?type=dog&page=2) | newman, per request |', '| --- | --- | --- |', ...table, ''].join('\n'));
});

async function doctorFor(row: MatrixRow, baseUrl: string, request: { method: string; path: string }, envFile?: string): Promise<DoctorReport> {
  const args = [`${baseUrl}${request.path}`, '--profile', DOCTOR_PROFILE, '--json', '--method', request.method, ...(envFile ? ['--env', envFile] : [])];
  const run = await runDoctor(home, args);
  printed.push(run.stdout, run.stderr);
  expect(run.stderr.replace(/^postman-sigv4: (wrote|updated) .*\n/m, ''), row.name).toBe('');
  const report = JSON.parse(run.stdout) as DoctorReport;
  expect(run.code, `${row.name}: ${run.stdout}`).toBe(report.findings.some((finding) => finding.severity === 'error') ? 2 : 0);
  return report;
}

describe('doctor against newman, configuration by configuration', () => {
  it.each(MATRIX.map((row, index) => [row.name, row, index] as const))('%s', async (_name, row, index) => {
    const { domainName } = distributionOf(row, index);
    const api = apis[row.api] as ApiGatewayStandIn;
    const account = matrixAccount();
    const cloudFront = await startDistribution({ account, distributionId: account.distributions[index].id, origins: { [`${row.api}-origin`]: api.url } });
    try {
      const newmanBase = row.viaAlias ? `http://${row.viaAlias}:${cloudFront.port}` : cloudFront.url;
      const doctorBase = row.viaAlias ? newmanBase : `https://${domainName}`;
      const envFile = join(scratch, `row-${index}.postman_environment.json`);
      // The first request's run writes the environment; the others only judge their own URL and method.
      const first = await doctorFor(row, doctorBase, REQUESTS[0], envFile);
      const reports = [first, ...(await Promise.all(REQUESTS.slice(1).map((request) => doctorFor(row, doctorBase, request))))];
      expect(first.findings.map((finding) => `${finding.severity} ${finding.code}`)).toEqual(row.verdict);
      for (const report of reports) expect(report.variables, 'one environment serves every request').toEqual(first.variables);

      const written = readJson<{ values: Array<{ key: string; value: string }> }>(envFile);
      for (const [key, value] of Object.entries(first.variables)) expect(written.values.find((entry) => entry.key === key)?.value).toBe(value);
      const credentials = { aws_access_key_id: TEMPORARY_CREDENTIALS.accessKeyId, aws_secret_access_key: TEMPORARY_CREDENTIALS.secretAccessKey, aws_session_token: TEMPORARY_CREDENTIALS.sessionToken as string };
      const outcomes = await runCollection(collection, {}, undefined, {
        environment: envFile,
        envVar: Object.entries({ ...credentials, baseUrl: newmanBase }).map(([key, value]) => ({ key, value })),
        ...(row.viaAlias ? { requestAgents: { http: loopbackAgent([row.viaAlias]) } } : {}),
      });
      expect(outcomes.map((outcome) => outcome.name)).toEqual(REQUESTS.map((request) => request.name));

      outcomes.forEach((outcome, i) => {
        const report = reports[i];
        const errors = report.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.code);
        const label = `${row.name}: ${REQUESTS[i].method} ${REQUESTS[i].path} (doctor: ${errors.join(', ') || 'no error'}) got ${describe1(outcome)}`;
        if (errors.length === 0) {
          if (row.warned === 'path-mismatch') expect(isMismatch(outcome) && diagnoses(outcome).some((text) => /saw path /.test(text)), label).toBe(true);
          else expect(passed(outcome), label).toBe(true);
          return;
        }
        const strongest = MANIFESTATIONS.find(([code]) => errors.indexOf(code) >= 0);
        expect(strongest, `${label}: the test knows no manifestation of ${errors.join(', ')}`).toBeDefined();
        expect((strongest as (typeof MANIFESTATIONS)[number])[1](outcome), label).toBe(true);
      });

      const perRequest = outcomes.map((outcome, i) => `${REQUESTS[i].method} ${REQUESTS[i].path.split('?')[0]}: ${describe1(outcome)}`);
      table.push(`| ${row.name} | ${row.verdict.join(', ') || 'clean'} | ${perRequest.every((text) => text.endsWith(': pass')) ? 'all 5 pass' : perRequest.join('; ')} |`);
    } finally {
      await cloudFront.close();
    }
  }, 180_000);
});

describe('the secrets of the profile', () => {
  it('never appear in what doctor printed or wrote for any configuration', () => {
    expect(printed).toHaveLength(MATRIX.length * REQUESTS.length * 2);
    const written = readdirSync(scratch).map((name) => readFileSync(join(scratch, name), 'utf8'));
    expect(written).toHaveLength(MATRIX.length);
    for (const text of [...printed, ...written]) {
      for (const secret of [TEMPORARY_CREDENTIALS.secretAccessKey, TEMPORARY_CREDENTIALS.sessionToken as string]) expect(text).not.toContain(secret);
    }
  });
});
