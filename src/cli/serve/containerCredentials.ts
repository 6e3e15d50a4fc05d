/**
 * The endpoint's answers, in the container-credentials format the pre-request script parses
 * (src/credentials/containerCredentials.ts): 200 with the credentials, a 4xx with `{Code, Message}`.
 */
import type { ContainerCredentials, ContainerError } from '../../credentials';
import { rfc3339 } from '../rfc3339';
import type { Lease } from '../sdkCredentials/credentialCache';

export function containerCredentials(lease: Lease): ContainerCredentials {
  const { accessKeyId, secretAccessKey, sessionToken } = lease.credentials;
  return { AccessKeyId: accessKeyId, SecretAccessKey: secretAccessKey, Token: sessionToken ?? '', Expiration: rfc3339(lease.expiresAt) };
}

export function containerError(code: string, message: string): ContainerError {
  return { Code: code, Message: message };
}
