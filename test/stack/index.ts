/**
 * The local stack: the API Gateway stand-in and, in front of it, the CloudFront stand-in, both on
 * free loopback ports unless told otherwise. Used by the tests, the demo and `npm run stack`.
 * The credential stand-ins (STS, Cognito user and identity pools, a container-credentials
 * endpoint) and startCredentialStack, which starts them all with these two, are exported too.
 * startLambdaOacStack puts the CloudFront stand-in, signing with origin access control, in front
 * of a Lambda function URL stand-in instead; startSignedService starts the function URL, aoss or
 * VPC Lattice stand-in alone (signedService.ts).
 */
import { ApiGatewayOptions, ApiGatewayStandIn, startApiGateway } from './apiGateway';
import { CloudFrontOptions, CloudFrontStandIn, startCloudFront } from './cloudFront';
import { CLOUDFRONT_OAC_CREDENTIALS, DEFAULT_CREDENTIALS, type StackCredential } from './credentials';
import type { SigningBehavior } from './originAccessControl';
import { startSignedService, type SignedServiceStandIn } from './signedService';

export { startApiGateway, startCloudFront };
export type { ApiGatewayOptions, ApiGatewayStandIn, CloudFrontOptions, CloudFrontStandIn };
export {
  CLOUDFRONT_OAC_CREDENTIALS,
  DEFAULT_CREDENTIALS,
  EXPIRED_CREDENTIALS,
  LONG_TERM_CREDENTIALS,
  TEMPORARY_CREDENTIALS,
} from './credentials';
export type { StackCredential } from './credentials';
export type { Flavor } from './apiGatewayResponses';
export type { QueryStringPolicy } from './cloudFrontRequest';
export type { CustomErrorResponse } from './customErrorResponses';
export type { OriginAccessControl, SigningBehavior } from './originAccessControl';
export { startSignedService };
export type { Refusal, SignedServiceName, SignedServiceOptions, SignedServiceStandIn } from './signedService';
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

export interface LambdaOacStackOptions {
  /** Default `always`. */
  signingBehavior?: SigningBehavior;
  /** The function URL's region. Default `us-east-1`. */
  region?: string;
  /** Besides CloudFront's own, what the function URL accepts. Default DEFAULT_CREDENTIALS (a user allowed lambda:InvokeFunctionUrl). */
  viewerCredentials?: readonly StackCredential[];
  /** Further CloudFront settings. */
  cloudFront?: Omit<CloudFrontOptions, 'origin' | 'originAccessControl'>;
  /** Default 0: a free port. */
  lambdaPort?: number;
  maxLifetimeMs?: number;
}

export interface LambdaOacStack {
  lambda: SignedServiceStandIn;
  cloudFront: CloudFrontStandIn;
  close(): Promise<void>;
}

/** A Lambda function URL (auth type AWS_IAM) behind the CloudFront stand-in, which signs for it with origin access control. */
export async function startLambdaOacStack(options: LambdaOacStackOptions = {}): Promise<LambdaOacStack> {
  const lambda = await startSignedService({
    service: 'lambda',
    region: options.region,
    credentials: [CLOUDFRONT_OAC_CREDENTIALS, ...(options.viewerCredentials ?? DEFAULT_CREDENTIALS)],
    port: options.lambdaPort,
    maxLifetimeMs: options.maxLifetimeMs,
  });
  let cloudFront: CloudFrontStandIn;
  try {
    cloudFront = await startCloudFront({
      maxLifetimeMs: options.maxLifetimeMs,
      ...options.cloudFront,
      origin: lambda,
      originAccessControl: { originType: 'lambda', signingBehavior: options.signingBehavior ?? 'always', credentials: CLOUDFRONT_OAC_CREDENTIALS },
    });
  } catch (error) {
    await lambda.close();
    throw error;
  }
  return {
    lambda,
    cloudFront,
    close: async () => {
      await cloudFront.close();
      await lambda.close();
    },
  };
}
