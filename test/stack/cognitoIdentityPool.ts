/**
 * Loopback stand-in for Cognito identity pools: `GetId` and `GetCredentialsForIdentity`
 * (AWS JSON 1.1, `X-Amz-Target: AWSCognitoIdentityService.<Operation>`, unsigned: `smithy.api#noAuth`
 * in the SDK's client-cognito-identity).
 *
 *   const identity = await startIdentityPool({ issuer, pools: [{ identityPoolId, userPools: [userPool], allowUnauthenticated }] });
 *   identity.url; identity.calls.GetId; identity.calls.GetCredentialsForIdentity; identity.close();
 *
 * A user pool ID token in `Logins` (key `cognito-idp.REGION.amazonaws.com/POOL_ID`) is verified
 * with jose against that pool's JWKS, fetched over HTTP from the user pool stand-in: signature,
 * iss, aud among the pool's client ids, exp. Each (pool, provider, sub) keeps one identity id;
 * an unauthenticated GetId makes a new one. Credentials come from the issuer:
 * `{"IdentityId","Credentials":{"AccessKeyId","SecretKey","SessionToken","Expiration"}}`, the
 * expiration in epoch seconds with milliseconds as a fraction (e.g. 1767225600.123).
 */
import { randomUUID } from 'node:crypto';
import { createRemoteJWKSet, errors, JWTPayload, jwtVerify } from 'jose';
import { AwsJsonFault, awsJsonFault, JsonInput, mapMember, missingMember, startAwsJsonService, stringMember } from './awsJsonService';
import type { CredentialIssuer } from './credentialIssuer';
import { ACCOUNT_ID } from './credentials';

/** What the identity pool needs to know of a user pool (a UserPoolStandIn has all of it). */
export interface IdentityProvider {
  providerName: string;
  issuer: string;
  jwksUrl: string;
  /** The app clients the identity pool accepts tokens from (the ID token's aud). */
  clientIds: readonly string[];
}

export interface IdentityPoolConfig {
  /** e.g. `us-east-1:1a2b3c4d-…`. */
  identityPoolId: string;
  userPools: readonly IdentityProvider[];
  /** Serve identities without Logins. Default false, as in Cognito. */
  allowUnauthenticated?: boolean;
}

export interface IdentityPoolOptions {
  issuer: CredentialIssuer;
  pools: readonly IdentityPoolConfig[];
  /** Default `us-east-1`. */
  region?: string;
  /** Lifetime of the credentials issued. Default 3600 (Cognito's one hour). */
  credentialLifetimeSeconds?: number;
  port?: number;
  maxLifetimeMs?: number;
}

export interface IdentityPoolStandIn {
  url: string;
  port: number;
  region: string;
  /** Requests per operation, whatever their outcome. */
  calls: Record<string, number>;
  close(): Promise<void>;
}

interface Identity {
  pool: IdentityPoolConfig;
  /** `providerName/sub` of an authenticated identity. */
  login?: string;
}

const TARGET_PREFIX = 'AWSCognitoIdentityService';
const notAuthorized = (message: string) => awsJsonFault('NotAuthorizedException', message);

export async function startIdentityPool(options: IdentityPoolOptions): Promise<IdentityPoolStandIn> {
  const region = options.region ?? 'us-east-1';
  const lifetime = options.credentialLifetimeSeconds ?? 3600;
  const identities = new Map<string, Identity>();
  const identityByLogin = new Map<string, string>();
  const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();
  const keySet = (provider: IdentityProvider) => {
    let set = keySets.get(provider.jwksUrl);
    if (!set) keySets.set(provider.jwksUrl, (set = createRemoteJWKSet(new URL(provider.jwksUrl))));
    return set;
  };

  /** The verified `providerName/sub` of the Logins, or undefined without Logins. */
  const verifiedLogin = async (pool: IdentityPoolConfig, input: JsonInput): Promise<string | undefined> => {
    const logins = mapMember(input, 'Logins') ?? {};
    const entries = Object.entries(logins);
    if (entries.length === 0) return undefined;
    const [providerName, token] = entries[0];
    const provider = pool.userPools.find((known) => known.providerName === providerName);
    if (!provider) throw notAuthorized('Token is not from a supported provider of this identity pool.');
    const payload = await verifyIdToken(token, provider, keySet(provider));
    return `${providerName}/${payload.sub}`;
  };

  const getId = async (input: JsonInput) => {
    const poolId = stringMember(input, 'IdentityPoolId');
    if (poolId === undefined) throw missingMember('InvalidParameterException', 'identityPoolId');
    const pool = options.pools.find((known) => known.identityPoolId === poolId);
    if (!pool) throw awsJsonFault('ResourceNotFoundException', `IdentityPool '${poolId}' not found.`);
    const login = await verifiedLogin(pool, input);
    if (login === undefined && !pool.allowUnauthenticated) {
      throw notAuthorized('Unauthenticated access is not supported for this identity pool.');
    }
    const known = login === undefined ? undefined : identityByLogin.get(`${poolId} ${login}`);
    if (known) return { IdentityId: known };
    const identityId = `${region}:${randomUUID()}`;
    identities.set(identityId, { pool, login });
    if (login !== undefined) identityByLogin.set(`${poolId} ${login}`, identityId);
    return { IdentityId: identityId };
  };

  const getCredentialsForIdentity = async (input: JsonInput) => {
    const identityId = stringMember(input, 'IdentityId');
    if (identityId === undefined) throw missingMember('InvalidParameterException', 'identityId');
    const identity = identities.get(identityId);
    if (!identity) throw awsJsonFault('ResourceNotFoundException', `Identity '${identityId}' not found.`);
    const login = await verifiedLogin(identity.pool, input);
    if (identity.login !== undefined) {
      if (login === undefined) throw notAuthorized(`Access to Identity '${identityId}' is forbidden.`);
      if (login !== identity.login) {
        throw notAuthorized("Logins don't match. Please include at least one valid login for this identity or identity pool.");
      }
    } else if (!identity.pool.allowUnauthenticated) {
      throw notAuthorized('Unauthenticated access is not supported for this identity pool.');
    }
    const roleKind = identity.login === undefined ? 'Unauth' : 'Auth';
    const poolName = identity.pool.identityPoolId.replace(/[^A-Za-z0-9]/g, '');
    const issued = options.issuer.issue({
      lifetimeSeconds: lifetime,
      principalArn: `arn:aws:sts::${ACCOUNT_ID}:assumed-role/Cognito_${poolName}${roleKind}_Role/CognitoIdentityCredentials`,
    });
    return {
      IdentityId: identityId,
      Credentials: {
        AccessKeyId: issued.accessKeyId,
        SecretKey: issued.secretAccessKey,
        SessionToken: issued.sessionToken,
        Expiration: issued.expiration.getTime() / 1000,
      },
    };
  };

  const service = await startAwsJsonService({
    name: 'Cognito identity pool',
    targetPrefix: TARGET_PREFIX,
    operations: { GetId: getId, GetCredentialsForIdentity: getCredentialsForIdentity },
    port: options.port,
    maxLifetimeMs: options.maxLifetimeMs,
  });
  return { url: service.url, port: service.port, region, calls: service.calls, close: service.close };
}

/**
 * jose's verifier, its failures worded as Cognito words them: "Invalid login token. Token expired:
 * NOW >= EXP" (qqaatw/JciHitachiHA#33, aws-amplify/aws-sdk-ios#2570), "Couldn't verify signed
 * token." (amazon-archives/amazon-cognito-identity-js#91), "Issuer doesn't match providerName"
 * (ibid. #68). The audience, token_use and malformed-token texts are from memory, not confirmed.
 */
async function verifyIdToken(
  token: string,
  provider: IdentityProvider,
  keys: ReturnType<typeof createRemoteJWKSet>,
): Promise<JWTPayload> {
  try {
    const { payload } = await jwtVerify(token, keys, {
      issuer: provider.issuer,
      audience: [...provider.clientIds],
      algorithms: ['RS256'],
    });
    if (payload.token_use !== 'id') throw notAuthorized('Invalid login token. Not a Cognito ID token.');
    return payload;
  } catch (error) {
    if (error instanceof AwsJsonFault) throw error;
    if (error instanceof errors.JWTExpired) {
      const exp = typeof error.payload.exp === 'number' ? error.payload.exp : 0;
      throw notAuthorized(`Invalid login token. Token expired: ${Math.floor(Date.now() / 1000)} >= ${exp}`);
    }
    if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'iss') {
      throw notAuthorized("Invalid login token. Issuer doesn't match providerName");
    }
    if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'aud') {
      throw notAuthorized('Invalid login token. Incorrect token audience.');
    }
    if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey) {
      throw notAuthorized("Invalid login token. Couldn't verify signed token.");
    }
    if (error instanceof errors.JOSEError) throw notAuthorized('Invalid login token. Not a valid OpenId Connect identity token.');
    throw error;
  }
}
