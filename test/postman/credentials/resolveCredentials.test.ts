import { describe, expect, it } from 'vitest';
import { readCredentialSource } from '../../../src/postman/credentials/credentialSource';
import { resolveCredentials, type ResolvedCredentials } from '../../../src/postman/credentials/resolveCredentials';
import type { Pm, PmResponse, PmSendRequest, PmVariables } from '../../../src/postman/sandbox';

/**
 * The adapter's side of caching (SPEC "Credential sources"): one fetch per set of inputs for the
 * run, again when less than 5 minutes remain, expired answers refused, the role on top of its base.
 * The cache lives in the module for the run, so each test uses an endpoint URL of its own.
 */
const START = Date.parse('2026-12-03T10:00:00Z');
let endpoints = 0;
const freshUrl = () => `http://127.0.0.1:9911/credentials/${++endpoints}`;

interface Fake {
  pm: Pm;
  calls: PmSendRequest[];
  now: { ms: number };
}

function fake(values: Record<string, string>, lifetimeMs: number, vault: Record<string, string> = {}, endpointKeyId = 'ASIAENDPOINT'): Fake {
  const calls: PmSendRequest[] = [];
  const now = { ms: START };
  const respond = (code: number, text: string): PmResponse => ({ code, headers: { get: () => undefined }, text: () => text });
  const variables: PmVariables = { get: (name) => values[name], set: () => undefined, unset: () => undefined, replaceIn: (text) => text };
  const pm = {
    variables,
    vault: { get: (name: string) => Promise.resolve(vault[name]) },
    // Answered later, as the sandbox does: what a callback throws then reaches no try of the caller's.
    sendRequest: (request: PmSendRequest, answer: (error: null, response: PmResponse) => void) => {
      const callback = (error: null, response: PmResponse) => setTimeout(() => answer(error, response), 0);
      calls.push(request);
      const n = calls.length;
      const expiration = new Date(now.ms + lifetimeMs).toISOString();
      if (request.url.startsWith('https://sts.')) {
        callback(null, respond(200, `<AssumeRoleResponse><AssumeRoleResult><Credentials><AccessKeyId>ASIAROLE${n}</AccessKeyId><SecretAccessKey>role-secret</SecretAccessKey><SessionToken>role-token</SessionToken><Expiration>${expiration}</Expiration></Credentials></AssumeRoleResult></AssumeRoleResponse>`));
      } else {
        callback(null, respond(200, JSON.stringify({ AccessKeyId: `${endpointKeyId}${n}`, SecretAccessKey: 'endpoint-secret', Token: 'endpoint-token', Expiration: expiration })));
      }
    },
  } as unknown as Pm;
  return { pm, calls, now };
}

function resolve(f: Fake, requestRegion = 'us-east-1'): Promise<ResolvedCredentials> {
  return new Promise((done, failed) => {
    resolveCredentials(f.pm, readCredentialSource(f.pm.variables), requestRegion, () => new Date(f.now.ms), (error, resolved) => (error ? failed(error) : done(resolved!)));
  });
}

const HOUR = 3600_000;
const MINUTE = 60_000;

describe('resolveCredentials', () => {
  it('fetches once for many requests, and says where they came from and until when', async () => {
    const f = fake({ aws_credentials_url: freshUrl(), aws_credentials_token: 'tok' }, HOUR);
    const first = await resolve(f);
    f.now.ms += 30 * MINUTE;
    const second = await resolve(f);
    expect(f.calls).toHaveLength(1);
    expect(first.credentials).toEqual({ accessKeyId: 'ASIAENDPOINT1', secretAccessKey: 'endpoint-secret', sessionToken: 'endpoint-token' });
    expect(second.credentials).toEqual(first.credentials);
    expect(first.description).toBe('the credentials endpoint, valid until 2026-12-03T11:00:00.000Z');
    expect(second.description).toBe('the credentials endpoint (kept from an earlier request), valid until 2026-12-03T11:00:00.000Z');
  });

  it('fetches again when less than 5 minutes remain, not before', async () => {
    const f = fake({ aws_credentials_url: freshUrl() }, 10 * MINUTE);
    await resolve(f);
    f.now.ms += 5 * MINUTE - 1;
    await resolve(f);
    expect(f.calls).toHaveLength(1);
    f.now.ms += 2;
    expect((await resolve(f)).credentials.accessKeyId).toBe('ASIAENDPOINT2');
    expect(f.calls).toHaveLength(2);
  });

  it('keys the cache by the inputs: another token is another fetch', async () => {
    const url = freshUrl();
    const a = fake({ aws_credentials_url: url, aws_credentials_token: 'one' }, HOUR);
    await resolve(a);
    await resolve(a);
    const b = fake({ aws_credentials_url: url, aws_credentials_token: 'two' }, HOUR);
    await resolve(b);
    expect([a.calls.length, b.calls.length]).toEqual([1, 1]);
  });

  it('refuses credentials that are already expired, naming the variable, and keeps none of them', async () => {
    const f = fake({ aws_credentials_url: freshUrl() }, -MINUTE);
    await expect(resolve(f)).rejects.toThrow('aws_credentials_url: the credentials endpoint returned credentials that expired at 2026-12-03T09:59:00.000Z. Refresh the credentials it serves (for an SSO profile: aws sso login), and check this computer\'s clock.');
    await expect(resolve(f)).rejects.toThrow('expired');
    expect(f.calls).toHaveLength(2);
  });

  it('assumes the role once on top of the endpoint, and again when the base is fetched again', async () => {
    const f = fake({ aws_credentials_url: freshUrl(), aws_role_arn: 'arn:aws:iam::123456789012:role/ApiCaller' }, HOUR);
    const first = await resolve(f);
    const second = await resolve(f);
    expect(second.description).toBe('role arn:aws:iam::123456789012:role/ApiCaller assumed with the credentials endpoint (kept from an earlier request), valid until 2026-12-03T11:00:00.000Z');
    expect(second.credentials).toEqual({ accessKeyId: 'ASIAROLE2', secretAccessKey: 'role-secret', sessionToken: 'role-token' });
    expect(f.calls.map((call) => call.url)).toEqual([expect.stringMatching(/^http:\/\/127\.0\.0\.1/), 'https://sts.us-east-1.amazonaws.com']);
    expect(first.credentials.accessKeyId).toBe('ASIAROLE2');
    expect(first.description).toBe('role arn:aws:iam::123456789012:role/ApiCaller assumed with the credentials endpoint, valid until 2026-12-03T11:00:00.000Z');
    // The STS call is signed with the endpoint's credentials, in the request's region.
    const authorization = f.calls[1].header.find((header) => header.key === 'Authorization')!.value;
    expect(authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=ASIAENDPOINT1\/20261203\/us-east-1\/sts\/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-security-token, Signature=[0-9a-f]{64}$/);
    f.now.ms += 56 * MINUTE;
    await resolve(f);
    expect(f.calls).toHaveLength(4);
  });

  it('reads {{vault:NAME}} values before fetching, and fetches nothing when Vault lacks one', async () => {
    const url = freshUrl();
    const f = fake({ aws_credentials_url: url, aws_credentials_token: '{{vault:endpoint-token}}' }, HOUR, { 'endpoint-token': 'from-vault' });
    await resolve(f);
    expect(f.calls[0].header).toContainEqual({ key: 'Authorization', value: 'from-vault' });
    const missing = fake({ aws_credentials_url: freshUrl(), aws_credentials_token: '{{vault:absent}}' }, HOUR);
    await expect(resolve(missing)).rejects.toThrow('aws_credentials_token is {{vault:absent}}, but Postman Vault has no secret named absent.');
    expect(missing.calls).toEqual([]);
  });

  it('calls the default endpoints of the region\'s partition (the AWS SDK\'s dnsSuffix), and signs for that region', async () => {
    const role = fake({ aws_credentials_url: freshUrl(), aws_role_arn: 'arn:aws-cn:iam::123456789012:role/ApiCaller' }, HOUR);
    await resolve(role, 'cn-north-1');
    expect(role.calls[1].url).toBe('https://sts.cn-north-1.amazonaws.com.cn');
    expect(role.calls[1].header.find((header) => header.key === 'Authorization')!.value).toContain('/cn-north-1/sts/aws4_request');
    // The fake answers Cognito with container JSON, which fails to parse: only the URL called matters here.
    const pool = fake({ aws_cognito_identity_pool_id: 'cn-north-1:1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d' }, HOUR);
    await expect(resolve(pool)).rejects.toThrow('aws_cognito_identity_pool_id');
    expect(pool.calls.map((call) => call.url)).toEqual(['https://cognito-identity.cn-north-1.amazonaws.com.cn/']);
    const user = fake({ aws_cognito_identity_pool_id: 'eusc-de-east-1:1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d', aws_cognito_user_pool_id: 'eusc-de-east-1_AbC123', aws_cognito_client_id: 'client', aws_cognito_username: 'alice', aws_cognito_password: 'pw' }, HOUR);
    await expect(resolve(user)).rejects.toThrow();
    expect(user.calls.map((call) => call.url)).toEqual(['https://cognito-idp.eusc-de-east-1.amazonaws.eu/']);
  });

  it('a base the STS call cannot be signed with is named by where it came from, and STS is not called', async () => {
    const keys = fake({ aws_access_key_id: 'AKID/EXAMPLE', aws_secret_access_key: 'secret', aws_role_arn: 'arn:aws:iam::123456789012:role/ApiCaller' }, HOUR);
    await expect(resolve(keys)).rejects.toThrow('aws_access_key_id contains "/", "," or "=", which an access key id never does, so the call to STS AssumeRole for aws_role_arn cannot be signed. Fix aws_access_key_id.');
    expect(keys.calls).toEqual([]);
    const fetched = fake({ aws_credentials_url: freshUrl(), aws_role_arn: 'arn:aws:iam::123456789012:role/ApiCaller' }, HOUR, {}, 'ASIA,');
    await expect(resolve(fetched)).rejects.toThrow('aws_credentials_url: the AccessKeyId the credentials endpoint returned contains "/", "," or "=", which an access key id never does, so the call to STS AssumeRole for aws_role_arn cannot be signed. Check the profile it serves.');
    expect(fetched.calls).toHaveLength(1);
    // Answered once, with a fresh endpoint: the refusal does not travel back through the endpoint's callback.
    const again = fake({ aws_credentials_url: freshUrl(), aws_role_arn: 'arn:aws:iam::123456789012:role/ApiCaller' }, HOUR, {}, 'ASIA,');
    const answers = await answersOf(again);
    expect(answers).toHaveLength(1);
    expect(String(answers[0])).toContain('AccessKeyId the credentials endpoint returned');
    expect(again.calls).toHaveLength(1);
  });

  it('a bad value read after a call has answered is answered once, never thrown into the sandbox', async () => {
    const f = fake({ aws_credentials_url: freshUrl(), aws_role_arn: 'arn:aws:iam::123456789012:role/ApiCaller', aws_sts_endpoint: '{{nope}}' }, HOUR);
    const answers = await answersOf(f);
    expect(answers.map(String)).toEqual(['SigningProblem: aws_sts_endpoint refers to {{nope}}, which is not defined. Define nope in the environment or the collection variables.']);
  });
});

/** Every answer resolveCredentials gives within 50 ms, and whatever escapes into the event loop meanwhile. */
async function answersOf(f: Fake): Promise<unknown[]> {
  const answers: unknown[] = [];
  const escaped: unknown[] = [];
  const onEscape = (error: unknown) => escaped.push(error);
  process.on('uncaughtException', onEscape);
  try {
    try {
      resolveCredentials(f.pm, readCredentialSource(f.pm.variables), 'us-east-1', () => new Date(f.now.ms), (error) => answers.push(error));
    } catch (thrown) {
      answers.push(thrown);
    }
    await new Promise((settle) => setTimeout(settle, 50));
  } finally {
    process.off('uncaughtException', onEscape);
  }
  expect(escaped).toEqual([]);
  return answers;
}
