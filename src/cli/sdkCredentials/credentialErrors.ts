/**
 * Why the AWS SDK could not resolve credentials, as one message that says what to do. The
 * endpoint answers it as `{"Code","Message"}`, the body @aws-sdk/credential-provider-http reads
 * from a container-credentials endpoint's 4xx answer, and the pre-request script shows it.
 */

export class CredentialsUnavailable extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'CredentialsUnavailable';
  }
}

/** What the SDK's credential providers reported on the way (their logger's debug lines), in order. */
export type ProviderNotes = readonly string[];

const PROVIDER_NOTE = /^@smithy\/property-provider (?:->|\(!\)) ([\s\S]*)$/;

/** The provider failures among the SDK's debug lines. */
export function providerFailures(debugLines: readonly string[]): string[] {
  return debugLines.map((line) => PROVIDER_NOTE.exec(line)).filter((match): match is RegExpExecArray => match !== null).map((match) => match[1]);
}

/** The end of a long text, where a failing program says why. */
function tail(text: string, max = 600): string {
  const trimmed = text.trim();
  return trimmed.length > max ? '...' + trimmed.slice(-max) : trimmed;
}

/**
 * node's exec rejects with "Command failed: COMMAND\nSTDERR" (child_process.exec); the SDK passes
 * that message on (@aws-sdk/credential-provider-process). Only stderr is quoted: the command line
 * may hold arguments the user would not want in a report.
 */
function processFailure(notes: ProviderNotes, profile: string): CredentialsUnavailable | undefined {
  const failed = notes.find((note) => note.indexOf('Command failed: ') === 0);
  if (failed !== undefined) {
    const stderr = failed.slice(failed.indexOf('\n') + 1);
    const quoted = stderr.trim() ? `; it said: ${tail(stderr)}` : ' without a word on stderr';
    return new CredentialsUnavailable('CredentialProcessFailed', `the credential_process of profile ${profile} failed${quoted}. Fix it (run it in a terminal to see), then send the request again.`);
  }
  const invalid = notes.find((note) => / credential_process (returned|did not return) /.test(note));
  return invalid === undefined ? undefined : new CredentialsUnavailable('CredentialProcessFailed', `${invalid} Fix its output (https://docs.aws.amazon.com/sdkref/latest/guide/feature-process-credentials.html).`);
}

/** The token providers' and the SSO provider's messages all end with "run 'aws sso login' ..." (@aws-sdk/token-providers, credential-provider-sso). */
function ssoLoginNeeded(error: { name?: string; message?: string }): boolean {
  return /aws sso login/.test(error.message || '') || error.name === 'UnauthorizedException';
}

/** The profile a resolution used: `named` when --profile or AWS_PROFILE chose it, else `default`. */
export interface ProfileInUse {
  name: string;
  named: boolean;
}

function notFound(profile: ProfileInUse): CredentialsUnavailable {
  return new CredentialsUnavailable(
    'CredentialsNotFound',
    profile.named
      ? `profile ${profile.name} holds no credentials the AWS SDK can use (keys, sso_session, credential_process, role_arn with source_profile, web_identity_token_file); add them, or restart postman-sigv4 with another --profile.`
      : 'no AWS credentials found (the AWS SDK tried the environment, the default profile, container and instance metadata); restart postman-sigv4 with --profile NAME, or set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.',
  );
}

/** The one message for a failed resolution. */
export function explainFailure(error: unknown, notes: ProviderNotes, profile: ProfileInUse): CredentialsUnavailable {
  if (error instanceof CredentialsUnavailable) return error;
  const failure = (error || {}) as { name?: string; message?: string };
  if (ssoLoginNeeded(failure)) {
    return new CredentialsUnavailable(
      'SsoLoginRequired',
      `the IAM Identity Center (SSO) session of profile ${profile.name} has expired or was never started: run aws sso login --profile ${profile.name}, then send the request again.`,
    );
  }
  const fromProcess = processFailure(notes, profile.name);
  if (fromProcess) return fromProcess;
  const message = failure.message || String(error);
  if (message === 'Could not load credentials from any providers') return notFound(profile);
  // A service's own error (STS AssumeRole: AccessDenied, ExpiredToken, ...) keeps its code.
  const generic = !failure.name || failure.name === 'Error' || /ProviderError$/.test(failure.name);
  const code = generic ? 'CredentialsUnavailable' : (failure.name as string);
  return new CredentialsUnavailable(code, `profile ${profile.name}: ${generic ? '' : code + ': '}${message}`);
}
