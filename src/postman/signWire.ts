import { resolveScope, signRequest, SigningInputError, type Credentials, type SignedHeaders, type SigningInput } from '../sigv4';
import { SigningProblem } from './problem';
import type { Settings } from './settings';
import { REDACTED_TOKEN, VARIABLE } from './variables';
import { encodeWirePath, type WireTarget } from './wire';

/** A request exactly as newman will send it. */
export interface WireRequest {
  method: string;
  target: WireTarget;
  /** The headers to sign besides host and the ones the signer adds. */
  headers: Array<[string, string]>;
  body: string | Uint8Array;
  /** Sign UNSIGNED-PAYLOAD (decided by payloadDecision: the setting, the user's header, the service). Default: the setting. */
  unsignedPayload?: boolean;
  /** The region and service signed for, when the caller has them from requestScope already; else resolved here. */
  scope?: { region: string; service: string };
}

export interface WireSignature {
  /** The host signed for: the signing host when set, else the URL's. */
  host: string;
  signed: SignedHeaders;
  /** The canonical request with the session token redacted, as kept in sigv4_canonical_request. */
  redactedCanonicalRequest: string;
}

/**
 * Signs a wire request for the host and path the AWS service sees (signing host, origin path).
 * Throws a SigningProblem naming the variable to fix when the core refuses the input.
 */
export function signWire(settings: Settings, credentials: Credentials, request: WireRequest, date: Date): WireSignature {
  const host = settings.signingHost || request.target.host;
  const signed = withFieldNames(settings, host, () => signRequest(signingInput(settings, credentials, request, host, date)));
  const token = credentials.sessionToken;
  const redactedCanonicalRequest = token ? signed.canonicalRequest.split(token).join(REDACTED_TOKEN) : signed.canonicalRequest;
  return { host, signed, redactedCanonicalRequest };
}

/** The region and service the request is signed for, as signWire finds them. */
export function requestScope(settings: Settings, host: string): { region: string; service: string } {
  return withFieldNames(settings, host, () => resolveScope(host, { region: settings.region, service: settings.service }));
}

/** What the core signs for a wire request: the signing host, the origin path before the path, the resolved scope. */
export function signingInput(settings: Settings, credentials: Credentials, request: WireRequest, host: string, date: Date): SigningInput {
  const { region, service } = request.scope || resolveScope(host, { region: settings.region, service: settings.service });
  return {
    method: request.method,
    path: encodeWirePath(settings.originPath) + request.target.path,
    query: request.target.query,
    headers: request.headers,
    body: request.body,
    host,
    credentials,
    region,
    service,
    date,
    unsignedPayload: request.unsignedPayload ?? settings.unsignedPayload,
  };
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
    case 'contentSha256':
      return `The request's own X-Amz-Content-Sha256 header ${error.problem}, so AWS would refuse it. Remove the header (the script sets it where the service needs it), or set it to the body's SHA-256 in lowercase hex.`;
    case 'method':
      return `The request method ${error.problem}.`;
    default:
      return `The request ${error.field} ${error.problem}.`;
  }
}

/** Runs the core; its SigningInputError becomes a SigningProblem naming the variable to fix. */
export function withFieldNames<T>(settings: Settings, host: string, sign: () => T): T {
  try {
    return sign();
  } catch (error) {
    if (!(error instanceof SigningInputError)) throw error;
    throw new SigningProblem(describe(error, settings, host));
  }
}
