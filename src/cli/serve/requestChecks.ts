/**
 * Who may ask the credentials endpoint. A web page in the user's browser can send requests to
 * 127.0.0.1 too: fetch() from another site carries an Origin header, and a DNS-rebinding page
 * (a domain of the attacker's that resolves to 127.0.0.1) sends its own domain as Host and could
 * read the answer. So the Host and Origin checks come first, and no answer but a refusal goes to
 * either; then the path, the method, and the token (compared in constant time). What a client
 * sent is quoted only through `printable`: messages end up in a terminal.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { sameToken } from './tokenFile';

export const CREDENTIALS_PATH = '/credentials';

export interface Refusal {
  status: number;
  code: string;
  message: string;
}

export interface Expected {
  /** `127.0.0.1:PORT`, what a client that was given the URL sends as Host. */
  host: string;
  token: string;
}

export interface Asked {
  method?: string;
  url?: string;
  headers: IncomingHttpHeaders;
  /** Names and values as received: Node keeps only the first of two Host headers in `headers`. */
  rawHeaders?: string[];
}

/** Quoted text is cut here: a refusal line stays one readable line. */
const QUOTED_MAX = 120;

/**
 * `text` with everything outside printable ASCII (C0 and C1 controls such as ESC and CSI, DEL,
 * and all else) written as \xHH or \uHHHH, cut to a readable length: what a client sent cannot
 * move a terminal's cursor or start a new log line. Idempotent: a quoted message in a log line
 * is not escaped twice.
 */
export function printable(text: string, max = QUOTED_MAX): string {
  const escaped = text.replace(/[^\x20-\x7e]/g, (char) => {
    const code = char.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
  return escaped.length > max ? `${escaped.slice(0, max)}...` : escaped;
}

/**
 * The Hosts answered: the URL's, and `localhost:PORT`, which the pre-request script accepts as a
 * loopback URL too. A DNS-rebinding page cannot make a browser send `localhost`: browsers resolve
 * that name to loopback themselves, never through DNS (RFC 6761 section 6.3; WHATWG Fetch and
 * Chromium and Firefox treat it as loopback), so a page whose Host is localhost:PORT came from
 * this port, this endpoint, itself.
 */
function acceptedHosts(expected: Expected): string[] {
  return [expected.host, `localhost:${expected.host.slice(expected.host.lastIndexOf(':') + 1)}`];
}

function hostLines(request: Asked): number {
  const raw = request.rawHeaders;
  if (!raw) return request.headers.host === undefined ? 0 : 1;
  return raw.filter((name, index) => index % 2 === 0 && name.toLowerCase() === 'host').length;
}

const BEARER = /^bearer\s/i;

/** Why the request is refused, or undefined when it may have the credentials. */
export function refusal(request: Asked, expected: Expected): Refusal | undefined {
  const { headers } = request;
  const url = `http://${expected.host}${CREDENTIALS_PATH}`;
  // RFC 9112 section 3.2: a server MUST answer 400 to a request without a Host, or with more than one.
  const hosts = hostLines(request);
  if (hosts !== 1) {
    return { status: 400, code: 'BadHost', message: `the request has ${hosts === 0 ? 'no Host header' : `${hosts} Host headers`}; HTTP/1.1 requires exactly one. Send GET ${url} with a client that sets it.` };
  }
  if (headers.origin !== undefined) {
    return { status: 403, code: 'BrowserRequestRefused', message: 'the request carries an Origin header, so it comes from a web page; a browser page may not read AWS credentials.' };
  }
  if (acceptedHosts(expected).indexOf((headers.host ?? '').toLowerCase()) < 0) {
    return { status: 403, code: 'ForeignHost', message: `the request's Host is "${printable(headers.host ?? '')}", not ${acceptedHosts(expected).join(' or ')}; set aws_credentials_url to the URL postman-sigv4 printed, ${url} (a DNS-rebinding web page sends its own Host).` };
  }
  const path = (request.url ?? '/').split('?')[0];
  if (path !== CREDENTIALS_PATH) {
    return { status: 404, code: 'NotFound', message: `nothing at ${printable(path)}; the credentials are at ${url}.` };
  }
  if (request.method !== 'GET') {
    return { status: 405, code: 'MethodNotAllowed', message: `${printable(request.method ?? '')} is not allowed; send GET.` };
  }
  const token = headers.authorization;
  if (token === undefined || token === '') {
    return { status: 401, code: 'MissingToken', message: 'the request has no Authorization header; set aws_credentials_token to the token postman-sigv4 printed.' };
  }
  if (!sameToken(token, expected.token)) {
    // The AWS SDKs send AWS_CONTAINER_AUTHORIZATION_TOKEN as the whole header value, and so does the script.
    const hint = BEARER.test(token) ? 'the Authorization header starts with "Bearer ", but this endpoint takes the token alone: set aws_credentials_token to the token postman-sigv4 printed, without "Bearer ".' : "the Authorization header is not this endpoint's token; set aws_credentials_token to the token postman-sigv4 printed.";
    return { status: 403, code: 'WrongToken', message: hint };
  }
  return undefined;
}
