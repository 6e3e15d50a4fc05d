import { canonicalHeaders } from './canonicalHeaders';
import { canonicalQueryString, parseWireQuery } from './canonicalQuery';
import { canonicalRequest } from './canonicalRequest';
import { canonicalUri } from './canonicalUri';
import { ALGORITHM, HEADER } from './constants';
import { callerContentSha256, contentSha256Rule } from './contentSha256';
import { payloadHash } from './payloadHash';
import { signCanonicalRequest, signingContext } from './signingContext';
import type { SignedHeaders, SigningInput } from './types';

/** Header-based SigV4: the Authorization header and the X-Amz-* headers that go with it. */
export function signRequest(input: SigningInput): SignedHeaders {
  const { amzDate, scope, s3PathRule } = signingContext(input);
  const { credentials } = input;
  const rule = contentSha256Rule(input.service);
  const unsigned = input.unsignedPayload ?? rule === 'unsigned';
  const given = callerContentSha256(input);
  const hash = given ?? payloadHash(input.body, unsigned);

  // Every x-amz-* header sent must be signed (sigv4-rules §1, "Required headers").
  const added: Array<[string, string]> = [[HEADER.amzDate, amzDate]];
  if (credentials.sessionToken) added.push([HEADER.securityToken, credentials.sessionToken]);
  if (given === undefined && (input.contentSha256Header ?? (s3PathRule || unsigned || rule !== undefined))) added.push([HEADER.contentSha256, hash]);
  const headers = canonicalHeaders([['host', input.host], ...added, ...input.headers]);

  const canonical = canonicalRequest({
    method: input.method,
    uri: canonicalUri(input.path, s3PathRule),
    query: canonicalQueryString(parseWireQuery(input.query)),
    headers,
    payloadHash: hash,
  });
  const { stringToSign, signature } = signCanonicalRequest(input, amzDate, scope, canonical);
  const authorization = `${ALGORITHM} Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${headers.signedHeaders}, Signature=${signature}`;

  return {
    canonicalRequest: canonical,
    stringToSign,
    signature,
    signedHeaders: headers.signedHeaders,
    scope,
    amzDate,
    headers: [[HEADER.authorization, authorization], ...added],
  };
}
