import { unescapeXml } from '../credentials/xml';
import type { Rejection } from './rejectionKinds';

/**
 * S3's XML error answers to a SigV4 request (S3 API reference, "Error responses"): `<Error>` with
 * `<Code>` and `<Message>`, plus, for SignatureDoesNotMatch, `<StringToSign>` and
 * `<CanonicalRequest>` (S3 sends both; @20minutes/s3rver only the string to sign), for an expired
 * presigned URL `<Expires>` and `<ServerTime>`, and for an unknown key `<AWSAccessKeyId>`.
 */
export function readS3Rejection(body: string): Rejection | undefined {
  if (!/^\s*(<\?xml[^>]*\?>\s*)?<Error>/.test(body)) return undefined;
  const element = (name: string) => {
    const match = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(body);
    return match ? unescapeXml(match[1]) : undefined;
  };
  switch (element('Code')) {
    case 'SignatureDoesNotMatch':
      return { kind: 'mismatch', verifier: 'S3', canonicalRequest: element('CanonicalRequest'), stringToSign: element('StringToSign') };
    case 'AccessDenied':
      if (element('Message') !== 'Request has expired') return undefined;
      return { kind: 'presign-expired', expires: element('Expires'), serverTime: element('ServerTime') };
    case 'InvalidAccessKeyId':
      return { kind: 'unknown-access-key', accessKeyId: element('AWSAccessKeyId') };
    default:
      return undefined;
  }
}
