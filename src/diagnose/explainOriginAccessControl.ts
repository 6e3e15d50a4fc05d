import { UNSIGNED_PAYLOAD } from '../sigv4';
import { VARIABLE } from '../postman/variables';

/** What the request sent said about origin access control (OAC). */
export interface SentWithOac {
  /** sigv4_cloudfront_oac was true. */
  oacSetting: boolean;
  /** The x-amz-content-sha256 the request carried, if any. */
  contentSha256?: string;
  /** The request carried a body that Postman sends (not a pruned GET body). */
  hadBody: boolean;
}

/**
 * A Lambda function URL's bare signature mismatch (403, InvalidSignatureException, no canonical
 * string: minorun365/html-share#4) on a request that went through CloudFront. With OAC, CloudFront
 * signs for the function URL, and a body is signed right only if the viewer sent its SHA-256 in
 * x-amz-content-sha256 ("Lambda doesn't support unsigned payloads": CloudFront Developer Guide,
 * "Restrict access to an AWS Lambda function URL origin"). Undefined when OAC is an unlikely cause
 * (the setting is off and there was no body: CloudFront signs the empty body right).
 */
export function explainFunctionUrlMismatch(sent: SentWithOac): string | undefined {
  const refused = 'Through CloudFront, the Lambda function URL refused the signature without saying what differed (InvalidSignatureException, no canonical string)';
  if (!sent.oacSetting) {
    if (!sent.hadBody) return undefined;
    return (
      `${refused}. When the distribution signs for the function URL with origin access control (OAC), CloudFront cannot hash the body, and Lambda refuses unsigned payloads: ` +
      `set ${VARIABLE.cloudfrontOac} to true, and the script sends x-amz-content-sha256 with the body's SHA-256 (needed on PUT and POST, sent on every method) and no signature of its own. ` +
      "Without OAC, the script's signature reaches the function only if CloudFront forwards the Authorization header (origin request policy AllViewerExceptHostHeader) and it is signed for the function URL's host (sigv4_signing_host)."
    );
  }
  const hash = sent.contentSha256;
  if (hash === undefined) {
    return `${refused}, and the request sent no x-amz-content-sha256 although ${VARIABLE.cloudfrontOac} is true: a later folder or request script removed it, or the script did not run last. Keep the signer the last pre-request script.`;
  }
  if (hash === UNSIGNED_PAYLOAD) {
    return `${refused}. ${VARIABLE.cloudfrontOac} is true and the request sent x-amz-content-sha256: UNSIGNED-PAYLOAD, which Lambda refuses: remove the request's own X-Amz-Content-Sha256 header and clear ${VARIABLE.unsignedPayload}, so that the script sends the body's SHA-256.`;
  }
  return (
    `${refused}. ${VARIABLE.cloudfrontOac} is true and the request sent x-amz-content-sha256: ${hash}, the SHA-256 of the body the script saw. ` +
    "So the body changed after the script (a later folder or request script, or a CloudFront Function or Lambda@Edge on the way), or the origin access control's signing behavior is no-override and an Authorization header reached CloudFront (then CloudFront does not sign), " +
    "or the function's resource policy does not allow the distribution (lambda:InvokeFunctionUrl for cloudfront.amazonaws.com with its ARN)."
  );
}
