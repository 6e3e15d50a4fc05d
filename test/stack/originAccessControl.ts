/**
 * CloudFront origin access control (OAC) for a Lambda function URL origin: CloudFront signs the
 * origin request with SigV4 for service `lambda`, with credentials of its own.
 *
 * Signing behaviors (CloudFront API reference, OriginAccessControlConfig, SigningBehavior):
 * - `always`: "CloudFront signs all origin requests, overwriting the Authorization header from the
 *   viewer request if one exists."
 * - `no-override`: "If the viewer request doesn't contain the Authorization header, then CloudFront
 *   signs the origin request. If the viewer request contains the Authorization header, then
 *   CloudFront doesn't sign the origin request and instead passes along the Authorization header
 *   from the viewer request." (It reaches the origin only if forwarded: cloudFrontRequest.ts.)
 * - `never` turns OAC off: leave the option out.
 *
 * The payload hash: "If you use PUT or POST methods with your Lambda function URL, your users
 * must compute the SHA256 of the body and include the payload hash value of the request body in
 * the x-amz-content-sha256 header when sending the request to CloudFront. Lambda doesn't support
 * unsigned payloads." (CloudFront Developer Guide, "Restrict access to an AWS Lambda function URL
 * origin"). So CloudFront signs the viewer's x-amz-content-sha256 as it is. Without one it is
 * modelled as signing the empty body's hash: requests without a body pass and those with one
 * fail, as users report (aws-amplify/amplify-backend#3194: "GET works only because the body hash
 * is deterministic for empty bodies"; minorun365/html-share#4). What CloudFront signs exactly is
 * not documented. CloudFront's own X-Amz-Date and session token replace any the viewer sent (not
 * documented either; the script sends neither with sigv4_cloudfront_oac).
 */
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import type { StackCredential } from './credentials';
import { parseQueryForSigning } from './queryParams';
import { headerValues, splitTarget, type HeaderPair } from './rawRequest';

export type SigningBehavior = 'always' | 'no-override';

export interface OriginAccessControl {
  /** CloudFront's OriginAccessControlOriginType; the stand-in models function URLs only. */
  originType: 'lambda';
  signingBehavior: SigningBehavior;
  /** What CloudFront signs with (its service principal's session). */
  credentials: StackCredential;
  /** The function URL's region. Default: from the origin domain (`*.lambda-url.REGION.on.aws`), else us-east-1. */
  region?: string;
}

const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
/** Set by CloudFront's signature: the viewer's copies do not reach the origin. */
const REPLACED = ['authorization', 'x-amz-date', 'x-amz-security-token', 'x-amz-content-sha256'];

/**
 * The origin request's headers once OAC has had its say: unchanged when `no-override` meets a
 * viewer Authorization, else with CloudFront's signature over host, x-amz-content-sha256 and
 * x-amz-date (and its token).
 */
export async function signForOrigin(
  oac: OriginAccessControl,
  origin: { method: string; target: string; headers: HeaderPair[] },
  viewerHeaders: HeaderPair[],
  originDomain: string,
  now: Date,
): Promise<HeaderPair[]> {
  const viewerAuthorization = headerValues(viewerHeaders, 'authorization').length > 0;
  if (oac.signingBehavior === 'no-override' && viewerAuthorization) return origin.headers;

  const payloadHash = headerValues(viewerHeaders, 'x-amz-content-sha256')[0] ?? EMPTY_SHA256;
  const region = oac.region ?? /\.lambda-url\.([a-z0-9-]+)\.on\.aws$/.exec(originDomain)?.[1] ?? 'us-east-1';
  const { accessKeyId, secretAccessKey, sessionToken } = oac.credentials;
  const signer = new SignatureV4({ service: 'lambda', region, credentials: { accessKeyId, secretAccessKey, sessionToken }, sha256: Sha256, uriEscapePath: true, applyChecksum: false });
  const { path, query } = splitTarget(origin.target);
  const signed = await signer.sign(
    { method: origin.method, protocol: 'https:', hostname: originDomain, path, query: parseQueryForSigning(query), headers: { host: originDomain, 'x-amz-content-sha256': payloadHash } },
    { signingDate: now },
  );
  const added = Object.entries(signed.headers).filter(([name]) => name !== 'host') as HeaderPair[];
  return [...origin.headers.filter(([name]) => REPLACED.indexOf(name.toLowerCase()) < 0), ...added];
}
