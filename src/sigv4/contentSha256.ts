import { UNSIGNED_PAYLOAD } from './constants';
import { SigningInputError } from './errors';
import { payloadHash } from './payloadHash';
import type { SigningInput } from './types';

/** What a service wants in a signed x-amz-content-sha256: the body's hash, or UNSIGNED-PAYLOAD. */
export type ContentSha256Rule = 'body' | 'unsigned';

/**
 * Services that need a signed x-amz-content-sha256 on every request the caller signs.
 * - s3: "The x-amz-content-sha256 header is required for all AWS Signature Version 4 requests"
 *   (S3 API reference, sig-v4-header-based-auth); UNSIGNED-PAYLOAD when the caller asks for it.
 * - aoss (OpenSearch Serverless): the body's hash, "a required header for Amazon OpenSearch
 *   Serverless" (opensearch-project/opensearch-java#339; usebruno/bruno#8149).
 * - vpc-lattice-svcs: "VPC Lattice does not support payload signing. You must send an
 *   x-amz-content-sha256 header with the value set to UNSIGNED-PAYLOAD" (VPC Lattice user guide,
 *   "SIGv4 authenticated requests for Amazon VPC Lattice").
 */
const RULES: Record<string, ContentSha256Rule> = {
  s3: 'body',
  aoss: 'body',
  'vpc-lattice-svcs': 'unsigned',
};

/** The service's rule, or undefined when it takes the body hash without the header (execute-api, lambda, ...). */
export function contentSha256Rule(service: string): ContentSha256Rule | undefined {
  return Object.prototype.hasOwnProperty.call(RULES, service) ? RULES[service] : undefined;
}

/**
 * Whether a caller's own x-amz-content-sha256 value can be signed as the payload hash: AWS
 * recomputes the body's hash and compares it with the header unless it says UNSIGNED-PAYLOAD
 * (S3 API reference, sig-v4-header-based-auth), so any other value is refused there.
 */
export function acceptsContentSha256(value: string, bodyHash: () => string): boolean {
  return value === UNSIGNED_PAYLOAD || value === bodyHash();
}

/** The header's name as canonical headers (and header lookups) write it. */
export const CONTENT_SHA256 = 'x-amz-content-sha256';

/**
 * The caller's own x-amz-content-sha256 among the headers to sign, which is then the payload
 * hash (as aws4 and @smithy/signature-v4 take it); undefined when there is none. A value that is
 * neither the body's hash nor UNSIGNED-PAYLOAD is refused: AWS would refuse the request.
 */
export function callerContentSha256(input: SigningInput): string | undefined {
  let value: string | undefined;
  for (const [name, headerValue] of input.headers) {
    if (name.toLowerCase() === CONTENT_SHA256) value = value === undefined ? headerValue : `${value},${headerValue}`;
  }
  if (value === undefined) return undefined;
  const given = value.trim();
  let bodyHash = '';
  if (!acceptsContentSha256(given, () => (bodyHash = payloadHash(input.body, false)))) {
    throw new SigningInputError('contentSha256', `is "${given}", which is neither the SHA-256 of the body as sent (${bodyHash}) nor UNSIGNED-PAYLOAD`);
  }
  return given;
}
