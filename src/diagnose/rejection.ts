import type { Rejection } from './rejectionKinds';
import { readS3Rejection } from './s3Rejection';

const MISMATCH = 'The request signature we calculated does not match the signature you provided';
const CANONICAL_HEADING = 'The Canonical String for this request should have been';
const STRING_TO_SIGN_HEADING = 'The String-to-Sign should have been';
const AMZ_DATE = '(\\d{8}T\\d{6}Z)';

/**
 * Recognizes API Gateway's answers to a request signed with SigV4 (sigv4-rules §4): the status,
 * the x-amzn-ErrorType header and the JSON message; and S3's XML ones (s3Rejection.ts). Anything
 * else is not a SigV4 rejection.
 */
export function readRejection(status: number, body: string): Rejection | undefined {
  if (status !== 403) return undefined;
  const message = jsonMessage(body);
  if (message === undefined) return readS3Rejection(body);
  if (message.indexOf(MISMATCH) === 0) {
    return {
      kind: 'mismatch',
      canonicalRequest: between(message, `${CANONICAL_HEADING}\n'`, `'\n\n${STRING_TO_SIGN_HEADING}`),
      stringToSign: between(message, `${STRING_TO_SIGN_HEADING}\n'`, "'\n"),
    };
  }
  if (message === 'Missing Authentication Token') return { kind: 'missing-token' };
  let match = new RegExp(`^Signature expired: ${AMZ_DATE} is now earlier than ${AMZ_DATE} \\(${AMZ_DATE} - `).exec(message);
  if (match) return { kind: 'expired', signedAt: match[1], serverTime: match[3] };
  match = new RegExp(`^Signature not yet current: ${AMZ_DATE} is still later than ${AMZ_DATE} \\(${AMZ_DATE} \\+ `).exec(message);
  if (match) return { kind: 'not-yet-current', signedAt: match[1], serverTime: match[3] };
  if (/^The security token included in the request is invalid/.test(message)) return { kind: 'token-invalid' };
  if (/^The security token included in the request is expired/.test(message)) return { kind: 'token-expired' };
  match = /^Credential should be scoped to a valid region, not '([^']*)'/.exec(message);
  if (match) return { kind: 'wrong-region', region: match[1] };
  match = /^Credential should be scoped to correct service: '([^']*)'/.exec(message);
  if (match) return { kind: 'wrong-service', service: match[1] };
  if (/^(Authorization header requires|'.*' not a valid key=value pair|Credential must have exactly 5|Date must be in ISO-8601|'Host' must be a 'SignedHeader'|Date in Credential scope does not match)/.test(message)) {
    return { kind: 'incomplete', message: message.replace(/ ?Authorization=.*$|in Authorization header: '.*$/, '').trim() };
  }
  if (message === 'Forbidden') return { kind: 'http-api-forbidden' };
  if (/^User: \S+ is not authorized to perform: execute-api:Invoke/.test(message)) return { kind: 'not-authorized', message };
  return undefined;
}

/** `{"message": "..."}`, or `{"Message": ...}` as some gateways spell it. */
function jsonMessage(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body);
    const message = parsed && (parsed.message ?? parsed.Message);
    return typeof message === 'string' ? message : undefined;
  } catch (error) {
    return undefined;
  }
}

/** The text after `open` up to the last `close` (a canonical request may itself hold quotes). */
function between(message: string, open: string, close: string): string | undefined {
  const start = message.indexOf(open);
  const end = message.lastIndexOf(close);
  return start < 0 || end < start + open.length ? undefined : message.slice(start + open.length, end);
}
