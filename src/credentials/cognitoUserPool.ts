import { toBytes } from '../sigv4/bytes';
import { base64, hmac } from '../sigv4/crypto';
import { REGION_NAME } from '../sigv4/regionName';
import { readJsonAnswer, requireString } from './awsJson';
import { ChallengeRequired, MalformedAnswer, type HttpAnswer } from './types';

/** `REGION_ID`, e.g. `eu-west-1_AbCdEf123`: Cognito user pool ids start with their region. */
const USER_POOL_ID = new RegExp(`^(${REGION_NAME})_[0-9A-Za-z]+$`);

/** The region of a user pool id, or undefined when the id is not of that form. */
export function userPoolRegion(userPoolId: string): string | undefined {
  const match = USER_POOL_ID.exec(userPoolId);
  return match ? match[1] : undefined;
}

export const INITIATE_AUTH_TARGET = 'AWSCognitoIdentityProviderService.InitiateAuth';

export interface PasswordSignIn {
  clientId: string;
  username: string;
  password: string;
  clientSecret?: string;
}

/**
 * SECRET_HASH = Base64(HMAC-SHA256(key: client secret, message: username + client id)), required
 * by app clients that have a secret (Cognito developer guide, "Computing secret hash values").
 */
export function secretHash(clientSecret: string, username: string, clientId: string): string {
  return base64(hmac(toBytes(clientSecret), username + clientId));
}

/** The InitiateAuth request body for USER_PASSWORD_AUTH. */
export function initiateAuthBody(signIn: PasswordSignIn): string {
  const parameters: Record<string, string> = { USERNAME: signIn.username, PASSWORD: signIn.password };
  if (signIn.clientSecret) parameters.SECRET_HASH = secretHash(signIn.clientSecret, signIn.username, signIn.clientId);
  return JSON.stringify({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: signIn.clientId, AuthParameters: parameters });
}

/** The ID token of a successful InitiateAuth; a challenge (new password, MFA) cannot be answered by a script. */
export function parseInitiateAuth(answer: HttpAnswer): string {
  const body = readJsonAnswer(answer, 'Cognito InitiateAuth');
  if (typeof body.ChallengeName === 'string' && body.ChallengeName) throw new ChallengeRequired(body.ChallengeName);
  const result = body.AuthenticationResult;
  if (!result || typeof result !== 'object') throw new MalformedAnswer('Cognito InitiateAuth answered with neither AuthenticationResult nor ChallengeName');
  return requireString(result as Record<string, unknown>, 'IdToken', "Cognito InitiateAuth's AuthenticationResult");
}
