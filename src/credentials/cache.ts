import type { SourcedCredentials } from './types';

/**
 * Fetched again when less than this remains, as the AWS SDK for JavaScript v3 does
 * (@aws-sdk/credential-provider-node, `credentialsTreatedAsExpired`: 300000 ms).
 */
export const REFRESH_WINDOW_MS = 5 * 60 * 1000;

/**
 * Credentials by the inputs that produced them, for the run. The key is a digest of those
 * inputs, so secrets are not kept as keys.
 */
export class CredentialCache {
  private readonly entries: Record<string, SourcedCredentials> = Object.create(null);

  /** Credentials for the key that stay valid beyond the refresh window, else undefined. */
  get(key: string, nowMs: number): SourcedCredentials | undefined {
    const entry = this.entries[key];
    if (!entry) return undefined;
    if (entry.expiration && entry.expiration.getTime() - nowMs < REFRESH_WINDOW_MS) {
      delete this.entries[key];
      return undefined;
    }
    return entry;
  }

  set(key: string, credentials: SourcedCredentials): void {
    this.entries[key] = credentials;
  }
}
