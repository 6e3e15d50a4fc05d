import { readFileSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LONG_TERM_CREDENTIALS, startCredentialStack, TEMPORARY_CREDENTIALS, type CredentialStack } from '../../stack';
import { startSsoPortal, type SsoPortalStandIn } from '../../stack/ssoPortal';
import { awsHome, runCliIn, serveCredentials, type AwsHome, type Serving } from '../../support/awsHome';
import { acceptedWithIssued, generatedCollection, signingFor } from '../../support/credentialRuns';
import { runNewman } from '../../support/newman';

/**
 * `postman-sigv4 credentials serve` (the built dist/cli.cjs) serves the AWS SDK's credentials of a
 * profile to the pre-request script: each kind of profile signs requests through the CloudFront
 * stand-in that API Gateway accepts; a profile that cannot give credentials fails the request
 * with the SDK's reason and the fix.
 */
const PROCESS = `node ${join(__dirname, '..', '..', 'fixtures', 'cli', 'credentialProcess.js')}`;
const ACCOUNT = '123456789012';
const SSO_TOKEN = 'sso-access-token-of-the-test-user';
const COUNT = 10;

let stack: CredentialStack;
let portal: SsoPortalStandIn;
let home: AwsHome;
const servers: Serving[] = [];
beforeAll(async () => {
  stack = await startCredentialStack({ apiGateway: { stage: 'prod' }, cloudFront: { originPath: '/prod' } });
  portal = await startSsoPortal({ issuer: stack.issuer, accessTokens: [SSO_TOKEN], accountId: ACCOUNT, roleName: 'Dev' });
  const sso = (name: string, session: string) => `[profile ${name}]\nsso_session = ${session}\nsso_account_id = ${ACCOUNT}\nsso_role_name = Dev\nregion = us-east-1\n\n[sso-session ${session}]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = us-east-1\nsso_registration_scopes = sso:account:access\n`;
  home = awsHome(
    {
      config: [
        '[profile static]\nregion = us-east-1\n',
        `[profile process]\ncredential_process = ${PROCESS} long 0\n`,
        `[profile slow-process]\ncredential_process = ${PROCESS} long 800\n`,
        `[profile broken]\ncredential_process = ${PROCESS} fail\n`,
        `[profile role]\nrole_arn = ${stack.config.roleArn}\nsource_profile = static\nregion = us-east-1\n`,
        sso('sso', 'corp'),
        sso('sso-expired', 'corp-old'),
      ].join('\n'),
      credentials: `[static]\naws_access_key_id = ${LONG_TERM_CREDENTIALS.accessKeyId}\naws_secret_access_key = ${LONG_TERM_CREDENTIALS.secretAccessKey}\n`,
    },
    { AWS_ENDPOINT_URL_STS: stack.sts.url, AWS_ENDPOINT_URL_SSO: portal.url },
  );
  home.cacheSsoToken('corp', { accessToken: SSO_TOKEN, expiresAt: new Date(Date.now() + 3600e3), startUrl: 'https://corp.awsapps.com/start', region: 'us-east-1' });
  home.cacheSsoToken('corp-old', { accessToken: 'an-old-token', expiresAt: new Date(Date.now() - 3600e3), startUrl: 'https://corp.awsapps.com/start', region: 'us-east-1' });
});
afterAll(async () => {
  for (const server of servers) await server.stop('SIGKILL');
  await portal?.close();
  await stack?.close();
  home?.remove();
});

async function serve(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Serving> {
  const server = await serveCredentials({ ...home, env: { ...home.env, ...env } }, args);
  servers.push(server);
  return server;
}

async function signThrough(server: Serving) {
  return runNewman({ collection: generatedCollection(stack, COUNT), environment: { ...signingFor(stack), aws_credentials_url: server.url, aws_credentials_token: server.token } });
}

describe('each kind of AWS profile, served to the pre-request script through real newman and CloudFront', () => {
  const accepted = (keyId: string) => stack.apiGateway.acceptedByAccessKeyId[keyId] || 0;

  it('static keys', async () => {
    const before = accepted(LONG_TERM_CREDENTIALS.accessKeyId);
    const result = await signThrough(await serve(['--profile', 'static']));
    expect(result.failures).toEqual([]);
    expect(accepted(LONG_TERM_CREDENTIALS.accessKeyId) - before).toBe(COUNT);
  });

  it('credential_process', async () => {
    const before = accepted(LONG_TERM_CREDENTIALS.accessKeyId);
    const result = await signThrough(await serve(['--profile', 'process']));
    expect(result.failures).toEqual([]);
    expect(accepted(LONG_TERM_CREDENTIALS.accessKeyId) - before).toBe(COUNT);
  });

  it('role_arn + source_profile (AssumeRole at the STS stand-in)', async () => {
    const issuedBefore = stack.issuer.issued.length;
    const calls = stack.sts.calls.AssumeRole || 0;
    const result = await signThrough(await serve(['--profile', 'role']));
    expect(result.failures).toEqual([]);
    expect(stack.sts.calls.AssumeRole - calls).toBe(1);
    expect(acceptedWithIssued(stack, issuedBefore)).toEqual([COUNT]);
  });

  it('IAM Identity Center: an sso_session with a cached token (GetRoleCredentials at the portal stand-in)', async () => {
    const issuedBefore = stack.issuer.issued.length;
    const result = await signThrough(await serve(['--profile', 'sso']));
    expect(result.failures).toEqual([]);
    expect(portal.calls.GetRoleCredentials).toBeGreaterThanOrEqual(1);
    expect(acceptedWithIssued(stack, issuedBefore)).toEqual([COUNT]);
  });

  it('static keys, with aws_credentials_url naming localhost as docs/credentials.md allows (issue 23 item 3)', async () => {
    const before = accepted(LONG_TERM_CREDENTIALS.accessKeyId);
    const server = await serve(['--profile', 'static']);
    const result = await runNewman({ collection: generatedCollection(stack, COUNT), environment: { ...signingFor(stack), aws_credentials_url: server.url.replace('127.0.0.1', 'localhost'), aws_credentials_token: server.token } });
    expect(result.failures).toEqual([]);
    expect(accepted(LONG_TERM_CREDENTIALS.accessKeyId) - before).toBe(COUNT);
  });

  it('environment variables (no profile)', async () => {
    const before = accepted(TEMPORARY_CREDENTIALS.accessKeyId);
    const environment = { AWS_ACCESS_KEY_ID: TEMPORARY_CREDENTIALS.accessKeyId, AWS_SECRET_ACCESS_KEY: TEMPORARY_CREDENTIALS.secretAccessKey, AWS_SESSION_TOKEN: TEMPORARY_CREDENTIALS.sessionToken };
    const result = await signThrough(await serve([], environment));
    expect(result.failures).toEqual([]);
    expect(accepted(TEMPORARY_CREDENTIALS.accessKeyId) - before).toBe(COUNT);
  });
});

describe("a profile that gives no credentials: the request is not sent, and the message says the SDK's reason and the fix", () => {
  const CASES: Array<[string, string[], RegExp]> = [
    ['an expired SSO session', ['--profile', 'sso-expired'], /aws sso login --profile sso-expired/],
    ['a failing credential_process', ['--profile', 'broken'], /token expired: run corp-login first/],
  ];
  for (const [name, args, message] of CASES) {
    it(name, async () => {
      const received = stack.apiGateway.requests.length;
      const result = await signThrough(await serve(args));
      expect(stack.apiGateway.requests.length).toBe(received);
      const signing = result.failures.filter((failure) => failure.startsWith('SigV4 signing: '));
      expect(signing).toHaveLength(COUNT);
      expect(signing[0]).toMatch(/^SigV4 signing: SigV4: aws_credentials_url: the credentials endpoint 127\.0\.0\.1:\d+ failed with /);
      expect(signing[0]).toMatch(message);
    });
  }
});

/** Bytes sent as they are on a socket to 127.0.0.1:port; all that comes back until the server closes (at most 10 s). */
function exchange(port: number, request: string | Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const done = () => resolve(Buffer.concat(chunks).toString('latin1'));
    socket.setTimeout(10_000, () => socket.destroy());
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('close', done);
    socket.on('error', (error) => (chunks.length ? done() : reject(error)));
    socket.write(request);
  });
}

function bodyOf(answer: string): { Code: string; Message: string } {
  const body = answer.slice(answer.indexOf('\r\n\r\n') + 4);
  // A chunked answer (keep-alive) frames the JSON in chunk sizes.
  return JSON.parse(body.slice(body.indexOf('{'), body.lastIndexOf('}') + 1));
}

describe('who may ask', () => {
  let server: Serving;
  beforeAll(async () => {
    server = await serve(['--profile', 'static']);
  });
  const host = () => new URL(server.url).host;
  const ask = (headers: Record<string, string>) => fetch(server.url, { headers });

  it('answers the token holder with the container-credentials JSON', async () => {
    const response = await ask({ Authorization: server.token });
    expect(response.status).toBe(200);
    expect(Object.keys((await response.json()) as object).sort()).toEqual(['AccessKeyId', 'Expiration', 'SecretAccessKey', 'Token']);
  });

  it.each([
    ['no token', {}, 401, 'MissingToken'],
    ['a wrong token', { Authorization: 'not-the-token' }, 403, 'WrongToken'],
    ['an Origin header (a web page)', { Origin: 'https://evil.example' }, 403, 'BrowserRequestRefused'],
  ])('refuses %s with a JSON error saying why', async (_name, headers, status, code) => {
    const response = await ask({ ...(headers as Record<string, string>), ...(code === 'BrowserRequestRefused' ? { Authorization: server.token } : {}) });
    expect(response.status).toBe(status);
    const body = (await response.json()) as { Code: string; Message: string };
    expect(body.Code).toBe(code);
    expect(body.Message).toMatch(/\w/);
    expect(JSON.stringify(body)).not.toContain(LONG_TERM_CREDENTIALS.secretAccessKey);
  });

  it('refuses a foreign Host (DNS rebinding), even with the token', async () => {
    const { request } = await import('node:http');
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const url = new URL(server.url);
      const req = request({ host: '127.0.0.1', port: url.port, path: url.pathname, headers: { Host: `rebind.example:${url.port}`, Authorization: server.token } }, (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode || 0, body }));
      });
      req.on('error', reject);
      req.end();
    });
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body).Code).toBe('ForeignHost');
    expect(answer.body).not.toContain(LONG_TERM_CREDENTIALS.accessKeyId);
  });

  it('answers Host localhost:PORT too, which the script accepts as loopback and no rebinding page can send (issue 23 item 3)', async () => {
    const port = new URL(server.url).port;
    const answer = await exchange(Number(port), `GET /credentials HTTP/1.1\r\nHost: localhost:${port}\r\nAuthorization: ${server.token}\r\nConnection: close\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(answer).toContain('"AccessKeyId"');
  });

  it('a foreign Host is refused naming aws_credentials_url, the variable to fix (issue 23 item 3)', async () => {
    const port = new URL(server.url).port;
    const { Message } = bodyOf(await exchange(Number(port), `GET /credentials HTTP/1.1\r\nHost: rebind.example:${port}\r\nAuthorization: ${server.token}\r\nConnection: close\r\n\r\n`));
    expect(Message).toMatch(/set aws_credentials_url to the URL postman-sigv4 printed/);
  });

  it('a wrong token is said once, and "Bearer " before the token gets a hint to drop it (issue 23 item 3)', async () => {
    const wrong = (await (await ask({ Authorization: 'not-the-token' })).json()) as { Message: string };
    expect(wrong.Message.match(/aws_credentials_token/g)).toHaveLength(1);
    const bearer = (await (await ask({ Authorization: `Bearer ${server.token}` })).json()) as { Code: string; Message: string };
    expect(bearer.Code).toBe('WrongToken');
    expect(bearer.Message).toMatch(/starts with "Bearer ".*without "Bearer "/);
  });

  it('two Host headers, the right one first, are a 400 (RFC 9112 section 3.2), so are none (issue 23 item 15)', async () => {
    const port = new URL(server.url).port;
    const twice = await exchange(Number(port), `GET /credentials HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nHost: rebind.example\r\nAuthorization: ${server.token}\r\nConnection: close\r\n\r\n`);
    expect(twice).toMatch(/^HTTP\/1\.1 400 /);
    expect(bodyOf(twice).Code).toBe('BadHost');
    expect(twice).not.toContain(LONG_TERM_CREDENTIALS.accessKeyId);
    const none = await exchange(Number(port), `GET /credentials HTTP/1.0\r\nAuthorization: ${server.token}\r\n\r\n`);
    expect(none).toMatch(/^HTTP\/1\.1 400 /);
    expect(none).not.toContain(LONG_TERM_CREDENTIALS.accessKeyId);
  });

  it("Node's own refusals of a malformed request (400) or oversized headers (431) carry a JSON Code and Message too (issue 23 item 17)", async () => {
    const port = Number(new URL(server.url).port);
    const garbage = await exchange(port, 'NOT AN HTTP REQUEST\r\n\r\n');
    expect(garbage).toMatch(/^HTTP\/1\.1 400 /);
    expect(bodyOf(garbage)).toEqual({ Code: 'BadRequest', Message: expect.stringMatching(/not an HTTP request/) });
    const huge = await exchange(port, `GET /credentials HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(huge).toMatch(/^HTTP\/1\.1 431 /);
    expect(bodyOf(huge).Code).toBe('HeadersTooLarge');
  });

  it('listens on 127.0.0.1 only: no socket of its port on another address', () => {
    const port = Number(new URL(host() && server.url).port);
    const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
    const listening = ['/proc/net/tcp', '/proc/net/tcp6']
      .flatMap((file) => readFileSync(file, 'utf8').split('\n').slice(1))
      .map((line) => line.trim().split(/\s+/))
      .filter((fields) => fields[1] && fields[1].endsWith(`:${hexPort}`) && fields[3] === '0A');
    expect(listening.map((fields) => fields[1])).toEqual([`0100007F:${hexPort}`]);
  });

  it('two clients asking at once cause one resolution', async () => {
    const { mkdtempSync, existsSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const countFile = join(mkdtempSync(join(tmpdir(), 'postman-sigv4-count-')), 'runs');
    const slow = await serve(['--profile', 'slow-process'], { COUNT_FILE: countFile });
    const answers = await Promise.all([1, 2].map(() => fetch(slow.url, { headers: { Authorization: slow.token } })));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    expect(existsSync(countFile) ? readFileSync(countFile, 'utf8') : '').toBe('x');
  });
});

describe('its log (issue 23 item 16)', () => {
  it('escapes every byte outside printable ASCII that a client sent, in the log and in the answer', async () => {
    const server = await serve(['--profile', 'static']);
    const port = Number(new URL(server.url).port);
    const c1 = Buffer.concat([Buffer.from(`GET /credentials HTTP/1.1\r\nHost: evil`), Buffer.from([0x9b, 0x33, 0x31, 0x6d, 0xe9]), Buffer.from(`:${port}\r\nConnection: close\r\n\r\n`)]);
    const foreign = await exchange(port, c1);
    // Node itself refuses C0 controls (ESC) in a header value with a 400; C1 (CSI, 0x9b) and Latin-1 pass.
    expect(bodyOf(foreign).Message).toContain('evil\\x9b31m\\xe9');
    // Node refuses raw bytes outside ASCII in the request target; percent-escapes are quoted as sent.
    const path = await exchange(port, `GET /x%9b2J HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`);
    expect(bodyOf(path)).toEqual({ Code: 'NotFound', Message: expect.stringContaining('nothing at /x%9b2J;') });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const { stderr } = server.output();
    expect(stderr).toMatch(/refused/);
    expect(stderr.replace(/\n/g, '')).toMatch(/^[\x20-\x7e]*$/);
    expect(stderr).toContain('evil\\x9b31m\\xe9');
  });

  it('logs the first refusals of a kind, then counts them: a web page can send one per <img>', async () => {
    const server = await serve(['--profile', 'static']);
    for (let i = 0; i < 40; i++) await fetch(server.url, { headers: { Authorization: `wrong-${i}` } }).then((response) => response.arrayBuffer());
    await new Promise((resolve) => setTimeout(resolve, 200));
    const lines = server.output().stderr.split('\n');
    expect(lines.filter((line) => / 403 refused: /.test(line))).toHaveLength(5);
    expect(lines.filter((line) => /WrongToken refusals/.test(line)).length).toBeLessThanOrEqual(2);
    const answered = await fetch(server.url, { headers: { Authorization: server.token } });
    expect(answered.status).toBe(200);
  });
});

describe('its output, its token and its stop', () => {
  it('exits 1 at start for a profile that does not exist, listing those that do, instead of failing the first request with 424 (issue 23 item 4)', async () => {
    const run = await runCliIn(home, ['credentials', 'serve', '--port', '0', '--profile', 'nosuch'], 20_000);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^postman-sigv4: profile nosuch is not in \S+ or \S+; the profiles there: broken, process, role, slow-process, sso, sso-expired, static\./);
  });

  it('prints exactly the two variables first, then how to use them; no secret; the token file is the user\'s alone and reused', async () => {
    const first = await serve(['--profile', 'static']);
    expect(first.firstLines[0]).toMatch(/^aws_credentials_url=http:\/\/127\.0\.0\.1:\d+\/credentials$/);
    expect(first.firstLines[1]).toMatch(/^aws_credentials_token=[A-Za-z0-9_-]{43}$/);
    expect(first.firstLines[2]).toMatch(/^Set both in your Postman environment/);
    await fetch(first.url, { headers: { Authorization: first.token } });
    const file = join(home.env.XDG_CONFIG_HOME as string, 'postman-sigv4', 'credentials-token');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toBe(first.token);
    expect(await first.stop('SIGINT')).toBe(0);
    const { stdout, stderr } = first.output();
    expect(stdout + stderr).not.toContain(LONG_TERM_CREDENTIALS.secretAccessKey);
    expect(stderr).toMatch(/GET \/credentials 200/);

    const again = await serve(['--profile', 'static']);
    expect(again.token).toBe(first.token);
    const renewed = await serve(['--profile', 'static', '--new-token']);
    expect(renewed.token).not.toBe(first.token);
    expect(readFileSync(file, 'utf8').trim()).toBe(renewed.token);
  });
});
