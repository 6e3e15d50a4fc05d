import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCredentialIssuer, IssuedCredential } from './credentialIssuer';
import { EXPIRED_CREDENTIALS, LONG_TERM_CREDENTIALS, STATIC_PRINCIPAL_ARN, TEMPORARY_CREDENTIALS } from './credentials';
import { startSts, StsStandIn } from './sts';
import { assumeRoleRaw, xmlText } from './stsTestClient';
import { sendRaw } from './testClient';

const ROLE = 'arn:aws:iam::123456789012:role/StackRole';
const DENIED_ROLE = 'arn:aws:iam::123456789012:role/NobodyRole';
const EXTERNAL_ROLE = 'arn:aws:iam::123456789012:role/PartnerRole';
const issuer = createCredentialIssuer();
let sts: StsStandIn;

beforeAll(async () => {
  sts = await startSts({
    issuer,
    roles: [
      { arn: ROLE, allowedPrincipals: [STATIC_PRINCIPAL_ARN, 'arn:aws:iam::123456789012:user/issued'] },
      { arn: DENIED_ROLE, allowedPrincipals: [] },
      { arn: EXTERNAL_ROLE, allowedPrincipals: ['*'], externalId: 'partner-42' },
    ],
  });
});
afterAll(() => sts.close());

const assume = (params: Record<string, string>, credentials = LONG_TERM_CREDENTIALS) =>
  assumeRoleRaw({ port: sts.port, credentials, params });

function expectStsError(response: { status: number; body: string }, status: number, code: string, message: string) {
  expect(response.status).toBe(status);
  expect(response.body).toMatch(/^<ErrorResponse xmlns="https:\/\/sts\.amazonaws\.com\/doc\/2011-06-15\/">/);
  expect(xmlText(response.body, 'Type')).toBe('Sender');
  expect(xmlText(response.body, 'Code')).toBe(code);
  expect(xmlText(response.body, 'Message')).toBe(message);
  expect(xmlText(response.body, 'RequestId')).toMatch(/^[0-9a-f-]{36}$/);
}

describe('STS stand-in AssumeRole success', () => {
  it('answers the XML shape, with the issued credentials entity-escaped and DurationSeconds honoured', async () => {
    const before = Date.now();
    const response = await assume({ RoleArn: ROLE, RoleSessionName: 'postman', DurationSeconds: '1800' });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/xml');
    expect(response.body).toMatch(
      /^<AssumeRoleResponse xmlns="https:\/\/sts\.amazonaws\.com\/doc\/2011-06-15\/">\s*<AssumeRoleResult>\s*<AssumedRoleUser>/,
    );
    const issued = issuer.find(xmlText(response.body, 'AccessKeyId') ?? '') as IssuedCredential;
    expect(issued.accessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(xmlText(response.body, 'SecretAccessKey')).toBe(issued.secretAccessKey);
    expect(xmlText(response.body, 'SessionToken')).toBe(issued.sessionToken);
    const expiration = xmlText(response.body, 'Expiration') as string;
    expect(expiration).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(Date.parse(expiration)).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 + 1800_000);
    expect(Date.parse(expiration)).toBeLessThanOrEqual(Date.now() + 1800_000);
    expect(xmlText(response.body, 'Arn')).toBe('arn:aws:sts::123456789012:assumed-role/StackRole/postman');
    expect(xmlText(response.body, 'AssumedRoleId')).toMatch(/^AROA[A-Z2-7]{17}:postman$/);
    expect(response.body).toMatch(/<ResponseMetadata>\s*<RequestId>[0-9a-f-]{36}<\/RequestId>/);
    expect(issued.principalArn).toBe('arn:aws:sts::123456789012:assumed-role/StackRole/postman');
  });

  it('is read by the AWS SDK (fromTemporaryCredentials) signing with a session token', async () => {
    const base = issuer.issue({ lifetimeSeconds: 600, principalArn: 'arn:aws:iam::123456789012:user/issued' });
    const provider = fromTemporaryCredentials({
      params: { RoleArn: ROLE, RoleSessionName: 'sdk-check', DurationSeconds: 900 },
      masterCredentials: base,
      clientConfig: { endpoint: sts.url, region: 'us-east-1' },
    });
    const credentials = await provider();
    const issued = issuer.find(credentials.accessKeyId) as IssuedCredential;
    expect(credentials.secretAccessKey).toBe(issued.secretAccessKey);
    expect(credentials.sessionToken).toBe(issued.sessionToken);
    expect(credentials.expiration?.getTime()).toBe(Math.floor(issued.expiration.getTime() / 1000) * 1000);
  });

  it('also accepts the static temporary credentials (session token checked)', async () => {
    const params = { RoleArn: EXTERNAL_ROLE, RoleSessionName: 's1', ExternalId: 'partner-42' };
    const response = await assume(params, TEMPORARY_CREDENTIALS);
    expect(response.status).toBe(200);
  });

  it('forces a short lifetime when configured, whatever DurationSeconds says', async () => {
    const short = await startSts({ issuer, roles: [{ arn: ROLE, allowedPrincipals: ['*'] }], lifetimeSeconds: 5 });
    try {
      const response = await assumeRoleRaw({
        port: short.port,
        credentials: LONG_TERM_CREDENTIALS,
        params: { RoleArn: ROLE, RoleSessionName: 'short', DurationSeconds: '3600' },
      });
      const issued = issuer.find(xmlText(response.body, 'AccessKeyId') ?? '') as IssuedCredential;
      expect(issued.expiration.getTime() - Date.now()).toBeLessThanOrEqual(5000);
      expect(short.calls.AssumeRole).toBe(1);
    } finally {
      await short.close();
    }
  });
});

describe('STS stand-in errors', () => {
  it('AccessDenied (403) for a role the caller may not assume, with AWS wording', async () => {
    expectStsError(
      await assume({ RoleArn: DENIED_ROLE, RoleSessionName: 'x1' }),
      403,
      'AccessDenied',
      `User: ${STATIC_PRINCIPAL_ARN} is not authorized to perform: sts:AssumeRole on resource: ${DENIED_ROLE}`,
    );
  });

  it('AccessDenied for an unknown role and for a missing or wrong ExternalId', async () => {
    const cases: Record<string, string>[] = [
      { RoleArn: 'arn:aws:iam::123456789012:role/Nope', RoleSessionName: 'x1' },
      { RoleArn: EXTERNAL_ROLE, RoleSessionName: 'x1' },
      { RoleArn: EXTERNAL_ROLE, RoleSessionName: 'x1', ExternalId: 'other' },
    ];
    for (const params of cases) {
      const response = await assume(params);
      expect(response.status).toBe(403);
      expect(xmlText(response.body, 'Code')).toBe('AccessDenied');
    }
  });

  it('SignatureDoesNotMatch (403) for a request signed with a wrong secret', async () => {
    const wrong = { ...LONG_TERM_CREDENTIALS, secretAccessKey: LONG_TERM_CREDENTIALS.secretAccessKey.replace(/.$/, 'x') };
    const response = await assume({ RoleArn: ROLE, RoleSessionName: 'x1' }, wrong);
    const message = xmlText(response.body, 'Message') as string;
    // STS appends the canonical request and string to sign it computed (aws/aws-cli#602).
    const [first, canonical] = message.split('\n\nThe Canonical String for this request should have been\n');
    expect(response.status).toBe(403);
    expect(xmlText(response.body, 'Code')).toBe('SignatureDoesNotMatch');
    expect(first).toBe('The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.');
    expect(canonical).toMatch(/^'POST\n\/\n/);
    expect(canonical).toContain("\n\nThe String-to-Sign should have been\n'AWS4-HMAC-SHA256\n");
  });

  it('SignatureDoesNotMatch for the wrong service or region in the scope', async () => {
    for (const call of [{ service: 'execute-api' }, { region: 'eu-west-1' }]) {
      const params = { RoleArn: ROLE, RoleSessionName: 'x1' };
      const response = await assumeRoleRaw({ port: sts.port, credentials: LONG_TERM_CREDENTIALS, params, ...call });
      expect(response.status).toBe(403);
      expect(xmlText(response.body, 'Code')).toBe('SignatureDoesNotMatch');
    }
  });

  it('SignatureDoesNotMatch when the request time is more than 15 minutes off', async () => {
    const response = await assumeRoleRaw({
      port: sts.port,
      credentials: LONG_TERM_CREDENTIALS,
      params: { RoleArn: ROLE, RoleSessionName: 'x1' },
      date: new Date(Date.now() - 16 * 60_000),
    });
    expect(xmlText(response.body, 'Code')).toBe('SignatureDoesNotMatch');
    expect(xmlText(response.body, 'Message')).toMatch(/^Signature expired: \d{8}T\d{6}Z is now earlier than .* - 15 min\.\)$/);
  });

  it('InvalidClientTokenId (403) for an unknown key id and for a wrong session token', async () => {
    const message = 'The security token included in the request is invalid.';
    expectStsError(
      await assume({ RoleArn: ROLE, RoleSessionName: 'x1' }, { ...LONG_TERM_CREDENTIALS, accessKeyId: 'AKIAUNKNOWNEXAMPLE12' }),
      403,
      'InvalidClientTokenId',
      message,
    );
    const badToken = { ...TEMPORARY_CREDENTIALS, sessionToken: 'not-the-token' };
    expectStsError(await assume({ RoleArn: ROLE, RoleSessionName: 'x1' }, badToken), 403, 'InvalidClientTokenId', message);
  });

  it('ExpiredToken (403) for an expired issued credential and for the static expired one', async () => {
    const expired = issuer.issue({ lifetimeSeconds: -1 });
    const message = 'The security token included in the request is expired';
    expectStsError(await assume({ RoleArn: ROLE, RoleSessionName: 'x1' }, expired), 403, 'ExpiredToken', message);
    expectStsError(await assume({ RoleArn: ROLE, RoleSessionName: 'x1' }, EXPIRED_CREDENTIALS), 403, 'ExpiredToken', message);
  });

  it('ValidationError (400) for a bad RoleSessionName or DurationSeconds', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ RoleArn: ROLE, RoleSessionName: 'has space' }, "Value 'has space' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*"],
      [{ RoleArn: ROLE, RoleSessionName: 'x' }, "Value 'x' at 'roleSessionName' failed to satisfy constraint: Member must have length greater than or equal to 2"],
      [{ RoleArn: ROLE }, "Value null at 'roleSessionName' failed to satisfy constraint: Member must not be null"],
      [{ RoleArn: ROLE, RoleSessionName: 'ok', DurationSeconds: '899' }, "Value '899' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900"],
      [{ RoleArn: ROLE, RoleSessionName: 'ok', DurationSeconds: '43201' }, "Value '43201' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 43200"],
    ];
    for (const [params, problem] of cases) {
      expectStsError(await assume(params), 400, 'ValidationError', `1 validation error detected: ${problem}`);
    }
    const two = await assume({ RoleSessionName: 'x' });
    expect(xmlText(two.body, 'Message')).toMatch(/^2 validation errors detected: Value null at 'roleArn'.*; Value 'x' at 'roleSessionName'/);
  });

  it('MissingAuthenticationToken for an unsigned call, InvalidAction for another action', async () => {
    const unsigned = await sendRaw(sts.port, {
      method: 'POST',
      target: '/',
      headers: [
        ['Host', `127.0.0.1:${sts.port}`],
        ['Content-Type', 'application/x-www-form-urlencoded'],
      ],
      body: 'Action=AssumeRole&Version=2011-06-15',
    });
    expectStsError(unsigned, 403, 'MissingAuthenticationToken', 'Request is missing Authentication Token');
    const other = await assume({ Action: 'GetCallerIdentity' });
    expectStsError(other, 400, 'InvalidAction', 'Could not find operation GetCallerIdentity for version 2011-06-15');
  });

  it('counts the calls it received per Action, failures included', () => {
    expect(sts.calls.AssumeRole).toBe(22);
    expect(sts.calls.GetCallerIdentity).toBe(1);
  });
});
