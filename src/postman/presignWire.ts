import { inferScope, presignRequest, S3_SERVICE, uriEncode, type Credentials, type PresignedQuery } from '../sigv4';
import type { Settings } from './settings';
import { signingInput, withFieldNames, type WireRequest } from './signWire';
import { REDACTED_TOKEN } from './variables';

export interface WirePresignature {
  /** The host signed for: the signing host when set, else the URL's. */
  host: string;
  presigned: PresignedQuery;
  /** The canonical request with the session token redacted (it sits percent-encoded in the query line). */
  redactedCanonicalRequest: string;
}

/**
 * Whether the presigned canonical request signs UNSIGNED-PAYLOAD rather than the body hash.
 * S3: always (S3 API reference, "Authenticating Requests: Using Query Parameters").
 * Other services: the body hash, as @smithy/signature-v4's presign and mhart/aws4 (`signQuery`)
 * sign it. botocore's SigV4QueryAuth signs UNSIGNED-PAYLOAD for every service, but AWS documents
 * presigned URLs only for S3 (and CloudFront's own signed URLs; aws/aws-sdk-php#2185), and the
 * public reports point the other way for non-S3 endpoints: API Gateway WebSocket connections are
 * presigned with aws4's `signQuery`, which hashes the (empty) body (mhart/aws4#99), and Amazon ES
 * rejected UNSIGNED-PAYLOAD in query auth until the empty-body hash was signed (bryanjos/aws_auth#17,
 * brendanhay/amazonka#767). No public source shows API Gateway accepting UNSIGNED-PAYLOAD; set
 * sigv4_unsigned_payload to true to sign it anyway.
 */
export function presignsUnsignedPayload(settings: Settings, host: string): boolean {
  return settings.unsignedPayload || (settings.service || inferScope(host).service) === S3_SERVICE;
}

/** Presigns a wire request for the host and path the AWS service sees, like signWire does for the header. */
export function presignWire(settings: Settings, credentials: Credentials, request: WireRequest, date: Date, expiresInSeconds: number): WirePresignature {
  const host = settings.signingHost || request.target.host;
  const presigned = withFieldNames(settings, host, () => presignRequest({ ...signingInput(settings, credentials, request, host, date), expiresInSeconds }));
  return { host, presigned, redactedCanonicalRequest: redactQueryToken(presigned.canonicalRequest, credentials.sessionToken) };
}

/** The text with the session token, as a presigned query carries it (strictly percent-encoded), shown as <aws_session_token>. */
export function redactQueryToken(text: string, token: string | undefined): string {
  return token ? text.split(uriEncode(token)).join(REDACTED_TOKEN) : text;
}
