import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCredentialStack } from './credentialStack';
import { DEFAULT_CREDENTIALS } from './credentials';

const TSX = resolve(__dirname, '../../node_modules/.bin/tsx');

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
