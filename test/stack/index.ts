/**
 * The local stack: the API Gateway stand-in and, in front of it, the CloudFront stand-in, both on
 * free loopback ports unless told otherwise. Used by the tests, the demo and `npm run stack`.
 * The credential stand-ins (STS, Cognito user and identity pools, a container-credentials
 * endpoint) and startCredentialStack, which starts them all with these two, are exported too.
 */
import { ApiGatewayOptions, ApiGatewayStandIn, startApiGateway } from './apiGateway';
import { CloudFrontOptions, CloudFrontStandIn, startCloudFront } from './cloudFront';

export { startApiGateway, startCloudFront };
export type { ApiGatewayOptions, ApiGatewayStandIn, CloudFrontOptions, CloudFrontStandIn };
export {
  DEFAULT_CREDENTIALS,
  EXPIRED_CREDENTIALS,
  LONG_TERM_CREDENTIALS,
  TEMPORARY_CREDENTIALS,
} from './credentials';
export type { StackCredential } from './credentials';
export type { Flavor } from './apiGatewayResponses';
export type { QueryStringPolicy } from './cloudFrontRequest';
export { ACCOUNT_ID, isExpired, STATIC_PRINCIPAL_ARN } from './credentials';
export { createCredentialIssuer, lookupCredential } from './credentialIssuer';
export type { CredentialIssuer, CredentialIssuerOptions, IssuedCredential, IssueOptions } from './credentialIssuer';
export { startSts } from './sts';
export type { StsOptions, StsRole, StsStandIn } from './sts';
export { secretHash, startUserPool } from './cognitoUserPool';
export type { UserPoolClient, UserPoolOptions, UserPoolStandIn, UserPoolUser } from './cognitoUserPool';
export { startIdentityPool } from './cognitoIdentityPool';
export type { IdentityPoolConfig, IdentityPoolOptions, IdentityPoolStandIn, IdentityProvider } from './cognitoIdentityPool';
export { startContainerCredentials } from './containerCredentials';
export { startWebSocketApi } from './webSocketApi';
export type { ConnectAttempt, WebSocketApiOptions, WebSocketApiStandIn } from './webSocketApi';
export type { ContainerCredentialsOptions, ContainerCredentialsStandIn, ContainerFailure } from './containerCredentials';
export { startCredentialStack } from './credentialStack';
export type { CredentialStack, CredentialStackConfig, CredentialStackOptions } from './credentialStack';

export interface StackOptions {
  apiGateway?: ApiGatewayOptions;
  /** CloudFront settings; its origin is always the API Gateway stand-in. */
  cloudFront?: Omit<CloudFrontOptions, 'origin'>;
}

export interface Stack {
  apiGateway: ApiGatewayStandIn;
  cloudFront: CloudFrontStandIn;
  close(): Promise<void>;
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const apiGateway = await startApiGateway(options.apiGateway);
  let cloudFront: CloudFrontStandIn;
  try {
    cloudFront = await startCloudFront({ ...options.cloudFront, origin: apiGateway });
  } catch (error) {
    await apiGateway.close();
    throw error;
  }
  return {
    apiGateway,
    cloudFront,
    close: async () => {
      await cloudFront.close();
      await apiGateway.close();
    },
  };
}
