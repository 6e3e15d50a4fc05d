/**
 * The AWS profiles that exist, read with the SDK's own loader of ~/.aws/config and
 * ~/.aws/credentials (it honours AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE).
 */
import { getHomeDir, loadSharedConfigFiles } from '@smithy/core/config';
import { join } from 'node:path';
import { CredentialsUnavailable } from './credentialErrors';

/** The two files, as the SDK finds them (AWS SDKs and Tools Reference Guide, "Shared config and credentials files"). */
function sharedFiles(env: NodeJS.ProcessEnv = process.env): string {
  const config = env.AWS_CONFIG_FILE || join(getHomeDir(), '.aws', 'config');
  const credentials = env.AWS_SHARED_CREDENTIALS_FILE || join(getHomeDir(), '.aws', 'credentials');
  return `${config} or ${credentials}`;
}

/** Profile names, sorted; the config file's other sections (`sso-session x`, `services x`) are not profiles. */
export async function existingProfiles(): Promise<string[]> {
  const { configFile, credentialsFile } = await loadSharedConfigFiles({ ignoreCache: true });
  const names = new Set([...Object.keys(configFile).filter((key) => !/^(sso-session|services)\./.test(key)), ...Object.keys(credentialsFile)]);
  return Array.from(names).sort();
}

/**
 * Stops a named profile that is in neither file before the SDK's chain runs: the chain would try
 * every other source (instance metadata included) and end with "Could not load credentials from
 * any providers", which does not say what is wrong.
 */
export async function assertProfileExists(name: string): Promise<void> {
  const profiles = await existingProfiles();
  if (profiles.indexOf(name) >= 0) return;
  const known = profiles.length ? `the profiles there: ${profiles.join(', ')}` : 'neither file has a profile (run aws configure, or aws configure sso)';
  throw new CredentialsUnavailable('ProfileNotFound', `profile ${name} is not in ${sharedFiles()}; ${known}. Start postman-sigv4 again with --profile and one of them.`);
}
