/**
 * Test-side helpers (not a stand-in): sign requests with the AWS SDK's signer and send them
 * byte for byte (raw request target, headers in the given order) with node:http.
 */
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { request as httpRequest } from 'node:http';
import { flattenHeaders } from './rawRequest';

export type Pair = [string, string];

export interface RawResponse {
  status: number;
  /** Response headers, lowercase names, repeated values joined with ', '. */
  headers: Record<string, string>;
  body: string;
}

/** Sends exactly this request target and these headers to 127.0.0.1:port. */
export function sendRaw(
  port: number,
  request: { method: string; target: string; headers: Pair[]; body?: string | Buffer },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const flat = flattenHeaders(request.headers);
    const body = request.body === undefined ? undefined : Buffer.from(request.body);
    if (body && !request.headers.some(([name]) => name.toLowerCase() === 'content-length')) {
      flat.push('Content-Length', String(body.length));
    }
    const req = httpRequest(
      { host: '127.0.0.1', port, method: request.method, path: request.target, headers: flat, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(res.headers)) {
            headers[name] = Array.isArray(value) ? value.join(', ') : String(value);
          }
          resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks).toString('utf8') });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

type SmithyRequest = Parameters<SignatureV4['presign']>[0];

/** SignatureV4 that keeps the canonical request and string to sign it computed. */
class CapturingSigner extends SignatureV4 {
  canonicalRequest = '';
  stringToSign = '';

  protected createCanonicalRequest(
    request: SmithyRequest,
    canonicalHeaders: Record<string, string>,
    payloadHash: string,
  ): string {
    this.canonicalRequest = super.createCanonicalRequest(request, canonicalHeaders, payloadHash);
    return this.canonicalRequest;
  }

  protected async createStringToSign(
    longDate: string,
    credentialScope: string,
    canonicalRequest: string,
    algorithmIdentifier: string,
  ): Promise<string> {
    this.stringToSign = await super.createStringToSign(longDate, credentialScope, canonicalRequest, algorithmIdentifier);
    return this.stringToSign;
  }
}

export interface SignInput {
  method: string;
  /** The Host value to sign (host[:port]). */
  host: string;
  /** Raw path as it will be sent (already percent-encoded). */
  path: string;
  /** Decoded query parameters, duplicates as arrays. */
  query?: Record<string, string | string[]>;
  headers?: Record<string, string>;
  body?: string;
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  region?: string;
  service?: string;
  date?: Date;
  /** Presign (query auth) with this X-Amz-Expires instead of an Authorization header. */
  presignExpiresIn?: number;
  unsignableHeaders?: Set<string>;
}

export interface Signed {
  /** Headers to send, Host first. */
  headers: Pair[];
  /** Raw query string to send (strictly percent-encoded), '' when none. */
  rawQuery: string;
  canonicalRequest: string;
  stringToSign: string;
}

export async function signRequest(input: SignInput): Promise<Signed> {
  const signer = new CapturingSigner({
    service: input.service ?? 'execute-api',
    region: input.region ?? 'us-east-1',
    credentials: input.credentials,
    sha256: Sha256,
    uriEscapePath: true,
    applyChecksum: false,
  });
  const request = {
    method: input.method,
    protocol: 'http:',
    hostname: input.host,
    path: input.path,
    query: { ...(input.query ?? {}) },
    headers: { host: input.host, ...(input.headers ?? {}) },
    body: input.body,
  } as SmithyRequest;
  const signingDate = input.date ?? new Date();
  const signed =
    input.presignExpiresIn !== undefined
      ? await signer.presign(request, { signingDate, expiresIn: input.presignExpiresIn })
      : await signer.sign(request, { signingDate, unsignableHeaders: input.unsignableHeaders });
  const headers = Object.entries(signed.headers as Record<string, string>);
  headers.sort(([a], [b]) => (a === 'host' ? -1 : b === 'host' ? 1 : 0));
  return {
    headers,
    rawQuery: encodeQuery(signed.query as Record<string, string | string[]>),
    canonicalRequest: signer.canonicalRequest,
    stringToSign: signer.stringToSign,
  };
}

/** Strict SigV4 percent-encoding (only A-Z a-z 0-9 - . _ ~ stay). */
export function strictEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

function encodeQuery(query: Record<string, string | string[]>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    for (const one of Array.isArray(value) ? value : [value]) parts.push(`${strictEncode(key)}=${strictEncode(one)}`);
  }
  return parts.join('&');
}

/** The mismatch body API Gateway sends, built from what a signer computed. */
export function mismatchBody(canonicalRequest: string, stringToSign: string): string {
  return JSON.stringify({
    message:
      'The request signature we calculated does not match the signature you provided. Check your AWS ' +
      'Secret Access Key and signing method. Consult the service documentation for details.\n\n' +
      `The Canonical String for this request should have been\n'${canonicalRequest}'\n\n` +
      `The String-to-Sign should have been\n'${stringToSign}'\n`,
  });
}

/** An unsigned AWS JSON 1.1 call (the Cognito APIs): `POST /` with X-Amz-Target; the answer parsed. */
export async function callAwsJson(
  port: number,
  target: string,
  input: unknown,
  contentType = 'application/x-amz-json-1.1',
): Promise<RawResponse & { json: any }> {
  const response = await sendRaw(port, {
    method: 'POST',
    target: '/',
    headers: [
      ['Host', `127.0.0.1:${port}`],
      ['X-Amz-Target', target],
      ['Content-Type', contentType],
    ],
    body: JSON.stringify(input),
  });
  return { ...response, json: JSON.parse(response.body) };
}
