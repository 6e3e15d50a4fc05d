/**
 * What the API Gateway stand-in writes back: the error answers (status, x-amzn-ErrorType,
 * x-amzn-RequestId, JSON body) and, for an accepted request, a JSON echo of what it received.
 * The echo never contains a secret or a session token: Authorization and X-Amz-Security-Token
 * values are replaced by "[redacted]", and so is the token wherever else it appears (the query
 * of a presigned URL, the canonical request).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { SigV4Auth } from './authorization';
import { errorBody, GatewayError } from './gatewayErrors';
import type { HeaderPair, ReceivedRequest } from './rawRequest';
import type { Expected } from './sigv4Expected';

export type Flavor = 'rest' | 'http';

export const REDACTED = '[redacted]';
const REDACTED_HEADERS = ['authorization', 'x-amz-security-token'];

export interface Echo {
  method: string;
  /** Raw request target, path and query exactly as received (token redacted). */
  url: string;
  path: string;
  query: string;
  /** Received headers in arrival order, original case, repetitions kept. */
  headers: HeaderPair[];
  body: string;
  bodySha256: string;
  authMode: 'header' | 'query';
  accessKeyId: string;
  signedHeaders: string[];
  /** The canonical request the verifier computed (token redacted). */
  canonicalRequest: string;
  stringToSign: string;
}

export function writeGatewayError(res: ServerResponse, flavor: Flavor, gatewayError: GatewayError): void {
  writeJson(res, flavor, gatewayError.status, errorBody(gatewayError), {
    'x-amzn-ErrorType': gatewayError.type,
  });
}

export function writeEcho(
  res: ServerResponse,
  flavor: Flavor,
  request: ReceivedRequest,
  auth: SigV4Auth,
  expected: Expected,
  payloadHash: string,
): void {
  writeJson(res, flavor, 200, JSON.stringify(echoOf(request, auth, expected, payloadHash)), {});
}

/** What an accepted request is answered with, by this stand-in and the other SigV4 ones (signedService.ts). */
export function echoOf(request: ReceivedRequest, auth: SigV4Auth, expected: Expected, payloadHash: string): Echo {
  const secrets = auth.securityToken ? [auth.securityToken] : [];
  const redact = (text: string) => redactAll(text, secrets);
  return {
    method: request.method,
    url: redact(request.url),
    path: redact(request.path),
    query: redact(request.query),
    headers: request.rawHeaders.map(([name, value]): HeaderPair => [
      name,
      REDACTED_HEADERS.indexOf(name.toLowerCase()) >= 0 ? REDACTED : redact(value),
    ]),
    body: redact(request.body.toString('utf8')),
    bodySha256: payloadHash,
    authMode: auth.mode,
    accessKeyId: auth.scope.accessKeyId,
    signedHeaders: auth.signedHeaders,
    canonicalRequest: redact(expected.canonicalRequest),
    stringToSign: expected.stringToSign,
  };
}

function writeJson(
  res: ServerResponse,
  flavor: Flavor,
  status: number,
  body: string,
  extra: Record<string, string>,
): void {
  const bytes = Buffer.from(body, 'utf8');
  const ids: Record<string, string> =
    flavor === 'rest'
      ? { 'x-amzn-RequestId': randomUUID(), 'x-amz-apigw-id': apigwId() }
      : { 'apigw-requestid': apigwId() };
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': String(bytes.length),
    ...ids,
    ...extra,
  });
  res.end(bytes);
}

/** The short base64 id API Gateway puts in x-amz-apigw-id (e.g. `ERZtzHjqoAMFQxw=`). */
function apigwId(): string {
  return randomBytes(10).toString('base64').slice(0, 15) + '=';
}

/**
 * Replaces a secret and its percent-encoded forms (lenient, strict, `+` for space; hex digits in
 * either case) everywhere in a text. Over-redacting is harmless; leaking is not.
 */
export function redactAll(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    if (!secret) continue;
    result = result.split(secret).join(REDACTED);
    const lenient = encodeURIComponent(secret);
    const strict = lenient.replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
    for (const form of [lenient, strict, lenient.replace(/%20/g, '+'), strict.replace(/%20/g, '+')]) {
      const pattern = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      result = result.replace(new RegExp(pattern, 'gi'), REDACTED);
    }
  }
  return result;
}
