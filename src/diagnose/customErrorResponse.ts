/**
 * An answer that CloudFront marks as an error (X-Cache: Error from cloudfront) whose body is an
 * HTML page, neither CloudFront's own (cloudFrontPage.ts, read first) nor the JSON or XML an AWS
 * origin answers with: a custom error response of the distribution may have replaced the origin's
 * answer, and may have changed its status (403 -> 200 /index.html for a single-page app on the
 * same distribution). Custom error responses are set per distribution, for every cache behavior
 * (CloudFront API reference, DistributionConfig.CustomErrorResponses), so an app's fallback
 * swallows an API's 403.
 *
 * CloudFront marks every origin 4xx and 5xx it passes on the same way, so the header alone proves
 * nothing. Judged only: requests the pre-request script signed (or sent for origin access
 * control), whose origin is an AWS service answering in JSON or XML; an HTML page (a custom error
 * response's ResponsePagePath is one), never an empty body or a HEAD, which has none; text that is
 * not HTML is as likely the origin's own ("Not Found" from a Lambda proxy) and is left alone. A
 * real answer of the origin is never marked as an error, so a real 200 never meets these
 * conditions. That CloudFront marks a custom error response this way whatever its status is what
 * deployments report (test/stack/customErrorResponses.ts), not in AWS's documentation.
 */
export interface ReplacedAnswer {
  status: number;
}

const ORIGIN_ANSWER = /^\s*(\{|\[|<\?xml|<Error>)/;
const HTML = /^\s*(<!doctype html|<html)/i;
/** The statuses a SigV4 rejection comes with: a custom error response for them hides one. */
const REJECTION_STATUSES = [400, 403];

export function readReplacedAnswer(status: number, body: string, contentType: string | undefined, method: string, signedByScript: boolean): ReplacedAnswer | undefined {
  if (!signedByScript || method === 'HEAD' || !body.trim() || ORIGIN_ANSWER.test(body)) return undefined;
  if (!HTML.test(body) && !/^text\/html/i.test(contentType || '')) return undefined;
  return { status };
}

export function explainReplacedAnswer(answer: ReplacedAnswer): string {
  const { status } = answer;
  const settings = "The distribution's Error pages settings (CustomErrorResponses) apply to every path, the API's included";
  const seeOrigin =
    "To see the origin's own answer meanwhile, send the same request straight to the origin's own host, signed for it (the origin path in the URL path; sigv4_signing_host, sigv4_origin_path and sigv4_cloudfront_oac cleared).";
  if (status >= 400 && REJECTION_STATUSES.indexOf(status) < 0) {
    return (
      `CloudFront answered ${status} with an HTML page and its X-Cache header marks the answer as an error: either a custom error response of the distribution replaced the origin's answer (a SigV4 403 or 400 can be given any status there), or the origin answered with a page of its own. ` +
      `${settings}: if they hold an entry for 403 or 400 with this status, remove it, or serve the API from a distribution without them. ${seeOrigin}`
    );
  }
  const changed = status < 400 ? ` and turned the origin's error into ${status}` : '';
  return (
    `CloudFront answered ${status} with a page of the distribution's own instead of the origin's answer (its X-Cache header marks the answer as an error): a custom error response replaced it${changed}, so the reason the origin gave (for a signed request most often a SigV4 403 or 400) is hidden. ` +
    `${settings}: remove the entries for 403 and 400, or serve the API from a distribution without them. ${seeOrigin}`
  );
}
