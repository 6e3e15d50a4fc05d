import { SigningProblem } from './problem';
import type { Pm } from './sandbox';

/** A host that never resolves (RFC 6761): for sandboxes that cannot skip a request, and while credentials are fetched. */
export const NOWHERE = 'https://sigv4-signing-failed.invalid/';

/**
 * Reports why the request was not signed and keeps it from being sent: a failing test named
 * after the script (newman exits non-zero), then skipRequest (postman-sandbox-facts §6). A
 * sandbox without skipRequest would send it anyway, so there the request is pointed nowhere.
 */
export function failRequest(pm: Pm, testName: string, error: unknown): void {
  const message =
    error instanceof SigningProblem
      ? `SigV4: ${error.message}`
      : `SigV4: internal error (${error instanceof Error ? error.message : String(error)}). The request was not sent; please report this with the request's method, URL shape and body mode.`;
  pm.test(testName, () => {
    throw new Error(message);
  });
  if (pm.execution && typeof pm.execution.skipRequest === 'function') pm.execution.skipRequest();
  else pm.request.url.update(NOWHERE);
}
