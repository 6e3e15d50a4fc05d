/**
 * The endpoint's answers, in the container-credentials format the pre-request script parses
 * (src/credentials/containerCredentials.ts): 200 with the credentials, a 4xx with `{Code, Message}`.
 */
import type { ContainerCredentials, ContainerError } from '../../credentials';
import type { Lease } from '../sdkCredentials/credentialCache';

/** RFC 3339 in whole seconds, as AWS writes it (`2026-01-02T03:04:05Z`); rounded down, so never late. */
export function rfc3339(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

export function containerCredentials(lease: Lease): ContainerCredentials {
  const { accessKeyId, secretAccessKey, sessionToken } = lease.credentials;
  return { AccessKeyId: accessKeyId, SecretAccessKey: secretAccessKey, Token: sessionToken ?? '', Expiration: rfc3339(lease.expiresAt) };
}

export function containerError(code: string, message: string): ContainerError {
  return { Code: code, Message: message };
}
