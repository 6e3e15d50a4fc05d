import { resolveScope, signRequest, SigningInputError } from '../sigv4';
import { wireBody } from './body';
import { freezeRequest } from './freeze';
import { applySignature, headersToSign, prepareHeaders } from './headers';
import { SigningProblem } from './problem';
import type { Pm } from './sandbox';
import { readSettings, skipRequested, type Settings } from './settings';
import { REDACTED_TOKEN, VARIABLE } from './variables';
import { encodeWirePath, wireTarget } from './wire';

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
  const host = settings.signingHost || target.host;
  const body = settings.unsignedPayload ? { text: '' } : wireBody(request, clock.random);
  prepareHeaders(request, body);
  const headers = headersToSign(request, settings.signedHeaders, body);

  const signed = withFieldNames(settings, host, () => {
    const { region, service } = resolveScope(host, { region: settings.region, service: settings.service });
    return signRequest({
      method: request.method,
      path: encodeWirePath(settings.originPath) + target.path,
      query: target.query,
      headers,
      body: body.text,
      host,
      credentials: settings.credentials,
      region,
      service,
      date: clock.now(),
      unsignedPayload: settings.unsignedPayload,
    });
  });
  applySignature(request, signed.headers);

  const token = settings.credentials.sessionToken;
  const canonicalRequest = token ? signed.canonicalRequest.split(token).join(REDACTED_TOKEN) : signed.canonicalRequest;
  variables.set(VARIABLE.canonicalRequest, canonicalRequest);
  variables.set(VARIABLE.stringToSign, signed.stringToSign);
  if (settings.debug) {
    log(`SigV4: signed for host ${host}${settings.originPath ? ` with origin path ${settings.originPath}` : ''}; sent to ${target.host}.`);
    log(`SigV4 canonical request:\n${canonicalRequest}`);
    log(`SigV4 string to sign:\n${signed.stringToSign}`);
  }
}

/** The core's complaint about a field, said in Postman's terms with the fix. */
function describe(error: SigningInputError, settings: Settings, host: string): string {
  switch (error.field) {
    case 'accessKeyId':
      return `${VARIABLE.accessKeyId} ${error.problem}. Copy the access key id again.`;
    case 'secretAccessKey':
      return `${VARIABLE.secretAccessKey} ${error.problem}. Copy the secret access key again.`;
    case 'sessionToken':
      return `${VARIABLE.sessionToken} ${error.problem}. Copy the session token again, or leave it empty for long-term credentials.`;
    case 'region':
      return settings.region
        ? `${VARIABLE.region} ${error.problem}. Set it to the API's region, e.g. us-east-1.`
        : `${VARIABLE.region} is not set, and the signing host ${host} names no region. Set ${VARIABLE.region} to the API's region, e.g. us-east-1, or set ${VARIABLE.signingHost} to the API Gateway host, which names it.`;
    case 'service':
      return `${VARIABLE.service} ${error.problem}. Set it to the service's signing name, e.g. execute-api, or leave it empty.`;
    case 'signingHost':
      return `The request URL host ${error.problem}. Fix the request URL, or set ${VARIABLE.signingHost}.`;
    case 'header':
      return `A request header ${error.problem}. Fix or remove that header.`;
    case 'method':
      return `The request method ${error.problem}.`;
    default:
      return `The request ${error.field} ${error.problem}.`;
  }
}

function withFieldNames<T>(settings: Settings, host: string, sign: () => T): T {
  try {
    return sign();
  } catch (error) {
    if (!(error instanceof SigningInputError)) throw error;
    throw new SigningProblem(describe(error, settings, host));
  }
}
