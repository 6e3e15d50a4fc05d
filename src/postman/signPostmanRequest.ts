import { wireBody } from './body';
import { freezeRequest } from './freeze';
import { applySignature, hasSigV4Authorization, headersToSign, prepareHeaders, removeSignatureHeaders } from './headers';
import type { Pm } from './sandbox';
import { readSettings, skipRequested } from './settings';
import { signWire } from './signWire';
import { VARIABLE } from './variables';
import { wireTarget } from './wire';

/** What signing takes from outside: the time, and randomness for a multipart boundary. */
export interface Effects {
  now(): Date;
  random(): number;
}

/**
 * Signs pm.request in place for the host and path the AWS service will see. Throws a
 * SigningProblem, before changing anything it signs, when the request cannot be signed correctly.
 */
export function signPostmanRequest(pm: Pm, effects: Effects, log: (message: string) => void): void {
  const { request, variables } = pm;
  if (skipRequested(variables)) {
    variables.unset(VARIABLE.canonicalRequest);
    variables.unset(VARIABLE.stringToSign);
    // Unsigned means without a stale signature too (one kept from an earlier run would be rejected).
    if (hasSigV4Authorization(request)) {
      removeSignatureHeaders(request);
      log(`SigV4: ${VARIABLE.skip} is true: removed the SigV4 headers the request still carried, and sent it unsigned.`);
    }
    return;
  }
  const settings = readSettings(variables);
  const unresolved = freezeRequest(request, variables);
  if (unresolved.length) {
    log(`SigV4: {{${unresolved.join('}}, {{')}}} ${unresolved.length > 1 ? 'are' : 'is'} not defined when the signer runs, so sent literally. If a folder or request script sets it, run the signer after that script.`);
  }

  const target = wireTarget(request.url);
  const body = settings.unsignedPayload ? { text: '' } : wireBody(request, effects.random);
  if (body.prunedBody) {
    log(`SigV4: Postman does not send a ${request.method} body unless the request's disableBodyPruning setting is on, which a script cannot see, so it was signed as empty. Send the body with POST, or the signature fails when that setting is on.`);
  }
  prepareHeaders(request, body);
  const headers = headersToSign(request, settings.signedHeaders, body);

  const { host, signed, redactedCanonicalRequest } = signWire(settings, { method: request.method, target, headers, body: body.text }, effects.now());
  applySignature(request, signed.headers);

  variables.set(VARIABLE.canonicalRequest, redactedCanonicalRequest);
  variables.set(VARIABLE.stringToSign, signed.stringToSign);
  if (settings.debug) {
    for (const adjustment of settings.adjustments) log(`SigV4: ${adjustment}`);
    log(`SigV4: signed for host ${host}${settings.originPath ? ` with origin path ${settings.originPath}` : ''}; sent to ${target.host}.`);
    log(`SigV4 canonical request:\n${redactedCanonicalRequest}`);
    log(`SigV4 string to sign:\n${signed.stringToSign}`);
  }
}
