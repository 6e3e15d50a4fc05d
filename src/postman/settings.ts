import { isHeaderName, isRegionName, URL_SCHEME, validateHost, SigningInputError } from '../sigv4';
import { SigningProblem } from './problem';
import type { PmVariables } from './sandbox';
import { VARIABLE, variableReferences } from './variables';
import { withoutDefaultPort } from './wire';

/** What the user configured, read once per request and checked before anything is signed. */
export interface Settings {
  region?: string;
  service?: string;
  signingHost?: string;
  /** Wire form, e.g. `/prod`; `''` when not set. */
  originPath: string;
  /** Lowercase header names to sign besides host and x-amz-*. */
  signedHeaders: string[];
  unsignedPayload: boolean;
  /** sigv4_cloudfront_oac: CloudFront's origin access control signs; send only the body's hash (originAccessControl.ts). */
  cloudfrontOac: boolean;
  debug: boolean;
  /** What reading changed in a value the user gave, said in debug output. */
  adjustments: string[];
}

/**
 * Headers a proxy or the HTTP stack changes on the way (sigv4-rules §3 and §5): signing one
 * guarantees a mismatch, so naming one in sigv4_signed_headers is refused.
 */
const NEVER_SIGNED = /^(user-agent|postman-token|accept-encoding|connection|keep-alive|via|x-forwarded-.*|cache-control|authorization|expect|te|trailer|transfer-encoding|upgrade|proxy-.*|x-amz-cf-id|x-amzn-trace-id)$/;
/** Always signed anyway. */
const SIGNED_BY_DEFAULT = /^(host|x-amz-.*)$/;

/** The value of a variable with its own `{{references}}` resolved and surrounding whitespace removed. */
export function readVariable(variables: PmVariables, name: string): string | undefined {
  const raw = variables.get(name);
  if (raw === undefined || raw === null) return undefined;
  const text = String(raw);
  return (text.indexOf('{{') >= 0 ? variables.replaceIn(text) : text).trim();
}

/** readVariable, refusing a reference to a variable that is not defined. */
export function readText(variables: PmVariables, name: string): string | undefined {
  const value = readVariable(variables, name);
  if (value !== undefined) refuseUnresolved(name, value);
  return value;
}

/** Refuses a resolved value that still holds a `{{reference}}`: its variable is not defined. */
export function refuseUnresolved(name: string, value: string): void {
  const unresolved = variableReferences(value)[0];
  if (unresolved !== undefined) {
    throw new SigningProblem(`${name} refers to {{${unresolved}}}, which is not defined. Define ${unresolved} in the environment or the collection variables.`);
  }
}

/** A boolean variable's text: true, false (empty is false), or undefined for text that is neither. */
export function parseBoolean(value: string): boolean | undefined {
  if (value === '' || /^(false|0|no|off)$/i.test(value)) return false;
  if (/^(true|1|yes|on)$/i.test(value)) return true;
  return undefined;
}

function readBoolean(variables: PmVariables, name: string): boolean {
  const value = readText(variables, name);
  const parsed = value === undefined ? false : parseBoolean(value);
  if (parsed === undefined) throw new SigningProblem(`${name} is "${value}", which is not a boolean. Set it to true or false.`);
  return parsed;
}

/** Whether the request should go out unsigned (`sigv4_skip`). */
export function skipRequested(variables: PmVariables): boolean {
  return readBoolean(variables, VARIABLE.skip);
}

/** Everything but the credentials, which come from a credential source (credentialSource.ts). */
export function readSettings(variables: PmVariables): Settings {
  const adjustments: string[] = [];
  return {
    region: readRegion(variables),
    service: (readText(variables, VARIABLE.service) || '').toLowerCase() || undefined,
    signingHost: readSigningHost(variables, adjustments),
    originPath: readOriginPath(variables),
    signedHeaders: readSignedHeaders(variables),
    unsignedPayload: readBoolean(variables, VARIABLE.unsignedPayload),
    cloudfrontOac: readBoolean(variables, VARIABLE.cloudfrontOac),
    debug: readBoolean(variables, VARIABLE.debug),
    adjustments,
  };
}

/** Trimmed and lowercased (readVariable trims); anything else that is not a region name is refused before it is sent. */
function readRegion(variables: PmVariables): string | undefined {
  const region = (readText(variables, VARIABLE.region) || '').toLowerCase();
  if (!region) return undefined;
  if (!isRegionName(region)) throw new SigningProblem(`${VARIABLE.region} "${region}" is not a region name like us-east-1. Set it to the API's region, e.g. us-east-1.`);
  return region;
}

function readSigningHost(variables: PmVariables, adjustments: string[]): string | undefined {
  const value = readText(variables, VARIABLE.signingHost);
  if (!value) return undefined;
  const withoutScheme = value.replace(URL_SCHEME, '');
  const slash = withoutScheme.search(/[/?#]/);
  const host = slash < 0 ? withoutScheme : withoutScheme.slice(0, slash);
  const path = slash < 0 ? '' : withoutScheme.slice(slash).replace(/[?#].*$/, '').replace(/\/+$/, '');
  if (host !== value) {
    const pathHint = path ? `, and ${VARIABLE.originPath} to ${path} if CloudFront's origin path is ${path}` : '';
    throw new SigningProblem(`${VARIABLE.signingHost} must be a host name only, without a scheme or path: set it to ${host}${pathHint}.`);
  }
  try {
    validateHost(host);
  } catch (error) {
    if (!(error instanceof SigningInputError)) throw error;
    throw new SigningProblem(`${VARIABLE.signingHost} ${error.problem}. Set it to the host API Gateway sees, e.g. abc123.execute-api.us-east-1.amazonaws.com.`);
  }
  const signed = withoutDefaultPort(host.toLowerCase());
  if (signed !== host.toLowerCase()) {
    adjustments.push(`${VARIABLE.signingHost} ${host} names a default port, which the Host header API Gateway sees never carries: signed for ${signed}.`);
  }
  return signed;
}

function readOriginPath(variables: PmVariables): string {
  const value = readText(variables, VARIABLE.originPath);
  if (!value) return '';
  const fix = `Set it to CloudFront's origin path as shown in the distribution's origin settings, e.g. /prod`;
  if (value[0] !== '/') throw new SigningProblem(`${VARIABLE.originPath} "${value}" must start with "/". ${fix}.`);
  if (value.length > 1 && value[value.length - 1] === '/') {
    throw new SigningProblem(`${VARIABLE.originPath} "${value}" must not end with "/" (CloudFront refuses such an origin path). ${fix}.`);
  }
  // Only the first letter is lowercased: the sentence names CloudFront.
  if (value === '/') throw new SigningProblem(`${VARIABLE.originPath} "/" is not an origin path. Leave it empty, or ${fix[0].toLowerCase()}${fix.slice(1)}.`);
  if (/[?#]/.test(value)) throw new SigningProblem(`${VARIABLE.originPath} "${value}" must be a path only, without "?" or "#". ${fix}.`);
  // CloudFront forwards these unchanged; others it may percent-encode on the way (ModusCreateOrg/capsule#1).
  const unsafe = /[^A-Za-z0-9\-._~!()*'/%]/.exec(value);
  if (unsafe) {
    throw new SigningProblem(`${VARIABLE.originPath} "${value}" contains "${unsafe[0]}", which CloudFront may re-encode before API Gateway sees it. Use letters, digits and - . _ ~ ! ( ) * ' in the origin path, or percent-encode the character.`);
  }
  return value;
}

function readSignedHeaders(variables: PmVariables): string[] {
  const value = readText(variables, VARIABLE.signedHeaders);
  if (!value) return [];
  const names: string[] = [];
  for (const item of value.split(',')) {
    const name = item.trim().toLowerCase();
    if (name === '' || SIGNED_BY_DEFAULT.test(name)) continue;
    if (!isHeaderName(name)) {
      throw new SigningProblem(`${VARIABLE.signedHeaders} names "${item.trim()}", which is not a header name. List header names separated by commas, e.g. content-type,x-api-key.`);
    }
    if (NEVER_SIGNED.test(name)) {
      throw new SigningProblem(`${VARIABLE.signedHeaders} names ${name}, which Postman, CloudFront or API Gateway change on the way, so its signature can never match. Remove ${name} from ${VARIABLE.signedHeaders}.`);
    }
    if (names.indexOf(name) < 0) names.push(name);
  }
  return names;
}
