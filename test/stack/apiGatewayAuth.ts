/**
 * API Gateway's IAM (SigV4) checks on a request whose authentication has been read, in a
 * plausible order: date format, credential scope (date, region, service, terminator), the
 * 5-minute clock window (or X-Amz-Expires for a presigned URL), the access key and session
 * token, `host` signed, and finally the signature itself.
 */
import { parseAmzDate } from './amzDate';
import type { SigV4Auth } from './authorization';
import { CredentialIssuer, lookupCredential } from './credentialIssuer';
import { isExpired, StackCredential } from './credentials';
import {
  badDateFormat,
  expiredSecurityToken,
  GatewayError,
  hostNotSigned,
  invalidSecurityToken,
  presignExpired,
  scopeDateMismatch,
  scopeRegion,
  scopeService,
  scopeTerminator,
  signatureExpired,
  signatureMismatch,
  signatureNotYetCurrent,
} from './gatewayErrors';
import { sameText } from './sameText';
import type { ReceivedRequest } from './rawRequest';
import { Expected, expectedSignatureOf } from './sigv4Expected';

export const SERVICE = 'execute-api';
const CLOCK_WINDOW_MS = 5 * 60 * 1000;

export interface AuthConfig {
  region: string;
  /** The scope's service. Default execute-api; the other SigV4 stand-ins (signedService.ts) pass their own. */
  service?: string;
  credentials: readonly StackCredential[];
  /** Its temporary credentials are accepted too, until their expiration. */
  issuer?: CredentialIssuer;
  /** The payload line of the canonical request. Default: the hash of the body received. */
  payloadHash?: string;
}

export type AuthOutcome =
  | { ok: true; credential: StackCredential; expected: Expected }
  | { ok: false; error: GatewayError; signatureMismatch?: boolean };

export async function authenticate(
  request: ReceivedRequest,
  auth: SigV4Auth,
  config: AuthConfig,
  nowMs: number,
): Promise<AuthOutcome> {
  const early = checkScopeAndClock(auth, config, nowMs);
  if (early) return { ok: false, error: early };

  const credential = lookupCredential(auth.scope.accessKeyId, config.credentials, config.issuer);
  if (!credential || credential.sessionToken !== auth.securityToken) {
    return { ok: false, error: invalidSecurityToken() };
  }
  if (isExpired(credential, nowMs)) return { ok: false, error: expiredSecurityToken() };
  if (auth.signedHeaders.indexOf('host') < 0) return { ok: false, error: hostNotSigned() };

  const expected = await expectedSignatureOf(request, auth, credential.secretAccessKey, config.payloadHash);
  if (!sameText(expected.signature, auth.signature)) {
    const error = signatureMismatch(expected.canonicalRequest, expected.stringToSign);
    return { ok: false, error, signatureMismatch: true };
  }
  return { ok: true, credential, expected };
}

function checkScopeAndClock(auth: SigV4Auth, config: AuthConfig, nowMs: number): GatewayError | undefined {
  const { scope, amzDate } = auth;
  const requestMs = parseAmzDate(amzDate);
  if (requestMs === undefined) return badDateFormat(amzDate);
  if (scope.date !== amzDate.slice(0, 8)) return scopeDateMismatch(scope.date, amzDate);
  if (scope.region !== config.region) return scopeRegion(scope.region);
  const service = config.service ?? SERVICE;
  if (scope.service !== service) return scopeService(service);
  if (scope.terminator !== 'aws4_request') return scopeTerminator(scope.terminator);

  if (requestMs > nowMs + CLOCK_WINDOW_MS) return signatureNotYetCurrent(amzDate, nowMs);
  if (auth.expiresSeconds !== undefined) {
    if (nowMs > requestMs + auth.expiresSeconds * 1000) return presignExpired(amzDate, nowMs, auth.expiresSeconds);
  } else if (requestMs < nowMs - CLOCK_WINDOW_MS) {
    return signatureExpired(amzDate, nowMs);
  }
  return undefined;
}
