/**
 * Runs the local stack until Ctrl-C (or its lifetime ends):
 *   npx tsx test/stack/cli.ts [options]      or      npm run stack -- [options]
 * Prints the two URLs, the origin domain and the access key ids it accepts, never a secret key
 * or a session token. With --credentials it also starts the credential stand-ins (STS, Cognito
 * user and identity pools, a container-credentials endpoint; credentialStack.ts) and prints their
 * URLs and ids, never a password, client secret or token. With --oac lambda the CloudFront stand-in
 * fronts a Lambda function URL stand-in instead, and signs for it with origin access control
 * (send with sigv4_cloudfront_oac=true, no credentials needed). --custom-error-response adds a
 * custom error response to the distribution, e.g. 403:200:/index.html.
 *
 * The flags make one distribution configuration (stackDistribution.ts): the CloudFront stand-in
 * is configured from it, and a CloudFront API stand-in serves it, so `postman-sigv4 doctor` can
 * read the local distribution. The banner prints the doctor command line, with a throw-away AWS
 * profile (stackProfile.ts) whose files hold the key: the banner never shows a secret.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_API_ID, executeApiDomain } from './apiGateway';
import type { CloudFrontOptions } from './cloudFront';
import { startCloudFrontApi, type CloudFrontApiStandIn } from './cloudFrontApi';
import { OWN_ERROR_PAGE_NAMES, type OwnErrorPage } from './cloudFrontPages';
import type { QueryStringPolicy } from './cloudFrontRequest';
import { DEFAULT_CREDENTIALS, LONG_TERM_CREDENTIALS, TEMPORARY_CREDENTIALS } from './credentials';
import type { CustomErrorResponse } from './customErrorResponses';
import { distributionOptions } from './distributionDataPlane';
import { CredentialStack, startCredentialStack, startLambdaOacStack, startStack } from './index';
import type { SigningBehavior } from './originAccessControl';
import { serviceDomain } from './signedService';
import { STACK_DISTRIBUTION_DOMAIN, STACK_DISTRIBUTION_ID, stackAccount } from './stackDistribution';
import { writeStackProfile } from './stackProfile';

interface CliOptions {
  originPath: string;
  stage?: string;
  queryStrings: QueryStringPolicy;
  stripAuthorization?: boolean;
  region: string;
  clockSkewSeconds: number;
  flavor: 'rest' | 'http';
  portApigw: number;
  portCloudfront: number;
  portCloudfrontApi: number;
  lifetimeMinutes: number;
  credentials?: boolean;
  cloudfrontError?: OwnErrorPage;
  oac?: 'lambda';
  oacSigningBehavior: SigningBehavior;
  customErrorResponse: CustomErrorResponse[];
}

function integer(min: number, max: number) {
  return (text: string): number => {
    const value = Number(text);
    if (!/^-?\d+$/.test(text) || value < min || value > max) {
      throw new InvalidArgumentError(`expected an integer from ${min} to ${max}`);
    }
    return value;
  };
}

/** `CODE` (caching only), `CODE:PATH`, or `CODE:RESPONSE_CODE:PATH`, like the console's Error pages form. */
function customErrorResponse(text: string, previous: CustomErrorResponse[]): CustomErrorResponse[] {
  const match = /^(\d{3})(?::(\d{3}))?(?::(\/\S*))?$/.exec(text);
  if (!match || (match[2] && !match[3])) throw new InvalidArgumentError('expected CODE, CODE:/page.html or CODE:RESPONSE_CODE:/page.html, e.g. 403:200:/index.html');
  const response: CustomErrorResponse = { errorCode: Number(match[1]) };
  if (match[2]) response.responseCode = Number(match[2]);
  if (match[3]) response.responsePagePath = match[3];
  return previous.concat(response);
}

function queryPolicy(text: string): QueryStringPolicy {
  if (text === 'all' || text === 'none') return text;
  const names = text.split(',').map((name) => name.trim()).filter((name) => name !== '');
  if (names.length === 0) throw new InvalidArgumentError('expected all, none, or a comma-separated list');
  return names;
}

const program = new Command()
  .name('stack')
  .description('Local CloudFront and API Gateway (IAM auth) stand-ins on loopback ports.')
  .option('--origin-path <path>', 'CloudFront origin path prepended to the viewer path, e.g. /prod', '')
  .option('--stage <name>', 'API Gateway stage: only /<name> and /<name>/... exist')
  .option('--query-strings <policy>', 'query strings CloudFront forwards: all | none | a,b,c', queryPolicy, 'all' as QueryStringPolicy)
  .option('--strip-authorization', 'CloudFront does not forward Authorization (an origin request policy that names only X-Amz-Date and X-Amz-Security-Token)')
  .option('--region <region>', 'API Gateway region', 'us-east-1')
  .option('--clock-skew-seconds <n>', "API Gateway's clock minus yours, in seconds", integer(-86_400 * 7, 86_400 * 7), 0)
  .addOption(new Option('--flavor <flavor>', 'API Gateway REST API or HTTP API').choices(['rest', 'http']).default('rest'))
  .option('--port-apigw <n>', 'API Gateway port (0 = a free port)', integer(0, 65_535), 0)
  .option('--port-cloudfront <n>', 'CloudFront port (0 = a free port)', integer(0, 65_535), 0)
  .option('--port-cloudfront-api <n>', 'CloudFront API port, which doctor reads the distribution from (0 = a free port)', integer(0, 65_535), 0)
  .addOption(new Option('--cloudfront-error <page>', "CloudFront answers every request with this error page of its own").choices(OWN_ERROR_PAGE_NAMES))
  .option('--credentials', 'also start STS, a Cognito user pool and identity pool, and a container-credentials endpoint')
  .addOption(new Option('--oac <origin>', 'CloudFront fronts this origin instead, signing for it with origin access control').choices(['lambda']))
  .addOption(new Option('--oac-signing-behavior <behavior>', "the origin access control's signing behavior").choices(['always', 'no-override']).default('always'))
  .option('--custom-error-response <spec>', 'a custom error response of the distribution: CODE[:RESPONSE_CODE]:/page.html, e.g. 403:200:/index.html (repeatable)', customErrorResponse, [] as CustomErrorResponse[])
  .option('--lifetime-minutes <n>', 'stop by itself after this many minutes', integer(1, 24 * 60), 60)
  .showHelpAfterError();

/** Whatever the stack started, closed in one go; the throw-away profile goes with it. */
interface Running {
  close(): Promise<void>;
}

async function main(): Promise<void> {
  const options = program.parse(process.argv).opts<CliOptions>();
  const { queryStrings } = options;
  const maxLifetimeMs = options.lifetimeMinutes * 60_000;
  // The function URL takes the place of API Gateway: the options that shape API Gateway do not apply.
  if (options.oac && (options.credentials || options.stage || options.flavor !== 'rest' || options.clockSkewSeconds)) {
    throw new Error('--oac replaces API Gateway by a Lambda function URL: leave out --credentials, --stage, --flavor and --clock-skew-seconds');
  }
  const account = stackAccount({
    originDomain: options.oac ? serviceDomain('lambda', options.region) : executeApiDomain(DEFAULT_API_ID, options.region),
    originPath: options.originPath,
    queryStrings,
    stripAuthorization: Boolean(options.stripAuthorization),
    oacSigningBehavior: options.oac ? options.oacSigningBehavior : undefined,
    customErrorResponses: options.customErrorResponse,
  });
  // The origin is started with CloudFront below; the origin access control is startLambdaOacStack's own option.
  const { originDomain, settings } = distributionOptions(account, STACK_DISTRIBUTION_ID);
  const { originAccessControl, ...fromConfiguration } = settings;
  const cloudFrontOptions = { ...fromConfiguration, port: options.portCloudfront, maxLifetimeMs, ownErrorPage: options.cloudfrontError };

  if (Boolean(options.oac) !== Boolean(originAccessControl)) throw new Error('the distribution and --oac disagree about the origin access control');
  const started = originAccessControl
    ? await serveLambdaOac(options, cloudFrontOptions, originAccessControl.signingBehavior, maxLifetimeMs)
    : await serveApiGateway(options, cloudFrontOptions, maxLifetimeMs);
  const running: Running[] = [started.stack];
  const stopAll = async () => {
    for (const part of running.slice().reverse()) await part.close();
  };
  try {
    if (started.originDomain !== originDomain) throw new Error(`the origin stand-in answers as ${started.originDomain}, the distribution names ${originDomain}`);
    const controlPlane = await startCloudFrontApi({ account, issuer: started.issuer, port: options.portCloudfrontApi, maxLifetimeMs });
    running.push(controlPlane);
    const profile = writeStackProfile(LONG_TERM_CREDENTIALS, controlPlane.url);
    running.push({ close: async () => profile.remove() });
    // Also when the servers' lifetime ends and the process exits by itself.
    process.on('exit', profile.remove);
    const lines = [
      ...started.lines,
      ...doctorLines(controlPlane, profile.env, profile.profile, `https://${STACK_DISTRIBUTION_DOMAIN}/pets`),
      `Stops on Ctrl-C, or by itself after ${options.lifetimeMinutes} min.`,
    ];
    process.stdout.write(lines.join('\n') + '\n');
  } catch (error) {
    await stopAll();
    throw error;
  }
  stopOnSignal({ close: stopAll });
}

interface Started {
  stack: Running;
  /** The Host CloudFront sends to the origin stand-in. */
  originDomain: string;
  issuer?: CredentialStack['issuer'];
  lines: string[];
}

async function serveApiGateway(options: CliOptions, cloudFrontOptions: Omit<CloudFrontOptions, 'origin'>, maxLifetimeMs: number): Promise<Started> {
  const { queryStrings } = options;
  const apiGatewayOptions = {
    stage: options.stage,
    flavor: options.flavor,
    clockOffsetMs: options.clockSkewSeconds * 1000,
    port: options.portApigw,
    maxLifetimeMs,
  };
  const credentialStack = options.credentials
    ? await startCredentialStack({ region: options.region, apiGateway: apiGatewayOptions, cloudFront: cloudFrontOptions, maxLifetimeMs })
    : undefined;
  const stack =
    credentialStack ??
    (await startStack({ apiGateway: { ...apiGatewayOptions, region: options.region }, cloudFront: cloudFrontOptions }));
  const { apiGateway, cloudFront } = stack;
  const lines = [
    `CloudFront stand-in:   ${cloudFront.url}   (send requests here)`,
    `API Gateway stand-in:  ${apiGateway.url}   (${apiGateway.flavor} API, region ${apiGateway.region}` +
      `${apiGateway.stage ? `, stage ${apiGateway.stage}` : ''})`,
    `Origin domain (sign for this host): ${apiGateway.domain}`,
    `CloudFront origin path: ${cloudFront.originPath || '(none)'}; query strings: ${
      Array.isArray(queryStrings) ? queryStrings.join(',') : queryStrings
    }; Authorization ${options.stripAuthorization ? 'stripped (the origin request policy names only X-Amz-Date and X-Amz-Security-Token)' : 'forwarded (all viewer headers but Host)'}`,
    ...(options.cloudfrontError ? [`CloudFront answers every request with its own ${options.cloudfrontError} error page`] : []),
    ...customErrorLines(options.customErrorResponse),
    ...(options.clockSkewSeconds ? [`API Gateway clock skew: ${options.clockSkewSeconds} s`] : []),
    'Accepted access key ids:',
    ...DEFAULT_CREDENTIALS.map(
      (credential) =>
        `  ${credential.accessKeyId}  ${
          credential.expired ? 'temporary, expired session' : credential.sessionToken ? 'temporary' : 'long-term'
        }`,
    ),
    `Secret keys and session tokens are not printed: collections/local.postman_environment.json holds the secret key and session token of ${TEMPORARY_CREDENTIALS.accessKeyId}, test/stack/credentials.ts those of every key.`,
    ...(credentialStack ? credentialLines(credentialStack) : []),
  ];
  return { stack, originDomain: apiGateway.domain, issuer: credentialStack?.issuer, lines };
}

/** --oac lambda: a Lambda function URL behind CloudFront, which signs for it; the viewer needs no credentials. */
async function serveLambdaOac(options: CliOptions, cloudFront: Omit<CloudFrontOptions, 'origin' | 'originAccessControl'>, signingBehavior: SigningBehavior, maxLifetimeMs: number): Promise<Started> {
  const stack = await startLambdaOacStack({ signingBehavior, region: options.region, cloudFront, maxLifetimeMs });
  const lines = [
    `CloudFront stand-in:        ${stack.cloudFront.url}   (send requests here, with sigv4_cloudfront_oac=true)`,
    `Lambda function URL stand-in: ${stack.lambda.url}   (auth type AWS_IAM, region ${stack.lambda.region})`,
    `Origin domain: ${stack.lambda.domain}; origin access control signs for service lambda, signing behavior ${signingBehavior}`,
    ...customErrorLines(options.customErrorResponse),
  ];
  return { stack, originDomain: stack.lambda.domain, lines };
}

/**
 * How to run doctor on this stack: the distribution's own name in the URL (doctor only reads the
 * configuration, it never sends to the URL), the API stand-in as CloudFront's endpoint, and the
 * throw-away profile. Paths and a key id, never a secret.
 */
function doctorLines(controlPlane: CloudFrontApiStandIn, env: Record<string, string>, profile: string, url: string): string[] {
  const assignments = Object.entries(env).map(([name, value]) => `${name}=${value}`);
  return [
    `CloudFront API stand-in: ${controlPlane.url}   (serves this distribution, ${STACK_DISTRIBUTION_ID} ${STACK_DISTRIBUTION_DOMAIN}, to doctor)`,
    `doctor on this stack (profile ${profile}: a throw-away AWS config holding the key ${LONG_TERM_CREDENTIALS.accessKeyId}, removed when the stack stops):`,
    `  ${assignments.join(' ')} node dist/cli.cjs doctor ${url} --profile ${profile}`,
  ];
}

function customErrorLines(responses: CustomErrorResponse[]): string[] {
  return responses.map((response) => `Custom error response: origin ${response.errorCode} -> ${response.responseCode ?? response.errorCode} ${response.responsePagePath ?? '(the origin\'s answer, error caching only)'}`);
}

function stopOnSignal(stack: { close(): Promise<void> }): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: stopping the stack\n`);
    stack.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

function credentialLines({ config, sts, userPool, identityPool, container }: CredentialStack): string[] {
  return [
    `STS stand-in:            ${sts.url}   (region ${sts.region}; roles ${config.roleArn}, denied ${config.deniedRoleArn})`,
    `Cognito user pool:       ${userPool.url}   (pool ${config.userPoolId}, client ${config.clientId}, ` +
      `client with secret ${config.secretClientId}, user ${config.username})`,
    `Cognito identity pools:  ${identityPool.url}   (${config.identityPoolId}; unauthenticated: ${config.unauthIdentityPoolId})`,
    `Credentials endpoint:    ${container.url}`,
    'Passwords, the client secret and the endpoint token are not printed: they are in test/stack/credentialStack.ts.',
  ];
}

main().catch((error: unknown) => {
  process.stderr.write(`stack: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
