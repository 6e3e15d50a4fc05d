/**
 * The error answers of API Gateway (REST API, IAM authorization), byte for byte as far as public
 * reports show them. Every answer is a 403 with `{"message":"..."}` and an `x-amzn-ErrorType`.
 * Where a text or type could not be confirmed in a public source it says so.
 */
import { formatAmzDate } from './amzDate';

export interface GatewayError {
  status: number;
  /** Value of the x-amzn-ErrorType response header. */
  type: string;
  message: string;
}

const FIVE_MINUTES_MS = 5 * 60 * 1000;

const error = (type: string, message: string, status = 403): GatewayError => ({ status, type, message });

/**
 * No signature at all, or no such route/method. Body and type: AWS Knowledge Center
 * "How do I troubleshoot HTTP 403 errors from API Gateway?" (api-gateway-troubleshoot-403-forbidden)
 * and aws/chalice#12.
 */
export const missingAuthenticationToken = (): GatewayError =>
  error('MissingAuthenticationTokenException', 'Missing Authentication Token');

/**
 * An Authorization header that is not SigV4, or lacks parts. Text: aws/chalice#828 (API Gateway,
 * a JWT sent as Authorization), svdgraaf/serverless-basic-authentication#3 (`Basic xxx`),
 * digitalepidemiologylab/crowdbreaks#3. Only the missing parts are listed (inferred: every
 * public report shows a value that lacks all of them). Type: aws-amplify/amplify-js#984.
 */
export function incompleteAuthorization(
  value: string,
  missing: { credential: boolean; signature: boolean; signedHeaders: boolean; date: boolean },
): GatewayError {
  const parts: string[] = [];
  if (missing.credential) parts.push("Authorization header requires 'Credential' parameter.");
  if (missing.signature) parts.push("Authorization header requires 'Signature' parameter.");
  if (missing.signedHeaders) parts.push("Authorization header requires 'SignedHeaders' parameter.");
  if (missing.date) {
    parts.push("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
  }
  return error('IncompleteSignatureException', `${parts.join(' ')} Authorization=${value}`);
}

/**
 * A token of the Authorization header without `=`. Text: RhinoSecurityLabs/IPRotate_Burp_Extension#25,
 * iann0036/cloud9-sync#10, awslabs/fhir-works-on-aws-deployment#379 (all IncompleteSignatureException).
 */
export const notKeyValuePair = (token: string, value: string): GatewayError =>
  error(
    'IncompleteSignatureException',
    `'${token}' not a valid key=value pair (missing equal-sign) in Authorization header: '${value}'.`,
  );

/** Credential without 5 parts. Text: mhart/aws4#97 (Amazon ES); the type is an assumption. */
export const credentialElements = (credential: string): GatewayError =>
  error(
    'IncompleteSignatureException',
    `Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '${credential}'`,
  );

/** Presigned query auth with some of its parameters missing. Text not confirmed for execute-api (S3 wording). */
export const incompleteQueryAuth = (): GatewayError =>
  error(
    'IncompleteSignatureException',
    "AWS query-string parameters must include 'X-Amz-Algorithm', 'X-Amz-Credential', 'X-Amz-Signature', " +
      "'X-Amz-Date', 'X-Amz-SignedHeaders', and 'X-Amz-Expires'. Re-examine the query-string parameters.",
  );

/** X-Amz-Date not in basic format. Text from memory of AWS responses, not confirmed in a public source. */
export const badDateFormat = (value: string): GatewayError =>
  error(
    'IncompleteSignatureException',
    `Date must be in ISO-8601 'basic format'. Got '${value}'. See http://en.wikipedia.org/wiki/ISO_8601`,
  );

/**
 * Scope date differs from the request date (AWS General Reference, "Handling dates in Signature
 * Version 4", says such requests are rejected). Text from memory, not confirmed in a public source.
 */
export const scopeDateMismatch = (scopeDate: string, amzDate: string): GatewayError =>
  error(
    'InvalidSignatureException',
    'Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: ' +
      `'${scopeDate}' != '${amzDate.slice(0, 8)}', from '${amzDate}'.`,
  );

/**
 * Wrong region. Text, with its trailing space: joona/aws-es-curl#15, aws/aws-sdk-js#792.
 * Type: aws/aws-sdk-js#4545 and aws/aws-sdk-js-v3#5576 (InvalidSignatureException).
 */
export const scopeRegion = (region: string): GatewayError =>
  error('InvalidSignatureException', `Credential should be scoped to a valid region, not '${region}'. `);

/**
 * Wrong service. Text, with its trailing space, and type: aws/aws-sdk-js-v3#1831 (execute-api),
 * continuedev/continue#5569 (API Gateway), cllunsford/aws-signing-proxy#25.
 */
export const scopeService = (service: string): GatewayError =>
  error('InvalidSignatureException', `Credential should be scoped to correct service: '${service}'. `);

/** Wrong terminator. Text from memory of AWS responses, not confirmed in a public source. */
export const scopeTerminator = (terminator: string): GatewayError =>
  error(
    'InvalidSignatureException',
    `Credential should be scoped with a valid terminator: 'aws4_request', not '${terminator}'. `,
  );

/**
 * Request date more than 5 minutes in the past. Text: aws-amplify/aws-sdk-android#253,
 * mhart/aws4#118 (API Gateway). Type: the Knowledge Center page above (InvalidSignatureException).
 */
export const signatureExpired = (amzDate: string, nowMs: number): GatewayError =>
  error(
    'InvalidSignatureException',
    `Signature expired: ${amzDate} is now earlier than ${formatAmzDate(nowMs - FIVE_MINUTES_MS)} ` +
      `(${formatAmzDate(nowMs)} - 5 min.)`,
  );

/**
 * A presigned URL used after X-Amz-Expires. Same wording as above with the window in seconds:
 * an assumption, no public API Gateway example found.
 */
export const presignExpired = (amzDate: string, nowMs: number, expiresSeconds: number): GatewayError =>
  error(
    'InvalidSignatureException',
    `Signature expired: ${amzDate} is now earlier than ${formatAmzDate(nowMs - expiresSeconds * 1000)} ` +
      `(${formatAmzDate(nowMs)} - ${expiresSeconds} sec.)`,
  );

/**
 * Request date more than 5 minutes in the future. Text: serverless/enterprise#11,
 * NickWaterton/Roomba980-Python#118 (`{"message":"Signature not yet current: ..."}`, 403).
 */
export const signatureNotYetCurrent = (amzDate: string, nowMs: number): GatewayError =>
  error(
    'InvalidSignatureException',
    `Signature not yet current: ${amzDate} is still later than ${formatAmzDate(nowMs + FIVE_MINUTES_MS)} ` +
      `(${formatAmzDate(nowMs)} + 5 min.)`,
  );

/**
 * Unknown access key, or a missing or wrong session token. Text: AWS Knowledge Center
 * api-gateway-iam-sigv4-mismatch, kndt84/aws-api-gateway-client#31. Type: aws-amplify/amplify-cli#5902
 * (UnrecognizedClientException from an execute-api call); note the Knowledge Center 403 table lists
 * AccessDeniedException for this message instead.
 */
export const invalidSecurityToken = (): GatewayError =>
  error('UnrecognizedClientException', 'The security token included in the request is invalid.');

/**
 * Expired session token (no trailing period, unlike the one above). Text and type as other AWS JSON
 * services send it (cloudquery/cq-provider-aws#1171, Lambda 403); no execute-api example found.
 */
export const expiredSecurityToken = (): GatewayError =>
  error('ExpiredTokenException', 'The security token included in the request is expired');

/** `host` absent from SignedHeaders. Text: babbel/okhttp-aws-signer#10 (Amazon Location); the type is an assumption. */
export const hostNotSigned = (): GatewayError =>
  error('InvalidSignatureException', "'Host' must be a 'SignedHeader' in the AWS Authorization.");

/**
 * The signature does not match. Text: postmanlabs/postman-app-support#5815 (verbatim in
 * notes/sigv4-rules.md section 4), mhart/aws4#33, aws/aws-sdk-js#2372. Type: mhart/aws4#23, #123.
 */
export const signatureMismatch = (canonicalRequest: string, stringToSign: string): GatewayError =>
  error(
    'InvalidSignatureException',
    'The request signature we calculated does not match the signature you provided. Check your AWS ' +
      'Secret Access Key and signing method. Consult the service documentation for details.\n\n' +
      `The Canonical String for this request should have been\n'${canonicalRequest}'\n\n` +
      `The String-to-Sign should have been\n'${stringToSign}'\n`,
  );

/**
 * HTTP API answer to a bad or missing signature: FantasticFiasco/aws-signature-version-4#1198.
 * The type header is an assumption (the REST API sends ForbiddenException with this body).
 */
export const httpApiForbidden = (): GatewayError => error('ForbiddenException', 'Forbidden');

/**
 * A Host API Gateway has no API for, as when CloudFront forwards the viewer's Host to an
 * execute-api origin: 403 Forbidden ("this also forwards the Host header which will be denied by
 * API Gateway and return a 403 Forbidden", tmmr.uk, "CloudFront with API Gateway authorization
 * headers"; serverfault.com/questions/1053906). The body and type are assumed as the REST API's Forbidden.
 */
export const hostNotServed = (): GatewayError => error('ForbiddenException', 'Forbidden');

/** HTTP API answer for a path no route matches (404). The type header is an assumption. */
export const httpApiNotFound = (): GatewayError => error('NotFoundException', 'Not Found', 404);

/** The JSON body API Gateway sends with an error. */
export const errorBody = (gatewayError: GatewayError): string => JSON.stringify({ message: gatewayError.message });
