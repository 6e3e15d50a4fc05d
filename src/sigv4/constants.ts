/** Every fixed string of AWS Signature Version 4, in one place. */
export const ALGORITHM = 'AWS4-HMAC-SHA256';
export const KEY_TYPE = 'aws4_request';
export const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
export const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';

/** Presigned URLs may live at most 7 days (S3 and the AWS SDKs reject more). */
export const MAX_PRESIGN_EXPIRES_SECONDS = 7 * 24 * 60 * 60;

/** Header names as this signer writes them on the wire. */
export const HEADER = {
  authorization: 'Authorization',
  amzDate: 'X-Amz-Date',
  securityToken: 'X-Amz-Security-Token',
  contentSha256: 'X-Amz-Content-Sha256',
} as const;

/** Query parameter names of a presigned request. */
export const QUERY = {
  algorithm: 'X-Amz-Algorithm',
  credential: 'X-Amz-Credential',
  date: 'X-Amz-Date',
  expires: 'X-Amz-Expires',
  securityToken: 'X-Amz-Security-Token',
  signedHeaders: 'X-Amz-SignedHeaders',
  signature: 'X-Amz-Signature',
} as const;

/**
 * Headers the signer owns: a caller passing one of these would sign a stale or duplicate value.
 * Not x-amz-content-sha256: a caller's own is signed as the payload hash (contentSha256.ts).
 */
export const SIGNER_OWNED_HEADERS = ['host', 'authorization', 'x-amz-date', 'x-amz-security-token'];

/** Service whose canonical URI is encoded once and never normalized (sigv4-rules §1, "Canonical URI"). */
export const S3_SERVICE = 's3';
