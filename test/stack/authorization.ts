/**
 * Reads the SigV4 authentication a request carries: an `Authorization: AWS4-HMAC-SHA256 ...`
 * header, or presigned query parameters (X-Amz-Algorithm, X-Amz-Credential, X-Amz-Date,
 * X-Amz-Expires, X-Amz-SignedHeaders, X-Amz-Signature). Only the form is checked here; the
 * scope, clock, key and signature are checked by apiGatewayAuth.ts.
 */
import { httpDateToAmzDate } from './amzDate';
import {
  credentialElements,
  GatewayError,
  incompleteAuthorization,
  incompleteQueryAuth,
  notKeyValuePair,
} from './gatewayErrors';
import { firstQueryValue } from './queryParams';
import { joinedHeader, ReceivedRequest } from './rawRequest';

export const ALGORITHM = 'AWS4-HMAC-SHA256';
const MAX_PRESIGN_SECONDS = 7 * 24 * 60 * 60;
const QUERY_AUTH_PARAMS = [
  'X-Amz-Algorithm',
  'X-Amz-Credential',
  'X-Amz-Date',
  'X-Amz-Expires',
  'X-Amz-SignedHeaders',
  'X-Amz-Signature',
];

export interface CredentialScope {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
  terminator: string;
}

export interface SigV4Auth {
  mode: 'header' | 'query';
  scope: CredentialScope;
  /** Lowercase names, in the order the client listed them. */
  signedHeaders: string[];
  signature: string;
  /** The request time as sent (X-Amz-Date, or the Date header in basic format). */
  amzDate: string;
  /** X-Amz-Expires of a presigned request. */
  expiresSeconds?: number;
  securityToken?: string;
}

export type AuthReading =
  | { kind: 'none' }
  | { kind: 'invalid'; error: GatewayError }
  | { kind: 'sigv4'; auth: SigV4Auth };

export function readAuthorization(request: ReceivedRequest): AuthReading {
  const header = joinedHeader(request.rawHeaders, 'authorization');
  if (header !== undefined) return readHeaderAuth(request, header);
  if (QUERY_AUTH_PARAMS.some((name) => firstQueryValue(request.query, name) !== undefined)) {
    return readQueryAuth(request);
  }
  return { kind: 'none' };
}

function readHeaderAuth(request: ReceivedRequest, value: string): AuthReading {
  const amzDate = requestDate(request);
  const fields: Record<string, string> = Object.create(null);
  const algorithm = /^AWS4-HMAC-SHA256(?:[\s,]+|$)/.exec(value);
  if (algorithm) {
    for (const token of value.slice(algorithm[0].length).split(/[\s,]+/).filter(Boolean)) {
      const eq = token.indexOf('=');
      if (eq < 0) return invalid(notKeyValuePair(token, value));
      fields[token.slice(0, eq)] = token.slice(eq + 1);
    }
  }
  const { Credential: credential, SignedHeaders: signedHeaders, Signature: signature } = fields;
  if (credential === undefined || signedHeaders === undefined || signature === undefined || !amzDate) {
    return invalid(
      incompleteAuthorization(value, {
        credential: credential === undefined,
        signature: signature === undefined,
        signedHeaders: signedHeaders === undefined,
        date: !amzDate,
      }),
    );
  }
  return withScope(credential, (scope) => ({
    mode: 'header',
    scope,
    signedHeaders: splitSignedHeaders(signedHeaders),
    signature,
    amzDate,
    securityToken: joinedHeader(request.rawHeaders, 'x-amz-security-token'),
  }));
}

function readQueryAuth(request: ReceivedRequest): AuthReading {
  const [algorithm, credential, amzDate, expires, signedHeaders, signature] = QUERY_AUTH_PARAMS.map((name) =>
    firstQueryValue(request.query, name),
  );
  const expiresSeconds = Number(expires);
  if (
    algorithm !== ALGORITHM ||
    credential === undefined ||
    amzDate === undefined ||
    signedHeaders === undefined ||
    signature === undefined ||
    !/^\d+$/.test(expires ?? '') ||
    expiresSeconds < 1 ||
    expiresSeconds > MAX_PRESIGN_SECONDS
  ) {
    return invalid(incompleteQueryAuth());
  }
  return withScope(credential, (scope) => ({
    mode: 'query',
    scope,
    signedHeaders: splitSignedHeaders(signedHeaders),
    signature,
    amzDate,
    expiresSeconds,
    securityToken:
      firstQueryValue(request.query, 'X-Amz-Security-Token') ??
      joinedHeader(request.rawHeaders, 'x-amz-security-token'),
  }));
}

/** X-Amz-Date wins; otherwise the Date header, converted to basic format when it parses. */
function requestDate(request: ReceivedRequest): string | undefined {
  const amzDate = joinedHeader(request.rawHeaders, 'x-amz-date');
  if (amzDate !== undefined) return amzDate;
  const date = joinedHeader(request.rawHeaders, 'date');
  return date === undefined ? undefined : httpDateToAmzDate(date) ?? date;
}

function withScope(credential: string, build: (scope: CredentialScope) => SigV4Auth): AuthReading {
  const parts = credential.split('/');
  if (parts.length !== 5) return invalid(credentialElements(credential));
  const [accessKeyId, date, region, service, terminator] = parts;
  return { kind: 'sigv4', auth: build({ accessKeyId, date, region, service, terminator }) };
}

function splitSignedHeaders(list: string): string[] {
  return list
    .split(';')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '');
}

const invalid = (error: GatewayError): AuthReading => ({ kind: 'invalid', error });
