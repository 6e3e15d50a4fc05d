import {
  GET_CREDENTIALS_TARGET,
  GET_ID_TARGET,
  getCredentialsBody,
  getIdBody,
  INITIATE_AUTH_TARGET,
  initiateAuthBody,
  parseGetCredentials,
  parseGetId,
  parseInitiateAuth,
  userPoolLoginsKey,
  type HttpAnswer,
  type Logins,
  type SourcedCredentials,
} from '../../credentials';
import { dnsSuffix } from '../../sigv4';
import { callFailure, type CallContext } from './credentialFailure';
import { parseEndpoint, type Endpoint } from './endpoint';
import type { Pm } from '../sandbox';
import { sendAndRead } from './send';
import { VARIABLE } from '../variables';

/** Cognito sign-in inputs with their secrets already read (from the variables or Vault). */
export interface CognitoInputs {
  identityPoolId: string;
  region: string;
  userPoolId?: string;
  userPoolRegion?: string;
  idToken?: string;
  password?: { clientId: string; username: string; password: string; clientSecret?: string };
  identityEndpoint?: string;
  idpEndpoint?: string;
}

type Done<T> = (error: unknown, value?: T) => void;

/** One unsigned AWS JSON 1.1 call (Cognito's protocol: `smithy.api#noAuth`, X-Amz-Target names the operation). */
function callJson<T>(pm: Pm, endpoint: Endpoint, target: string, body: string, context: CallContext, parse: (answer: HttpAnswer) => T, done: Done<T>): void {
  const headers: Array<[string, string]> = [
    ['Content-Type', 'application/x-amz-json-1.1'],
    ['X-Amz-Target', target],
  ];
  sendAndRead(pm, { endpoint, method: 'POST', headers, body }, parse, (error) => callFailure(error, context), done);
}

const unreachable = (variable: string) => `Check the network, or fix ${variable} if set.`;

/**
 * Credentials of a Cognito identity: InitiateAuth (USER_PASSWORD_AUTH) when a password is
 * given, then GetId and GetCredentialsForIdentity with Logins = {user pool: ID token}; neither
 * Logins for an unauthenticated identity (credentials.md, "Cognito").
 */
export function fetchFromCognito(pm: Pm, inputs: CognitoInputs, done: Done<SourcedCredentials>): void {
  const identity = parseEndpoint(VARIABLE.cognitoIdentityEndpoint, inputs.identityEndpoint || `https://cognito-identity.${inputs.region}.${dnsSuffix(inputs.region)}/`);
  const withToken = (idToken: string | undefined) => {
    const logins: Logins | undefined = idToken ? { [userPoolLoginsKey(inputs.userPoolRegion!, inputs.userPoolId!)]: idToken } : undefined;
    const context: CallContext = {
      // An ID token the script got with the password is the user pool's doing, not a variable to fix.
      variable: inputs.password ? VARIABLE.cognitoUserPoolId : idToken ? VARIABLE.cognitoIdToken : VARIABLE.cognitoIdentityPoolId,
      call: 'Cognito GetId',
      variableForCode: { ResourceNotFoundException: VARIABLE.cognitoIdentityPoolId },
      fixForCode: {
        ResourceNotFoundException: `Copy ${VARIABLE.cognitoIdentityPoolId} from the identity pool's overview, and check its region.`,
        NotAuthorizedException: idToken
          ? `Check that the identity pool lists the user pool ${inputs.userPoolId} and its app client as an identity provider${inputs.password ? '' : ', and that the ID token has not expired'}.`
          : `Turn on guest (unauthenticated) access in the identity pool, or set ${VARIABLE.cognitoUserPoolId} and sign in.`,
      },
      fixUnreachable: unreachable(VARIABLE.cognitoIdentityEndpoint),
    };
    callJson(pm, identity, GET_ID_TARGET, getIdBody(inputs.identityPoolId, logins), context, parseGetId, (error, identityId) => {
      if (error) return done(error);
      callJson(pm, identity, GET_CREDENTIALS_TARGET, getCredentialsBody(identityId!, logins), { ...context, call: 'Cognito GetCredentialsForIdentity' }, parseGetCredentials, done);
    });
  };
  if (!inputs.password) return withToken(inputs.idToken);

  const idp = parseEndpoint(VARIABLE.cognitoIdpEndpoint, inputs.idpEndpoint || `https://cognito-idp.${inputs.userPoolRegion}.${dnsSuffix(inputs.userPoolRegion!)}/`);
  const signIn = inputs.password;
  const context: CallContext = {
    variable: VARIABLE.cognitoPassword,
    call: 'Cognito InitiateAuth',
    variableForCode: { ResourceNotFoundException: VARIABLE.cognitoClientId, UserNotFoundException: VARIABLE.cognitoUsername, InvalidParameterException: VARIABLE.cognitoClientId },
    fixForCode: {
      NotAuthorizedException: `Check ${VARIABLE.cognitoUsername} and ${VARIABLE.cognitoPassword}; if the app client has a secret, set ${VARIABLE.cognitoClientSecret}.`,
      ResourceNotFoundException: `Check ${VARIABLE.cognitoClientId} and ${VARIABLE.cognitoUserPoolId}.`,
      InvalidParameterException: `Allow USER_PASSWORD_AUTH in the app client's authentication flows (ALLOW_USER_PASSWORD_AUTH).`,
    },
    fixUnreachable: unreachable(VARIABLE.cognitoIdpEndpoint),
  };
  callJson(pm, idp, INITIATE_AUTH_TARGET, initiateAuthBody(signIn), context, parseInitiateAuth, (error, idToken) => {
    if (error) return done(error);
    withToken(idToken);
  });
}
