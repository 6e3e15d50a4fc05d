import { UNSIGNED_PAYLOAD, type Credentials } from '../sigv4';
import { prunedBodyNote, wireBody } from './body';
import type { Effects } from './effects';
import { headersToSign, ownContentSha256, prepareHeaders } from './headers';
import { presignsUnsignedPayload, presignWire, redactQueryToken } from './presignWire';
import { removeQueryAuth, setWireQuery, wireUrl } from './queryAuth';
import type { Pm } from './sandbox';
import type { Settings } from './settings';
import { VARIABLE } from './variables';
import { wireTarget } from './wire';

/**
 * sigv4_auth_location=query: signs pm.request (already frozen) in its URL, as a presigned request.
 * The X-Amz-* parameters go after the request's own query, X-Amz-Signature last; no
 * Authorization header is set, and any an earlier signing left is removed.
 */
export function presignPostmanRequest(pm: Pm, settings: Settings, credentials: Credentials, expiresInSeconds: number, effects: Effects, log: (message: string) => void): void {
  const { request, variables } = pm;
  removeQueryAuth(request.url);
  const target = wireTarget(request.url);
  // A body that is not signed need not be readable (a file uploaded to S3 with a presigned PUT);
  // the user's own X-Amz-Content-Sha256, signed as the payload hash, is checked against it.
  const own = ownContentSha256(request);
  const unsigned = own !== undefined ? own === UNSIGNED_PAYLOAD : presignsUnsignedPayload(settings, settings.signingHost || target.host);
  const body = unsigned ? { text: '' } : wireBody(request, effects.random);
  if (body.prunedBody) log(prunedBodyNote(request.method));
  prepareHeaders(request, body);
  const headers = headersToSign(request, settings.signedHeaders, body);

  const { host, presigned, redactedCanonicalRequest } = presignWire(settings, credentials, { method: request.method, target, headers, body: body.text }, effects.now(), expiresInSeconds);
  const sent = setWireQuery(request.url, presigned.query);
  request.authorizeUsing('noauth');

  // No variable the script sets holds a session token (SPEC "Secrets"): the full link is the
  // request's own URL, pm.request.url.toString() in its test script.
  const redactedUrl = redactQueryToken(wireUrl(request.url, sent), credentials.sessionToken);
  variables.set(VARIABLE.canonicalRequest, redactedCanonicalRequest);
  variables.set(VARIABLE.stringToSign, presigned.stringToSign);
  variables.set(VARIABLE.presignedUrl, redactedUrl);
  if (settings.debug) {
    log(`SigV4: presigned for host ${host}${settings.originPath ? ` with origin path ${settings.originPath}` : ''}, valid ${expiresInSeconds} s; sent to ${target.host}.`);
    log(`SigV4 presigned URL (in ${VARIABLE.presignedUrl}):\n${redactedUrl}`);
    log(`SigV4 canonical request:\n${redactedCanonicalRequest}`);
    log(`SigV4 string to sign:\n${presigned.stringToSign}`);
  }
}
