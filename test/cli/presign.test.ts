import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LONG_TERM_CREDENTIALS, startCloudFront, startWebSocketApi, TEMPORARY_CREDENTIALS, type CloudFrontStandIn, type ConnectAttempt, type WebSocketApiStandIn } from '../stack';
import { redactAll } from '../stack/apiGatewayResponses';
import { connectAndSend } from '../stack/webSocketClient';
import { awsHome, type AwsHome } from '../support/awsHome';
import { runCli, type CliRun } from './support';

/**
 * `postman-sigv4 presign` (the built dist/cli.cjs) end to end: its stdout, given as is to a real
 * WebSocket client (`ws`), opens a connection to the WebSocket API stand-in, which verifies the
 * $connect signature with @smithy/signature-v4, directly and through the CloudFront stand-in.
 */
let api: WebSocketApiStandIn;
let cloudFront: CloudFrontStandIn;
let home: AwsHome;
/** The stand-in's clock runs this far ahead of the real one. */
let clockOffsetMs = 0;

beforeAll(async () => {
  api = await startWebSocketApi({ now: () => Date.now() + clockOffsetMs });
  cloudFront = await startCloudFront({ origin: { url: `http://127.0.0.1:${api.port}`, domain: api.domain }, originPath: '/prod' });
  home = awsHome({
    config: '[profile static]\nregion = us-east-1\n',
    credentials: `[static]\naws_access_key_id = ${LONG_TERM_CREDENTIALS.accessKeyId}\naws_secret_access_key = ${LONG_TERM_CREDENTIALS.secretAccessKey}\n`,
  });
});
afterEach(() => {
  clockOffsetMs = 0;
});
afterAll(async () => {
  await cloudFront?.close();
  await api?.close();
  home?.remove();
});

const SECRETS = [LONG_TERM_CREDENTIALS.secretAccessKey, TEMPORARY_CREDENTIALS.secretAccessKey];
const TOKEN = TEMPORARY_CREDENTIALS.sessionToken as string;
const TEMPORARY_ENV = { AWS_ACCESS_KEY_ID: TEMPORARY_CREDENTIALS.accessKeyId, AWS_SECRET_ACCESS_KEY: TEMPORARY_CREDENTIALS.secretAccessKey, AWS_SESSION_TOKEN: TOKEN };

/** No secret key in any output, in any encoding; the session token only as the URL's X-Amz-Security-Token on stdout. */
function expectNoSecrets(run: CliRun): void {
  const withoutToken = run.stdout.replace(/([?&]X-Amz-Security-Token=)[^&\n]*/, '$1');
  for (const text of [withoutToken, run.stderr]) expect(redactAll(text, [...SECRETS, TOKEN])).toBe(text);
}

function presign(args: string[], env: NodeJS.ProcessEnv = {}): CliRun {
  const run = runCli(['presign', ...args], { env: { ...home.env, ...env } });
  expectNoSecrets(run);
  return run;
}

/** The one line on stdout, checked to be the whole of it. */
function printedUrl(run: CliRun): string {
  expect(run.stderr).not.toMatch(/internal error/);
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/^[^\n]+\n$/);
  return run.stdout.trim();
}

const lastConnect = (): ConnectAttempt => api.connects[api.connects.length - 1];

describe('presign: the printed URL opens a WebSocket connection that the stand-in verifies with @smithy/signature-v4', () => {
  it('directly, with the credentials of --profile: a ws:// URL with a query', async () => {
    const run = presign([`${api.url}/chat?room=blue sky&lang=fr`, '--profile', 'static', '--region', 'us-east-1']);
    const url = printedUrl(run);
    expect(url.startsWith(`ws://127.0.0.1:${api.port}/chat?room=blue%20sky&lang=fr&X-Amz-Algorithm=AWS4-HMAC-SHA256&`)).toBe(true);
    expect(await connectAndSend(url, 'hello')).toEqual({ echoed: 'hello' });
    expect(lastConnect()).toMatchObject({ accepted: true, accessKeyId: LONG_TERM_CREDENTIALS.accessKeyId });
    expect(run.stderr).toMatch(/presigned for 127\.0\.0\.1:\d+ \(us-east-1, execute-api\) with the credentials of profile static; valid 900 s, until \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\./);
  });

  it('through the CloudFront stand-in, which proxies the upgrade: --signing-host and --origin-path, region inferred', async () => {
    const run = presign([`ws://127.0.0.1:${cloudFront.port}/chat?room=1`, '--profile', 'static', '--signing-host', api.domain, '--origin-path', '/prod']);
    const url = printedUrl(run);
    expect(url.startsWith(`ws://127.0.0.1:${cloudFront.port}/chat?room=1&`)).toBe(true);
    expect(await connectAndSend(url, '{"action":"sendmessage"}')).toEqual({ echoed: '{"action":"sendmessage"}' });
    const connect = lastConnect();
    expect(connect).toMatchObject({ accepted: true, host: api.domain });
    expect(connect.url.startsWith('/prod/chat?room=1&')).toBe(true);
    expect(run.stderr).toContain(`presigned for ${api.domain} (us-east-1, execute-api)`);
  });

  it('the same URL signed for the CloudFront host instead is refused with 403 behind CloudFront', async () => {
    const url = printedUrl(presign([`ws://127.0.0.1:${cloudFront.port}/chat`, '--profile', 'static', '--region', 'us-east-1']));
    expect(await connectAndSend(url, 'hello')).toEqual({ refusedWith: 403 });
    expect(lastConnect().refusal?.message).toMatch(/^The request signature we calculated does not match/);
  });

  it('with a session token from AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN: the URL carries it, stderr says so', async () => {
    const run = presign([`${api.url}/`, '--region', 'us-east-1'], TEMPORARY_ENV);
    const url = printedUrl(run);
    expect(new URL(url).searchParams.get('X-Amz-Security-Token')).toBe(TOKEN);
    expect(await connectAndSend(url, 'with a token')).toEqual({ echoed: 'with a token' });
    expect(lastConnect()).toMatchObject({ accepted: true, accessKeyId: TEMPORARY_CREDENTIALS.accessKeyId });
    expect(run.stderr).toContain('the URL carries the session token (X-Amz-Security-Token)');
    expect(run.stderr).toContain('treat it like the token');
  });

  it('long-term keys: no token in the URL, and stderr still says who can use it', () => {
    const run = presign([`${api.url}/`, '--profile', 'static', '--region', 'us-east-1']);
    expect(printedUrl(run)).not.toContain('X-Amz-Security-Token');
    expect(run.stderr).toContain('anyone who has the URL can use it until it expires');
    expect(run.stderr).not.toContain('session token');
  });
});

describe('presign: what the stand-in refuses with 403, as API Gateway does', () => {
  it('a tampered URL: another signature, another path, another query', async () => {
    const url = printedUrl(presign([`${api.url}/chat?room=1`, '--profile', 'static', '--region', 'us-east-1']));
    const lastHex = url.slice(-1) === '0' ? '1' : '0';
    const tampered = [url.slice(0, -1) + lastHex, url.replace('/chat?', '/chat2?'), url.replace('room=1', 'room=2')];
    for (const changed of tampered) {
      expect(await connectAndSend(changed, 'hello')).toEqual({ refusedWith: 403 });
      expect(lastConnect().refusal?.type).toBe('InvalidSignatureException');
    }
    expect(await connectAndSend(url, 'the untouched one')).toEqual({ echoed: 'the untouched one' });
  });

  it('an expired URL: accepted within --expires on the stand-in clock, refused past it', async () => {
    const url = printedUrl(presign([`${api.url}/chat`, '--profile', 'static', '--region', 'us-east-1', '--expires', '60']));
    expect(new URL(url).searchParams.get('X-Amz-Expires')).toBe('60');
    clockOffsetMs = 30_000;
    expect(await connectAndSend(url, 'in time')).toEqual({ echoed: 'in time' });
    clockOffsetMs = 65_000;
    expect(await connectAndSend(url, 'too late')).toEqual({ refusedWith: 403 });
    expect(lastConnect().refusal?.message).toMatch(/^Signature expired: \d{8}T\d{6}Z is now earlier than/);
  });

  it('an unsigned connect', async () => {
    expect(await connectAndSend(`${api.url}/chat`, 'hello')).toEqual({ refusedWith: 403 });
  });
});

describe('presign: expiry', () => {
  it('credentials that expire before the URL: stderr gives their expiry and the --expires that fits', () => {
    const expiration = new Date(Date.now() + 10 * 60 * 1000);
    const run = presign([`${api.url}/`, '--region', 'us-east-1', '--expires', '3600'], { ...TEMPORARY_ENV, AWS_CREDENTIAL_EXPIRATION: expiration.toISOString() });
    printedUrl(run);
    const iso = expiration.toISOString().replace(/\.\d{3}Z$/, 'Z');
    expect(run.stderr).toMatch(new RegExp(`note: these credentials expire at ${iso}, before the URL would: it stops working then\\. Pass --expires (59\\d|600) or less`));
  });

  it('credentials that outlive the URL: no such note', () => {
    const expiration = new Date(Date.now() + 2 * 3600 * 1000);
    const run = presign([`${api.url}/`, '--region', 'us-east-1', '--expires', '3600'], { ...TEMPORARY_ENV, AWS_CREDENTIAL_EXPIRATION: expiration.toISOString() });
    printedUrl(run);
    expect(run.stderr).not.toContain('these credentials expire');
  });

  it('--expires defaults to 900 and takes up to 604800 (7 days)', () => {
    expect(new URL(printedUrl(presign([`${api.url}/`, '--profile', 'static', '--region', 'us-east-1']))).searchParams.get('X-Amz-Expires')).toBe('900');
    const week = presign([`${api.url}/`, '--profile', 'static', '--region', 'us-east-1', '--expires', '604800']);
    expect(new URL(printedUrl(week)).searchParams.get('X-Amz-Expires')).toBe('604800');
    expect(week.stderr).toContain('valid 604800 s');
  });
});

describe('presign: bad input is refused with exit status 1 and the flag named, before any credentials are looked up', () => {
  const profileless = { AWS_PROFILE: 'no-such-profile' };
  it.each([
    [['--expires', '604801'], /^postman-sigv4: --expires is "604801", which is not a whole number of seconds from 1 to 604800/],
    [['--expires', '0'], /^postman-sigv4: --expires is "0"/],
    [['--expires', '15m'], /^postman-sigv4: --expires is "15m"/],
    [['--method', 'POST'], /^postman-sigv4: --method POST: a WebSocket connection \(the \$connect request\) is always a GET/],
    [['--signing-host', 'https://abc.execute-api.us-east-1.amazonaws.com/prod'], /^postman-sigv4: --signing-host must be a host name only, without a scheme or path: set it to abc\.execute-api\.us-east-1\.amazonaws\.com, and --origin-path to \/prod/],
    [['--origin-path', 'prod'], /^postman-sigv4: --origin-path "prod" must start with "\/"/],
    [['--region', 'mars'], /^postman-sigv4: --region "mars" is not a region name like us-east-1/],
    [['--signing-host', '{{apiHost}}'], /^postman-sigv4: --signing-host contains \{\{apiHost\}\}, a Postman variable this command cannot resolve/],
    [[], /^postman-sigv4: --region is not set, and the signing host 127\.0\.0\.1:\d+ names no region\. Set --region to the API's region, e\.g\. us-east-1, or set --signing-host/],
  ])('%j', (flags, message) => {
    const run = presign([`${api.url}/chat`, ...flags], profileless);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it.each([
    ['ftp://example.com/file', /^postman-sigv4: The URL must start with wss:\/\/, ws:\/\/, https:\/\/ or http:\/\/, not ftp:\/\//],
    ['abc123.execute-api.us-east-1.amazonaws.com/prod', /^postman-sigv4: The URL must start with wss:\/\/, ws:\/\/, https:\/\/ or http:\/\/; give the full URL/],
    ['wss://{{host}}/prod', /^postman-sigv4: URL contains \{\{host\}\}/],
    ['wss://user:pass@abc123.execute-api.us-east-1.amazonaws.com/prod', /^postman-sigv4: The URL has a user name or password before "@"; remove it/],
    ['wss://abc123.execute-api.us-east-1.amazonaws.com/prod/../chat', /^postman-sigv4: The URL would not be sent as signed: a browser or WebSocket client sends its host and path as abc123\.execute-api\.us-east-1\.amazonaws\.com\/chat/],
  ])('the URL %s', (url, message) => {
    const run = presign([url], profileless);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toContain('user:pass');
  });

  it('no credentials anywhere: exit status 1, saying where the AWS SDK looked and what to do', () => {
    const run = presign([`${api.url}/`, '--region', 'us-east-1']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^postman-sigv4: no credentials from the default AWS credential chain .*: no AWS credentials found .* AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY\.\n$/);
  });

  it('a profile that does not exist: exit status 1, listing the profiles there are', () => {
    const run = presign([`${api.url}/`, '--region', 'us-east-1', '--profile', 'nope']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/profile nope is not in .*; the profiles there: static\./);
  });

  it('secrets are never taken from a flag', () => {
    const run = presign([`${api.url}/`, '--region', 'us-east-1', '--secret-access-key', 'x']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("unknown option '--secret-access-key'");
  });
});
