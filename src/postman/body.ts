import { uriEncode } from '../sigv4';
import { SigningProblem } from './problem';
import type { PmFormParam, PmGraphql, PmHeader, PmQueryParam, PmRequest } from './sandbox';
import { VARIABLE } from './variables';

/** The body bytes newman will send, and the Content-Type it adds when the request sets none. */
export interface WireBody {
  text: string;
  defaultContentType?: string;
  /** For text-only formdata: the Content-Type header that fixes the multipart boundary. */
  multipartContentType?: string;
  /** A GET-like request with a body that Postman prunes, so it is signed as empty. */
  prunedBody?: boolean;
}

/** postman-runtime prunes the body of these methods (unless disableBodyPruning, which a script cannot see). */
export const METHODS_WITHOUT_BODY = ['GET', 'COPY', 'HEAD', 'PURGE', 'UNLOCK'];

/** postman-runtime core-body-builder.js CONTENT_TYPE_LANGUAGE */
const RAW_CONTENT_TYPE: Record<string, string> = {
  html: 'text/html',
  text: 'text/plain',
  json: 'application/json',
  javascript: 'application/javascript',
  xml: 'application/xml',
};

const EMPTY: WireBody = { text: '' };

/** Said when a GET-like request's body is signed as empty (WireBody.prunedBody). */
export function prunedBodyNote(method: string): string {
  return `SigV4: Postman does not send a ${method} body unless the request's disableBodyPruning setting is on, which a script cannot see, so it was signed as empty. Send the body with POST, or the signature fails when that setting is on.`;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?:^|[^\ud800-\udbff])[\udc00-\udfff]/;

/**
 * The bytes per body mode, rebuilt with the runtime's own rules (postman-sandbox-facts §3).
 * File bodies and file parts cannot be read by a script: those throw `unreadable`'s problem.
 */
export function wireBody(request: PmRequest, random: () => number, unreadable: (what: string) => SigningProblem = unreadableForSigning): WireBody {
  const body = request.body;
  if (!body || body.disabled || body.isEmpty()) return EMPTY;
  if (METHODS_WITHOUT_BODY.indexOf(request.method) >= 0) return { text: '', prunedBody: true };
  switch (body.mode) {
    case 'raw':
      return { text: typeof body.raw === 'string' ? body.raw : JSON.stringify(body.raw), defaultContentType: RAW_CONTENT_TYPE[body.options?.raw?.language || 'text'] || RAW_CONTENT_TYPE.text };
    case 'urlencoded':
      return urlencoded(enabled(body.urlencoded?.all()));
    case 'graphql':
      return { text: graphql(body.graphql || {}), defaultContentType: 'application/json' };
    case 'formdata':
      return formdata(enabled(body.formdata?.all()), request.headers.all(), random, unreadable);
    case 'file':
      throw unreadable('a file body');
    default:
      return EMPTY;
  }
}

function enabled<T extends { disabled?: boolean }>(items: T[] | undefined): T[] {
  return (items || []).filter((item) => item && !item.disabled);
}

function unreadableForSigning(what: string): SigningProblem {
  return new SigningProblem(
    `The request has ${what}, which a Postman script cannot read, so its hash cannot be signed. ` +
      `Send the content as a raw body, or set ${VARIABLE.unsignedPayload} to true if the service accepts UNSIGNED-PAYLOAD (S3 does; API Gateway does not).`,
  );
}

/**
 * Grouped into an object as the runtime does (urlEncodedBodyReducer), so integer-like keys come
 * first and duplicates sit at their first key's place; then querystring plus an RFC 3986 pass,
 * which is SigV4's strict encoding.
 */
function urlencoded(params: PmQueryParam[]): WireBody {
  if (params.length === 0) return EMPTY;
  // Node's querystring pairs a lone surrogate with whatever follows it: bytes no rule predicts.
  const broken = params.find(({ key, value }) => LONE_SURROGATE.test(String(key)) || LONE_SURROGATE.test(String(value ?? '')));
  if (broken) throw new SigningProblem(`The urlencoded field "${String(broken.key).replace(LONE_SURROGATE, '?')}" holds a broken character (half of a UTF-16 pair). Retype the text.`);
  const form: Record<string, unknown> = {};
  for (const { key, value } of params) {
    const name = String(key);
    if (!Object.prototype.hasOwnProperty.call(form, name)) form[name] = value;
    else form[name] = ([] as unknown[]).concat(form[name], value);
  }
  const text = Object.keys(form)
    .map((name) =>
      ([] as unknown[])
        .concat(form[name])
        .map((value) => uriEncode(name) + '=' + uriEncode(value === undefined || value === null ? '' : String(value)))
        .join('&'),
    )
    .join('&');
  return { text, defaultContentType: 'application/x-www-form-urlencoded' };
}

/** core-body-builder.js `graphql`: variables given as text are inserted verbatim. */
function graphql(content: PmGraphql): string {
  if (typeof content.variables !== 'string') {
    return JSON.stringify({ query: content.query, operationName: content.operationName, variables: content.variables });
  }
  const parts: string[] = [];
  if (typeof content.query === 'string') parts.push('"query":' + JSON.stringify(content.query));
  if (typeof content.operationName === 'string') parts.push('"operationName":' + JSON.stringify(content.operationName));
  if (content.variables !== '') parts.push('"variables":' + content.variables);
  return '{' + parts.join(',') + '}';
}

const BOUNDARY_IN_CONTENT_TYPE = /^multipart\/form-data;.*boundary=(?:"([^"]+)"|([^;]+))/;

/**
 * @postman/form-data 3.1 framing. The boundary is random unless the request's Content-Type names
 * one (postman-request reads it from there), so the script sets that header itself.
 */
function formdata(params: PmFormParam[], headers: PmHeader[], random: () => number, unreadable: (what: string) => SigningProblem): WireBody {
  if (params.length === 0) return EMPTY;
  if (params.some((param) => param.type === 'file')) throw unreadable('a formdata file field');
  const contentType = headers.filter((h) => !h.disabled && h.key.toLowerCase() === 'content-type').pop();
  const named = contentType && BOUNDARY_IN_CONTENT_TYPE.exec(String(contentType.value));
  let boundary = named ? named[1] || named[2] : '';
  const parts = params.map((param) => {
    const value = typeof param.value === 'string' ? param.value : safeJson(param.value);
    const type = param.contentType && typeof param.contentType === 'string' ? `Content-Type: ${param.contentType}\r\n` : '';
    return { head: `Content-Disposition: form-data; name="${param.key}"\r\n${type}\r\n`, value: value || '' };
  });
  for (let attempt = 0; !boundary || parts.some((part) => part.value.indexOf(boundary) >= 0); attempt++) {
    if (attempt === 10) throw new SigningProblem('The formdata fields keep containing the multipart boundary. Send the content as a raw body.');
    boundary = randomBoundary(random);
  }
  const text = parts.map((part) => `--${boundary}\r\n${part.head}${part.value}\r\n`).join('') + `--${boundary}--\r\n`;
  return { text, multipartContentType: `multipart/form-data; boundary=${boundary}` };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch (error) {
    return '';
  }
}

/** Like form-data's own: 26 dashes and 24 digits. */
function randomBoundary(random: () => number): string {
  let boundary = '--------------------------';
  for (let i = 0; i < 24; i++) boundary += Math.floor(random() * 10);
  return boundary;
}

