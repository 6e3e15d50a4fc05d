import { contentSha256Rule, UNSIGNED_PAYLOAD, type Credentials } from '../sigv4';
import { readAuthLocation } from './authLocation';
import { prunedBodyNote, wireBody } from './body';
import { readCredentialSource, type CredentialSource } from './credentials/credentialSource';
import type { Effects } from './effects';
import { NOWHERE } from './fail';
import { freezeRequest } from './freeze';
import { applySignature, hasSigV4Authorization, headersToSign, ownContentSha256, prepareHeaders, removeSignatureHeaders } from './headers';
import { prepareForOriginAccessControl } from './originAccessControl';
import { presignPostmanRequest } from './presignPostmanRequest';
import { removeQueryAuth } from './queryAuth';
import { resolveCredentials } from './credentials/resolveCredentials';
import type { Pm } from './sandbox';
import { readSettings, skipRequested, type Settings } from './settings';
import { requestScope, signWire } from './signWire';
import { VARIABLE } from './variables';
import { wireTarget } from './wire';

/**
 * Signs pm.request in place for the host and path the AWS service will see. A SigningProblem,
 * thrown before anything is signed or passed to `fail` once credentials were to be fetched,
 * says why the request cannot be signed correctly.
 */
export function signPostmanRequest(pm: Pm, effects: Effects, log: (message: string) => void, fail: (error: unknown) => void): void {
  const { request, variables } = pm;
  if (skipRequested(variables)) {
    variables.unset(VARIABLE.canonicalRequest);
    variables.unset(VARIABLE.stringToSign);
    variables.unset(VARIABLE.presignedUrl);
    // Unsigned means without a stale signature too (one kept from an earlier run would be rejected).
    if (hasSigV4Authorization(request)) {
      removeSignatureHeaders(request);
      log(`SigV4: ${VARIABLE.skip} is true: removed the SigV4 headers the request still carried, and sent it unsigned.`);
    }
    return;
  }
  const settings = readSettings(variables);
  const location = readAuthLocation(variables);
  // With OAC CloudFront signs: no credentials are read, so none missing stops the request.
  const source = settings.cloudfrontOac ? undefined : readCredentialSource(variables);
  const unresolved = freezeRequest(request, variables);
  if (unresolved.length) {
    log(`SigV4: {{${unresolved.join('}}, {{')}}} ${unresolved.length > 1 ? 'are' : 'is'} not defined when the signer runs, so sent literally. If a folder or request script sets it, run the signer after that script.`);
  }
  if (!source) return prepareForOriginAccessControl(pm, settings, location, effects, log);
  const signWith = (credentials: Credentials): void =>
    location.kind === 'query'
      ? presignPostmanRequest(pm, settings, credentials, location.expiresInSeconds, effects, log)
      : signFrozenRequest(pm, settings, credentials, effects, log);
  const keys = staticKeys(source);
  if (keys) return signWith(keys);

  const { region } = requestScope(settings, settings.signingHost || wireTarget(request.url).host);
  // Should anything end the script before the credentials arrive (a script timeout, an
  // exception the sandbox swallows), the request goes nowhere rather than out unsigned.
  const frozenUrl = request.url.toString();
  request.url.update(NOWHERE);
  resolveCredentials(pm, source, region, effects.now, (error, resolved) => {
    try {
      if (error) throw error;
      request.url.update(frozenUrl);
      if (settings.debug) log(`SigV4: credentials from ${resolved!.description}.`);
      signWith(resolved!.credentials);
      if (location.kind === 'query') warnOfEarlierExpiry(resolved!.expiration, location.expiresInSeconds, effects.now(), !!source.role, log);
    } catch (failure) {
      fail(failure);
    }
  });
}

/** A presigned URL works only while the credentials that signed it do, whatever X-Amz-Expires says. */
function warnOfEarlierExpiry(expiration: Date | undefined, expiresInSeconds: number, now: Date, assumedRole: boolean, log: (message: string) => void): void {
  if (!expiration || expiration.getTime() >= now.getTime() + expiresInSeconds * 1000) return;
  log(
    `SigV4: the presigned URL says it is valid for ${expiresInSeconds} s, but the temporary credentials that signed it expire at ${expiration.toISOString()}, ` +
      `and AWS refuses it from then on. For a link that must last, lower ${VARIABLE.presignExpires}${assumedRole ? ` or raise ${VARIABLE.roleDurationSeconds}` : ''}, or sign it with long-term keys.`,
  );
}

/** Static keys held in the variables themselves: signing then needs no call and stays synchronous. */
function staticKeys(source: CredentialSource): Credentials | undefined {
  const base = source.base;
  if (source.role || base.kind !== 'keys' || source.secrets.some((secret) => secret.vaultName !== undefined)) return undefined;
  return { accessKeyId: base.accessKeyId.text!, secretAccessKey: base.secretAccessKey.text!, sessionToken: base.sessionToken && base.sessionToken.text };
}

function signFrozenRequest(pm: Pm, settings: Settings, credentials: Credentials, effects: Effects, log: (message: string) => void): void {
  const { request, variables } = pm;
  // AWS refuses a request authenticated twice, so a query signature must not ride along.
  if (removeQueryAuth(request.url)) log(`SigV4: removed the X-Amz-* query parameters of a presigned URL and signed in the Authorization header (${VARIABLE.authLocation} is header).`);
  const target = wireTarget(request.url);
  const scope = requestScope(settings, settings.signingHost || target.host);
  // The user's own X-Amz-Content-Sha256 says what is signed; else the setting, else the service's rule.
  const own = ownContentSha256(request);
  const unsignedPayload = own !== undefined ? own === UNSIGNED_PAYLOAD : settings.unsignedPayload || contentSha256Rule(scope.service) === 'unsigned';
  const body = unsignedPayload ? { text: '' } : wireBody(request, effects.random);
  if (body.prunedBody) log(prunedBodyNote(request.method));
  prepareHeaders(request, body);
  const headers = headersToSign(request, settings.signedHeaders, body);

  const { host, signed, redactedCanonicalRequest } = signWire(settings, credentials, { method: request.method, target, headers, body: body.text, unsignedPayload, scope }, effects.now());
  applySignature(request, signed.headers);

  variables.set(VARIABLE.canonicalRequest, redactedCanonicalRequest);
  variables.set(VARIABLE.stringToSign, signed.stringToSign);
  // Local variables outlive the request in newman: a URL presigned earlier is not this request's.
  variables.unset(VARIABLE.presignedUrl);
  if (settings.debug) {
    for (const adjustment of settings.adjustments) log(`SigV4: ${adjustment}`);
    log(`SigV4: signed for host ${host}${settings.originPath ? ` with origin path ${settings.originPath}` : ''}; sent to ${target.host}.`);
    log(`SigV4 canonical request:\n${redactedCanonicalRequest}`);
    log(`SigV4 string to sign:\n${signed.stringToSign}`);
  }
}
