import { CONTENT_SHA256, HEADER } from '../sigv4';
import type { WireBody } from './body';
import { SigningProblem } from './problem';
import type { PmHeader, PmRequest } from './sandbox';
import { VARIABLE } from './variables';

const SIGNATURE_HEADERS = [HEADER.authorization, HEADER.amzDate, HEADER.securityToken].map((name) => name.toLowerCase());

/**
 * Drops the headers an earlier signing left, enabled or disabled: Authorization, X-Amz-Date and
 * X-Amz-Security-Token whoever set them (a copy is stale by the next request), X-Amz-Content-Sha256
 * only where the script set it. A user's own is the payload hash the user means (signed if right,
 * refused if wrong: sigv4/contentSha256.ts). The script's copies carry postman-collection's
 * `system` flag, which Postman's own auths set on the headers they add (postman-runtime
 * lib/authorizer/aws4.js) and which the runtime ignores for x-amz-* headers (it reads it for Host
 * and the headers it may blacklist: requester/core.js). Measured: the flag survives from one
 * pre-request script to the next (collection, folder, request) in newman 6.2 (postman-sandbox
 * 4.7.1) and in postman-sandbox 6.7.4 (test/e2e/contentSha256.test.ts, sandbox6.contentSha256.test.ts).
 */
export function removeSignatureHeaders(request: PmRequest): void {
  request.headers.remove((header) => {
    const name = header.key.toLowerCase();
    return SIGNATURE_HEADERS.indexOf(name) >= 0 || (name === CONTENT_SHA256 && header.system === true);
  });
}

/** The X-Amz-Content-Sha256 the user set on the request (enabled, not the script's own), trimmed; undefined when none. */
export function ownContentSha256(request: PmRequest): string | undefined {
  const own = request.headers.all().filter((header) => !header.disabled && header.system !== true && header.key.toLowerCase() === CONTENT_SHA256);
  return own.length ? own.map((header) => String(header.value ?? '')).join(',').trim() : undefined;
}

/** Whether the request carries a SigV4 Authorization header (for instance from an earlier run). */
export function hasSigV4Authorization(request: PmRequest): boolean {
  return request.headers.all().some((header) => header.key.toLowerCase() === 'authorization' && /^AWS4-HMAC-SHA256 /.test(String(header.value)));
}

/**
 * Prepares the request's own headers for signing: drops what an earlier signing left, fixes the
 * multipart boundary, and refuses a Host header, which Postman would send as is and which would
 * break CloudFront's routing.
 */
export function prepareHeaders(request: PmRequest, body: WireBody): void {
  const headers = request.headers;
  removeSignatureHeaders(request);
  const host = headers.all().find((header) => !header.disabled && header.key.toLowerCase() === 'host');
  if (host) {
    throw new SigningProblem(
      `The request sets a Host header (${host.value}). Postman sends it as is, so CloudFront cannot route the request. ` +
        `Remove the header and set ${VARIABLE.signingHost} to ${host.value} instead.`,
    );
  }
  if (body.multipartContentType) {
    headers.remove((header) => header.key.toLowerCase() === 'content-type');
    headers.add({ key: 'Content-Type', value: body.multipartContentType });
  }
}

/**
 * The headers to sign besides host and the ones the signer adds: every x-amz-* header the user
 * set, and those named in sigv4_signed_headers that the request sends. Content-Type, when named
 * but left to Postman, is set explicitly to the value Postman would add, so that the signed value
 * is the sent one. A named header the request does not send is not signed (the setting usually
 * applies to a whole collection, and requests without a body send no Content-Type).
 */
export function headersToSign(request: PmRequest, named: string[], body: WireBody): Array<[string, string]> {
  const sent = (): PmHeader[] => request.headers.all().filter((header) => !header.disabled);
  if (named.indexOf('content-type') >= 0 && !sent().some((header) => header.key.toLowerCase() === 'content-type') && body.defaultContentType) {
    request.headers.add({ key: 'Content-Type', value: body.defaultContentType });
  }
  const signed = sent().filter((header) => {
    const name = header.key.toLowerCase();
    return name.indexOf('x-amz-') === 0 || named.indexOf(name) >= 0;
  });
  for (const header of signed) refuseUnsignable(header, signed);
  return signed.map((header) => [header.key, String(header.value ?? '')] as [string, string]);
}

/**
 * Two spellings of one name reach the server as one header (Node keeps the last), and a value
 * outside printable ASCII has no fixed bytes: Node sends Latin-1 as one byte per character, but
 * as UTF-8 when it writes the headers together with a string body, and refuses anything beyond
 * Latin-1. Neither can be signed as sent.
 */
function refuseUnsignable(header: PmHeader, signed: PmHeader[]): void {
  const other = signed.find((candidate) => candidate.key !== header.key && candidate.key.toLowerCase() === header.key.toLowerCase());
  if (other) {
    throw new SigningProblem(`The request sets the signed header ${header.key} twice, also as ${other.key}; Postman sends only one of them. Keep a single spelling.`);
  }
  if (/[^\t\x20-\x7e]/.test(String(header.value ?? ''))) {
    throw new SigningProblem(`The signed header ${header.key} holds characters outside printable ASCII, whose bytes on the wire vary. Percent-encode the value, or stop signing the header.`);
  }
}

/** Adds the signer's headers, marked as its own, and makes sure no auth type set on the request or inherited replaces Authorization. */
export function applySignature(request: PmRequest, signed: Array<[string, string]>): void {
  for (const [key, value] of signed) request.headers.add({ key, value, system: true });
  request.authorizeUsing('noauth');
}
