import { acceptsContentSha256, HEADER, payloadHash, UNSIGNED_PAYLOAD } from '../sigv4';
import type { AuthLocation } from './authLocation';
import { prunedBodyNote, wireBody } from './body';
import { ownContentSha256, prepareHeaders } from './headers';
import { SigningProblem } from './problem';
import { removeQueryAuth } from './queryAuth';
import type { Pm, PmVariables } from './sandbox';
import type { Settings } from './settings';
import type { Effects } from './effects';
import { VARIABLE } from './variables';

/** Variables that name credentials or where to fetch them: with OAC, CloudFront signs with its own. */
const CREDENTIAL_VARIABLES = [
  VARIABLE.accessKeyId,
  VARIABLE.secretAccessKey,
  VARIABLE.sessionToken,
  VARIABLE.credentialsUrl,
  VARIABLE.credentialsToken,
  VARIABLE.cognitoIdentityPoolId,
  VARIABLE.roleArn,
];

/**
 * sigv4_cloudfront_oac: the distribution's origin access control (OAC) signs the origin request
 * with CloudFront's own credentials, so the script sends no signature and needs none. It sends
 * only x-amz-content-sha256 = the hex SHA-256 of the body as newman sends it (the empty string's
 * hash without a body): "If you use PUT or POST methods with your Lambda function URL, your users
 * must compute the SHA256 of the body and include the payload hash value of the request body in
 * the x-amz-content-sha256 header when sending the request to CloudFront. Lambda doesn't support
 * unsigned payloads." (CloudFront Developer Guide, "Restrict access to an AWS Lambda function URL
 * origin"). It is sent on every method: a DELETE or PATCH body needs it just the same, and
 * without a body it is the hash CloudFront would sign anyway.
 *
 * The request's own auth becomes `noauth`. An Authorization header that reaches CloudFront is at
 * best overwritten (signing behavior `always`), and with `no-override` it is passed to the origin
 * instead of CloudFront's signature, which then fails ("If the viewer request contains the
 * Authorization header, then CloudFront doesn't sign the origin request": CloudFront API reference,
 * OriginAccessControlConfig). An auth type set on the request or inherited from the collection
 * (Postman's own AWS Signature included, which adds X-Amz-Date and a hash of its own) would add
 * one after this script.
 */
export function prepareForOriginAccessControl(pm: Pm, settings: Settings, location: AuthLocation, effects: Effects, log: (message: string) => void): void {
  const { request, variables } = pm;
  if (location.kind === 'query') {
    throw new SigningProblem(
      `${VARIABLE.authLocation} is query, but ${VARIABLE.cloudfrontOac} is true: CloudFront's origin access control signs the origin request, so there is nothing to presign. Clear one of the two.`,
    );
  }
  // This request carries no signature of the script's: nothing for the diagnosis to compare.
  variables.unset(VARIABLE.canonicalRequest);
  variables.unset(VARIABLE.stringToSign);
  variables.unset(VARIABLE.presignedUrl);
  // A presigned URL's X-Amz-* parameters would reach the origin next to CloudFront's signature.
  if (removeQueryAuth(request.url)) log(`SigV4: removed the X-Amz-* query parameters of a presigned URL: ${VARIABLE.cloudfrontOac} is true, so CloudFront signs.`);

  const own = ownContentSha256(request);
  const unsigned = own !== undefined ? own === UNSIGNED_PAYLOAD : settings.unsignedPayload;
  const body = unsigned ? { text: '' } : wireBody(request, effects.random, unreadableWithOac);
  if (body.prunedBody) log(prunedBodyNote(request.method));
  prepareHeaders(request, body);
  const hash = payloadHash(body.text, unsigned);
  if (own === undefined) {
    request.headers.add({ key: HEADER.contentSha256, value: hash, system: true });
  } else if (!acceptsContentSha256(own, () => hash)) {
    throw new SigningProblem(
      `The request's own X-Amz-Content-Sha256 header is "${own}", which is neither the SHA-256 of the body as sent (${hash}) nor UNSIGNED-PAYLOAD, so the function URL would refuse CloudFront's signature. ` +
        `Remove the header (with ${VARIABLE.cloudfrontOac} true the script sends the body's hash), or correct it.`,
    );
  }
  request.authorizeUsing('noauth');
  if (settings.debug) log(debugLine(variables, own === undefined ? hash : own, own !== undefined));
}

function unreadableWithOac(what: string): SigningProblem {
  return new SigningProblem(
    `The request has ${what}, which a Postman script cannot read, so it cannot send the body's SHA-256 in x-amz-content-sha256 for CloudFront's origin access control to sign (${VARIABLE.cloudfrontOac} is true). ` +
      `Send the content as a raw body; a Lambda function URL refuses UNSIGNED-PAYLOAD (only for an origin that accepts it, such as S3, set ${VARIABLE.unsignedPayload} to true).`,
  );
}

/** Never a value: only which credential variables are set and go unused. */
function debugLine(variables: PmVariables, sent: string, fromRequest: boolean): string {
  const unused = CREDENTIAL_VARIABLES.filter((name) => {
    const value = variables.get(name);
    return value !== undefined && value !== null && String(value).trim() !== '';
  });
  return (
    `SigV4: ${VARIABLE.cloudfrontOac} is true: sent no signature, only x-amz-content-sha256: ${sent}${fromRequest ? " (the request's own header)" : ''}; CloudFront's origin access control signs the origin request.` +
    (unused.length ? ` Not used: ${unused.join(', ')} (CloudFront signs with its own credentials).` : '')
  );
}
