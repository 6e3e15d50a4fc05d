import { canonicalHeaders } from './canonicalHeaders';
import { canonicalQueryString, parseWireQuery, queryPair, type QueryPair } from './canonicalQuery';
import { canonicalRequest } from './canonicalRequest';
import { canonicalUri } from './canonicalUri';
import { ALGORITHM, MAX_PRESIGN_EXPIRES_SECONDS, QUERY, S3_SERVICE } from './constants';
import { callerContentSha256 } from './contentSha256';
import { payloadHash } from './payloadHash';
import { SigningInputError } from './errors';
import { signCanonicalRequest, signingContext } from './signingContext';
import type { PresignedQuery, SigningInput } from './types';

/**
 * Query-string SigV4 (a presigned URL). The X-Amz-* parameters, the session token included,
 * are part of the canonical query; X-Amz-Signature is appended after signing.
 */
export function presignRequest(input: SigningInput & { expiresInSeconds: number }): PresignedQuery {
  const { amzDate, scope, s3PathRule } = signingContext(input);
  const expires = input.expiresInSeconds;
  if (!Number.isInteger(expires) || expires < 1 || expires > MAX_PRESIGN_EXPIRES_SECONDS) {
    throw new SigningInputError('expires', `${expires} is not a whole number of seconds from 1 to ${MAX_PRESIGN_EXPIRES_SECONDS} (7 days)`);
  }
  const { credentials } = input;
  // S3 presigned URLs never sign the body (S3 API reference, sigv4-query-string-auth).
  const hash = callerContentSha256(input) ?? payloadHash(input.body, !!input.unsignedPayload || input.service === S3_SERVICE);
  const headers = canonicalHeaders([['host', input.host], ...input.headers]);

  const added: QueryPair[] = [
    queryPair(QUERY.algorithm, ALGORITHM),
    queryPair(QUERY.credential, `${credentials.accessKeyId}/${scope}`),
    queryPair(QUERY.date, amzDate),
    queryPair(QUERY.expires, String(expires)),
  ];
  if (credentials.sessionToken) added.push(queryPair(QUERY.securityToken, credentials.sessionToken));
  added.push(queryPair(QUERY.signedHeaders, headers.signedHeaders));

  const canonical = canonicalRequest({
    method: input.method,
    uri: canonicalUri(input.path, s3PathRule),
    query: canonicalQueryString(parseWireQuery(input.query).concat(added)),
    headers,
    payloadHash: hash,
  });
  const { stringToSign, signature } = signCanonicalRequest(input, amzDate, scope, canonical);
  const query = (input.query === '' ? [] : [input.query])
    .concat(added.map(([key, value]) => key + '=' + value), [QUERY.signature + '=' + signature])
    .join('&');

  return { canonicalRequest: canonical, stringToSign, signature, signedHeaders: headers.signedHeaders, scope, amzDate, query };
}
