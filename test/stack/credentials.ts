/**
 * Credentials the local API Gateway stand-in accepts by default.
 *
 * They are the documentation examples AWS publishes (never real keys). The long-term pair is the
 * one used throughout the AWS docs; the temporary ones follow the shape STS returns: an `ASIA`
 * access key id and a base64 session token. Print access key ids if you must; never print a
 * secret or a session token (collections/local.postman_environment.json holds them for Postman).
 */
export interface StackCredential {
  accessKeyId: string;
  secretAccessKey: string;
  /** Present for temporary credentials: requests must carry it as X-Amz-Security-Token. */
  sessionToken?: string;
  /** A temporary credential whose session has ended: its requests get ExpiredTokenException. */
  expired?: boolean;
  /** When the session ends (issued credentials, credentialIssuer.ts); from then on it is expired. */
  expiration?: Date;
  /** Who the credential belongs to, as STS names the caller. Default STATIC_PRINCIPAL_ARN. */
  principalArn?: string;
}

/** The account every stand-in pretends to live in (AWS documentation example). */
export const ACCOUNT_ID = '123456789012';

/** The IAM user the static credentials belong to (STS names it in AccessDenied messages). */
export const STATIC_PRINCIPAL_ARN = `arn:aws:iam::${ACCOUNT_ID}:user/stack-user`;

/** Flagged as expired, or past its expiration on the given clock. */
export function isExpired(credential: StackCredential, nowMs: number): boolean {
  return credential.expired === true || (credential.expiration !== undefined && credential.expiration.getTime() <= nowMs);
}

/** Long-term IAM user key (AWS documentation example). */
export const LONG_TERM_CREDENTIALS: StackCredential = Object.freeze({
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
});

/** Temporary (STS) credentials with a session token. */
export const TEMPORARY_CREDENTIALS: StackCredential = Object.freeze({
  accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY',
  sessionToken:
    'IQoJb3JpZ2luX2VjEXAMPLE//////////wEaCXVzLWVhc3QtMSJHMEUCIQDexampleSessionToken' +
    '+EXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwth' +
    'Ax7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFv' +
    'lRd8Tx6q6fE8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9F' +
    'X9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA==',
});

/** Temporary credentials whose session has expired. */
export const EXPIRED_CREDENTIALS: StackCredential = Object.freeze({
  accessKeyId: 'ASIAEXPIREDX7EXAMPLE',
  secretAccessKey: 'Zx9pQ2vBn7Lk3Hs8Dd4Fg6Jt1Wm5Rc0EXAMPLEKEY',
  sessionToken:
    'FwoGZXIvYXdzEXAMPLEEXPIRED//////////wEaDExampleExpiredSessionTokenYQrRBRsQbaVY1S0' +
    'M4FzCJ9d3rbS+EXAMPLEpHcXwGlI6kZTqTfe2P8ZNYxnT0Ck1K6a4uY8pcmxfbUpY9Mm1yB7W8DnRqUWbK4==',
  expired: true,
});

/**
 * What the CloudFront stand-in signs origin requests with under origin access control
 * (originAccessControl.ts): CloudFront's service principal has temporary credentials of its own,
 * which no viewer holds. Not in DEFAULT_CREDENTIALS: only a function URL behind that distribution
 * accepts them.
 */
export const CLOUDFRONT_OAC_CREDENTIALS: StackCredential = Object.freeze({
  accessKeyId: 'ASIACLOUDFRNTEXAMPLE',
  secretAccessKey: 'cLoUdFrOnTOaCsEcReT/K7MDENG/bPxREXAMPLEK',
  sessionToken: 'IQoJb3JpZ2luX2VjEXAMPLECLOUDFRONT//////////wEaCXVzLWVhc3QtMSJIMEYCIQCloudFrontOacSessionTokenEXAMPLE==',
  principalArn: 'arn:aws:sts::123456789012:assumed-role/CloudFrontOriginAccessControl/cloudfront',
});

/** What the stand-in accepts unless told otherwise. */
export const DEFAULT_CREDENTIALS: readonly StackCredential[] = Object.freeze([
  LONG_TERM_CREDENTIALS,
  TEMPORARY_CREDENTIALS,
  EXPIRED_CREDENTIALS,
]);
