import { SIGNER_OWNED_HEADERS } from './constants';
import { SigningInputError } from './errors';
import { isRegionName } from './regionName';
import type { SigningInput } from './types';

const WHITESPACE = /\s/;

/** `https://` and the like at the start of a text. */
export const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/** Refuses input that would produce a request AWS cannot verify, before anything is hashed. */
export function validateSigningInput(input: SigningInput): void {
  const { accessKeyId, secretAccessKey, sessionToken } = input.credentials;
  requireCredential('accessKeyId', accessKeyId);
  if (/[/,=]/.test(accessKeyId)) {
    throw new SigningInputError('accessKeyId', 'contains "/", "," or "=", which an access key id never does');
  }
  requireCredential('secretAccessKey', secretAccessKey);
  if (sessionToken !== undefined && sessionToken !== '') requireCredential('sessionToken', sessionToken);

  if (!isRegionName(input.region)) {
    throw new SigningInputError('region', input.region === '' ? 'is empty' : `"${input.region}" is not a region name like us-east-1`);
  }
  if (!/^[a-z0-9-]+$/.test(input.service)) {
    throw new SigningInputError('service', input.service === '' ? 'is empty' : `"${input.service}" is not a service signing name like execute-api`);
  }
  validateHost(input.host);
  if (!/^[A-Za-z]+$/.test(input.method)) throw new SigningInputError('method', `"${input.method}" is not an HTTP method`);
  if (input.path !== '' && (input.path[0] !== '/' || /[?#]/.test(input.path))) {
    throw new SigningInputError('path', `"${input.path}" is not a path: it must start with "/" and hold no "?" or "#"`);
  }
  for (const [name] of input.headers) {
    if (SIGNER_OWNED_HEADERS.indexOf(name.toLowerCase()) >= 0) {
      throw new SigningInputError('header', `${name} is set by the signer; remove it from the headers to sign`);
    }
  }
}

function requireCredential(field: 'accessKeyId' | 'secretAccessKey' | 'sessionToken', value: string): void {
  if (typeof value !== 'string' || value === '') throw new SigningInputError(field, 'is empty');
  if (WHITESPACE.test(value)) {
    throw new SigningInputError(field, 'contains a space or line break; copy it again without surrounding whitespace');
  }
}

/** A host name or IP literal, optionally with `:port`; no scheme, path, user info or whitespace. */
export function validateHost(host: string): void {
  if (host === '') throw new SigningInputError('signingHost', 'is empty');
  if (URL_SCHEME.test(host)) {
    throw new SigningInputError('signingHost', `"${host}" has a scheme; give the host only, e.g. ${host.replace(URL_SCHEME, '').split('/')[0]}`);
  }
  if (/[/?#]/.test(host)) {
    throw new SigningInputError('signingHost', `"${host}" has a path; give the host only, e.g. ${host.split(/[/?#]/)[0]}`);
  }
  if (!/^([a-z0-9_-]+(\.[a-z0-9_-]+)*\.?|\[[0-9a-f:.]+\])(:\d{1,5})?$/i.test(host)) {
    throw new SigningInputError('signingHost', `"${host}" is not a host name with an optional :port`);
  }
}
