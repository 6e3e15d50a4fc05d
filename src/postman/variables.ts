/** The Postman variables the scripts read and set (SPEC.md, "Inputs"). */
export const VARIABLE = {
  accessKeyId: 'aws_access_key_id',
  secretAccessKey: 'aws_secret_access_key',
  sessionToken: 'aws_session_token',
  region: 'aws_region',
  service: 'aws_service',
  signingHost: 'sigv4_signing_host',
  originPath: 'sigv4_origin_path',
  signedHeaders: 'sigv4_signed_headers',
  unsignedPayload: 'sigv4_unsigned_payload',
  debug: 'sigv4_debug',
  skip: 'sigv4_skip',
  authLocation: 'sigv4_auth_location',
  presignExpires: 'sigv4_presign_expires',
  /** Set by the pre-request script for the diagnosis script, with the session token redacted. */
  canonicalRequest: 'sigv4_canonical_request',
  stringToSign: 'sigv4_string_to_sign',
  /** Set in query mode: the presigned URL, which carries the session token by design. */
  presignedUrl: 'sigv4_presigned_url',
} as const;

/** The names of the `{{references}}` in a text, in order, each once. */
export function variableReferences(text: string): string[] {
  const names: string[] = [];
  const pattern = /\{\{([^{}]+)\}\}/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text))) if (names.indexOf(match[1]) < 0) names.push(match[1]);
  return names;
}

/** Stands in for the session token wherever a canonical request is shown or kept. */
export const REDACTED_TOKEN = '<aws_session_token>';
