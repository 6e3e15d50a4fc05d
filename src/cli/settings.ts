import { SigningProblem } from '../postman/problem';
import type { Credentials } from '../sigv4';
import type { PmVariables } from '../postman/sandbox';
import { readAuthLocation, type AuthLocation } from '../postman/authLocation';
import { readSettings, type Settings } from '../postman/settings';
import { REDACTED_TOKEN, VARIABLE } from '../postman/variables';
import { CliError } from './errors';

/** The settings a user can give on the command line, in the variables' terms. */
export interface SettingFlags {
  signingHost?: string;
  originPath?: string;
  signedHeaders?: string;
  region?: string;
  service?: string;
  sessionTokenPresent?: boolean;
  /** Query mode only: the access key id is part of the presigned canonical query. */
  accessKeyId?: string;
  queryAuth?: boolean;
  expires?: string;
}

const FLAG_OF_VARIABLE: Array<[string, string]> = [
  ['The request method', '--method'],
  [VARIABLE.signingHost, '--signing-host'],
  [VARIABLE.originPath, '--origin-path'],
  [VARIABLE.signedHeaders, '--signed-headers'],
  [VARIABLE.region, '--region'],
  [VARIABLE.service, '--service'],
  [VARIABLE.presignExpires, '--expires'],
];

/**
 * A message of the Postman adapter, with each variable (or request part) the CLI takes as a flag
 * named as that flag; `url` names the request URL (`--url`, or `presign`'s URL argument).
 */
export function inFlagTerms(message: string, url = '--url'): string {
  return [['The request URL', url], ...FLAG_OF_VARIABLE].reduce((text, [variable, flag]) => text.split(variable).join(flag), message);
}

/**
 * The settings the pre-request script would read from the same values, checked by the script's
 * own rules. No credentials are needed: the canonical request and the string to sign hold none,
 * so placeholders stand in (the session token as the script's redacted copy shows it).
 */
export function settingsFromFlags(flags: SettingFlags): Settings {
  return asFlagError(() => readSettings(flagVariables(flags)));
}

/** --query-auth and --expires, checked by the script's rules for sigv4_auth_location and sigv4_presign_expires. */
export function authLocationFromFlags(flags: SettingFlags): AuthLocation {
  return asFlagError(() => readAuthLocation(flagVariables(flags)));
}

function flagVariables(flags: SettingFlags): PmVariables {
  const values: Record<string, string | undefined> = {
    [VARIABLE.signingHost]: flags.signingHost,
    [VARIABLE.originPath]: flags.originPath,
    [VARIABLE.signedHeaders]: flags.signedHeaders,
    [VARIABLE.region]: flags.region,
    [VARIABLE.service]: flags.service,
    [VARIABLE.authLocation]: flags.queryAuth ? 'query' : 'header',
    [VARIABLE.presignExpires]: flags.expires,
  };
  return {
    get: (name) => values[name],
    set: () => undefined,
    unset: () => undefined,
    replaceIn: (template) => template,
  };
}

/** Stand-ins for the credentials: neither text signed holds a key, and the token shows redacted, as the script keeps it. */
export function placeholderCredentials(flags: { accessKeyId?: string; sessionTokenPresent?: boolean }): Credentials {
  return { accessKeyId: flags.accessKeyId || 'AKIDPLACEHOLDER', secretAccessKey: 'placeholder', sessionToken: flags.sessionTokenPresent ? REDACTED_TOKEN : undefined };
}

/** Runs code of the Postman adapter; its SigningProblem becomes a CliError in the flags' terms. */
export function asFlagError<T>(run: () => T, url?: string): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof SigningProblem) throw new CliError(inFlagTerms(error.message, url));
    throw error;
  }
}
