import { CredentialCache, type SourcedCredentials } from '../../credentials';
import { sha256Hex, type Credentials } from '../../sigv4';
import { assumeRole } from './assumeRole';
import { fetchFromCognito } from './cognitoCredentials';
import type { CredentialSource } from './credentialSource';
import { fetchFromEndpoint } from './credentialsEndpoint';
import { SigningProblem } from '../problem';
import type { Pm } from '../sandbox';
import { readText } from '../settings';
import { VARIABLE } from '../variables';
import { readVault, type Secret } from './vault';

type Done<T> = (error: unknown, value?: T) => void;

/** Credentials for the run, kept in this bundle's memory only (the bundle lives for the whole run). */
const cache = new CredentialCache();

export interface ResolvedCredentials {
  credentials: Credentials;
  /** For debug output: which source, and until when. Never a secret. */
  description: string;
  /** When the credentials that sign expire, if they do. */
  expiration?: Date;
}

/** Reads each secret that is a {{vault:NAME}}, one after another, into its text. */
function readSecrets(pm: Pm, secrets: Secret[], done: Done<void>): void {
  const next = (index: number): void => {
    const secret = secrets[index];
    if (!secret) return done(null);
    if (secret.vaultName === undefined) return next(index + 1);
    readVault(pm, secret, (error, value) => {
      if (error) return done(error);
      secret.text = value;
      next(index + 1);
    });
  };
  next(0);
}

/** Cached credentials for these inputs, or fetched ones, refused when already expired. */
function cached(key: string, now: () => Date, variable: string, what: string, refresh: string, fetch: (done: Done<SourcedCredentials>) => void, done: Done<SourcedCredentials & { fromCache: boolean }>): void {
  const kept = cache.get(key, now().getTime());
  if (kept) return done(null, { ...kept, fromCache: true });
  // A call refused before it is sent (its endpoint, its signature) throws: answered once, here.
  guarded(done, () => fetch((error, credentials) => {
    if (error) return done(error);
    const expiration = credentials!.expiration;
    if (expiration && expiration.getTime() <= now().getTime()) {
      return done(new SigningProblem(`${variable}: ${what} returned credentials that expired at ${expiration.toISOString()}. ${refresh}, and check this computer's clock.`));
    }
    cache.set(key, credentials!);
    done(null, { ...credentials!, fromCache: false });
  }));
}

/** Runs `start`, passing what it throws to `done`: for work that either throws or answers later. */
function guarded<T>(done: Done<T>, start: () => void): void {
  try {
    start();
  } catch (failure) {
    done(failure);
  }
}

const digest = (parts: Array<string | number | undefined>): string => sha256Hex(JSON.stringify(parts));
const text = (secret: Secret | undefined): string | undefined => secret && secret.text;

function describe(what: string, credentials: SourcedCredentials & { fromCache: boolean }): string {
  const until = credentials.expiration ? `, valid until ${credentials.expiration.toISOString()}` : '';
  return `${what}${credentials.fromCache ? ' (kept from an earlier request)' : ''}${until}`;
}

/** The three values a signature needs, without the cache's bookkeeping. */
const signingCredentials = ({ accessKeyId, secretAccessKey, sessionToken }: Credentials): Credentials => ({ accessKeyId, secretAccessKey, sessionToken });

/**
 * The credentials of a request's source: Vault values first, then the base source (static
 * keys, the credentials endpoint or Cognito), then AssumeRole on top when a role is set.
 */
export function resolveCredentials(pm: Pm, source: CredentialSource, requestRegion: string, now: () => Date, done: Done<ResolvedCredentials>): void {
  // Read now, where a bad value throws to the caller: later steps run in pm.sendRequest callbacks.
  const endpoints = {
    sts: readText(pm.variables, VARIABLE.stsEndpoint) || undefined,
    cognitoIdentity: readText(pm.variables, VARIABLE.cognitoIdentityEndpoint) || undefined,
    cognitoIdp: readText(pm.variables, VARIABLE.cognitoIdpEndpoint) || undefined,
  };
  // Each step after a call runs in that call's callback, outside any try of the script's: what it
  // throws is answered here (the final `done` catches its own, so this cannot answer twice).
  readSecrets(pm, source.secrets, (error) => (error ? done(error) : guarded(done, () => {
    const base = source.base;
    /** `what` names the base source; `description` adds whether it was kept and until when. */
    const withBase = (credentials: SourcedCredentials, what: string, description: string, key: string) => {
      if (!source.role) return done(null, { credentials: signingCredentials(credentials), description, expiration: credentials.expiration });
      const role = source.role;
      const roleKey = digest(['role', key, role.roleArn, role.roleSessionName, role.externalId, role.durationSeconds, endpoints.sts, requestRegion]);
      cached(roleKey, now, VARIABLE.roleArn, 'STS AssumeRole', 'Check the STS endpoint', (fetched) => assumeRole(pm, credentials, role, endpoints.sts, requestRegion, now(), base.kind === 'endpoint', fetched), (error, assumed) => {
        if (error) return done(error);
        done(null, { credentials: signingCredentials(assumed!), description: describe(`role ${role.roleArn} assumed with ${what}`, assumed!), expiration: assumed!.expiration });
      });
    };
    if (base.kind === 'keys') {
      const credentials = { accessKeyId: text(base.accessKeyId)!, secretAccessKey: text(base.secretAccessKey)!, sessionToken: text(base.sessionToken) };
      return withBase(credentials, 'static keys', 'static keys', digest(['keys', credentials.accessKeyId, credentials.secretAccessKey, credentials.sessionToken]));
    }
    if (base.kind === 'endpoint') {
      const token = text(base.token);
      const key = digest(['endpoint', base.url, token]);
      return cached(key, now, VARIABLE.credentialsUrl, 'the credentials endpoint', 'Refresh the credentials it serves (for an SSO profile: aws sso login)', (fetched) => fetchFromEndpoint(pm, base.url, token, fetched), (error, credentials) =>
        error ? done(error) : guarded(done, () => withBase(credentials!, 'the credentials endpoint', describe('the credentials endpoint', credentials!), key)),
      );
    }
    const signIn = base.signIn;
    const inputs = {
      identityPoolId: base.identityPoolId,
      region: base.region,
      userPoolId: signIn && signIn.userPoolId,
      userPoolRegion: signIn && signIn.region,
      idToken: signIn && 'idToken' in signIn ? text(signIn.idToken) : undefined,
      password: signIn && 'password' in signIn ? { clientId: signIn.clientId, username: signIn.username, password: text(signIn.password)!, clientSecret: text(signIn.clientSecret) } : undefined,
      identityEndpoint: endpoints.cognitoIdentity,
      idpEndpoint: endpoints.cognitoIdp,
    };
    const key = digest(['cognito', JSON.stringify(inputs)]);
    const what = signIn ? `Cognito identity pool ${base.identityPoolId} (signed in to ${signIn.userPoolId})` : `Cognito identity pool ${base.identityPoolId} (unauthenticated identity)`;
    cached(key, now, VARIABLE.cognitoIdentityPoolId, 'Cognito GetCredentialsForIdentity', 'Check the identity pool endpoint', (fetched) => fetchFromCognito(pm, inputs, fetched), (error, credentials) =>
      error ? done(error) : guarded(done, () => withBase(credentials!, what, describe(what, credentials!), key)),
    );
  })));
}
