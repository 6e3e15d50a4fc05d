import { Command, InvalidArgumentError } from 'commander';
import { assertProfileExists } from '../sdkCredentials/awsProfiles';
import { credentialCache, type CredentialCache } from '../sdkCredentials/credentialCache';
import { CredentialsUnavailable } from '../sdkCredentials/credentialErrors';
import { DEFAULT_PORT, startEndpoint, type Endpoint } from './credentialsServer';
import { CliError, report, runAsyncAction } from '../errors';
import { describeSource, profileInUse, resolverFor } from '../sdkCredentials/resolveCredentials';
import { CREDENTIALS_VARIABLE } from './credentialsVariables';
import { loadToken, tokenFilePath } from './tokenFile';

export interface ServeOptions {
  profile?: string;
  port: number;
  newToken?: boolean;
}

export function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new InvalidArgumentError('give a whole number from 0 to 65535 (0 picks a free port).');
  return port;
}

/** The endpoint on `port`, with a listen failure said as what to do. */
export async function startFor(options: { port: number; token: string; profile?: string; log: (line: string) => void }): Promise<{ endpoint: Endpoint; cache: CredentialCache }> {
  const cache = credentialCache(resolverFor(options.profile, (line) => report(`AWS SDK: ${line}`)));
  try {
    return { cache, endpoint: await startEndpoint({ port: options.port, token: options.token, cache, source: describeSource(profileInUse(options.profile)), log: options.log }) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new CliError(`port ${options.port} on 127.0.0.1 is in use (another postman-sigv4 credentials serve?); stop that, or pass --port with another port and set aws_credentials_url to the URL printed.`);
    if (code === 'EACCES') throw new CliError(`port ${options.port} needs privileges this user does not have; pass --port 1024 or above.`);
    throw error;
  }
}

/** Resolves when Ctrl-C (SIGINT) or SIGTERM stopped the endpoint. */
function untilStopped(endpoint: Endpoint): Promise<void> {
  return new Promise((resolve) => {
    const stop = (signal: string) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void endpoint.close().then(() => {
        report(`${signal}: stopped; the Postman requests that use aws_credentials_url now fail until it runs again.`);
        resolve();
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** A named profile (--profile or AWS_PROFILE) that is in neither file stops the start, as `run` does, instead of the first request. */
async function checkProfile(option: string | undefined): Promise<void> {
  const profile = profileInUse(option);
  if (!profile.named) return;
  await assertProfileExists(profile.name).catch((error: unknown) => {
    throw error instanceof CredentialsUnavailable ? new CliError(error.message) : error;
  });
}

export async function serve(options: ServeOptions): Promise<void> {
  await checkProfile(options.profile);
  const path = tokenFilePath();
  const { token, created } = loadToken(path, Boolean(options.newToken));
  const { endpoint } = await startFor({ port: options.port, token, profile: options.profile, log: (line) => process.stderr.write(line + '\n') });
  process.stdout.write(
    [
      `${CREDENTIALS_VARIABLE.url}=${endpoint.url}`,
      `${CREDENTIALS_VARIABLE.token}=${token}`,
      `Set both in your Postman environment (${CREDENTIALS_VARIABLE.token} as a secret value) for a collection with the postman-sigv4 pre-request script; they serve the credentials of ${describeSource(profileInUse(options.profile))} until Ctrl-C.`,
      '',
    ].join('\n'),
  );
  report(created ? `new token written to ${path} (only you can read it); set ${CREDENTIALS_VARIABLE.token} in Postman again.` : `token reused from ${path}.`);
  await untilStopped(endpoint);
}

export function serveCommand(): Command {
  return new Command('serve')
    .description('serve AWS credentials of any profile (SSO, credential_process, assumed roles) to the pre-request script, on 127.0.0.1')
    .option('--profile <name>', 'the AWS profile, read from ~/.aws/config and ~/.aws/credentials (or AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE); default: AWS_PROFILE, else the AWS SDK default chain')
    .option('--port <n>', `the port on 127.0.0.1; 0 picks a free one`, parsePort, DEFAULT_PORT)
    .option('--new-token', 'replace the kept token with a new random one (then set aws_credentials_token again)')
    .addHelpText(
      'after',
      [
        '',
        `Prints ${CREDENTIALS_VARIABLE.url}=URL and ${CREDENTIALS_VARIABLE.token}=TOKEN: set both once in your Postman environment.`,
        'Credentials come from the AWS SDK for JavaScript\'s providers (IAM Identity Center, credential_process,',
        'role_arn + source_profile, web identity, environment, static keys), are cached, and are resolved again',
        '10 minutes before they expire. When an SSO session ends, run aws sso login --profile NAME; no restart.',
        '',
        'It answers only GET /credentials on 127.0.0.1 with the token in the Authorization header, Host',
        '127.0.0.1:PORT and no Origin header: no other machine, and no web page in your browser, can read the',
        'credentials. The token is kept in $XDG_CONFIG_HOME/postman-sigv4/credentials-token (default',
        '~/.config/postman-sigv4/), readable by you alone, and reused across restarts.',
        '',
        `Example: npx --no-install postman-sigv4 credentials serve --profile dev (port ${DEFAULT_PORT} unless --port)`,
      ].join('\n'),
    )
    .action((options: ServeOptions) => runAsyncAction(() => serve(options)));
}

export function credentialsCommand(): Command {
  return new Command('credentials').description('a local credentials endpoint for the pre-request script (aws_credentials_url)').addCommand(serveCommand());
}
