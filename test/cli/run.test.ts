import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LONG_TERM_CREDENTIALS, startCredentialStack, type CredentialStack } from '../stack';
import { awsHome, runCliIn, type AwsHome } from '../support/awsHome';
import { ROOT } from './support';
import { acceptedWithIssued, generatedCollection, signingFor, sourceVariables } from '../support/credentialRuns';
import { SCHEMA } from '../support/newman';

/**
 * `postman-sigv4 run COLLECTION --profile NAME [newman options]`: newman through its library API
 * with the credentials endpoint in-process; only aws_credentials_url and aws_credentials_token
 * reach the run, so no secret key reaches its output or reports.
 */
const COUNT = 8;
let stack: CredentialStack;
let home: AwsHome;
let dir: string;
beforeAll(async () => {
  stack = await startCredentialStack({ apiGateway: { stage: 'prod' }, cloudFront: { originPath: '/prod' } });
  home = awsHome(
    {
      config: `[profile static]\nregion = us-east-1\n\n[profile role]\nrole_arn = ${stack.config.roleArn}\nsource_profile = static\nregion = us-east-1\n`,
      credentials: `[static]\naws_access_key_id = ${LONG_TERM_CREDENTIALS.accessKeyId}\naws_secret_access_key = ${LONG_TERM_CREDENTIALS.secretAccessKey}\n`,
    },
    { AWS_ENDPOINT_URL_STS: stack.sts.url },
  );
  dir = mkdtempSync(join(tmpdir(), 'postman-sigv4-run-'));
});
afterAll(async () => {
  await stack?.close();
  home?.remove();
});

const cli = (args: string[]) => runCliIn(home, args, 90_000);

const envVars = (extra: Record<string, string> = {}) => Object.entries({ ...signingFor(stack), ...extra }).flatMap(([key, value]) => ['--env-var', `${key}=${value}`]);

// newman's CLI reporter wraps a body at 54 columns inside box characters (U+2500-U+257F).
const squeeze = (text: string) => text.replace(/[\s\u2500-\u257f]/g, '');

/** newman's JSON report as searchable text: the file, and each body it keeps as a Buffer's bytes, decoded. */
function searchableReport(file: string): string {
  const text = readFileSync(file, 'utf8');
  const bodies = JSON.parse(text).run.executions.map((execution: any) => (execution.response?.stream ? Buffer.from(execution.response.stream.data).toString('utf8') : ''));
  return [text, ...bodies].join('\n');
}

describe('postman-sigv4 run', () => {
  it('runs a collection with --profile end to end: accepted, no secret key in the output or the JSON report, no session token in the output', async () => {
    const file = join(dir, 'signed.postman_collection.json');
    writeFileSync(file, JSON.stringify(generatedCollection(stack, COUNT)));
    const report = join(dir, 'report.json');
    const issuedBefore = stack.issuer.issued.length;
    const result = await cli(['run', file, '--profile', 'role', ...envVars(), '-r', 'cli,json', '--reporter-json-export', report, '--color', 'off']);
    expect(result.code, result.stderr).toBe(0);
    const issued = stack.issuer.issued.slice(issuedBefore);
    expect(acceptedWithIssued(stack, issuedBefore)).toEqual([COUNT]);
    const output = result.stdout + result.stderr;
    const reportText = readFileSync(report, 'utf8');
    for (const secret of [LONG_TERM_CREDENTIALS.secretAccessKey, ...issued.map((credential) => credential.secretAccessKey)]) {
      expect(output).not.toContain(secret);
      expect(reportText).not.toContain(secret);
    }
    for (const credential of issued) expect(output).not.toContain(credential.sessionToken);
    // newman's report keeps the headers it sent: the session token is there by nature (docs/ci.md, "Reports and what they hold").
    expect(reportText).toContain(issued[0].sessionToken);
    expect(result.stderr).toMatch(/credentials of profile role served to this run at http:\/\/127\.0\.0\.1:\d+\/credentials/);
  });

  it('signs a collection without the scripts, injected in memory: the file is unchanged, and it says so', async () => {
    const file = join(dir, 'plain.postman_collection.json');
    const plain = JSON.stringify({ info: { name: 'plain', schema: SCHEMA }, item: [{ name: 'pets', request: { method: 'GET', url: `${stack.cloudFront.url}/pets` } }] }, null, 2);
    writeFileSync(file, plain);
    const before = stack.apiGateway.acceptedByAccessKeyId[LONG_TERM_CREDENTIALS.accessKeyId] || 0;
    const result = await cli(['run', file, '--profile', 'static', ...envVars(), '--color', 'off']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(`${file} has no postman-sigv4 pre-request script: this run uses a copy with the pre-request and diagnose scripts`);
    expect(readFileSync(file, 'utf8')).toBe(plain);
    expect((stack.apiGateway.acceptedByAccessKeyId[LONG_TERM_CREDENTIALS.accessKeyId] || 0) - before).toBe(1);
  });

  it("exits with newman's status: 1 when a test fails", async () => {
    const file = join(dir, 'failing.postman_collection.json');
    const collection: any = generatedCollection(stack, 1);
    collection.event.push({ listen: 'test', script: { type: 'text/javascript', exec: ["pm.test('always fails', () => { throw new Error('on purpose'); });"] } });
    writeFileSync(file, JSON.stringify(collection));
    const result = await cli(['run', file, '--profile', 'static', ...envVars(), '--color', 'off']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('always fails');
  });

  it.each([
    ['the AWS template, whose placeholders count as static keys', 'aws.postman_environment.template.json'],
    ['the local stack\'s environment, which holds temporary keys', 'local.postman_environment.json'],
  ])("--profile is the run's credential source with -e %s: the static key variables are empty for the run, and one line says so (issue 23 item 1)", async (_name, environment) => {
    const file = join(dir, 'signed.postman_collection.json');
    writeFileSync(file, JSON.stringify(generatedCollection(stack, 2)));
    const before = stack.apiGateway.acceptedByAccessKeyId[LONG_TERM_CREDENTIALS.accessKeyId] || 0;
    const result = await cli(['run', file, '--profile', 'static', '-e', join(ROOT, 'collections', environment), ...envVars(), '--env-var', `baseUrl=${stack.cloudFront.url}`, '--env-var', 'aws_region=us-east-1', '--color', 'off']);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect((stack.apiGateway.acceptedByAccessKeyId[LONG_TERM_CREDENTIALS.accessKeyId] || 0) - before).toBe(2);
    const said = result.stderr.split('\n').filter((line) => /aws_access_key_id, aws_secret_access_key and aws_session_token/.test(line));
    expect(said).toEqual(['postman-sigv4: aws_access_key_id, aws_secret_access_key and aws_session_token are empty for this run: the credentials of profile static, served at aws_credentials_url, sign it.']);
  });

  it('refuses --env-var aws_secret_access_key: --profile is the credential source', async () => {
    const file = join(dir, 'signed.postman_collection.json');
    const result = await cli(['run', file, '--profile', 'static', '--env-var', 'aws_secret_access_key=x', '--color', 'off']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/--env-var aws_secret_access_key: postman-sigv4 run signs with the credentials of --profile/);
  });

  it("--verbose shows no secret key or session token of the credentials endpoint's answer, even with whitespace and box characters removed (issue 23 item 2)", async () => {
    const file = join(dir, 'signed.postman_collection.json');
    writeFileSync(file, JSON.stringify(generatedCollection(stack, 2)));
    const issuedBefore = stack.issuer.issued.length;
    const result = await cli(['run', file, '--profile', 'role', ...envVars(), '--verbose', '--color', 'off']);
    expect(result.code, result.stderr).toBe(0);
    const issued = stack.issuer.issued.slice(issuedBefore);
    expect(issued.length).toBeGreaterThan(0);
    const squeezed = squeeze(result.stdout + result.stderr);
    expect(result.stdout).toContain('GET http://127.0.0.1:');
    for (const credential of issued) {
      expect(squeezed).not.toContain(credential.secretAccessKey);
      expect(squeezed).not.toContain(credential.sessionToken!.replace(/\s/g, ''));
    }
    expect(squeezed).not.toContain(LONG_TERM_CREDENTIALS.secretAccessKey);
    expect(squeezed).toContain('"SecretAccessKey":"<redactedbypostman-sigv4>"');
  });

  it("--verbose with aws_role_arn on top of the endpoint: STS AssumeRole's answer shows no secret key or session token, in the output or the JSON report (review S1)", async () => {
    const file = join(dir, 'signed.postman_collection.json');
    writeFileSync(file, JSON.stringify(generatedCollection(stack, 2)));
    const report = join(dir, 'role-report.json');
    const issuedBefore = stack.issuer.issued.length;
    const role = { aws_role_arn: stack.config.roleArn, aws_sts_endpoint: stack.sts.url };
    const result = await cli(['run', file, '--profile', 'static', ...envVars(role), '--verbose', '--color', 'off', '-r', 'cli,json', '--reporter-json-export', report]);
    expect(result.code, result.stderr).toBe(0);
    const issued = stack.issuer.issued.slice(issuedBefore);
    expect(issued.length).toBeGreaterThan(0);
    expect(acceptedWithIssued(stack, issuedBefore)).toEqual([2]);
    const squeezed = squeeze(result.stdout + result.stderr);
    const reportText = searchableReport(report);
    expect(result.stdout).toContain(`POST ${stack.sts.url}`);
    for (const credential of issued) {
      expect(squeezed).not.toContain(squeeze(credential.secretAccessKey));
      expect(squeezed).not.toContain(squeeze(credential.sessionToken));
      expect(reportText).not.toContain(credential.secretAccessKey);
    }
    expect(squeezed).not.toContain(LONG_TERM_CREDENTIALS.secretAccessKey);
    expect(reportText).not.toContain(LONG_TERM_CREDENTIALS.secretAccessKey);
    // STS's answer is shown, its secrets replaced: the run stays debuggable.
    expect(squeezed).toContain('<SecretAccessKey>&lt;redactedbypostman-sigv4&gt;</SecretAccessKey>');
    expect(squeezed).toContain('<SessionToken>&lt;redactedbypostman-sigv4&gt;</SessionToken>');
  });

  it('--verbose with Cognito, reachable through a data file that clears aws_credentials_url: no password, client secret, ID token, secret key or session token of InitiateAuth, GetId or GetCredentialsForIdentity in the output or the JSON report (review S1)', async () => {
    const file = join(dir, 'signed.postman_collection.json');
    writeFileSync(file, JSON.stringify(generatedCollection(stack, 2)));
    const data = join(dir, 'cognito.data.json');
    writeFileSync(data, JSON.stringify([{ aws_credentials_url: '', ...sourceVariables(stack, 'cognito password, client secret') }]));
    const report = join(dir, 'cognito-report.json');
    const issuedBefore = stack.issuer.issued.length;
    const result = await cli(['run', file, '--profile', 'static', ...envVars(), '-d', data, '--verbose', '--color', 'off', '-r', 'cli,json', '--reporter-json-export', report]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(acceptedWithIssued(stack, issuedBefore)).toEqual([2]);
    const issued = stack.issuer.issued.slice(issuedBefore);
    const squeezed = squeeze(result.stdout + result.stderr);
    const reportText = searchableReport(report);
    expect(result.stdout).toContain(`POST ${stack.userPool.url}`);
    expect(result.stdout).toContain(`POST ${stack.identityPool.url}`);
    for (const secret of [stack.config.password, stack.config.clientSecret, ...issued.map((credential) => credential.secretAccessKey)]) {
      expect(squeezed).not.toContain(squeeze(secret));
      expect(reportText).not.toContain(secret);
    }
    for (const credential of issued) expect(squeezed).not.toContain(squeeze(credential.sessionToken));
    // A JWT (the ID, access and refresh tokens InitiateAuth answers with, and the Logins of GetId).
    const jwt = /eyJ[\w-]{8,}\.eyJ[\w-]{8,}\./;
    expect(squeezed).not.toMatch(jwt);
    expect(reportText).not.toMatch(jwt);
    expect(squeezed).toContain('"PASSWORD":"<redactedbypostman-sigv4>"');
    expect(squeezed).toContain('"IdToken":"<redactedbypostman-sigv4>"');
    expect(squeezed).toContain('"SecretKey":"<redactedbypostman-sigv4>"');
  });

  it('stops before newman when the profile gives no credentials, naming the profile', async () => {
    const file = join(dir, 'signed.postman_collection.json');
    const result = await cli(['run', file, '--profile', 'nope', '--color', 'off']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/nope/);
  });
});
