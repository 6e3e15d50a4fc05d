import { describe, expect, it } from 'vitest';
import type { DiagnosisContext } from '../../src/diagnose/context';
import { explain } from '../../src/diagnose/explain';
import { readRejection } from '../../src/diagnose/rejection';

/** S3's error documents as S3 sends them (S3 API reference, "Error responses"; brendanhay/amazonka#767 shows a real CanonicalRequest). */
const xml = (inner: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<Error>${inner}<RequestId>4442587FB7D0A2F9</RequestId><HostId>x</HostId></Error>`;

const SIGNED = 'GET\n/bkt/a%20b\nX-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Security-Token=<aws_session_token>&X-Amz-SignedHeaders=host\nhost:bkt.s3.eu-west-1.amazonaws.com\n\nhost\nUNSIGNED-PAYLOAD';
const TOKEN = 'IQoJ/tok+en=';
const S3_SEEN = SIGNED.replace('bkt.s3.eu-west-1', 'other.s3.eu-west-1').replace('<aws_session_token>', 'IQoJ%2Ftok%2Ben%3D');
const STS = 'AWS4-HMAC-SHA256\n20261125T100000Z\n20261125/eu-west-1/s3/aws4_request\nabc';

function context(overrides: Partial<DiagnosisContext> = {}): DiagnosisContext {
  return { redactedToken: '<aws_session_token>', signedHeaders: [], method: 'GET', sentHost: '127.0.0.1:9000', sentPath: '/bkt/a%20b', sentAuthorization: true, ...overrides };
}

describe('S3 XML errors', () => {
  it('reads SignatureDoesNotMatch with its CanonicalRequest and StringToSign, unescaping entities', () => {
    const body = xml(`<Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message><AWSAccessKeyId>AKIA</AWSAccessKeyId><StringToSign>${STS}</StringToSign><CanonicalRequest>${S3_SEEN.replace(/&/g, '&amp;')}</CanonicalRequest>`);
    expect(readRejection(403, body)).toEqual({ kind: 'mismatch', verifier: 'S3', canonicalRequest: S3_SEEN, stringToSign: STS });
  });

  it('compares S3\'s canonical request with the signed one, the encoded token in the query included', () => {
    const rejection = readRejection(403, xml(`<Code>SignatureDoesNotMatch</Code><StringToSign>${STS}</StringToSign><CanonicalRequest>${S3_SEEN.replace(/&/g, '&amp;')}</CanonicalRequest>`))!;
    const message = explain(rejection, context({ signedCanonicalRequest: SIGNED, sessionToken: TOKEN }));
    expect(message).toBe('The signature does not match: S3 saw host other.s3.eu-west-1.amazonaws.com, the script signed bkt.s3.eu-west-1.amazonaws.com: set sigv4_signing_host to other.s3.eu-west-1.amazonaws.com.');
  });

  it('without a CanonicalRequest (s3rver), an equal string to sign means the secret is wrong', () => {
    const rejection = readRejection(403, xml(`<Code>SignatureDoesNotMatch</Code><StringToSign>${STS}</StringToSign>`))!;
    expect(explain(rejection, context({ signedStringToSign: STS, accessKeyId: 'AKIAX' }))).toMatch(/^Everything S3 verified matches what was signed, so the secret key is wrong: aws_secret_access_key does not belong to aws_access_key_id AKIAX/);
    expect(explain(rejection, context({ signedStringToSign: STS.replace('abc', 'def') }))).toMatch(/^S3 computed another canonical request than the script/);
  });

  it('reads an expired presigned URL and an unknown access key', () => {
    const expired = readRejection(403, xml('<Code>AccessDenied</Code><Message>Request has expired</Message><X-Amz-Expires>60</X-Amz-Expires><Expires>2026-11-25T10:01:00Z</Expires><ServerTime>2026-11-25T10:05:00Z</ServerTime>'))!;
    expect(expired).toEqual({ kind: 'presign-expired', expires: '2026-11-25T10:01:00Z', serverTime: '2026-11-25T10:05:00Z' });
    expect(explain(expired, context({ sentAmzDate: '20261125T100000Z', presignExpiresSeconds: 60 }))).toMatch(
      /^The presigned URL expired: it was signed at 20261125T100000Z for 60 seconds, and S3's clock says 2026-11-25T10:05:00Z\. .*sigv4_presign_expires/,
    );
    const unknown = readRejection(403, xml('<Code>InvalidAccessKeyId</Code><Message>The AWS Access Key Id you provided does not exist in our records.</Message><AWSAccessKeyId>AKIAWRONG</AWSAccessKeyId>'))!;
    expect(explain(unknown, context())).toMatch(/^S3 does not know the access key id AKIAWRONG: check aws_access_key_id/);
  });

  it('leaves other S3 errors and AccessDenied for other reasons alone', () => {
    expect(readRejection(403, xml('<Code>AccessDenied</Code><Message>Access Denied</Message>'))).toBeUndefined();
    expect(readRejection(404, xml('<Code>NoSuchKey</Code>'))).toBeUndefined();
    expect(readRejection(403, '<html>Forbidden</html>')).toBeUndefined();
  });
});
