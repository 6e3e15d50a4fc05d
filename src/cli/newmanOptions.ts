/**
 * `postman-sigv4 run` takes newman's own `run` options, with newman's names and parsing
 * (newman 6.2.2 bin/newman.js), so a user's command line only gains `postman-sigv4` and
 * `--profile`. The value parsers and the `--reporter-*` handling are newman's own (bin/util.js).
 */
import { Command, InvalidArgumentError } from 'commander';
import { VARIABLE } from '../postman/variables';
import { CREDENTIALS_VARIABLE } from './serve/credentialsVariables';
import { CliError } from './errors';

interface NewmanCliUtil {
  cast: Record<'integer' | 'memoize' | 'memoizeKeyVal' | 'csvParse' | 'colorOptions', (value: string, previous?: any) => any>;
  omitNestedOptions(argv: string[], prefix: string): string[];
  parseNestedOptions(argv: string[], prefix: string, reporters: string[]): Record<string, Record<string, unknown>>;
}

/** Loaded on first use: the other commands never load newman. */
function newmanCliUtil(): NewmanCliUtil {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  return require('newman/bin/util') as NewmanCliUtil;
}

const REPORTER_PREFIX = '--reporter-';

/** newman's parsers throw plain errors; commander reports InvalidArgumentError as a usage error. */
function cast(name: keyof NewmanCliUtil['cast']) {
  return (value: string, previous?: unknown) => {
    try {
      return newmanCliUtil().cast[name](value, previous);
    } catch (error) {
      throw new InvalidArgumentError((error as Error).message);
    }
  };
}

/** newman's `run` options; --postman-api-key is left out: COLLECTION is a local file here. */
export function addNewmanOptions(command: Command): Command {
  return command
    .option('-e, --environment <path>', 'Specify a URL or path to a Postman Environment')
    .option('-g, --globals <path>', 'Specify a URL or path to a file containing Postman Globals')
    .option('-r, --reporters [reporters]', 'Specify the reporters to use for this run', cast('csvParse'), ['cli'])
    .option('-n, --iteration-count <n>', 'Define the number of iterations to run', cast('integer'))
    .option('-d, --iteration-data <path>', 'Specify a data file to use for iterations (either JSON or CSV)')
    .option('--folder <path>', 'Specify the folder to run from a collection. Can be specified multiple times to run multiple folders', cast('memoize'), [])
    .option('--global-var <value>', 'Allows the specification of global variables via the command line, in a key=value format', cast('memoizeKeyVal'), [])
    .option('--env-var <value>', 'Allows the specification of environment variables via the command line, in a key=value format', cast('memoizeKeyVal'), [])
    .option('--export-environment <path>', 'Exports the final environment to a file after completing the run')
    .option('--export-globals <path>', 'Exports the final globals to a file after completing the run')
    .option('--export-collection <path>', 'Exports the executed collection to a file after completing the run')
    .option('--bail [modifiers]', 'Specify whether or not to gracefully stop a collection run on encountering an error and whether to end the run with an error based on the optional modifier', cast('csvParse'))
    .option('--ignore-redirects', 'Prevents Newman from automatically following 3XX redirect responses')
    .option('-x, --suppress-exit-code', 'Specify whether or not to override the default exit code for the current run')
    .option('--silent', 'Prevents Newman from showing output to CLI')
    .option('--disable-unicode', 'Forces Unicode compliant symbols to be replaced by their plain text equivalents')
    .option('--color <value>', 'Enable/Disable colored output (auto|on|off)', cast('colorOptions'), 'auto')
    .option('--delay-request [n]', 'Specify the extent of delay between requests (milliseconds)', cast('integer'), 0)
    .option('--timeout [n]', 'Specify a timeout for collection run (milliseconds)', cast('integer'), 0)
    .option('--timeout-request [n]', 'Specify a timeout for requests (milliseconds)', cast('integer'), 0)
    .option('--timeout-script [n]', 'Specify a timeout for scripts (milliseconds)', cast('integer'), 0)
    .option('--working-dir <path>', 'Specify the path to the working directory')
    .option('--no-insecure-file-read', 'Prevents reading the files situated outside of the working directory')
    .option('-k, --insecure', 'Disables SSL validations')
    .option('--ssl-client-cert-list <path>', 'Specify the path to a client certificates configurations (JSON)')
    .option('--ssl-client-cert <path>', 'Specify the path to a client certificate (PEM)')
    .option('--ssl-client-key <path>', 'Specify the path to a client certificate private key')
    .option('--ssl-client-passphrase <passphrase>', 'Specify the client certificate passphrase (for protected key)')
    .option('--ssl-extra-ca-certs <path>', 'Specify additionally trusted CA certificates (PEM)')
    .option('--cookie-jar <path>', 'Specify the path to a custom cookie jar (serialized tough-cookie JSON) ')
    .option('--export-cookie-jar <path>', 'Exports the cookie jar to a file after completing the run')
    .option('--verbose', 'Show detailed information of collection run and each request sent');
}

/**
 * The arguments commander parses: for `run`, without the `--reporter-*` options, which commander
 * does not know (newman does the same before it parses).
 */
export function argumentsToParse(argv: string[]): string[] {
  return argv[2] === 'run' ? newmanCliUtil().omitNestedOptions(argv, REPORTER_PREFIX) : argv;
}

export interface KeyValue {
  key: string;
  value?: string;
}

export interface EndpointVariables {
  url: string;
  token: string;
}

/**
 * The static key variables, set empty for the run: the endpoint is its credential source, and the
 * script refuses two sources at once (an environment's placeholder key counts as one).
 */
export const STATIC_KEY_VARIABLES = [VARIABLE.accessKeyId, VARIABLE.secretAccessKey, VARIABLE.sessionToken];

/** The endpoint's two variables are this command's to set, and the static keys its to clear. */
function refuseEndpointVariables(variables: KeyValue[], flag: string): void {
  const names = Object.values(CREDENTIALS_VARIABLE) as string[];
  const given = variables.find((variable) => names.indexOf(variable.key) >= 0);
  if (given) throw new CliError(`${flag} ${given.key}: postman-sigv4 run sets ${names.join(' and ')} itself, from --profile; leave it out.`);
  const key = variables.find((variable) => (STATIC_KEY_VARIABLES as string[]).indexOf(variable.key) >= 0);
  if (key) throw new CliError(`${flag} ${key.key}: postman-sigv4 run signs with the credentials of --profile (or the AWS SDK's default chain) and sets the static keys empty; leave it out, or run newman itself to sign with keys.`);
}

/**
 * newman.run's options, built as newman's CLI builds them: the commander options as they are,
 * `reporterOptions` (generic `--reporter-*`) and `reporter` (per reporter, generic merged in).
 * The endpoint's URL and token are added as the last environment overrides (--env-var).
 */
export function newmanRunOptions(collection: object, options: Record<string, unknown>, argv: string[], endpoint: EndpointVariables): Record<string, unknown> {
  const { profile: _profile, ...newmanOptions } = options;
  const envVar = (options.envVar as KeyValue[]) || [];
  refuseEndpointVariables(envVar, '--env-var');
  refuseEndpointVariables((options.globalVar as KeyValue[]) || [], '--global-var');
  const reporters = (options.reporters as string[]) || [];
  const { _generic: generic, ...perReporter } = newmanCliUtil().parseNestedOptions(argv, REPORTER_PREFIX, reporters);
  const reporter: Record<string, Record<string, unknown>> = {};
  for (const [name, values] of Object.entries(perReporter)) reporter[name] = { ...values, ...generic };
  return {
    ...newmanOptions,
    collection,
    reporterOptions: generic,
    reporter,
    envVar: [
      ...envVar,
      ...STATIC_KEY_VARIABLES.map((key) => ({ key, value: '' })),
      { key: CREDENTIALS_VARIABLE.url, value: endpoint.url },
      { key: CREDENTIALS_VARIABLE.token, value: endpoint.token },
    ],
  };
}
