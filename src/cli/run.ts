import { Command } from 'commander';
import type { NewmanRunSummary } from 'newman';
import { version } from '../../package.json';
import { prerequestVersions, type Collection } from './collection';
import { CredentialsUnavailable } from './sdkCredentials/credentialErrors';
import { CliError, report, runAsyncAction } from './errors';
import { readCollection, withSigV4Scripts } from './inject';
import { addNewmanOptions, newmanRunOptions, STATIC_KEY_VARIABLES } from './newmanOptions';
import { describeSource, profileInUse } from './sdkCredentials/resolveCredentials';
import { startFor } from './serve/serve';
import { newToken } from './serve/tokenFile';
import { redactCredentialExchanges } from './redactCredentialExchanges';

export interface RunOptions {
  profile?: string;
  [newmanOption: string]: unknown;
}

/** The collection newman runs: the file's, or a copy with the scripts when it has none (the file is not changed). */
function collectionToRun(file: string): Collection {
  const { collection } = readCollection(file);
  const versions = prerequestVersions(collection);
  if (versions.length === 0) {
    const { injected, diagnose } = withSigV4Scripts(collection, file);
    report(`${file} has no postman-sigv4 pre-request script: this run uses a copy with the ${diagnose ? 'pre-request and diagnose scripts' : 'pre-request script'} ${version} injected; the file is unchanged.`);
    return injected;
  }
  if (versions.indexOf(version) < 0) report(`note: ${file} carries the postman-sigv4 ${versions.join(', ')} pre-request script; this is ${version}. If the run fails on aws_credentials_url, update it: postman-sigv4 inject ${file}`);
  return collection;
}

function runNewman(options: Record<string, unknown>, credentialsUrl: string): Promise<{ error: Error | null; summary: NewmanRunSummary }> {
  // Loaded here: the other commands never load newman.
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const newman = require('newman') as typeof import('newman');
  return new Promise((resolve) => {
    // The run's events start after newman.run returns (it loads the files first).
    redactCredentialExchanges(newman.run(options as any, (error, summary) => resolve({ error, summary })), credentialsUrl);
  });
}

/**
 * newman's CLI exit rule (bin/newman.js): 1 when the run errored or any assertion failed, unless
 * --suppress-exit-code.
 */
function exitStatus(error: Error | null, summary: NewmanRunSummary | undefined, options: RunOptions): number {
  const failed = Boolean(error || (summary?.run as { error?: unknown } | undefined)?.error || summary?.run.failures.length);
  return failed && !options.suppressExitCode ? 1 : 0;
}

export async function runCollection(file: string, options: RunOptions, argv: string[]): Promise<void> {
  const collection = collectionToRun(file);
  // A fresh token per run: the run's reports keep the environment, token included, and it is
  // worthless once the run (and with it the endpoint) has ended.
  const token = newToken();
  const { endpoint, cache } = await startFor({ port: 0, token, profile: options.profile, log: () => undefined });
  try {
    const source = describeSource(profileInUse(options.profile));
    // Resolved before newman starts, into the endpoint's cache: a profile that gives no
    // credentials stops the run here with one message, instead of failing every request.
    await cache.get().catch((error: unknown) => {
      throw new CliError(error instanceof CredentialsUnavailable ? `${error.message} (${error.code})` : String(error));
    });
    report(`credentials of ${source} served to this run at ${endpoint.url}; newman gets only aws_credentials_url and aws_credentials_token.`);
    // An environment's keys, even placeholders, would be a second credential source, which the script refuses.
    report(`${STATIC_KEY_VARIABLES.slice(0, -1).join(', ')} and ${STATIC_KEY_VARIABLES[STATIC_KEY_VARIABLES.length - 1]} are empty for this run: the credentials of ${source}, served at aws_credentials_url, sign it.`);
    const { error, summary } = await runNewman(newmanRunOptions(collection, options, argv, { url: endpoint.url, token }), endpoint.url);
    if (error) {
      process.stderr.write(`error: ${error.message || error}\n`);
      const friendly = (error as Error & { friendly?: string }).friendly;
      if (friendly) process.stderr.write(`  ${friendly}\n`);
    }
    process.exitCode = exitStatus(error, summary, options);
  } finally {
    await endpoint.close();
  }
}

export function runCommand(argv: string[]): Command {
  const command = new Command('run')
    .description('run a collection in newman with credentials from any AWS profile, served to the pre-request script on 127.0.0.1')
    .argument('<collection>', 'a Postman Collection v2.1 JSON file; without the postman-sigv4 scripts, they are injected for the run (the file is not changed)')
    .option('--profile <name>', 'the AWS profile, read from ~/.aws/config and ~/.aws/credentials (or AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE); default: AWS_PROFILE, else the AWS SDK default chain');
  return addNewmanOptions(command)
    .addHelpText(
      'after',
      [
        '',
        'The options are newman run\'s, with its names; reporter options pass through as newman takes them:',
        '--reporter-<name>-<option> VALUE for one reporter (e.g. --reporter-junit-export results/newman.xml), or',
        '--reporter-<option> VALUE for all of them. The run gets only aws_credentials_url and aws_credentials_token',
        '(as --env-var), for an endpoint on 127.0.0.1 that lives as long as the run and serves the profile\'s',
        'credentials, resolved again before they expire. No secret key reaches newman\'s reports; the JSON report\'s copy',
        'of each request it sent does hold the X-Amz-Security-Token and the access key id in Authorization.',
        'Exit status: newman\'s (1 when a request or a test failed).',
        '',
        'Example: npx --no-install postman-sigv4 run api.postman_collection.json -e staging.postman_environment.json --profile dev -r cli,json',
      ].join('\n'),
    )
    .action((file: string, options: RunOptions) => runAsyncAction(() => runCollection(file, options, argv)));
}
