/**
 * What the signature of a received request should have been, computed with the AWS SDK's signer
 * (`@smithy/signature-v4`), deliberately independent of the project's own SigV4 code in src/.
 *
 * Settings as execute-api needs them: `uriEscapePath: true` (the path as received is normalized
 * and percent-encoded again), `applyChecksum: false`, and the payload hash is the hash of the body
 * bytes received unless the caller names another (VPC Lattice: UNSIGNED-PAYLOAD). An
 * X-Amz-Content-Sha256 header is signed like any other header but never replaces the hash.
 */
import { Sha256 } from '@aws-crypto/sha256-js';
import { ALGORITHM_IDENTIFIER, getCanonicalHeaders, getPayloadHash, getSigningKey, SignatureV4 } from '@smithy/signature-v4';
import type { CredentialScope, SigV4Auth } from './authorization';
import { parseQueryForSigning, SigningQuery } from './queryParams';
import { joinedHeader, ReceivedRequest } from './rawRequest';

type SmithyRequest = Parameters<SignatureV4['presign']>[0];

/** Exposes the canonical-request and string-to-sign steps SignatureV4Base keeps protected in its types. */
class CanonicalSigner extends SignatureV4 {
  constructor() {
    super({
      service: 'execute-api',
      region: 'unused',
      credentials: { accessKeyId: 'unused', secretAccessKey: 'unused' },
      sha256: Sha256,
      uriEscapePath: true,
      applyChecksum: false,
    });
  }

  canonicalRequest(request: SmithyRequest, canonicalHeaders: Record<string, string>, payloadHash: string): string {
    return this.createCanonicalRequest(request, canonicalHeaders, payloadHash);
  }

  stringToSign(longDate: string, scope: string, canonicalRequest: string): Promise<string> {
    return this.createStringToSign(longDate, scope, canonicalRequest, ALGORITHM_IDENTIFIER);
  }
}

const signer = new CanonicalSigner();

export interface ExpectedInput {
  method: string;
  /** Raw path as received. */
  path: string;
  /** Decoded query (duplicates as arrays); smithy leaves X-Amz-Signature out of the canonical query. */
  query: SigningQuery;
  /** The values of exactly the headers named in SignedHeaders ('' for one that did not arrive). */
  signedHeaderValues: Record<string, string>;
  body: Buffer;
  amzDate: string;
  scope: CredentialScope;
  secretAccessKey: string;
  /** The payload line; default the hash of `body`. */
  payloadHash?: string;
}

export interface Expected {
  canonicalRequest: string;
  stringToSign: string;
  signature: string;
}

export async function expectedSignature(input: ExpectedInput): Promise<Expected> {
  const request = {
    method: input.method,
    protocol: 'https:',
    hostname: '',
    path: input.path,
    query: input.query,
    headers: input.signedHeaderValues,
    body: input.body,
  } as SmithyRequest;
  const canonicalHeaders = getCanonicalHeaders(request, undefined, new Set(Object.keys(input.signedHeaderValues)));
  const payloadHash = input.payloadHash ?? (await getPayloadHash({ ...request, headers: {} }, Sha256));
  const canonicalRequest = signer.canonicalRequest(request, canonicalHeaders, payloadHash);
  const { scope } = input;
  const scopeText = `${scope.date}/${scope.region}/${scope.service}/${scope.terminator}`;
  const stringToSign = await signer.stringToSign(input.amzDate, scopeText, canonicalRequest);
  const key = await getSigningKey(
    Sha256,
    { accessKeyId: scope.accessKeyId, secretAccessKey: input.secretAccessKey },
    scope.date,
    scope.region,
    scope.service,
  );
  const hmac = new Sha256(key);
  hmac.update(Buffer.from(stringToSign, 'utf8'));
  const signature = Buffer.from(await hmac.digest()).toString('hex');
  return { canonicalRequest, stringToSign, signature };
}

/** The expected signature of a request as received, for the authentication it carries. */
export function expectedSignatureOf(request: ReceivedRequest, auth: SigV4Auth, secretAccessKey: string, payloadHash?: string): Promise<Expected> {
  const signedHeaderValues: Record<string, string> = Object.create(null);
  for (const name of auth.signedHeaders) signedHeaderValues[name] = joinedHeader(request.rawHeaders, name) ?? '';
  return expectedSignature({
    method: request.method,
    path: request.path,
    query: parseQueryForSigning(request.query),
    signedHeaderValues,
    body: request.body,
    amzDate: auth.amzDate,
    scope: auth.scope,
    secretAccessKey,
    payloadHash,
  });
}

/** The SHA-256 of a body, as lowercase hex (the payload line of a canonical request). */
export async function bodySha256(body: Buffer): Promise<string> {
  return getPayloadHash({ headers: {}, body } as unknown as SmithyRequest, Sha256);
}
