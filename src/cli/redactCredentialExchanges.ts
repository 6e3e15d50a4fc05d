/**
 * `run` keeps the pre-request script's credential calls away from newman's reporters. The script
 * fetches credentials with pm.sendRequest (the credentials endpoint, STS AssumeRole, Cognito
 * InitiateAuth, GetId and GetCredentialsForIdentity), and newman emits each exchange as a
 * `request` event like any other: its CLI reporter prints both bodies with --verbose (wrapped at
 * 54 columns inside box characters, past CI log masking), and other reporters may keep them.
 * newman builds one event object per runtime callback and hands it to every listener in turn
 * (newman 6.2.2 lib/run/index.js), so a listener put before all others replaces that object's
 * `request` and `response` with redacted copies: the run summary and every reporter see the
 * copies only. The runtime's own objects, the ones the sandbox reads, are not touched.
 */
import type { EventEmitter } from 'node:events';
import type { Request, Response } from 'postman-collection';
import { GET_CREDENTIALS_TARGET, GET_ID_TARGET, INITIATE_AUTH_TARGET } from '../credentials';

export const REDACTED = '<redacted by postman-sigv4>';
const XML_REDACTED = REDACTED.replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The JSON members that hold a secret in the credential calls (src/credentials): the container
 * answer's SecretAccessKey and Token; InitiateAuth's PASSWORD and SECRET_HASH, and the tokens of
 * its AuthenticationResult; GetCredentialsForIdentity's SecretKey (sic) and SessionToken.
 */
const SECRET_MEMBERS = ['SecretAccessKey', 'Token', 'PASSWORD', 'SECRET_HASH', 'IdToken', 'AccessToken', 'RefreshToken', 'SecretKey', 'SessionToken'];
/** GetId's and GetCredentialsForIdentity's Logins map a provider to an ID token: every value is one. */
const TOKEN_MAP = 'Logins';
/** STS AssumeRole's answer: AssumeRoleResult > Credentials. */
const SECRET_ELEMENTS = ['SecretAccessKey', 'SessionToken'];
const COGNITO_TARGETS = [INITIATE_AUTH_TARGET, GET_ID_TARGET, GET_CREDENTIALS_TARGET];
/** The endpoint's token; the SigV4 header and the base credentials' session token on STS. */
const SECRET_HEADERS = ['authorization', 'x-amz-security-token'];

type Json = null | boolean | number | string | Json[] | { [member: string]: Json };

function parseJson(text: string): Json | undefined {
  try {
    const value = JSON.parse(text) as Json;
    return value !== null && typeof value === 'object' ? value : undefined;
  } catch {
    return undefined;
  }
}

const isObject = (value: Json | undefined): value is { [member: string]: Json } => value !== null && typeof value === 'object' && !Array.isArray(value);

function redactJson(value: Json): Json {
  if (Array.isArray(value)) return value.map(redactJson);
  if (!isObject(value)) return value;
  const copy: { [member: string]: Json } = {};
  for (const [name, member] of Object.entries(value)) {
    if (SECRET_MEMBERS.indexOf(name) >= 0) copy[name] = REDACTED;
    else if (name === TOKEN_MAP && isObject(member)) copy[name] = Object.fromEntries(Object.keys(member).map((provider) => [provider, REDACTED]));
    else copy[name] = redactJson(member);
  }
  return copy;
}

/** Whether a body is what a credential call sends or answers with (the shapes src/credentials reads and writes). */
export function holdsCredentials(text: string): boolean {
  const json = parseJson(text);
  if (isObject(json)) {
    const credentials = json.Credentials;
    return ('AccessKeyId' in json && 'SecretAccessKey' in json) || 'AuthParameters' in json || 'AuthenticationResult' in json || TOKEN_MAP in json || (isObject(credentials) && 'SecretKey' in credentials);
  }
  return /<Credentials>[\s\S]*<(SecretAccessKey|SessionToken)>/.test(text);
}

/**
 * A credential call's body with its secrets replaced: JSON members by name at any depth, STS's
 * XML elements; any other text is left as it is (STS's form body holds none).
 */
export function redactedBody(text: string): string {
  const json = parseJson(text);
  if (json !== undefined) return JSON.stringify(redactJson(json));
  return text.replace(new RegExp(`<(${SECRET_ELEMENTS.join('|')})>[\\s\\S]*?</\\1>`, 'g'), `<$1>${XML_REDACTED}</$1>`);
}

const urlWithoutQuery = (request: Request) => String(request.url.toString()).split(/[?#]/)[0];
const requestBody = (request: Request) => (request.body && request.body.mode === 'raw' ? request.body.toString() : '');

/** The credentials endpoint's answer is JSON or nothing of use: any other text is redacted whole. */
function redactedAnswer(text: string, fromEndpoint: boolean): string {
  if (fromEndpoint && text && parseJson(text) === undefined) return REDACTED;
  return redactedBody(text);
}

/** Whether an exchange is one of the script's credential calls: to the run's endpoint, to Cognito, or carrying credentials either way. */
function isCredentialCall(request: Request, response: Response | undefined, credentialsUrl: string): boolean {
  if (urlWithoutQuery(request) === credentialsUrl) return true;
  const target = request.headers.get('X-Amz-Target');
  if (typeof target === 'string' && COGNITO_TARGETS.indexOf(target) >= 0) return true;
  return holdsCredentials(requestBody(request)) || Boolean(response && holdsCredentials(response.text() || ''));
}

function redactedRequest(request: Request): Request {
  const copy = request.clone();
  copy.headers.each((header) => {
    if (header.key && SECRET_HEADERS.indexOf(header.key.toLowerCase()) >= 0) header.value = REDACTED;
  });
  const body = requestBody(request);
  if (body) copy.body!.update({ mode: 'raw', raw: redactedBody(body) });
  return copy;
}

/** A copy of a postman-collection Response, same prototype (text(), size(), reason()...), with another body. */
function withBody(response: Response, text: string): Response {
  return Object.assign(Object.create(Object.getPrototypeOf(response)), response, { stream: Buffer.from(text, 'utf8'), body: text });
}

interface RequestEvent {
  request?: Request;
  response?: Response;
}

/** Redacts the script's credential calls in the `request` events of a newman run, before any reporter's listener runs. */
export function redactCredentialExchanges(run: EventEmitter, credentialsUrl: string): void {
  run.prependListener('request', (_error: unknown, event?: RequestEvent) => {
    if (!event || !event.request || !isCredentialCall(event.request, event.response, credentialsUrl)) return;
    const fromEndpoint = urlWithoutQuery(event.request) === credentialsUrl;
    event.request = redactedRequest(event.request);
    if (event.response) event.response = withBody(event.response, redactedAnswer(event.response.text() || '', fromEndpoint));
  });
}
