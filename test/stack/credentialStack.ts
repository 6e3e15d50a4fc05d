/**
 * Every credential stand-in plus the API Gateway and CloudFront stand-ins, wired together:
 *
 *   const stack = await startCredentialStack({ stsLifetimeSeconds: 900 });
 *   stack.cloudFront.url                      send the signed requests here
 *   stack.sts.url / stack.userPool.url / stack.identityPool.url / stack.container.url
 *   stack.config                              ids, role ARNs, usernames, passwords, client secret, endpoint token
 *   stack.sts.calls.AssumeRole, stack.userPool.calls.InitiateAuth, stack.identityPool.calls.GetId,
 *   stack.identityPool.calls.GetCredentialsForIdentity, stack.container.calls.GetCredentials,
 *   stack.apiGateway.acceptedByAccessKeyId, stack.issuer.issued
 *   await stack.close();
 *
 * One issuer feeds STS, the identity pool and the container endpoint; the API Gateway stand-in
 * and STS accept its credentials (and the static ones of credentials.ts). STS trusts the static
 * user and the container's role for `config.roleArn`, nobody for `config.deniedRoleArn`, and
 * anyone with `config.externalId` for `config.externalIdRoleArn`. The values in `config` are test
 * fixtures: never print the passwords, the client secret or the endpoint token.
 */
import { ApiGatewayOptions, ApiGatewayStandIn, startApiGateway } from './apiGateway';
import { CloudFrontOptions, CloudFrontStandIn, startCloudFront } from './cloudFront';
import { IdentityPoolStandIn, startIdentityPool } from './cognitoIdentityPool';
import { startUserPool, UserPoolStandIn } from './cognitoUserPool';
import { ContainerCredentialsStandIn, startContainerCredentials } from './containerCredentials';
import { createCredentialIssuer, CredentialIssuer } from './credentialIssuer';
import { ACCOUNT_ID, STATIC_PRINCIPAL_ARN } from './credentials';
import { startSts, StsStandIn } from './sts';

export interface CredentialStackOptions {
  /** Region of every stand-in. Default `us-east-1`. */
  region?: string;
  /** Forces the lifetime of STS's credentials (refresh tests). Default: DurationSeconds. */
  stsLifetimeSeconds?: number;
  /** Lifetime of the identity pool's credentials. Default 3600. */
  identityLifetimeSeconds?: number;
  /** Lifetime of the container endpoint's credentials. Default 3600. */
  containerLifetimeSeconds?: number;
  /** Lifetime of the user pool's ID tokens. Default 3600. */
  idTokenLifetimeSeconds?: number;
  apiGateway?: Omit<ApiGatewayOptions, 'issuer' | 'region'>;
  cloudFront?: Omit<CloudFrontOptions, 'origin'>;
  /** Every server closes itself after this long. Default 10 minutes. */
  maxLifetimeMs?: number;
}

export interface CredentialStackConfig {
  region: string;
  /** Assumable with the static credentials or the container endpoint's. */
  roleArn: string;
  /** Nobody may assume it: AccessDenied. */
  deniedRoleArn: string;
  /** Anyone may assume it with externalId. */
  externalIdRoleArn: string;
  externalId: string;
  userPoolId: string;
  /** App client without a secret. */
  clientId: string;
  /** App client with clientSecret (SECRET_HASH required). */
  secretClientId: string;
  clientSecret: string;
  username: string;
  password: string;
  /** A FORCE_CHANGE_PASSWORD user: InitiateAuth answers NEW_PASSWORD_REQUIRED. */
  challengeUsername: string;
  challengePassword: string;
  /** Identity pool for user-pool sign-in only. */
  identityPoolId: string;
  /** Identity pool that also serves unauthenticated identities. */
  unauthIdentityPoolId: string;
  /** The container endpoint's Authorization token. */
  containerToken: string;
}

export interface CredentialStack {
  apiGateway: ApiGatewayStandIn;
  /** In front of apiGateway, as in startStack (index.ts). */
  cloudFront: CloudFrontStandIn;
  issuer: CredentialIssuer;
  sts: StsStandIn;
  userPool: UserPoolStandIn;
  identityPool: IdentityPoolStandIn;
  container: ContainerCredentialsStandIn;
  config: CredentialStackConfig;
  close(): Promise<void>;
}

export async function startCredentialStack(options: CredentialStackOptions = {}): Promise<CredentialStack> {
  const region = options.region ?? 'us-east-1';
  const config: CredentialStackConfig = {
    region,
    roleArn: `arn:aws:iam::${ACCOUNT_ID}:role/StackRole`,
    deniedRoleArn: `arn:aws:iam::${ACCOUNT_ID}:role/NobodyRole`,
    externalIdRoleArn: `arn:aws:iam::${ACCOUNT_ID}:role/PartnerRole`,
    externalId: 'stack-external-id',
    userPoolId: `${region}_StackPool`,
    clientId: 'stackwebclient0000000000',
    secretClientId: 'stacksecretclient0000000',
    clientSecret: 'stack-client-secret-0000000000000000000000000000000',
    username: 'stack-user',
    password: 'Stack-Passw0rd!',
    challengeUsername: 'stack-new-user',
    challengePassword: 'Temp-Passw0rd!',
    identityPoolId: `${region}:0a1b2c3d-0000-4000-8000-000000000001`,
    unauthIdentityPoolId: `${region}:0a1b2c3d-0000-4000-8000-000000000002`,
    containerToken: 'stack-container-token-0000',
  };
  const maxLifetimeMs = options.maxLifetimeMs;
  const issuer = createCredentialIssuer();
  const opened: { close(): Promise<void> }[] = [];
  const closeAll = async () => {
    for (const server of opened.reverse()) await server.close();
  };
  const started = async <T extends { close(): Promise<void> }>(start: Promise<T>): Promise<T> => {
    const server = await start;
    opened.push(server);
    return server;
  };
  try {
    const container = await started(
      startContainerCredentials({ issuer, token: config.containerToken, lifetimeSeconds: options.containerLifetimeSeconds, maxLifetimeMs }),
    );
    const sts = await started(
      startSts({
        issuer,
        region,
        lifetimeSeconds: options.stsLifetimeSeconds,
        maxLifetimeMs,
        roles: [
          { arn: config.roleArn, allowedPrincipals: [STATIC_PRINCIPAL_ARN, container.principalArn] },
          { arn: config.deniedRoleArn, allowedPrincipals: [] },
          { arn: config.externalIdRoleArn, allowedPrincipals: ['*'], externalId: config.externalId },
        ],
      }),
    );
    const userPool = await started(
      startUserPool({
        region,
        userPoolId: config.userPoolId,
        clients: [{ clientId: config.clientId }, { clientId: config.secretClientId, clientSecret: config.clientSecret }],
        users: [
          { username: config.username, password: config.password, email: 'stack-user@example.com' },
          { username: config.challengeUsername, password: config.challengePassword, status: 'FORCE_CHANGE_PASSWORD' },
        ],
        tokenLifetimeSeconds: options.idTokenLifetimeSeconds,
        maxLifetimeMs,
      }),
    );
    const identityPool = await started(
      startIdentityPool({
        issuer,
        region,
        credentialLifetimeSeconds: options.identityLifetimeSeconds,
        maxLifetimeMs,
        pools: [
          { identityPoolId: config.identityPoolId, userPools: [userPool] },
          { identityPoolId: config.unauthIdentityPoolId, userPools: [userPool], allowUnauthenticated: true },
        ],
      }),
    );
    const apiGateway = await started(startApiGateway({ maxLifetimeMs, ...options.apiGateway, region, issuer }));
    const cloudFront = await started(startCloudFront({ maxLifetimeMs, ...options.cloudFront, origin: apiGateway }));
    return { apiGateway, cloudFront, issuer, sts, userPool, identityPool, container, config, close: closeAll };
  } catch (error) {
    await closeAll();
    throw error;
  }
}
