/**
 * The container-credentials answer, as @aws-sdk/credential-provider-http reads it (and as the
 * ECS agent serves it at AWS_CONTAINER_CREDENTIALS_FULL_URI): 200 with
 * `{AccessKeyId, SecretAccessKey, Token, Expiration}`, all strings, Expiration in RFC 3339; a 4xx
 * with `{Code, Message}`, which the SDK passes on.
 */
import type { Lease } from './credentialCache';

export interface ContainerCredentials {
  AccessKeyId: string;
  SecretAccessKey: string;
  /** Long-term keys have no session token; the format requires a string, so it is empty. */
  Token: string;
  Expiration: string;
}

export interface ContainerError {
  Code: string;
  Message: string;
}

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
