import { describe, expect, it } from 'vitest';
import { assumeRoleForm, MalformedAnswer, parseAssumeRoleResponse, ServiceError } from '../../src/credentials';

const SUCCESS = `<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <AssumeRoleResult>
    <SourceIdentity>Alice</SourceIdentity>
    <AssumedRoleUser>
      <Arn>arn:aws:sts::123456789012:assumed-role/demo/TestAR</Arn>
      <AssumedRoleId>ARO123EXAMPLE123:TestAR</AssumedRoleId>
    </AssumedRoleUser>
    <Credentials>
      <AccessKeyId>ASIAIOSFODNN7EXAMPLE</AccessKeyId>
      <SecretAccessKey>wJalrXUtnFEMI/K7MDENG/bPxRfiCY&amp;&lt;EXAMPLEKEY</SecretAccessKey>
      <SessionToken>
       AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQW&#43;
      </SessionToken>
      <Expiration>2019-11-09T13:34:41Z</Expiration>
    </Credentials>
    <PackedPolicySize>6</PackedPolicySize>
  </AssumeRoleResult>
  <ResponseMetadata>
    <RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId>
  </ResponseMetadata>
</AssumeRoleResponse>`;

describe('STS AssumeRole (Query API)', () => {
  it('form-encodes the parameters strictly (RFC 3986), Action and Version first', () => {
    expect(assumeRoleForm({ roleArn: 'arn:aws:iam::123456789012:role/a b', roleSessionName: 'me@x', externalId: "it's!", durationSeconds: 900 })).toBe(
      'Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fa%20b&RoleSessionName=me%40x&DurationSeconds=900&ExternalId=it%27s%21',
    );
    expect(assumeRoleForm({ roleArn: 'r', roleSessionName: 's' })).toBe('Action=AssumeRole&Version=2011-06-15&RoleArn=r&RoleSessionName=s');
  });

  it("reads the answer of AWS's documentation example, unescaping entities and trimming whitespace", () => {
    expect(parseAssumeRoleResponse({ status: 200, body: SUCCESS })).toEqual({
      accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
      secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCY&<EXAMPLEKEY',
      sessionToken: 'AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQW+',
      expiration: new Date('2019-11-09T13:34:41Z'),
    });
  });

  it("turns STS's ErrorResponse into its code and message", () => {
    const body = `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User: arn:aws:iam::123456789012:user/dev is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/x</Message></Error><RequestId>4a1b</RequestId></ErrorResponse>`;
    try {
      parseAssumeRoleResponse({ status: 403, body });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ServiceError);
      expect((error as ServiceError).code).toBe('AccessDenied');
      expect((error as ServiceError).message).toBe('User: arn:aws:iam::123456789012:user/dev is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/x');
    }
  });

  it('leaves a character reference beyond Unicode as written instead of failing', () => {
    const body = SUCCESS.replace('&#43;', '&#x110000;');
    expect(parseAssumeRoleResponse({ status: 200, body }).sessionToken?.endsWith('&#x110000;')).toBe(true);
  });

  it.each([
    ['an HTML error page', 503, '<html><body>Service Unavailable</body></html>', /without an error code/],
    ['a success without credentials', 200, '<AssumeRoleResponse><AssumeRoleResult></AssumeRoleResult></AssumeRoleResponse>', /no AssumeRoleResult with Credentials/],
    ['credentials without a token', 200, SUCCESS.replace(/<SessionToken>[\s\S]*<\/SessionToken>/, ''), /has no SessionToken/],
  ])('refuses %s as malformed', (_name, status, body, message) => {
    expect(() => parseAssumeRoleResponse({ status, body })).toThrow(MalformedAnswer);
    expect(() => parseAssumeRoleResponse({ status, body })).toThrow(message);
  });
});
