import { Command } from 'commander';
import { VARIABLE } from '../postman/variables';
import { CredentialsUnavailable } from './sdkCredentials/credentialErrors';
import { CliError, report, runAsyncAction } from './errors';
import { planPresign, presignUrl, type PresignFlags } from './presignUrl';
import { rfc3339 } from './rfc3339';
import { describeSource, profileInUse, resolverFor, type AwsCredentials } from './sdkCredentials/resolveCredentials';

export interface PresignOptions extends PresignFlags {
  profile?: string;
}

/** The whole seconds from `from` to `to`. */
function secondsBetween(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / 1000);
}

/**
 * Prints the presigned URL on stdout, one line, and everything else on stderr. The flags are
 * checked before the AWS SDK is asked for credentials; the credentials are never taken from a
 * flag (a secret on a command line lands in the shell history).
 */
export async function presign(text: string, options: PresignOptions): Promise<void> {
  const plan = planPresign(text, options);
  plan.notes.forEach(report);
  const source = describeSource(profileInUse(options.profile));
  let credentials: AwsCredentials;
  try {
    credentials = await resolverFor(options.profile, (line) => report(`AWS SDK: ${line}`))();
  } catch (error) {
    if (error instanceof CredentialsUnavailable) throw new CliError(`no credentials from ${source}: ${error.message}`);
    throw error;
  }
  const now = new Date();
  const presigned = presignUrl(plan, credentials, now);
  process.stdout.write(presigned.url + '\n');

  report(`presigned for ${presigned.host} (${presigned.region}, ${presigned.service}) with the credentials of ${source}; valid ${plan.expiresInSeconds} s, until ${rfc3339(presigned.expiresAt.getTime())}.`);
  const { expiration } = credentials;
  // A signature made with temporary credentials is refused once their session ends, whatever X-Amz-Expires says.
  if (expiration && expiration < presigned.expiresAt) {
    report(
      `note: these credentials expire at ${rfc3339(expiration.getTime())}, before the URL would: it stops working then. ` +
        `Pass --expires ${Math.max(1, secondsBetween(now, expiration))} or less, or presign again with fresh credentials when they expire.`,
    );
  }
  report(
    credentials.sessionToken
      ? 'the URL carries the session token (X-Amz-Security-Token): anyone who has it can use it until it expires, so treat it like the token (no chats, tickets or shared collections).'
      : 'anyone who has the URL can use it until it expires: share it only with those you would give access.',
  );
}

const HELP = `
Output: stdout holds exactly one line, the presigned URL, so $(postman-sigv4 presign ...) works;
how long it is valid, and that a URL made with temporary credentials carries the session token,
go to stderr.

The URL is signed as the pre-request script signs with ${VARIABLE.authLocation}=query: the X-Amz-*
parameters follow the URL's own query, X-Amz-Signature last. A wss:// or ws:// URL is signed as
the GET of its $connect request (for API Gateway WebSocket APIs with IAM authorization) and keeps
its scheme; the scheme's default port (443 for wss and https, 80 for ws and http) is left out,
as clients leave it out of the Host header. X-Amz-* parameters already in the URL are replaced.
  --signing-host   the host the service sees, like ${VARIABLE.signingHost}: behind CloudFront,
                   the API Gateway origin domain; the URL keeps CloudFront's host
  --origin-path    CloudFront's origin path, like ${VARIABLE.originPath}, signed but not sent
  --region, --service
                   like ${VARIABLE.region} and ${VARIABLE.service}; default: inferred from the
                   signing host (execute-api when it names no service)
  --expires        X-Amz-Expires: seconds from 1 to 604800 (7 days); default 900. A URL signed
                   with temporary credentials stops working when they expire: stderr says when
                   that is sooner.

Credentials come from the AWS SDK for JavaScript's provider chain: --profile (SSO,
credential_process, role_arn + source_profile, static keys), else AWS_PROFILE, else the
environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN) and the default
profile. Never from a flag.

Examples:
  npx --no-install postman-sigv4 presign wss://abc123.execute-api.us-east-1.amazonaws.com/prod --profile dev
  npx --no-install postman-sigv4 presign wss://d111111abcdef8.cloudfront.net/chat \\
    --signing-host abc123.execute-api.us-east-1.amazonaws.com --origin-path /prod --expires 3600`;

export function presignCommand(): Command {
  return new Command('presign')
    .description('print a presigned URL (wss, ws, https, http) signed as the pre-request script signs with sigv4_auth_location=query')
    .argument('<url>', 'the URL to presign, e.g. wss://abc123.execute-api.us-east-1.amazonaws.com/prod')
    .option('--profile <name>', 'the AWS profile (~/.aws/config); default: AWS_PROFILE, else the AWS SDK default chain')
    .option('--expires <seconds>', `X-Amz-Expires, like ${VARIABLE.presignExpires}: 1 to 604800 (default 900)`)
    .option('--signing-host <host>', `the host the service sees, like ${VARIABLE.signingHost}`)
    .option('--origin-path <path>', `CloudFront's origin path, like ${VARIABLE.originPath}`)
    .option('--region <region>', `like ${VARIABLE.region}; default: inferred from the signing host`)
    .option('--service <service>', `like ${VARIABLE.service}; default: inferred, else execute-api`)
    .option('--method <method>', 'the HTTP method the URL is for (default GET; always GET for wss and ws)')
    .addHelpText('after', HELP)
    .action((url: string, options: PresignOptions) => runAsyncAction(() => presign(url, options)));
}
