/**
 * Loopback stand-in for a Cognito user pool: `InitiateAuth` with `USER_PASSWORD_AUTH`
 * (AWS JSON 1.1, `X-Amz-Target: AWSCognitoIdentityProviderService.InitiateAuth`, unsigned) and
 * the pool's JWKS at `GET /<userPoolId>/.well-known/jwks.json`.
 *
 *   const pool = await startUserPool({ clients: [{ clientId, clientSecret? }], users: [{ username, password }] });
 *   pool.url; pool.userPoolId; pool.providerName (the identity pool's Logins key); pool.issuer (iss);
 *   pool.jwksUrl; pool.clientIds; pool.calls.InitiateAuth; await pool.idTokenFor(username); pool.close();
 *
 * ID tokens are RS256 JWTs signed with the pool's own key (jose): iss
 * `https://cognito-idp.REGION.amazonaws.com/POOL_ID`, aud = the client id, token_use `id`, sub,
 * `cognito:username`, exp. SECRET_HASH = Base64(HMAC-SHA256(client secret, username + client id))
 * is required exactly when the client has a secret. A user flagged FORCE_CHANGE_PASSWORD gets the
 * NEW_PASSWORD_REQUIRED challenge. Error texts are Cognito's, as public reports show them.
 */
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, JWK, SignJWT } from 'jose';
import { sameText } from './sameText';
import { awsJsonFault, JsonInput, mapMember, missingMember, startAwsJsonService, stringMember } from './awsJsonService';

export interface UserPoolClient {
  clientId: string;
  clientSecret?: string;
}

export interface UserPoolUser {
  username: string;
  password: string;
  /** FORCE_CHANGE_PASSWORD: the right password gets a NEW_PASSWORD_REQUIRED challenge. */
  status?: 'CONFIRMED' | 'FORCE_CHANGE_PASSWORD';
  /** Default: a random UUID, fixed for the pool's life. */
  sub?: string;
  email?: string;
}

export interface UserPoolOptions {
  clients: readonly UserPoolClient[];
  users: readonly UserPoolUser[];
  /** Default `us-east-1`. */
  region?: string;
  /** Default `<region>_StandIn01`. */
  userPoolId?: string;
  /** Lifetime of ID and access tokens. Default 3600 (Cognito's default). */
  tokenLifetimeSeconds?: number;
  port?: number;
  maxLifetimeMs?: number;
}

export interface UserPoolStandIn {
  url: string;
  port: number;
  region: string;
  userPoolId: string;
  /** The `iss` of its tokens: `https://cognito-idp.<region>.amazonaws.com/<userPoolId>`. */
  issuer: string;
  /** `cognito-idp.<region>.amazonaws.com/<userPoolId>`: the key of an identity pool's Logins. */
  providerName: string;
  /** Where its JWKS is served on loopback. */
  jwksUrl: string;
  clientIds: string[];
  /** Requests per operation (`InitiateAuth`) or GET path, whatever their outcome. */
  calls: Record<string, number>;
  /** An ID token as InitiateAuth would issue it; a negative lifetime gives an expired one. */
  idTokenFor(username: string, options?: { clientId?: string; lifetimeSeconds?: number }): Promise<string>;
  close(): Promise<void>;
}

const TARGET_PREFIX = 'AWSCognitoIdentityProviderService';

export async function startUserPool(options: UserPoolOptions): Promise<UserPoolStandIn> {
  const region = options.region ?? 'us-east-1';
  const userPoolId = options.userPoolId ?? `${region}_StandIn01`;
  const providerName = `cognito-idp.${region}.amazonaws.com/${userPoolId}`;
  const issuer = `https://${providerName}`;
  const lifetime = options.tokenLifetimeSeconds ?? 3600;
  const subs = new Map(options.users.map((user) => [user.username, user.sub ?? randomUUID()]));
  const kid = randomBytes(32).toString('base64');
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };

  const sign = (claims: Record<string, unknown>, lifetimeSeconds: number) => {
    const nowSeconds = Math.floor(Date.now() / 1000);
    return new SignJWT({ ...claims, auth_time: nowSeconds, jti: randomUUID(), origin_jti: randomUUID() })
      .setProtectedHeader({ kid, alg: 'RS256' })
      .setIssuer(issuer)
      .setIssuedAt(nowSeconds)
      .setExpirationTime(nowSeconds + lifetimeSeconds)
      .sign(privateKey);
  };
  const idToken = (user: UserPoolUser, clientId: string, lifetimeSeconds: number) =>
    sign(
      {
        sub: subs.get(user.username),
        aud: clientId,
        token_use: 'id',
        'cognito:username': user.username,
        ...(user.email ? { email: user.email, email_verified: true } : {}),
      },
      lifetimeSeconds,
    );

  const initiateAuth = async (input: JsonInput) => {
    const clientId = stringMember(input, 'ClientId');
    const authFlow = stringMember(input, 'AuthFlow');
    if (authFlow === undefined) throw missingMember('InvalidParameterException', 'authFlow');
    if (clientId === undefined) throw missingMember('InvalidParameterException', 'clientId');
    const client = options.clients.find((known) => known.clientId === clientId);
    if (!client) throw awsJsonFault('ResourceNotFoundException', `User pool client ${clientId} does not exist.`);
    if (authFlow !== 'USER_PASSWORD_AUTH') {
      throw awsJsonFault('InvalidParameterException', `${authFlow} flow not enabled for this client`);
    }
    const parameters = mapMember(input, 'AuthParameters') ?? {};
    for (const name of ['USERNAME', 'PASSWORD']) {
      if (!parameters[name]) throw awsJsonFault('InvalidParameterException', `Missing required parameter ${name}`);
    }
    const username = parameters.USERNAME;
    if (client.clientSecret !== undefined) {
      const given = parameters.SECRET_HASH;
      if (given === undefined) {
        throw awsJsonFault('NotAuthorizedException', `Client ${clientId} is configured for secret but secret was not received`);
      }
      if (!sameText(given, secretHash(client.clientSecret, username, clientId))) {
        throw awsJsonFault('NotAuthorizedException', `Unable to verify secret hash for client ${clientId}`);
      }
    }
    const user = options.users.find((known) => known.username === username);
    if (!user) throw awsJsonFault('UserNotFoundException', 'User does not exist.');
    if (!sameText(parameters.PASSWORD, user.password)) {
      throw awsJsonFault('NotAuthorizedException', 'Incorrect username or password.');
    }
    if (user.status === 'FORCE_CHANGE_PASSWORD') {
      return {
        ChallengeName: 'NEW_PASSWORD_REQUIRED',
        Session: randomBytes(690).toString('base64url'),
        ChallengeParameters: {
          USER_ID_FOR_SRP: user.username,
          requiredAttributes: '[]',
          userAttributes: JSON.stringify(user.email ? { email: user.email } : {}),
        },
      };
    }
    const accessToken = await sign(
      {
        sub: subs.get(user.username),
        client_id: clientId,
        token_use: 'access',
        scope: 'aws.cognito.signin.user.admin',
        username: user.username,
      },
      lifetime,
    );
    return {
      AuthenticationResult: {
        AccessToken: accessToken,
        ExpiresIn: lifetime,
        IdToken: await idToken(user, clientId, lifetime),
        RefreshToken: randomBytes(600).toString('base64url'),
        TokenType: 'Bearer',
      },
      ChallengeParameters: {},
    };
  };

  const jwksPath = `/${userPoolId}/.well-known/jwks.json`;
  const service = await startAwsJsonService({
    name: 'Cognito user pool',
    targetPrefix: TARGET_PREFIX,
    operations: { InitiateAuth: initiateAuth },
    getRoutes: { [jwksPath]: () => ({ keys: [jwk] }) },
    port: options.port,
    maxLifetimeMs: options.maxLifetimeMs,
  });
  return {
    url: service.url,
    port: service.port,
    region,
    userPoolId,
    issuer,
    providerName,
    jwksUrl: service.url + jwksPath,
    clientIds: options.clients.map((client) => client.clientId),
    calls: service.calls,
    idTokenFor(username, tokenOptions = {}) {
      const user = options.users.find((known) => known.username === username);
      if (!user) throw new Error(`idTokenFor: no user ${username} in the pool`);
      const clientId = tokenOptions.clientId ?? options.clients[0].clientId;
      return idToken(user, clientId, tokenOptions.lifetimeSeconds ?? lifetime);
    },
    close: service.close,
  };
}

/** Cognito's SECRET_HASH: Base64(HMAC-SHA256(key = client secret, message = username + client id)). */
export function secretHash(clientSecret: string, username: string, clientId: string): string {
  return createHmac('sha256', clientSecret).update(username + clientId).digest('base64');
}
