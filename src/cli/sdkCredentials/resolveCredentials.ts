/**
 * Credentials from the AWS SDK for JavaScript's own provider chain (fromNodeProviderChain): the
 * environment, IAM Identity Center (SSO), static keys, credential_process, role_arn with
 * source_profile, web identity, container and instance metadata, as the AWS CLI finds them.
 */
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import { assertProfileExists } from './awsProfiles';
import { CredentialsUnavailable, explainFailure, providerFailures, type ProfileInUse } from './credentialErrors';

/** The SDK's AwsCredentialIdentity, the part of it that is served. */
export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  /** Absent for long-term keys. */
  expiration?: Date;
}
export type Resolve = () => Promise<AwsCredentials>;

/** A resolution that takes longer has hung (an STS or SSO endpoint that never answers). */
export const RESOLUTION_TIMEOUT_MS = 60_000;

/** The profile the SDK will use: --profile, else AWS_PROFILE, else `default` (getProfileName in @smithy/core/config). */
export function profileInUse(option: string | undefined, env: NodeJS.ProcessEnv = process.env): ProfileInUse {
  if (option) return { name: option, named: true };
  if (env.AWS_PROFILE) return { name: env.AWS_PROFILE, named: true };
  return { name: 'default', named: false };
}

/** "profile dev", or what the chain tries without one: for the log lines. */
export function describeSource(profile: ProfileInUse): string {
  return profile.named ? `profile ${profile.name}` : 'the default AWS credential chain (environment variables, profile default, container and instance metadata)';
}

/**
 * The SDK 3.1175.0 bundled here supports Node 20, but its clients (STS, SSO) emit a
 * NodeVersionSupportWarning on Node < 22 about SDK versions published after January 2027. This
 * package pins its SDK, so the warning is about versions it never loads; the SDK's own switch
 * turns it off (emitWarningIfUnsupportedVersion in @aws-sdk/core). A user's own setting wins.
 */
function silenceNodeVersionWarning(env: NodeJS.ProcessEnv = process.env): void {
  if (env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED === undefined) env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
}

function withTimeout<T>(promise: Promise<T>, ms: number, source: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CredentialsUnavailable('ResolutionTimeout', `the AWS SDK did not resolve credentials for ${source} within ${ms / 1000} s; check the network and the STS or SSO endpoint, then send the request again.`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Each call runs a new chain that reads the files again (ignoreCache), so `aws sso login` or an
 * edited profile takes effect without a restart; caching is the caller's (credentialCache.ts).
 * The SDK's warnings (e.g. both AWS_PROFILE and keys in the environment) go to `warn`.
 */
export function resolverFor(option: string | undefined, warn: (line: string) => void, timeoutMs = RESOLUTION_TIMEOUT_MS): Resolve {
  silenceNodeVersionWarning();
  const profile = profileInUse(option);
  return async () => {
    const debugLines: string[] = [];
    const logger = { debug: (line: unknown) => debugLines.push(String(line)), info: () => undefined, warn: (line: unknown) => warn(String(line)), error: (line: unknown) => warn(String(line)) };
    try {
      if (profile.named) await assertProfileExists(profile.name);
      return await withTimeout(fromNodeProviderChain({ profile: option, ignoreCache: true, logger })(), timeoutMs, describeSource(profile));
    } catch (error) {
      throw explainFailure(error, providerFailures(debugLines), profile);
    }
  };
}
