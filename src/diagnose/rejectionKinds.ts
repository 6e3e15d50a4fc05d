/**
 * What a SigV4 rejection says, as read from API Gateway's answers (rejection.ts) and S3's
 * (s3Rejection.ts).
 */
export type Rejection =
  /** `verifier`: who computed the canonical request, API Gateway unless said. */
  | { kind: 'mismatch'; canonicalRequest?: string; stringToSign?: string; verifier?: 'S3' }
  | { kind: 'missing-token' }
  | { kind: 'expired'; signedAt: string; serverTime: string }
  | { kind: 'not-yet-current'; signedAt: string; serverTime: string }
  | { kind: 'token-invalid' }
  | { kind: 'token-expired' }
  | { kind: 'wrong-region'; region: string }
  | { kind: 'wrong-service'; service: string }
  | { kind: 'incomplete'; message: string }
  | { kind: 'http-api-forbidden' }
  | { kind: 'not-authorized'; message: string }
  /** S3: a presigned URL used after X-Amz-Expires (ISO 8601 times as S3 gives them). */
  | { kind: 'presign-expired'; expires?: string; serverTime?: string }
  /** S3: InvalidAccessKeyId. */
  | { kind: 'unknown-access-key'; accessKeyId?: string };
