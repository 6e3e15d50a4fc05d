import { amzDate as formatAmzDate } from './amzDate';
import { credentialScope, stringToSign } from './canonicalRequest';
import { S3_SERVICE } from './constants';
import { signerFor } from './signingKey';
import type { SigningInput } from './types';
import { validateSigningInput } from './validate';

/** What header signing and presigning both derive from the input before building the canonical request. */
export function signingContext(input: SigningInput): { amzDate: string; scope: string; s3PathRule: boolean } {
  validateSigningInput(input);
  const amzDate = formatAmzDate(input.date);
  return {
    amzDate,
    scope: credentialScope(amzDate, input.region, input.service),
    s3PathRule: input.s3PathRule ?? input.service === S3_SERVICE,
  };
}

/** The string to sign and its signature with the derived key. */
export function signCanonicalRequest(input: SigningInput, amzDate: string, scope: string, canonical: string) {
  const toSign = stringToSign(amzDate, scope, canonical);
  const sign = signerFor(input.credentials.secretAccessKey, amzDate.slice(0, 8), input.region, input.service);
  return { stringToSign: toSign, signature: sign(toSign) };
}
