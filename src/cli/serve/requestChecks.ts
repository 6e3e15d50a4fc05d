/**
 * Who may ask the credentials endpoint. A web page in the user's browser can send requests to
 * 127.0.0.1 too: fetch() from another site carries an Origin header, and a DNS-rebinding page
 * (a domain of the attacker's that resolves to 127.0.0.1) sends its own domain as Host and could
 * read the answer. So the Host and Origin checks come first, and no answer but a refusal goes to
 * either; then the path, the method, and the token (compared in constant time).
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
}

/** Why the request is refused, or undefined when it may have the credentials. */
export function refusal(request: Asked, expected: Expected): Refusal | undefined {
  const { headers } = request;
  if (headers.origin !== undefined) {
    return { status: 403, code: 'BrowserRequestRefused', message: 'the request carries an Origin header, so it comes from a web page; a browser page may not read AWS credentials.' };
  }
  if (headers.host !== expected.host) {
    return { status: 403, code: 'ForeignHost', message: `the request's Host is ${JSON.stringify(headers.host ?? '')}, not ${expected.host}; use the aws_credentials_url printed by postman-sigv4 exactly (DNS-rebinding pages send their own Host).` };
  }
  const path = (request.url ?? '/').split('?')[0];
  if (path !== CREDENTIALS_PATH) {
    return { status: 404, code: 'NotFound', message: `nothing at ${path}; the credentials are at http://${expected.host}${CREDENTIALS_PATH}.` };
  }
  if (request.method !== 'GET') {
    return { status: 405, code: 'MethodNotAllowed', message: `${request.method} is not allowed; send GET.` };
  }
  const token = headers.authorization;
  if (token === undefined || token === '') {
    return { status: 401, code: 'MissingToken', message: 'the request has no Authorization header; set aws_credentials_token to the token postman-sigv4 printed.' };
  }
  if (!sameToken(token, expected.token)) {
    return { status: 403, code: 'WrongToken', message: 'the Authorization header is not the token of this endpoint; set aws_credentials_token to the token postman-sigv4 printed.' };
  }
  return undefined;
}
