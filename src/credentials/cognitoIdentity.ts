import { dnsSuffix } from '../sigv4/dnsSuffix';
import { REGION_NAME } from '../sigv4/regionName';
import { readJsonAnswer, requireString } from './awsJson';
import { parseEpochSeconds } from './expiration';
import { MalformedAnswer, type HttpAnswer, type SourcedCredentials } from './types';

/** `REGION:GUID`, e.g. `us-east-1:1a2b3c4d-...`; the region is the pool's. */
const IDENTITY_POOL_ID = new RegExp(`^(${REGION_NAME}):[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`);

/** The region of an identity pool id, or undefined when the id is not of that form. */
export function identityPoolRegion(identityPoolId: string): string | undefined {
  const match = IDENTITY_POOL_ID.exec(identityPoolId);
  return match ? match[1] : undefined;
}

export const GET_ID_TARGET = 'AWSCognitoIdentityService.GetId';
export const GET_CREDENTIALS_TARGET = 'AWSCognitoIdentityService.GetCredentialsForIdentity';

/** Maps a provider name to its token; `{}`-less (absent) for an unauthenticated identity. */
export type Logins = Record<string, string>;

/**
 * The Logins key of a user pool, whatever endpoint is used: its ID tokens' issuer without the
 * scheme, `cognito-idp.REGION.amazonaws.com/USER_POOL_ID` (the partition's suffix outside aws).
 */
export function userPoolLoginsKey(region: string, userPoolId: string): string {
  return `cognito-idp.${region}.${dnsSuffix(region)}/${userPoolId}`;
}

export function getIdBody(identityPoolId: string, logins?: Logins): string {
  return JSON.stringify(logins ? { IdentityPoolId: identityPoolId, Logins: logins } : { IdentityPoolId: identityPoolId });
}

export function parseGetId(answer: HttpAnswer): string {
  return requireString(readJsonAnswer(answer, 'Cognito GetId'), 'IdentityId', "Cognito GetId's answer");
}

export function getCredentialsBody(identityId: string, logins?: Logins): string {
  return JSON.stringify(logins ? { IdentityId: identityId, Logins: logins } : { IdentityId: identityId });
}

/** Credentials{AccessKeyId, SecretKey (sic), SessionToken, Expiration (epoch seconds)}. */
export function parseGetCredentials(answer: HttpAnswer): SourcedCredentials {
  const body = readJsonAnswer(answer, 'Cognito GetCredentialsForIdentity');
  const credentials = body.Credentials;
  const what = "Cognito GetCredentialsForIdentity's Credentials";
  if (!credentials || typeof credentials !== 'object') throw new MalformedAnswer('Cognito GetCredentialsForIdentity answered without Credentials');
  const fields = credentials as Record<string, unknown>;
  return {
    accessKeyId: requireString(fields, 'AccessKeyId', what),
    secretAccessKey: requireString(fields, 'SecretKey', what),
    sessionToken: requireString(fields, 'SessionToken', what),
    expiration: parseEpochSeconds(fields.Expiration, 'Expiration'),
  };
}
