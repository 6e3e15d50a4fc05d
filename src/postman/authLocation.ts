import { MAX_PRESIGN_EXPIRES_SECONDS } from '../sigv4';
import { SigningProblem } from './problem';
import type { PmVariables } from './sandbox';
import { readText } from './settings';
import { VARIABLE } from './variables';

/** Where the signature goes: the Authorization header (the default), or the URL (a presigned request). */
export type AuthLocation = { kind: 'header' } | { kind: 'query'; expiresInSeconds: number };

const HEADER: AuthLocation = { kind: 'header' };
/** What the AWS SDKs' S3 presigners default to. */
const DEFAULT_EXPIRES_SECONDS = 900;

/** sigv4_auth_location and, in query mode only, sigv4_presign_expires. */
export function readAuthLocation(variables: PmVariables): AuthLocation {
  const value = (readText(variables, VARIABLE.authLocation) || '').toLowerCase();
  if (value === '' || value === 'header') return HEADER;
  if (value !== 'query') {
    throw new SigningProblem(`${VARIABLE.authLocation} is "${value}", which is neither header nor query. Set it to query for a presigned URL, or to header (or leave it empty) for the Authorization header.`);
  }
  return { kind: 'query', expiresInSeconds: readExpires(variables) };
}

function readExpires(variables: PmVariables): number {
  const value = readText(variables, VARIABLE.presignExpires);
  if (value === undefined || value === '') return DEFAULT_EXPIRES_SECONDS;
  const seconds = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(seconds >= 1 && seconds <= MAX_PRESIGN_EXPIRES_SECONDS)) {
    throw new SigningProblem(
      `${VARIABLE.presignExpires} is "${value}", which is not a whole number of seconds from 1 to ${MAX_PRESIGN_EXPIRES_SECONDS} (7 days, the most AWS accepts). Set it to how long the URL should stay valid, e.g. 900.`,
    );
  }
  return seconds;
}
