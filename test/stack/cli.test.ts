import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCredentialStack } from './credentialStack';
import { CLOUDFRONT_OAC_CREDENTIALS, DEFAULT_CREDENTIALS } from './credentials';

const TSX = resolve(__dirname, '../../node_modules/.bin/tsx');
const ROOT = resolve(__dirname, '../..');

/** Runs `npm run stack -- <args>` until its banner is complete, then `whileRunning`, then stops it (SIGTERM). */
function bannerOf(args: string[], whileRunning: (banner: string) => Promise<unknown> = async () => undefined): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(TSX, [resolve(__dirname, 'cli.ts'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let banner = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`no complete banner within 20 s:\n${output}`));
    }, 20_000);
    const collect = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.includes('Stops on Ctrl-C') && !banner) {
        banner = output;
        whileRunning(banner).finally(() => child.kill('SIGTERM'));
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('exit', () => {
      clearTimeout(timer);
      done(output);
    });
  });
}

describe('npm run stack -- --credentials', () => {
  it('prints every stand-in URL and id, and none of the passwords, client secret or endpoint token', async () => {
    const output = await bannerOf(['--credentials', '--lifetime-minutes', '1']);
    const reference = await startCredentialStack();
    const { config } = reference;
    await reference.close();
    for (const label of ['STS stand-in:', 'Cognito user pool:', 'Cognito identity pools:', 'Credentials endpoint:']) {
      expect(output).toContain(label);
    }
    for (const id of [config.userPoolId, config.clientId, config.identityPoolId, config.unauthIdentityPoolId, config.roleArn]) {
      expect(output).toContain(id);
    }
    for (const secret of [config.password, config.challengePassword, config.clientSecret, config.containerToken]) {
      expect(output.includes(secret)).toBe(false);
    }
  });
});

describe('npm run stack: the banner says where the secrets of the keys it accepts are (issue 23 item 22)', () => {
  it('collections/local.postman_environment.json holds the secret and token of the key the banner says it holds, and the banner says where the others are', async () => {
    const output = await bannerOf(['--lifetime-minutes', '1']);
    const said = /local\.postman_environment\.json holds (?:the secret key and session token )?of (\S+?)[,;.\s]/.exec(output);
    expect(said, output).not.toBeNull();
    const environment = JSON.parse(readFileSync(resolve(__dirname, '../../collections/local.postman_environment.json'), 'utf8')) as { values: Array<{ key: string; value: string }> };
    const value = (key: string) => environment.values.find((variable) => variable.key === key)?.value;
    const credential = DEFAULT_CREDENTIALS.find((candidate) => candidate.accessKeyId === said![1]);
    expect(credential).toBeDefined();
    expect(value('aws_access_key_id')).toBe(credential!.accessKeyId);
    expect(value('aws_secret_access_key')).toBe(credential!.secretAccessKey);
    expect(value('aws_session_token')).toBe(credential!.sessionToken);
    expect(output).toContain('test/stack/credentials.ts');
    for (const other of DEFAULT_CREDENTIALS) expect(output).not.toContain(other.secretAccessKey);
  });
});

describe('npm run stack -- --cloudfront-error', () => {
  it('serves that page of CloudFront\'s own on every request, and says so', async () => {
    let answer: { status: number; body: string } | undefined;
    const output = await bannerOf(['--cloudfront-error', 'request-blocked', '--lifetime-minutes', '1'], async (banner) => {
      const url = /CloudFront stand-in: +(http:\/\/127\.0\.0\.1:\d+)/.exec(banner)?.[1];
      const response = await fetch(`${url}/pets`, { signal: AbortSignal.timeout(10_000) });
      answer = { status: response.status, body: await response.text() };
    });
    expect(output).toContain('CloudFront answers every request with its own request-blocked error page');
    expect(answer?.status).toBe(403);
    expect(answer?.body).toContain('\nRequest blocked.\n');
  });

  it('refuses a page it does not know, listing the ones it does', async () => {
    const output = await bannerOf(['--cloudfront-error', 'teapot']);
    expect(output).toContain("argument 'teapot' is invalid. Allowed choices are bad-request, bad-request-400");
  });
});

describe('npm run stack -- --oac lambda', () => {
  it("fronts a Lambda function URL that CloudFront signs for: a request with the body's hash and no signature is accepted, one without the hash refused", async () => {
    const answers: number[] = [];
    const output = await bannerOf(['--oac', 'lambda', '--custom-error-response', '404:/errors/404.html', '--lifetime-minutes', '1'], async (banner) => {
      const url = /CloudFront stand-in: +(http:\/\/127\.0\.0\.1:\d+)/.exec(banner)?.[1];
      const body = '{"a":1}';
      const hash = createHash('sha256').update(body).digest('hex');
      for (const headers of [{ 'x-amz-content-sha256': hash }, {}] as Array<Record<string, string>>) {
        const response = await fetch(`${url}/fn`, { method: 'POST', headers, body, signal: AbortSignal.timeout(10_000) });
        answers.push(response.status);
      }
    });
    expect(output).toContain('origin access control signs for service lambda, signing behavior always');
    expect(output).toContain('Custom error response: origin 404 -> 404 /errors/404.html');
    expect(answers).toEqual([200, 403]);
  });

  it('refuses options that shape API Gateway, which --oac replaces', async () => {
    const output = await bannerOf(['--oac', 'lambda', '--stage', 'prod', '--lifetime-minutes', '1']);
    expect(output).toContain('stack: --oac replaces API Gateway by a Lambda function URL');
  });
});

interface DoctorRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The files of the throw-away profile the command names. */
  profileFiles: string[];
}

/**
 * Runs the doctor command line the banner prints, as a user pastes it in the clone (cwd the
 * repository), with --json added, in an empty HOME: nothing but what the line sets is used.
 */
function runPrintedDoctor(banner: string): Promise<DoctorRun> {
  const line = /^ {2}((?:[A-Z_]+=\S+ )+)node dist\/cli\.cjs (doctor .*)$/m.exec(banner);
  if (!line) throw new Error(`no doctor command in the banner:\n${banner}`);
  const assignments = Object.fromEntries(line[1].trim().split(' ').map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
  const home = mkdtempSync(join(tmpdir(), 'postman-sigv4-empty-home-'));
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['dist/cli.cjs', ...line[2].split(' '), '--json'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: home, AWS_EC2_METADATA_DISABLED: 'true', ...assignments },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      rmSync(home, { recursive: true, force: true });
      done({ code, stdout, stderr, profileFiles: [assignments.AWS_CONFIG_FILE, assignments.AWS_SHARED_CREDENTIALS_FILE] });
    });
  });
}

const findingsOf = (stdout: string) => (JSON.parse(stdout) as { findings: Array<{ severity: string; code: string }> }).findings.map((finding) => `${finding.severity} ${finding.code}`);

describe('npm run stack: doctor on the local stack', () => {
  it('prints a doctor command line that reads the running distribution from the CloudFront API stand-in, with a throw-away profile gone when the stack stops', async () => {
    let run: DoctorRun | undefined;
    const output = await bannerOf(['--stage', 'prod', '--origin-path', '/prod', '--lifetime-minutes', '1'], async (banner) => {
      run = await runPrintedDoctor(banner);
      for (const file of run.profileFiles) expect(existsSync(file)).toBe(true);
    });
    expect(output).toMatch(/CloudFront API stand-in: http:\/\/127\.0\.0\.1:\d+ /);
    expect(run?.stderr).toBe('');
    expect(run?.code, run?.stdout).toBe(0);
    const report = JSON.parse(run!.stdout);
    expect(report.distribution).toEqual({ id: 'E2QWRUHEXAMPLE', domainName: 'd111111abcdef8.cloudfront.net', aliases: [] });
    expect(report.variables).toEqual({ sigv4_signing_host: 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com', sigv4_origin_path: '/prod' });
    expect(report.findings).toEqual([]);
    // The folder of the profile is gone with the stack; no secret was printed.
    expect(existsSync(dirname(run!.profileFiles[0]))).toBe(false);
    for (const credential of DEFAULT_CREDENTIALS) {
      expect(output).not.toContain(credential.secretAccessKey);
      if (credential.sessionToken) expect(output).not.toContain(credential.sessionToken);
    }
  });

  it('--strip-authorization --query-strings type: doctor names both, and the CloudFront stand-in does drop Authorization', async () => {
    let run: DoctorRun | undefined;
    let answer: { status: number; body: string } | undefined;
    await bannerOf(['--strip-authorization', '--query-strings', 'type', '--lifetime-minutes', '1'], async (banner) => {
      run = await runPrintedDoctor(banner);
      const url = /CloudFront stand-in: +(http:\/\/127\.0\.0\.1:\d+)/.exec(banner)?.[1];
      const response = await fetch(`${url}/pets`, { headers: { Authorization: 'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261203/us-east-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature=00' }, signal: AbortSignal.timeout(10_000) });
      answer = { status: response.status, body: await response.text() };
    });
    expect(run?.code, run?.stdout).toBe(2);
    expect(findingsOf(run!.stdout)).toEqual(['error authorization-not-forwarded', 'warning query-strings-not-forwarded']);
    expect(answer).toEqual({ status: 403, body: JSON.stringify({ message: 'Missing Authentication Token' }) });
  });

  it('--oac lambda --oac-signing-behavior no-override --custom-error-response 403:200:/index.html: doctor says sigv4_cloudfront_oac and warns of the error page', async () => {
    let run: DoctorRun | undefined;
    const output = await bannerOf(['--oac', 'lambda', '--oac-signing-behavior', 'no-override', '--custom-error-response', '403:200:/index.html', '--lifetime-minutes', '1'], async (banner) => {
      run = await runPrintedDoctor(banner);
    });
    expect(output).toContain('signing behavior no-override');
    expect(run?.code, run?.stdout).toBe(0);
    const report = JSON.parse(run!.stdout);
    expect(report.origin.kind).toBe('lambda-url');
    expect(report.variables).toEqual({ sigv4_cloudfront_oac: 'true' });
    expect(findingsOf(run!.stdout)).toEqual(['warning custom-error-response', 'info oac-signs-requests']);
    expect(output).not.toContain(CLOUDFRONT_OAC_CREDENTIALS.secretAccessKey);
  });
});
