import { ALGORITHM, KEY_TYPE } from './constants';
import type { CanonicalHeaders } from './canonicalHeaders';
import { sha256Hex } from './crypto';

export function credentialScope(amzDate: string, region: string, service: string): string {
  return `${amzDate.slice(0, 8)}/${region}/${service}/${KEY_TYPE}`;
}

/**
 * Method, URI, query, headers, signed header names and payload hash, one per line. The header
 * block ends in `\n` itself, so a blank line always precedes the signed header names.
 */
export function canonicalRequest(parts: {
  method: string;
  uri: string;
  query: string;
  headers: CanonicalHeaders;
  payloadHash: string;
}): string {
  return [parts.method, parts.uri, parts.query, parts.headers.canonical, parts.headers.signedHeaders, parts.payloadHash].join('\n');
}

/** No trailing newline. */
export function stringToSign(amzDate: string, scope: string, canonical: string): string {
  return [ALGORITHM, amzDate, scope, sha256Hex(canonical)].join('\n');
}
