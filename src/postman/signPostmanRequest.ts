import { wireBody } from './body';
import { freezeRequest } from './freeze';
import { applySignature, headersToSign, prepareHeaders } from './headers';
import type { Pm } from './sandbox';
import { readSettings, skipRequested } from './settings';
import { signWire } from './signWire';
import { VARIABLE } from './variables';
import { wireTarget } from './wire';

export interface Clock {
  now(): Date;
  random(): number;
}

/**
 * Signs pm.request in place for the host and path the AWS service will see. Throws a
 * SigningProblem, before changing anything it signs, when the request cannot be signed correctly.
 */
export function signPostmanRequest(pm: Pm, clock: Clock, log: (message: string) => void): void {
  const { request, variables } = pm;
  if (skipRequested(variables)) {
    variables.unset(VARIABLE.canonicalRequest);
    variables.unset(VARIABLE.stringToSign);
    return;
  }
  const settings = readSettings(variables);
  const unresolved = freezeRequest(request, variables);
  if (unresolved.length) {
    log(`SigV4: {{${unresolved.join('}}, {{')}}} ${unresolved.length > 1 ? 'are' : 'is'} not defined when the signer runs, so sent literally. If a folder or request script sets it, run the signer after that script.`);
  }

  const target = wireTarget(request.url);
  const body = settings.unsignedPayload ? { text: '' } : wireBody(request, clock.random);
  prepareHeaders(request, body);
  const headers = headersToSign(request, settings.signedHeaders, body);

  const { host, signed, canonicalRequest } = signWire(settings, { method: request.method, target, headers, body: body.text }, clock.now());
  applySignature(request, signed.headers);

  variables.set(VARIABLE.canonicalRequest, canonicalRequest);
  variables.set(VARIABLE.stringToSign, signed.stringToSign);
  if (settings.debug) {
    log(`SigV4: signed for host ${host}${settings.originPath ? ` with origin path ${settings.originPath}` : ''}; sent to ${target.host}.`);
    log(`SigV4 canonical request:\n${canonicalRequest}`);
    log(`SigV4 string to sign:\n${signed.stringToSign}`);
  }
}
