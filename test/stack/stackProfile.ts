/**
 * A throw-away AWS profile for running `postman-sigv4 doctor` against the stack's CloudFront API
 * stand-in: a config and a credentials file in a new private folder, pointed at by
 * AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE, so the user's own ~/.aws is neither read nor
 * changed, and the secret key is in a file (mode 600), never on the screen. The folder goes when
 * the stack stops.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StackCredential } from './credentials';

export const STACK_PROFILE = 'postman-sigv4-stack';

export interface StackProfile {
  profile: string;
  /** AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE, and AWS_ENDPOINT_URL_CLOUDFRONT. */
  env: Record<string, string>;
  remove(): void;
}

export function writeStackProfile(credential: StackCredential, cloudFrontApiUrl: string): StackProfile {
  // mkdtemp makes a new folder only the user can enter: nothing in it is a link someone else made.
  const folder = mkdtempSync(join(tmpdir(), 'postman-sigv4-stack-'));
  const configFile = join(folder, 'config');
  const credentialsFile = join(folder, 'credentials');
  const token = credential.sessionToken ? `aws_session_token = ${credential.sessionToken}\n` : '';
  writeFileSync(configFile, `[profile ${STACK_PROFILE}]\nregion = us-east-1\n`, { mode: 0o600, flag: 'wx' });
  writeFileSync(credentialsFile, `[${STACK_PROFILE}]\naws_access_key_id = ${credential.accessKeyId}\naws_secret_access_key = ${credential.secretAccessKey}\n${token}`, { mode: 0o600, flag: 'wx' });
  return {
    profile: STACK_PROFILE,
    env: { AWS_CONFIG_FILE: configFile, AWS_SHARED_CREDENTIALS_FILE: credentialsFile, AWS_ENDPOINT_URL_CLOUDFRONT: cloudFrontApiUrl },
    remove: () => rmSync(folder, { recursive: true, force: true }),
  };
}
