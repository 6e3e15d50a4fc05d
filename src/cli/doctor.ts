/**
 * `postman-sigv4 doctor URL`: reads the CloudFront distribution that serves URL with the user's
 * AWS credentials and says what to set in Postman and what in the distribution breaks SigV4
 * (SPEC.md, "doctor"). The judgement is src/cloudfront's; this file finds the distribution, reads
 * its policies, and prints.
 */
import { Command, InvalidArgumentError } from 'commander';
import { analyzeDistribution, distributionForHost, hasErrorFinding, hostMatch, routeOf, type Distribution, type DoctorReport } from '../cloudfront';
import { CloudFrontCallFailed, cloudFrontReader, PermissionMissing, type CloudFrontReader } from './cloudFrontClient';
import { credentialCache } from './sdkCredentials/credentialCache';
import { environmentWith, readEnvironmentFile, signedHeadersOf, writeEnvironmentFile } from './doctorEnvironment';
import { formatReport } from './doctorOutput';
import { explainPermission } from './doctorPermissions';
import { CliError, EXIT_ERROR_FINDING, report, runAsyncAction } from './errors';
import { describeSource, profileInUse, resolverFor } from './sdkCredentials/resolveCredentials';

export interface DoctorOptions {
  profile?: string;
  distribution?: string;
  method?: string;
  json?: boolean;
  env?: string;
}

/** The methods CloudFront accepts (CloudFront Developer Guide, "Allowed HTTP methods"). */
const CLOUDFRONT_METHODS = ['GET', 'HEAD', 'OPTIONS', 'PUT', 'POST', 'PATCH', 'DELETE'];

export function parseMethod(text: string): string {
  const method = text.toUpperCase();
  if (CLOUDFRONT_METHODS.indexOf(method) < 0) throw new InvalidArgumentError(`CloudFront serves only ${CLOUDFRONT_METHODS.join(', ')}.`);
  return method;
}

function parseUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new CliError(`${text} is not a URL; give the URL you send requests to, e.g. https://d111111abcdef8.cloudfront.net/pets`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !url.hostname) {
    throw new CliError(`${text} is not an http or https URL; give the URL you send requests to, e.g. https://d111111abcdef8.cloudfront.net/pets`);
  }
  // The URL goes into the report: a password in it would be printed.
  if (url.username || url.password) throw new CliError(`the URL carries a user name or password; give it without (doctor only needs the host and path): ${url.protocol}//${url.host}${url.pathname}`);
  return withoutPresignedValues(url);
}

const PRESIGNED_PARAMETER = /^x-amz-/i;

/**
 * A presigned URL with its X-Amz-* values emptied: the report prints the URL, and the signature
 * with X-Amz-Security-Token lets anyone send the request until it expires. The names stay, each
 * raw as given: the query-string check needs them (a behavior that drops them breaks the URL).
 */
function withoutPresignedValues(url: URL): URL {
  const names: string[] = [];
  url.searchParams.forEach((_value, name) => names.push(name));
  if (!names.some((name) => PRESIGNED_PARAMETER.test(name))) return url;
  const emptied = new URL(url.href);
  emptied.search = url.search
    .slice(1)
    .split('&')
    .map((pair) => {
      // URLSearchParams decodes as the check of query names does, a stray % included.
      const name = new URLSearchParams(pair).keys().next().value ?? '';
      return PRESIGNED_PARAMETER.test(name) ? `${pair.split('=')[0]}=` : pair;
    })
    .join('&');
  report('note: the URL is presigned: doctor checks its X-Amz-* query parameters by name and prints them without their values (the signature and X-Amz-Security-Token would let anyone send the request).');
  return emptied;
}

/** The account in an ARN (`arn:aws:cloudfront::123456789012:distribution/E...`). */
function accountOfArn(arn: string | undefined): string | undefined {
  return /^arn:[^:]+:cloudfront::(\d{12}):/.exec(arn ?? '')?.[1];
}

interface Lookup {
  reader: CloudFrontReader;
  /** "profile dev", for messages. */
  source: string;
  /** The account id the credentials carry, when the SDK's provider gives one. */
  credentialAccount: () => Promise<string | undefined>;
}

/** Which account was searched, as honestly as it is known: the distributions' ARNs, else the credentials' account id. */
async function accountName(lookup: Lookup, arns: Array<string | undefined>): Promise<string> {
  const account = arns.map(accountOfArn).find((id) => id !== undefined) ?? (await lookup.credentialAccount());
  return account ? `account ${account} (${lookup.source})` : `the account of ${lookup.source}`;
}

async function distributionById(lookup: Lookup, id: string, host: string): Promise<Distribution> {
  let distribution: Distribution;
  try {
    distribution = await lookup.reader.getDistribution(id);
  } catch (error) {
    if (error instanceof CloudFrontCallFailed && error.code === 'NoSuchDistribution') {
      throw new CliError(`there is no distribution ${id} in ${await accountName(lookup, [])} (${error.message}); check --distribution, or leave it out to search by host.`);
    }
    throw error;
  }
  if (!hostMatch({ DomainName: distribution.DomainName, Aliases: distribution.DistributionConfig?.Aliases }, host)) {
    const names = [distribution.DomainName, ...(distribution.DistributionConfig?.Aliases?.Items ?? [])].join(', ');
    throw new CliError(`distribution ${id} serves ${names}, not ${host}: CloudFront would refuse that Host (403 "Bad request."). Give a URL with one of its names, or another --distribution.`);
  }
  return distribution;
}

async function distributionByHost(lookup: Lookup, host: string): Promise<Distribution> {
  const { summaries, pages } = await lookup.reader.listDistributions();
  const found = distributionForHost(summaries, host);
  if (!found?.Id) {
    const account = await accountName(lookup, summaries.map((summary) => summary.ARN));
    const searched = summaries.length === 0 ? 'it has no distributions' : `none of its ${summaries.length} distributions (${pages} page${pages > 1 ? 's' : ''}) has ${host} as its domain name or an alternate domain name`;
    throw new CliError(`no CloudFront distribution serves ${host} in ${account}: ${searched}. Check the URL and --profile, or give --distribution ID.`);
  }
  return lookup.reader.getDistribution(found.Id);
}

async function examine(url: URL, options: DoctorOptions, signedHeaders: string[], lookup: Lookup): Promise<DoctorReport> {
  const distribution = options.distribution ? await distributionById(lookup, options.distribution, url.hostname) : await distributionByHost(lookup, url.hostname);
  const config = distribution.DistributionConfig;
  if (!config) throw new Error(`GetDistribution ${distribution.Id} gave no DistributionConfig`);
  const { behavior, origin } = routeOf(config, url.href);
  return analyzeDistribution({
    url: url.href,
    distribution,
    cachePolicy: behavior.CachePolicyId ? await lookup.reader.getCachePolicy(behavior.CachePolicyId) : undefined,
    originRequestPolicy: behavior.OriginRequestPolicyId ? await lookup.reader.getOriginRequestPolicy(behavior.OriginRequestPolicyId) : undefined,
    originAccessControl: origin.OriginAccessControlId ? await lookup.reader.getOriginAccessControl(origin.OriginAccessControlId) : undefined,
    method: options.method,
    signedHeaders,
  });
}

export async function doctor(urlText: string, options: DoctorOptions): Promise<void> {
  const url = parseUrl(urlText);
  // The file is checked before any call: a link, a read-only file, a missing folder or a file that is not an environment stops doctor here.
  const existing = options.env ? readEnvironmentFile(options.env) : undefined;
  const source = describeSource(profileInUse(options.profile));
  const cache = credentialCache(resolverFor(options.profile, (line) => report(`AWS SDK: ${line}`)));
  const credentials = async () => (await cache.get()).credentials;
  const lookup: Lookup = {
    reader: await cloudFrontReader({ profile: options.profile, credentials }),
    source,
    credentialAccount: async () => ((await credentials().catch(() => undefined)) as { accountId?: string } | undefined)?.accountId,
  };
  let result: DoctorReport;
  try {
    result = await examine(url, options, signedHeadersOf(existing), lookup);
  } catch (error) {
    if (error instanceof PermissionMissing) throw new CliError(explainPermission(error, source));
    if (error instanceof CloudFrontCallFailed) {
      const again = error.code === 'Throttling' ? ' (the AWS SDK retried it); try again in a minute' : '';
      throw new CliError(`cloudfront:${error.action} failed: ${error.message}${again}.`);
    }
    throw error;
  }
  process.stdout.write(options.json ? JSON.stringify(result) + '\n' : formatReport(result));
  if (options.env) {
    writeEnvironmentFile(options.env, environmentWith(existing, result.variables, `postman-sigv4 doctor: ${url.host}`));
    report(`${existing ? 'updated' : 'wrote'} ${options.env}: ${Object.keys(result.variables).length ? Object.keys(result.variables).join(', ') : 'no variables to set'}, and empty credential placeholders to fill in Postman.`);
  }
  process.exitCode = hasErrorFinding(result) ? EXIT_ERROR_FINDING : 0;
}

export function doctorCommand(): Command {
  return new Command('doctor')
    .description('read the CloudFront distribution serving URL and say what to set in Postman and what in it breaks SigV4')
    .argument('<url>', 'the URL you send requests to, e.g. https://d111111abcdef8.cloudfront.net/pets (only CloudFront\'s API is called, never the URL)')
    .option('--profile <name>', 'the AWS profile (~/.aws/config); default: AWS_PROFILE, else the AWS SDK default chain')
    .option('--distribution <id>', 'the distribution id, e.g. E2QWRUHEXAMPLE; default: the one whose domain name or alternate domain name is the URL\'s host')
    .option('--method <method>', 'also check that the cache behavior allows this method', parseMethod)
    .option('--json', 'print exactly one JSON object (url, distribution, behavior, origin, variables, findings)')
    .option('--env <file>', 'write the variables into this Postman environment file (created, or updated in place keeping its other values), with empty credential placeholders')
    .addHelpText(
      'after',
      [
        '',
        'It calls cloudfront:ListDistributions (unless --distribution), GetDistribution, GetCachePolicy,',
        'GetOriginRequestPolicy and GetOriginAccessControl with the profile\'s credentials, signed for us-east-1;',
        'AWS_ENDPOINT_URL_CLOUDFRONT is honoured. It never prints or writes a credential.',
        '',
        `Exit status: 0 no error finding, ${EXIT_ERROR_FINDING} an error finding, 1 bad input or no such distribution, 70 internal error.`,
        '',
        'Example: npx --no-install postman-sigv4 doctor https://api.example.com/pets --profile dev --env aws.postman_environment.json',
      ].join('\n'),
    )
    .action((url: string, options: DoctorOptions) => runAsyncAction(() => doctor(url, options)));
}
