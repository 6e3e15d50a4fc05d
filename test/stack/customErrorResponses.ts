/**
 * CloudFront custom error responses: the distribution replaces an origin's 4xx or 5xx answer with
 * a page of its own, and may change the status. Shaped like the API's CustomErrorResponse
 * (CloudFront API reference): ErrorCode, ResponsePagePath, ResponseCode ("If you specify a value
 * for ResponseCode, you must also specify a value for ResponsePagePath"), ErrorCachingMinTTL
 * (caching only: the stand-in caches nothing). The setting is the distribution's, so it applies
 * to every cache behavior: a single-page app's 403 -> 200 /index.html also swallows an API's 403
 * ("Then any 404 error from the APIs of the API gateway will also return 200 status":
 * craftsmenltd.com, "Lambda@Edge, a different way to configure SPA client side routing").
 *
 * The replaced answer carries `X-Cache: Error from cloudfront`, whatever its status. AWS's
 * documentation does not say so; it is what deployments report for the fallback page, a 200
 * /index.html included (a public deployment note found by code search: "`X-Cache: Error from
 * cloudfront` on deep-link HTML is consistent with the configured error fallback and HTTP 200").
 */

export interface CustomErrorResponse {
  errorCode: number;
  /** Default: the origin's status. */
  responseCode?: number;
  /** Without it, the origin's answer passes (the entry only sets error caching). */
  responsePagePath?: string;
  errorCachingMinTTL?: number;
}

/** The status codes CloudFront lets a custom error response name (the console's list). */
const ERROR_CODES = [400, 403, 404, 405, 414, 416, 500, 501, 502, 503, 504];

/** What a single-page app's bucket serves as /index.html when the distribution has no page of its own. */
export const SINGLE_PAGE_APP_INDEX =
  '<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Example app</title><script type="module" src="/assets/index.js"></script></head>\n<body><div id="root"></div></body>\n</html>\n';

export interface ReplacedAnswer {
  status: number;
  body: Buffer;
  contentType: string;
}

/** Refuses what CloudFront's API refuses, so a test cannot model a distribution AWS would not create. */
export function checkCustomErrorResponses(responses: readonly CustomErrorResponse[]): void {
  for (const response of responses) {
    if (ERROR_CODES.indexOf(response.errorCode) < 0) throw new Error(`customErrorResponses: CloudFront has no custom error response for ${response.errorCode}`);
    if (response.responseCode !== undefined && response.responsePagePath === undefined) {
      throw new Error(`customErrorResponses: ${response.errorCode} sets responseCode without responsePagePath, which CloudFront refuses`);
    }
    if (response.responsePagePath !== undefined && !response.responsePagePath.startsWith('/')) {
      throw new Error(`customErrorResponses: responsePagePath must start with "/": ${response.responsePagePath}`);
    }
  }
}

/** The distribution's page for an origin answer of this status, or undefined when the origin's answer passes. */
export function replaceErrorAnswer(status: number, responses: readonly CustomErrorResponse[], pages: Readonly<Record<string, string>>): ReplacedAnswer | undefined {
  const response = responses.find((candidate) => candidate.errorCode === status);
  if (!response || response.responsePagePath === undefined) return undefined;
  const page = Object.prototype.hasOwnProperty.call(pages, response.responsePagePath) ? pages[response.responsePagePath] : SINGLE_PAGE_APP_INDEX;
  return { status: response.responseCode ?? status, body: Buffer.from(page, 'utf8'), contentType: 'text/html' };
}
