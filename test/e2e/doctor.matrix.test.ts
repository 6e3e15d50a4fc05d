import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DoctorReport, Finding } from '../../src/cloudfront';
import { CLOUDFRONT_OAC_CREDENTIALS, DEFAULT_CREDENTIALS, startApiGateway, startSignedService, TEMPORARY_CREDENTIALS, type ApiGatewayStandIn, type SignedServiceStandIn } from '../stack';
import { startCloudFrontApi, type CloudFrontApiStandIn } from '../stack/cloudFrontApi';
import { ownErrorReason } from '../stack/cloudFrontPages';
import { startDistribution } from '../stack/distributionDataPlane';
import type { AwsHome } from '../support/awsHome';
import { canonicalStringIn, COLLECTION_FILE, diagnoses, firstSentence, gatewayMessage, MISMATCH_SENTENCE, readJson, runCollection, type RequestOutcome } from '../support/demoScenarios';
import { DOCTOR_PROFILE, doctorHome, loopbackAgent, runDoctor } from '../support/doctor';
import { API_DOMAIN, CUSTOM_DOMAIN, distributionOf, FUNCTION_URL_REGION, MATRIX, matrixAccount, type MatrixRow, type OriginName } from '../support/doctorMatrix';

/**
 * doctor's matrix: for each CloudFront configuration, `postman-sigv4 doctor --json` (the built
 * dist/cli.cjs) reads it from the control-plane stand-in, then the example collection runs in
 * newman through the data-plane stand-in started from the same configuration, with the
 * environment doctor wrote (--env) and the credentials added as --env-var. The rule, for each
 * request of the collection with doctor's verdict for its own URL and method: no error finding,
 * the request passes; an error finding, the request fails the way that finding says, and when a
 * custom error response replaces the origin's answer of that status, the way that finding says:
 * its page and status, with the diagnosis naming the custom error response.
 *
 * Behind an origin access control that signs (OAC in front of the Lambda function URL stand-in,
 * which answers with the same JSON echo as the API Gateway stand-in, so the collection's checks hold
 * as they are), the collection runs with doctor's variables and no credentials at all; the control
 * runs it without sigv4_cloudfront_oac, with credentials.
 * DOCTOR_MATRIX_TABLE=1 prints the matrix (configuration, verdict, outcome per request) at the end.
 */

const collection = readJson(COLLECTION_FILE);
const REQUESTS: Array<{ name: string; method: string; path: string; hasBody: boolean }> = collection.item.map((item: any) => ({
  name: item.name,
  method: item.request.method,
  path: item.request.url.raw.replace('{{baseUrl}}', ''),
  hasBody: item.request.body !== undefined,
}));

interface Manifestation {
  code: string;
  /** The status the origin answers with (a custom error response for it replaces the answer); undefined: CloudFront answers itself. */
  originStatus?: number;
  seen: (outcome: RequestOutcome) => boolean;
}

/** What each error finding makes a request get, strongest first (CloudFront refuses before the origin, the origin stops at the first). */
const MANIFESTATIONS: Manifestation[] = [
  { code: 'method-not-allowed', seen: (outcome) => outcome.code === 403 && isMethodPage(outcome) && diagnoses(outcome).some((text) => /does not allow the request's method/.test(text)) },
  { code: 'host-forwarded', originStatus: 403, seen: (outcome) => outcome.code === 403 && gatewayMessage(outcome.body) === 'Forbidden' },
  { code: 'authorization-not-forwarded', originStatus: 403, seen: (outcome) => outcome.code === 403 && gatewayMessage(outcome.body) === 'Missing Authentication Token' },
  { code: 'signed-headers-not-forwarded', originStatus: 403, seen: (outcome) => outcome.code === 403 && /'X-Amz-Date'/.test(gatewayMessage(outcome.body) ?? '') },
  { code: 'query-strings-not-forwarded', originStatus: 403, seen: (outcome) => isMismatch(outcome) && diagnoses(outcome).some((text) => /query parameters? .* did not reach/.test(text)) },
];

const isMismatch = (outcome: RequestOutcome) => outcome.code === 403 && firstSentence(gatewayMessage(outcome.body) ?? '') === MISMATCH_SENTENCE;
const isMethodPage = (outcome: RequestOutcome) => outcome.body.indexOf(ownErrorReason('method-not-allowed') as string) >= 0;
const passed = (outcome: RequestOutcome) => outcome.code === 200 && outcome.failures.length === 0 && outcome.passedTests > 0;
const REPLACED_DIAGNOSIS = /a custom error response replaced it/;
const isReplaced = (outcome: RequestOutcome) => /^\s*<!doctype html/i.test(outcome.body) && diagnoses(outcome).some((text) => REPLACED_DIAGNOSIS.test(text));

/** The page and status an error finding says its 403 reaches the user as, behind a custom error response. */
function shownAs(finding: Finding): { page: string; status: number } | undefined {
  const said = /the origin's 403 reaches you as (\S+) with status (\d{3}) \(custom-error-response\)/.exec(finding.message);
  return said ? { page: said[1], status: Number(said[2]) } : undefined;
}

/** How a request's outcome is summed up in the matrix: `pass`, or the status and the gist of the answer. */
function describe1(outcome: RequestOutcome): string {
  if (passed(outcome)) return 'pass';
  const diagnosed = diagnoses(outcome).length ? ' (diagnosed)' : '';
  const message = gatewayMessage(outcome.body);
  if (isMismatch(outcome)) return `${outcome.code} signature mismatch${diagnosed}`;
  if (isMethodPage(outcome)) return `${outcome.code} CloudFront's page "not configured to allow the HTTP request method"${diagnosed}`;
  if (isReplaced(outcome)) return `${outcome.code} custom error page${diagnosed}`;
  return `${outcome.code} ${message ? `"${firstSentence(message)}"` : ''}`.trim();
}

const apis: Partial<Record<OriginName, ApiGatewayStandIn>> = {};
let functionUrl: SignedServiceStandIn;
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
  functionUrl = await startSignedService({ service: 'lambda', region: FUNCTION_URL_REGION, credentials: [CLOUDFRONT_OAC_CREDENTIALS, ...DEFAULT_CREDENTIALS] });
  controlPlane = await startCloudFrontApi({ account: matrixAccount() });
  home = doctorHome(TEMPORARY_CREDENTIALS, controlPlane.url);
  scratch = mkdtempSync(join(tmpdir(), 'postman-sigv4-doctor-'));
});

afterAll(async () => {
  for (const api of Object.values(apis)) await api?.close();
  await functionUrl?.close();
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

const CREDENTIALS = { aws_access_key_id: TEMPORARY_CREDENTIALS.accessKeyId, aws_secret_access_key: TEMPORARY_CREDENTIALS.secretAccessKey, aws_session_token: TEMPORARY_CREDENTIALS.sessionToken as string };
const errorCodes = (report: DoctorReport) => report.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.code);

/** The rule for one request: no error finding, it passes; else it fails as the strongest finding says, behind the custom error page that replaces that answer. */
function expectAsDoctorSays(row: MatrixRow, report: DoctorReport, outcome: RequestOutcome, label: string): void {
  const errors = errorCodes(report);
  if (errors.length === 0) {
    if (row.warned === 'path-mismatch') expect(isMismatch(outcome) && diagnoses(outcome).some((text) => /saw path /.test(text)), label).toBe(true);
    else expect(passed(outcome), label).toBe(true);
    return;
  }
  const strongest = MANIFESTATIONS.find((manifestation) => errors.indexOf(manifestation.code) >= 0);
  expect(strongest, `${label}: the test knows no manifestation of ${errors.join(', ')}`).toBeDefined();
  const { code, originStatus, seen } = strongest as Manifestation;
  const finding = report.findings.find((candidate) => candidate.code === code) as Finding;
  const replaced = shownAs(finding);
  // The finding says so exactly when a 403 custom error response is there to replace the origin's 403.
  const pageFor403 = report.findings.some((candidate) => candidate.code === 'custom-error-response' && /the origin's 403 answers/.test(candidate.message));
  expect(replaced !== undefined, `${label}: the finding names the page that replaces its 403`).toBe(pageFor403 && originStatus === 403);
  if (!replaced) {
    expect(seen(outcome), label).toBe(true);
    return;
  }
  expect(outcome.code, `${label}: the status the finding names`).toBe(replaced.status);
  expect(isReplaced(outcome), `${label}: the page of the custom error response, the diagnosis naming it`).toBe(true);
  expect(passed(outcome), label).toBe(false);
}

describe('doctor against newman, configuration by configuration', () => {
  it.each(MATRIX.map((row, index) => [row.name, row, index] as const))('%s', async (_name, row, index) => {
    const { domainName } = distributionOf(row, index);
    const origin = row.origin === 'functionUrl' ? functionUrl.url : (apis[row.origin] as ApiGatewayStandIn).url;
    const account = matrixAccount();
    const cloudFront = await startDistribution({ account, distributionId: account.distributions[index].id, origins: { [`${row.origin}-origin`]: origin } });
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
      // Behind an origin access control that signs, the user needs no credentials: the run gets none.
      const oac = first.variables.sigv4_cloudfront_oac === 'true';
      expect(oac, 'doctor sets sigv4_cloudfront_oac exactly for the rows with OAC').toBe(row.oac !== undefined);
      if (oac) expect(first.variables, 'behind OAC, nothing else to set').toEqual({ sigv4_cloudfront_oac: 'true' });
      const run = (variables: Record<string, string>) =>
        runCollection(collection, {}, undefined, {
          environment: envFile,
          envVar: Object.entries({ ...variables, baseUrl: newmanBase }).map(([key, value]) => ({ key, value })),
          ...(row.viaAlias ? { requestAgents: { http: loopbackAgent([row.viaAlias]) } } : {}),
        });
      const signedByCloudFront = functionUrl.acceptedByAccessKeyId[CLOUDFRONT_OAC_CREDENTIALS.accessKeyId] ?? 0;
      const outcomes = await run(oac ? {} : CREDENTIALS);
      expect(outcomes.map((outcome) => outcome.name)).toEqual(REQUESTS.map((request) => request.name));
      if (oac) expect((functionUrl.acceptedByAccessKeyId[CLOUDFRONT_OAC_CREDENTIALS.accessKeyId] ?? 0) - signedByCloudFront, 'each request signed by CloudFront').toBe(REQUESTS.length);

      const label = (i: number) => `${row.name}: ${REQUESTS[i].method} ${REQUESTS[i].path} (doctor: ${errorCodes(reports[i]).join(', ') || 'no error'}) got ${describe1(outcomes[i])}`;
      outcomes.forEach((outcome, i) => expectAsDoctorSays(row, reports[i], outcome, label(i)));
      table.push(tableRow(row.name, reports, outcomes));
      if (oac) table.push(tableRow(`${row.name}, control: without sigv4_cloudfront_oac, signed with credentials for the function URL`, undefined, await oacControl(row, run)));
    } finally {
      await cloudFront.close();
    }
  }, 180_000);
});

/**
 * The control of an OAC row: the same requests without sigv4_cloudfront_oac, signed by the viewer
 * for the function URL's host (what doctor would have said without OAC). Signing `always`: CloudFront
 * replaces the viewer's signature with its own, which covers no body (no x-amz-content-sha256), so
 * the function URL refuses every request with one (403 InvalidSignatureException, the bare
 * mismatch) and the diagnosis names sigv4_cloudfront_oac; the others pass. Signing `no-override`:
 * CloudFront passes the viewer's Authorization on (this behavior forwards it) and the function URL
 * accepts the viewer's own signature: every request passes, as doctor's finding says it may.
 */
async function oacControl(row: MatrixRow, run: (variables: Record<string, string>) => Promise<RequestOutcome[]>): Promise<RequestOutcome[]> {
  const outcomes = await run({ ...CREDENTIALS, sigv4_cloudfront_oac: '', sigv4_signing_host: functionUrl.domain });
  outcomes.forEach((outcome, i) => {
    const label = `${row.name}, control: ${REQUESTS[i].method} ${REQUESTS[i].path} got ${describe1(outcome)}`;
    if (row.oac === 'no-override' || !REQUESTS[i].hasBody) {
      expect(passed(outcome), label).toBe(true);
      return;
    }
    expect(isMismatch(outcome) && canonicalStringIn(outcome.body) === undefined, label).toBe(true);
    expect(diagnoses(outcome).some((text) => /the Lambda function URL refused the signature/.test(text) && /set sigv4_cloudfront_oac to true/.test(text)), label).toBe(true);
  });
  if (row.oac === 'always') expect(outcomes.filter(passed).length, 'the control fails exactly for the bodies').toBe(REQUESTS.filter((request) => !request.hasBody).length);
  return outcomes;
}

function tableRow(name: string, reports: DoctorReport[] | undefined, outcomes: RequestOutcome[]): string {
  const firstErrors = reports ? errorCodes(reports[0]).join(', ') : '';
  const perRequest = outcomes.map((outcome, i) => {
    const own = reports ? errorCodes(reports[i]).join(', ') : '';
    const verdict = own !== firstErrors ? ` [doctor --method ${REQUESTS[i].method}: ${own || 'no error'}]` : '';
    return `${REQUESTS[i].method} ${REQUESTS[i].path.split('?')[0]}: ${describe1(outcome)}${verdict}`;
  });
  const verdict = reports ? reports[0].findings.map((finding) => `${finding.severity} ${finding.code}`).join(', ') || 'clean' : '(same distribution)';
  return `| ${name} | ${verdict} | ${perRequest.every((text) => text.endsWith(': pass')) ? `all ${outcomes.length} pass` : perRequest.join('; ')} |`;
}

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
