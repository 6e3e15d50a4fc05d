/**
 * An answer that CloudFront marks as an error (X-Cache: Error from cloudfront) whose body is
 * neither CloudFront's own page (cloudFrontPage.ts, read first) nor the JSON or XML an AWS origin
 * answers with: a custom error response of the distribution replaced the origin's answer, and may
 * have changed its status (403 -> 200 /index.html for a single-page app on the same distribution).
 * Custom error responses are set per distribution, for every cache behavior (CloudFront API
 * reference, DistributionConfig.CustomErrorResponses), so an app's fallback swallows an API's 403.
 *
 * Only requests the pre-request script signed (or sent for origin access control) are judged:
 * their origin is an AWS service, which answers in JSON or XML. A 2xx or 3xx is judged only when
 * its body is HTML. A real answer of the origin is never marked as an error from CloudFront, so a
 * real 200 never meets these conditions. That CloudFront marks a custom error response this way
 * whatever its status is what deployments report (test/stack/customErrorResponses.ts), not in
 * AWS's documentation.
 */
export interface ReplacedAnswer {
  status: number;
}

const ORIGIN_ANSWER = /^\s*(\{|\[|<\?xml|<Error>)/;
const HTML = /^\s*(<!doctype html|<html)/i;

export function readReplacedAnswer(status: number, body: string, contentType: string | undefined, signedByScript: boolean): ReplacedAnswer | undefined {
  if (!signedByScript || ORIGIN_ANSWER.test(body)) return undefined;
  if (status < 400 && !(HTML.test(body) || /^text\/html/i.test(contentType || ''))) return undefined;
  return { status };
}

export function explainReplacedAnswer(answer: ReplacedAnswer): string {
  const changed = answer.status < 400 ? ` and turned the origin's error into ${answer.status}` : '';
  return (
    `CloudFront answered ${answer.status} with a page of the distribution's own instead of the origin's answer (its X-Cache header marks the answer as an error): a custom error response replaced it${changed}, so the reason the origin gave (for a signed request most often a SigV4 403 or 400) is hidden. ` +
    "The distribution's Error pages settings (CustomErrorResponses) apply to every path, the API's included: remove the entries for 403 and 400, or serve the API from a distribution without them. " +
    "To see the origin's own answer meanwhile, send the same request straight to the origin's own host, signed for it (the origin path in the URL path; sigv4_signing_host, sigv4_origin_path and sigv4_cloudfront_oac cleared)."
  );
}
