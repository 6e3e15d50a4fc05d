/**
 * Holds the resolved credentials and resolves again before they expire; callers that ask while a
 * resolution is under way share it (one credential_process, one AssumeRole, however many ask).
 */
import type { AwsCredentials, Resolve } from './resolveCredentials';

/**
 * Resolve again when less than this remains. It is more than the pre-request script's own 5
 * minutes (SPEC.md, "Credential sources"), so what is served lasts the script at least 5 minutes
 * unless the source itself issues shorter ones.
 */
export const REFRESH_MARGIN_MS = 10 * 60 * 1000;
/**
 * Long-term keys carry no expiration; they are served as valid for an hour, and resolved again
 * then, so an edited profile is picked up.
 */
export const LONG_TERM_LIFETIME_MS = 60 * 60 * 1000;

export interface Lease {
  credentials: AwsCredentials;
  /** When they expire, or stop being served for long-term keys (ms since the epoch). */
  expiresAt: number;
}

export interface CredentialCache {
  get(): Promise<Lease>;
  /** How many resolutions ran (for the log line, and for tests). */
  resolutions(): number;
}

export function credentialCache(resolve: Resolve, now: () => number = Date.now): CredentialCache {
  let current: Lease | undefined;
  let pending: Promise<Lease> | undefined;
  let count = 0;
  const lease = (credentials: AwsCredentials): Lease => ({
    credentials,
    expiresAt: credentials.expiration ? credentials.expiration.getTime() : now() + LONG_TERM_LIFETIME_MS,
  });
  return {
    get() {
      if (current && current.expiresAt - now() > REFRESH_MARGIN_MS) return Promise.resolve(current);
      if (!pending) {
        count++;
        // A failure is not kept: the next request tries again (after `aws sso login`, say).
        pending = resolve()
          .then((credentials) => (current = lease(credentials)))
          .finally(() => (pending = undefined));
      }
      return pending;
    },
    resolutions: () => count,
  };
}
