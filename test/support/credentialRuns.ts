/**
 * Runs of the generated collection through a credential stack (test/stack/credentialStack.ts),
 * each credential source set as a user would set it.
 */
import { LONG_TERM_CREDENTIALS, type CredentialStack } from '../stack';
import { generatedItems, REQUEST_VARIABLES } from '../e2e/generatedRequests';
import { collectionWith, distScript, type Variables } from './newman';

export type SourceName = 'static keys + role' | 'endpoint' | 'endpoint + role' | 'cognito password' | 'cognito password, client secret' | 'cognito id token' | 'cognito unauthenticated';

/** Signs for the API Gateway stand-in behind CloudFront with origin path /prod. */
export function signingFor(stack: CredentialStack): Variables {
  return { sigv4_signing_host: stack.apiGateway.domain, sigv4_origin_path: '/prod' };
}

/** The variables of each source; `idToken` for the ID-token source. */
export function sourceVariables(stack: CredentialStack, source: SourceName, idToken?: string): Variables {
  const { config } = stack;
  const cognito: Variables = {
    aws_cognito_identity_pool_id: config.identityPoolId,
    aws_cognito_user_pool_id: config.userPoolId,
    aws_cognito_idp_endpoint: stack.userPool.url,
    aws_cognito_identity_endpoint: stack.identityPool.url,
  };
  switch (source) {
    case 'static keys + role':
      return { aws_access_key_id: LONG_TERM_CREDENTIALS.accessKeyId, aws_secret_access_key: LONG_TERM_CREDENTIALS.secretAccessKey, aws_role_arn: config.roleArn, aws_sts_endpoint: stack.sts.url };
    case 'endpoint':
      return { aws_credentials_url: stack.container.url, aws_credentials_token: config.containerToken };
    case 'endpoint + role':
      return { aws_credentials_url: stack.container.url, aws_credentials_token: config.containerToken, aws_role_arn: config.roleArn, aws_sts_endpoint: stack.sts.url };
    case 'cognito password':
      return { ...cognito, aws_cognito_client_id: config.clientId, aws_cognito_username: config.username, aws_cognito_password: config.password };
    case 'cognito password, client secret':
      return { ...cognito, aws_cognito_client_id: config.secretClientId, aws_cognito_client_secret: config.clientSecret, aws_cognito_username: config.username, aws_cognito_password: config.password };
    case 'cognito id token':
      return { ...cognito, aws_cognito_id_token: idToken as string };
    case 'cognito unauthenticated':
      return { aws_cognito_identity_pool_id: config.unauthIdentityPoolId, aws_cognito_identity_endpoint: stack.identityPool.url };
  }
}

/** An ID token of the stack's user, from the user pool stand-in, as a web app would hold it. */
export async function signInForIdToken(stack: CredentialStack): Promise<string> {
  const response = await fetch(stack.userPool.url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'AWSCognitoIdentityProviderService.InitiateAuth' },
    body: JSON.stringify({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: stack.config.clientId, AuthParameters: { USERNAME: stack.config.username, PASSWORD: stack.config.password } }),
  });
  const body = (await response.json()) as { AuthenticationResult: { IdToken: string } };
  return body.AuthenticationResult.IdToken;
}

/** The generated collection (every body mode and URL shape), sent to CloudFront, with the pre-request script. */
export function generatedCollection(stack: CredentialStack, count?: number): object {
  const items = generatedItems();
  return collectionWith(count ? items.slice(0, count) : items, { prerequest: distScript('sigv4-prerequest.js') }, {
    variable: Object.entries({ ...REQUEST_VARIABLES, baseUrl: stack.cloudFront.url }).map(([key, value]) => ({ key, value })),
  });
}

/** How many requests API Gateway accepted with credentials the issuer handed out after `from`. */
export function acceptedWithIssued(stack: CredentialStack, from: number): number[] {
  return stack.issuer.issued.slice(from).map((credential) => stack.apiGateway.acceptedByAccessKeyId[credential.accessKeyId] || 0);
}
