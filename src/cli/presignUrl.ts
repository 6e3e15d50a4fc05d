/**
 * `presign`'s pure part: a URL and the flags in, a presigned URL out, signed by the pre-request
 * script's own code for `sigv4_auth_location=query` (the settings rules, the wire encoding,
 * presignWire and the core's presigner). No I/O: the command resolves the credentials and the time.
 */
import { METHODS_WITHOUT_BODY } from '../postman/body';
import { presignsUnsignedPayload, presignWire } from '../postman/presignWire';
import { removeQueryAuth, setWireQuery, wireUrl } from '../postman/queryAuth';
import type { Settings } from '../postman/settings';
import { requestScope, type WireRequest } from '../postman/signWire';
import { wireTarget, type WireTarget } from '../postman/wire';
import type { Credentials } from '../sigv4';
import { refuseVariables } from './canonical';
import { CliError } from './errors';
import { asFlagError, authLocationFromFlags, inFlagTerms, settingsFromFlags } from './settings';
import { NewmanUrl } from './url';

export interface PresignFlags {
  signingHost?: string;
  originPath?: string;
  region?: string;
  service?: string;
  method?: string;
  expires?: string;
}

/** A URL checked and ready to sign: what presignUrl needs besides the credentials and the time. */
export interface PresignPlan {
  url: NewmanUrl;
  settings: Settings;
  request: WireRequest;
  expiresInSeconds: number;
  /** Lines for stderr: what was adjusted, what the URL requires. */
  notes: string[];
}

export interface PresignedUrl {
  url: string;
  /** The host signed for (the signing host when given). */
  host: string;
  region: string;
  service: string;
  /** When the URL stops working. */
  expiresAt: Date;
}

/** How the messages of the Postman adapter name the URL argument. */
const URL_NAME = 'The URL';

/**
 * The port each scheme's clients leave out of Host: a WebSocket URL is the GET of its http(s)
 * equivalent (RFC 6455 §3: ws uses port 80 and wss port 443 by default).
 */
const DEFAULT_PORT: Record<string, string> = { http: '80', ws: '80', https: '443', wss: '443' };
const WEBSOCKET_SCHEMES = ['ws', 'wss'];

/**
 * Checks the URL and the flags by the script's rules, before any credentials are resolved. The
 * URL's own X-Amz-* parameters (an earlier presigning) are dropped as the script drops them, and
 * its scheme's default port too: browsers, curl and WebSocket clients send Host without it.
 */
export function planPresign(text: string, flags: PresignFlags): PresignPlan {
  const given: Array<[string, string | undefined]> = [
    ['URL', text],
    ['--signing-host', flags.signingHost],
    ['--origin-path', flags.originPath],
    ['--region', flags.region],
    ['--service', flags.service],
    ['--method', flags.method],
    ['--expires', flags.expires],
  ];
  given.forEach(([flag, value]) => refuseVariables(flag, value));
  // As the WHATWG URL parser does: spaces and controls around the URL are not part of it, and
  // tabs and line breaks inside are dropped (so refused here: the URL would not be sent as signed).
  const trimmed = text.replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, '');
  if (/[\t\n\r]/.test(trimmed)) throw new CliError('The URL contains a tab or a line break, which browsers and WebSocket clients drop; remove it, or write it as %09, %0A or %0D.');
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(trimmed);
  const protocol = scheme ? scheme[1].toLowerCase() : '';
  if (!Object.prototype.hasOwnProperty.call(DEFAULT_PORT, protocol)) {
    // Only the scheme is quoted: the URL may be a presigned one holding a session token.
    throw new CliError(`The URL must start with wss://, ws://, https:// or http://${scheme ? `, not ${scheme[1]}://` : ''}; give the full URL, e.g. wss://abc123.execute-api.us-east-1.amazonaws.com/prod.`);
  }
  const url = new NewmanUrl(trimmed);
  url.protocol = protocol;
  if (url.auth !== undefined) throw new CliError('The URL has a user name or password before "@"; remove it: a presigned URL carries its own authorization.');
  const notes: string[] = [];
  if (removeQueryAuth(url)) notes.push("note: the URL's X-Amz-* parameters (an earlier presigning) are replaced by new ones.");
  if (url.port === DEFAULT_PORT[protocol]) url.port = undefined;

  const method = (flags.method || 'GET').toUpperCase();
  if (WEBSOCKET_SCHEMES.indexOf(protocol) >= 0 && method !== 'GET') {
    throw new CliError(`--method ${method}: a WebSocket connection (the $connect request) is always a GET; leave --method out for a ${protocol}:// URL.`);
  }
  const settings = settingsFromFlags({ signingHost: flags.signingHost, originPath: flags.originPath, region: flags.region, service: flags.service });
  for (const adjustment of settings.adjustments) notes.push(`note: ${inFlagTerms(adjustment, URL_NAME)}`);
  // With queryAuth the location read is always the query's.
  const { expiresInSeconds } = authLocationFromFlags({ queryAuth: true, expires: flags.expires }) as { expiresInSeconds: number };
  const target = asFlagError(() => wireTarget(url), URL_NAME);
  refuseIfClientsChangeIt(protocol, target);
  const host = settings.signingHost || target.host;
  // The region and service now, so that a missing --region is said before credentials are looked up.
  asFlagError(() => requestScope(settings, host), URL_NAME);
  if (METHODS_WITHOUT_BODY.indexOf(method) < 0 && !presignsUnsignedPayload(settings, host)) {
    notes.push(`note: the URL signs an empty body (the hash of no bytes), so send the ${method} without one; a body would not match the signature.`);
  }
  return { url, settings, request: { method, target, headers: [], body: '' }, expiresInSeconds, notes };
}

/** Presigns a planned URL with the credentials at `date`: the URL a client sends as is. */
export function presignUrl(plan: PresignPlan, credentials: Credentials, date: Date): PresignedUrl {
  const { host, presigned } = asFlagError(() => presignWire(plan.settings, credentials, plan.request, date, plan.expiresInSeconds), URL_NAME);
  const url = new NewmanUrl(plan.url.toString());
  const sent = asFlagError(() => setWireQuery(url, presigned.query), URL_NAME);
  const [, region, service] = presigned.scope.split('/');
  return { url: wireUrl(url, sent), host, region, service, expiresAt: new Date(date.getTime() + plan.expiresInSeconds * 1000) };
}

/**
 * Browsers and WebSocket clients (`ws`, Postman's) parse a URL by the WHATWG URL standard, which
 * removes dot segments (`/a/../b`, `/%2e/`) and normalizes the host and port: such a URL
 * would reach the service with another path than the one signed, so it is refused with the form
 * to give instead. The X-Amz-* parameters added later are strictly percent-encoded, which the
 * standard leaves as they are.
 */
function refuseIfClientsChangeIt(protocol: string, target: WireTarget): void {
  let parsed: URL;
  try {
    parsed = new URL(`${protocol}://${target.host}${target.path}${target.query === '' ? '' : '?' + target.query}`);
  } catch {
    throw new CliError(`The URL's host ${target.host} is not one a browser or WebSocket client accepts; give the host name the service is reached at.`);
  }
  if (parsed.host === target.host && parsed.pathname === target.path && parsed.search.slice(1) === target.query) return;
  throw new CliError(`The URL would not be sent as signed: a browser or WebSocket client sends its host and path as ${parsed.host}${parsed.pathname} (dot segments removed, the host and port normalized). Give the URL in that form.`);
}
