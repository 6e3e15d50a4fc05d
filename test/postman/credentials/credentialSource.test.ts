import { describe, expect, it } from 'vitest';
import { readCredentialSource } from '../../../src/postman/credentials/credentialSource';
import type { PmVariables } from '../../../src/postman/sandbox';

/** Variables as the sandbox gives them: replaceIn resolves {{name}} from the same values and leaves unknown names as written. */
function variables(values: Record<string, string>): PmVariables {
  return {
    get: (name) => values[name],
    set: () => undefined,
    unset: () => undefined,
    replaceIn: (text) => text.replace(/\{\{([^{}]+)\}\}/g, (whole, name: string) => (name in values ? values[name] : whole)),
  };
}
const read = (values: Record<string, string>) => readCredentialSource(variables(values));

const KEYS = { aws_access_key_id: 'AKIDEXAMPLE', aws_secret_access_key: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const POOL = 'eu-west-1:1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d';
const USER_POOL = 'eu-central-1_AbCdEf123';
const URL = 'http://127.0.0.1:9911/';
const ROLE = 'arn:aws:iam::123456789012:role/ApiCaller';

describe('static keys', () => {
  it('are the source when nothing else is set, trimmed, with the session token when there is one', () => {
    const source = read({ aws_access_key_id: ' AKIDEXAMPLE ', aws_secret_access_key: KEYS.aws_secret_access_key, aws_session_token: 'token' });
    expect(source.base).toEqual({
      kind: 'keys',
      accessKeyId: { variable: 'aws_access_key_id', text: 'AKIDEXAMPLE' },
      secretAccessKey: { variable: 'aws_secret_access_key', text: KEYS.aws_secret_access_key },
      sessionToken: { variable: 'aws_session_token', text: 'token' },
    });
    expect(source.role).toBeUndefined();
    expect(source.secrets.map((secret) => secret.variable)).toEqual(['aws_access_key_id', 'aws_secret_access_key', 'aws_session_token']);
  });
  it('missing entirely: names the key id and the other sources', () => {
    expect(() => read({})).toThrow('aws_access_key_id is not set. Set it in the active environment (as a secret) or as a collection variable, or set aws_credentials_url or aws_cognito_identity_pool_id to fetch temporary credentials.');
  });
  it('half set: names the one missing', () => {
    expect(() => read({ aws_secret_access_key: 'secret' })).toThrow('aws_access_key_id is not set. Set it in the active environment (as a secret) or as a collection variable.');
    expect(() => read({ aws_access_key_id: 'AKIDEXAMPLE', aws_secret_access_key: '  ' })).toThrow('aws_secret_access_key is not set.');
  });
  it('resolve {{references}}, and refuse one to a variable that is not defined', () => {
    const source = read({ ...KEYS, aws_session_token: '{{token}}', token: 'resolved' });
    expect(source.base).toMatchObject({ sessionToken: { text: 'resolved' } });
    expect(() => read({ ...KEYS, aws_session_token: '{{missing}}' })).toThrow('aws_session_token refers to {{missing}}, which is not defined.');
  });
});

describe('one base source per request: two at once name both variables', () => {
  it.each([
    [{ ...KEYS, aws_credentials_url: URL }, 'aws_access_key_id and aws_credentials_url'],
    [{ aws_session_token: 'token', aws_credentials_url: URL }, 'aws_session_token and aws_credentials_url'],
    [{ ...KEYS, aws_cognito_identity_pool_id: POOL }, 'aws_access_key_id and aws_cognito_identity_pool_id'],
    [{ aws_credentials_url: URL, aws_cognito_identity_pool_id: POOL }, 'aws_credentials_url and aws_cognito_identity_pool_id'],
  ])('%j', (values, both) => {
    expect(() => read(values)).toThrow(`${both} are both set, but a request takes its credentials from one source.`);
  });
  it('an empty value does not count as set (an environment overriding a collection variable)', () => {
    expect(read({ aws_access_key_id: '', aws_secret_access_key: '', aws_credentials_url: URL }).base.kind).toBe('endpoint');
  });
});

describe('credentials endpoint', () => {
  it('with and without its token', () => {
    expect(read({ aws_credentials_url: URL, aws_credentials_token: 'tok' })).toEqual({
      base: { kind: 'endpoint', url: URL, token: { variable: 'aws_credentials_token', text: 'tok' } },
      role: undefined,
      secrets: [{ variable: 'aws_credentials_token', text: 'tok' }],
    });
    expect(read({ aws_credentials_url: URL }).secrets).toEqual([]);
  });
});

describe('Postman Vault references', () => {
  it('exactly {{vault:NAME}}, directly or through a reference, is read later from Vault', () => {
    expect(read({ aws_credentials_url: URL, aws_credentials_token: '{{vault:endpoint-token}}' }).secrets).toEqual([{ variable: 'aws_credentials_token', vaultName: 'endpoint-token' }]);
    expect(read({ ...KEYS, aws_secret_access_key: '{{mine}}', mine: ' {{vault:aws-secret}} ' }).secrets[1]).toEqual({ variable: 'aws_secret_access_key', vaultName: 'aws-secret' });
  });
  it('mixed with other text is refused', () => {
    expect(() => read({ ...KEYS, aws_session_token: 'x{{vault:token}}' })).toThrow('aws_session_token mixes a {{vault:...}} reference with other text.');
  });
});

describe('Cognito identity pool', () => {
  it('without a user pool: an unauthenticated identity in the pool\'s region', () => {
    expect(read({ aws_cognito_identity_pool_id: POOL })).toEqual({ base: { kind: 'cognito', identityPoolId: POOL, region: 'eu-west-1' }, role: undefined, secrets: [] });
  });
  it('with an ID token', () => {
    const source = read({ aws_cognito_identity_pool_id: POOL, aws_cognito_user_pool_id: USER_POOL, aws_cognito_id_token: 'eyJ.token' });
    expect(source.base).toEqual({ kind: 'cognito', identityPoolId: POOL, region: 'eu-west-1', signIn: { userPoolId: USER_POOL, region: 'eu-central-1', idToken: { variable: 'aws_cognito_id_token', text: 'eyJ.token' } } });
    expect(source.secrets).toEqual([{ variable: 'aws_cognito_id_token', text: 'eyJ.token' }]);
  });
  it('with username and password, and the client secret when set', () => {
    const source = read({
      aws_cognito_identity_pool_id: POOL,
      aws_cognito_user_pool_id: USER_POOL,
      aws_cognito_client_id: 'client',
      aws_cognito_username: 'alice',
      aws_cognito_password: 'pw',
      aws_cognito_client_secret: 'cs',
    });
    expect(source.base).toMatchObject({ signIn: { clientId: 'client', username: 'alice', password: { text: 'pw' }, clientSecret: { text: 'cs' } } });
    expect(source.secrets.map((secret) => secret.variable)).toEqual(['aws_cognito_password', 'aws_cognito_client_secret']);
  });
  const signIn = { aws_cognito_identity_pool_id: POOL, aws_cognito_user_pool_id: USER_POOL };
  it.each([
    [{ aws_cognito_identity_pool_id: 'eu-west-1_notapool' }, 'aws_cognito_identity_pool_id "eu-west-1_notapool" is not an identity pool id.'],
    [{ aws_cognito_identity_pool_id: POOL.toUpperCase() }, 'is not an identity pool id. Copy it from the identity pool\'s overview: REGION:GUID'],
    [{ aws_cognito_identity_pool_id: POOL, aws_cognito_username: 'alice' }, 'aws_cognito_username is set, but aws_cognito_user_pool_id is not.'],
    [{ aws_cognito_identity_pool_id: POOL, aws_cognito_id_token: 'eyJ' }, 'aws_cognito_id_token is set, but aws_cognito_user_pool_id is not.'],
    [{ ...signIn, aws_cognito_user_pool_id: 'eu-west-1:pool' }, 'aws_cognito_user_pool_id "eu-west-1:pool" is not a user pool id.'],
    [{ ...signIn, aws_cognito_id_token: 'eyJ', aws_cognito_password: 'pw' }, 'aws_cognito_id_token and aws_cognito_password are both set.'],
    [{ ...signIn, aws_cognito_client_id: 'client', aws_cognito_password: 'pw' }, 'aws_cognito_username is not set to sign in to aws_cognito_user_pool_id; or set aws_cognito_id_token instead.'],
    [{ ...signIn, aws_cognito_username: 'alice', aws_cognito_password: 'pw' }, 'aws_cognito_client_id is not set to sign in to aws_cognito_user_pool_id'],
    [{ ...signIn, aws_cognito_username: 'alice', aws_cognito_client_id: 'client' }, 'aws_cognito_password is not set to sign in to aws_cognito_user_pool_id'],
    [{ ...signIn }, 'aws_cognito_username is not set'],
  ])('%j is refused', (values, message) => {
    expect(() => read(values)).toThrow(message);
  });
  it('with a role on top is refused: the identity pool chooses the role', () => {
    expect(() => read({ aws_cognito_identity_pool_id: POOL, aws_role_arn: ROLE })).toThrow('aws_role_arn is set together with aws_cognito_identity_pool_id');
  });
});

describe('assumed role', () => {
  it('on static keys, with STS\'s defaults: session name postman-sigv4, 3600 seconds', () => {
    expect(read({ ...KEYS, aws_role_arn: ROLE }).role).toEqual({ roleArn: ROLE, roleSessionName: 'postman-sigv4', externalId: undefined, durationSeconds: 3600 });
  });
  it('on the endpoint, with every setting', () => {
    const source = read({ aws_credentials_url: URL, aws_role_arn: 'arn:aws-cn:iam::123456789012:role/path/to/Role', aws_role_session_name: 'ci@build-7', aws_role_external_id: 'ext:id/1', aws_role_duration_seconds: '900' });
    expect(source.base.kind).toBe('endpoint');
    expect(source.role).toEqual({ roleArn: 'arn:aws-cn:iam::123456789012:role/path/to/Role', roleSessionName: 'ci@build-7', externalId: 'ext:id/1', durationSeconds: 900 });
  });
  it.each(['900', '43200', ' 7200 '])('duration %j is accepted', (duration) => {
    expect(read({ ...KEYS, aws_role_arn: ROLE, aws_role_duration_seconds: duration }).role!.durationSeconds).toBe(Number(duration));
  });
  it.each(['899', '43201', '1e3', '3600.5', '-900', 'one hour', '0x384'])('duration %j is refused with STS\'s limits', (duration) => {
    expect(() => read({ ...KEYS, aws_role_arn: ROLE, aws_role_duration_seconds: duration })).toThrow('aws_role_duration_seconds "' + duration.trim() + '" is not a number of seconds from 900 to 43200');
  });
  it.each([
    [{ aws_role_arn: 'ApiCaller' }, 'aws_role_arn "ApiCaller" is not a role ARN.'],
    [{ aws_role_arn: 'arn:aws:iam::123456789012:user/alice' }, 'is not a role ARN.'],
    [{ aws_role_arn: 'arn:aws:iam::12345:role/ApiCaller' }, 'is not a role ARN.'],
    [{ aws_role_arn: ROLE, aws_role_session_name: 'a' }, 'aws_role_session_name "a" is not a role session name: use 2 to 64'],
    [{ aws_role_arn: ROLE, aws_role_session_name: 'has space' }, 'is not a role session name'],
    [{ aws_role_arn: ROLE, aws_role_session_name: 'x'.repeat(65) }, 'is not a role session name'],
    [{ aws_role_arn: ROLE, aws_role_external_id: 'x' }, 'aws_role_external_id is not an external id STS accepts'],
    [{ aws_role_arn: ROLE, aws_role_external_id: 'has space' }, 'aws_role_external_id is not an external id STS accepts'],
  ])('%j is refused', (values, message) => {
    expect(() => read({ ...KEYS, ...values })).toThrow(message);
  });
  it('the external id, a secret of sorts, is not quoted in its complaint', () => {
    expect(() => read({ ...KEYS, aws_role_arn: ROLE, aws_role_external_id: 'secret external id' })).toThrow(/^(?!.*secret external id)/);
  });
});
