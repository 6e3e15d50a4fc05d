import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EXPIRED_CREDENTIALS,
  LONG_TERM_CREDENTIALS,
  startApiGateway,
  startCloudFront,
  TEMPORARY_CREDENTIALS,
  type ApiGatewayStandIn,
  type CloudFrontOptions,
  type CloudFrontStandIn,
  type StackCredential,
  createCredentialIssuer,
  startContainerCredentials,
  startCredentialStack,
  startSts,
  STATIC_PRINCIPAL_ARN,
  type ContainerCredentialsStandIn,
  type CredentialStack,
  type StsStandIn,
} from '../stack';
import { signingFor } from '../support/credentialRuns';
import { collectionWith, distScript, runNewman, type Variables } from '../support/newman';

/**
 * dist/sigv4-diagnose.js in real newman, after dist/sigv4-prerequest.js, through the stand-ins:
 * each misconfiguration yields exactly one failing "SigV4 diagnosis" test naming the fix.
 */

let apiGateway: ApiGatewayStandIn;
let skewedGateway: ApiGatewayStandIn;
let gatewayBehind: ApiGatewayStandIn;
let httpApi: ApiGatewayStandIn;
let stagedGateway: ApiGatewayStandIn;
const distributions: CloudFrontStandIn[] = [];
const TEN_MINUTES = 10 * 60 * 1000;

beforeAll(async () => {
  apiGateway = await startApiGateway();
  skewedGateway = await startApiGateway({ clockOffsetMs: TEN_MINUTES });
  gatewayBehind = await startApiGateway({ clockOffsetMs: -TEN_MINUTES });
  httpApi = await startApiGateway({ flavor: 'http' });
  stagedGateway = await startApiGateway({ stage: 'prod' });
});
afterAll(async () => {
  await Promise.all(distributions.map((cloudFront) => cloudFront.close()));
  await Promise.all([apiGateway, skewedGateway, gatewayBehind, httpApi, stagedGateway].map((gateway) => gateway?.close()));
});

async function cloudFront(options: Omit<CloudFrontOptions, 'origin'> = {}, origin: ApiGatewayStandIn = apiGateway): Promise<CloudFrontStandIn> {
  const distribution = await startCloudFront({ ...options, origin });
  distributions.push(distribution);
  return distribution;
}

function keys(credential: StackCredential): Variables {
  const variables: Variables = { aws_access_key_id: credential.accessKeyId, aws_secret_access_key: credential.secretAccessKey };
  if (credential.sessionToken) variables.aws_session_token = credential.sessionToken;
  return variables;
}

const ORIGIN = 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com';

interface Scenario {
  name: string;
  setup: () => Promise<{ baseUrl: string; environment: Variables; item?: object }>;
  /** Every one of these must be in the diagnosis. */
  says: string[];
  /** None of these may be: header values can be credentials. */
  never?: string[];
}

const SCENARIOS: Scenario[] = [
  {
    name: 'origin path missing',
    setup: async () => ({ baseUrl: (await cloudFront({ originPath: '/prod' })).url, environment: { ...keys(TEMPORARY_CREDENTIALS), sigv4_signing_host: ORIGIN } }),
    says: ['API Gateway saw path /prod/items, the script signed /items: set sigv4_origin_path to /prod'],
  },
  {
    name: 'origin path set but CloudFront adds none',
    setup: async () => ({ baseUrl: (await cloudFront()).url, environment: { ...keys(LONG_TERM_CREDENTIALS), sigv4_signing_host: ORIGIN, sigv4_origin_path: '/prod' } }),
    says: ['clear sigv4_origin_path'],
  },
  {
    name: 'signing host not set (signed for the CloudFront host)',
    setup: async () => ({ baseUrl: (await cloudFront()).url, environment: { ...keys(LONG_TERM_CREDENTIALS), aws_region: 'us-east-1' } }),
    says: [`API Gateway saw host ${ORIGIN}`, `set sigv4_signing_host to ${ORIGIN}`],
  },
  {
    name: 'neither signing host nor origin path set',
    setup: async () => ({ baseUrl: (await cloudFront({ originPath: '/prod' })).url, environment: { ...keys(TEMPORARY_CREDENTIALS), aws_region: 'us-east-1' } }),
    says: [`set sigv4_signing_host to ${ORIGIN}`, 'set sigv4_origin_path to /prod'],
  },
  {
    name: 'query parameter dropped by the origin request policy',
    setup: async () => ({
      baseUrl: (await cloudFront({ queryStrings: ['keep'] })).url,
      environment: { ...keys(LONG_TERM_CREDENTIALS), sigv4_signing_host: ORIGIN },
      item: { name: 'x', request: { method: 'GET', url: '{{baseUrl}}/items?keep=1&page=2' } },
    }),
    says: ["query parameter page did not reach API Gateway: CloudFront forwards only the query strings its origin request policy names"],
  },
  {
    name: 'a signed header the proxy rewrites',
    setup: async () => ({
      baseUrl: (await cloudFront({ originCustomHeaders: { 'x-api-key': 'set-by-cloudfront' } })).url,
      environment: { ...keys(LONG_TERM_CREDENTIALS), sigv4_signing_host: ORIGIN, sigv4_signed_headers: 'x-api-key' },
      item: { name: 'x', request: { method: 'GET', url: '{{baseUrl}}/items', header: [{ key: 'X-Api-Key', value: 'from-postman' }] } },
    }),
    says: ['header x-api-key was changed on the way: stop signing it, remove x-api-key from sigv4_signed_headers'],
    never: ['from-postman', 'set-by-cloudfront'],
  },
  {
    name: 'the path re-encoded on the way',
    setup: async () => ({
      baseUrl: (await cloudFront({ normalizePathEncoding: true })).url,
      environment: { ...keys(LONG_TERM_CREDENTIALS), sigv4_signing_host: ORIGIN },
      item: { name: 'x', request: { method: 'GET', url: '{{baseUrl}}/items/%7Euser/%41' } },
    }),
    says: ['API Gateway read the path as /items/~user/A, the script signed /items/%7Euser/%41: the path was re-encoded on the way'],
  },
  {
    name: 'wrong secret key',
    setup: async () => ({ baseUrl: apiGateway.url, environment: { ...keys(LONG_TERM_CREDENTIALS), aws_secret_access_key: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYWRONGKEY', aws_region: 'us-east-1' } }),
    says: [`the secret key is wrong: aws_secret_access_key does not belong to aws_access_key_id ${LONG_TERM_CREDENTIALS.accessKeyId}`],
  },
  {
    name: 'Authorization stripped by CloudFront',
    setup: async () => ({ baseUrl: (await cloudFront({ forwardAllViewerHeaders: false })).url, environment: { ...keys(LONG_TERM_CREDENTIALS), sigv4_signing_host: ORIGIN } }),
    says: ['CloudFront removes the Authorization header unless the origin request policy forwards all viewer headers', 'AllViewerExceptHostHeader'],
  },
  {
    name: 'straight to API Gateway with sigv4_origin_path still set: no route, not blamed on CloudFront (issue 23 item 6)',
    setup: async () => ({ baseUrl: stagedGateway.url, environment: { ...keys(LONG_TERM_CREDENTIALS), sigv4_signing_host: ORIGIN, sigv4_origin_path: '/prod' } }),
    says: ['API Gateway has no route for POST /items, the path called', 'no Via, X-Amz-Cf-Id or X-Cache header from CloudFront', 'sigv4_origin_path is /prod, which only CloudFront prepends'],
    never: ['CloudFront removes'],
  },
  {
    name: "this computer's clock 10 minutes behind",
    setup: async () => ({ baseUrl: skewedGateway.url, environment: { ...keys(LONG_TERM_CREDENTIALS), aws_region: 'us-east-1' } }),
    says: ["this computer's clock is 10 minutes behind API Gateway's", 'from the response Date header', 'NTP'],
  },
  {
    name: "this computer's clock 10 minutes ahead",
    setup: async () => ({ baseUrl: gatewayBehind.url, environment: { ...keys(LONG_TERM_CREDENTIALS), aws_region: 'us-east-1' } }),
    says: ["this computer's clock is 10 minutes ahead of API Gateway's"],
  },
  {
    name: 'a later script removes X-Amz-Date after signing',
    setup: async () => ({
      baseUrl: apiGateway.url,
      environment: { ...keys(LONG_TERM_CREDENTIALS), aws_region: 'us-east-1' },
      item: { name: 'x', event: [{ listen: 'prerequest', script: { exec: ["pm.request.headers.remove('X-Amz-Date');"] } }], request: { method: 'GET', url: '{{baseUrl}}/items' } },
    }),
    says: ["API Gateway could not read the signature (Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.)", 'keep the signer the last pre-request script'],
  },
  {
    name: 'temporary key without its session token',
    setup: async () => ({ baseUrl: apiGateway.url, environment: { ...keys(TEMPORARY_CREDENTIALS), aws_session_token: '', aws_region: 'us-east-1' } }),
    says: [`aws_access_key_id ${TEMPORARY_CREDENTIALS.accessKeyId} is a temporary key (ASIA...), which needs its session token: set aws_session_token`],
  },
  {
    name: 'unknown access key',
    setup: async () => ({ baseUrl: apiGateway.url, environment: { ...keys(LONG_TERM_CREDENTIALS), aws_access_key_id: 'AKIAUNKNOWNKEYEXAMPLE', aws_region: 'us-east-1' } }),
    says: ['AWS does not recognize aws_access_key_id AKIAUNKNOWNKEYEXAMPLE'],
  },
  {
    name: 'expired session token',
    setup: async () => ({ baseUrl: apiGateway.url, environment: { ...keys(EXPIRED_CREDENTIALS), aws_region: 'us-east-1' } }),
    says: ['The session token has expired: get new temporary credentials'],
  },
  {
    name: 'credential scoped to the wrong region',
    setup: async () => ({ baseUrl: (await cloudFront()).url, environment: { ...keys(LONG_TERM_CREDENTIALS), sigv4_signing_host: ORIGIN, aws_region: 'eu-west-1' } }),
    says: ['names region eu-west-1, which is not the API\'s region: set aws_region to the region the API runs in, here us-east-1 as the signing host says'],
  },
  {
    name: 'credential scoped to the wrong service',
    setup: async () => ({ baseUrl: (await cloudFront()).url, environment: { ...keys(LONG_TERM_CREDENTIALS), sigv4_signing_host: ORIGIN, aws_service: 'lambda' } }),
    says: ["set aws_service to execute-api, or leave it empty"],
  },
  {
    name: "HTTP API's bare Forbidden",
    setup: async () => ({ baseUrl: (await cloudFront({}, httpApi)).url, environment: { ...keys(LONG_TERM_CREDENTIALS), aws_region: 'us-east-1' } }),
    says: ['bare "Forbidden"', 'set sigv4_signing_host to the API\'s execute-api host'],
  },
  {
    name: 'a GET body sent with disableBodyPruning',
    setup: async () => ({
      baseUrl: apiGateway.url,
      environment: { ...keys(LONG_TERM_CREDENTIALS), aws_region: 'us-east-1' },
      item: { name: 'x', protocolProfileBehavior: { disableBodyPruning: true }, request: { method: 'GET', url: '{{baseUrl}}/items', body: { mode: 'raw', raw: '{"q":1}' } } },
    }),
    says: ['the body API Gateway received is not the one signed', 'disableBodyPruning'],
  },
  {
    name: "signed another way (Postman's built-in AWS auth), through CloudFront",
    setup: async () => {
      const distribution = await cloudFront({ originPath: '/prod' });
      const awsv4 = Object.entries({ accessKey: LONG_TERM_CREDENTIALS.accessKeyId, secretKey: LONG_TERM_CREDENTIALS.secretAccessKey, region: 'us-east-1', service: 'execute-api' });
      return {
        baseUrl: distribution.url,
        environment: { ...keys(LONG_TERM_CREDENTIALS), sigv4_skip: 'true' },
        item: { name: 'x', request: { method: 'GET', url: '{{baseUrl}}/items', auth: { type: 'awsv4', awsv4: awsv4.map(([key, value]) => ({ key, value })) } } },
      };
    },
    says: [`API Gateway verified it for host ${ORIGIN} and path /prod/items`, `set sigv4_signing_host to ${ORIGIN}`, 'set sigv4_origin_path to /prod', 'postman-sigv4 did not sign this request'],
  },
];

async function run(baseUrl: string, environment: Variables, item?: object) {
  const items = [item || { name: 'the request', request: { method: 'POST', url: '{{baseUrl}}/items', body: { mode: 'raw', raw: '{"a":1}' } } }];
  const collection = collectionWith(items, { prerequest: distScript('sigv4-prerequest.js'), test: distScript('sigv4-diagnose.js') });
  return runNewman({ collection, environment: { ...environment, baseUrl } });
}

describe('dist/sigv4-diagnose.js names the cause and the fix', () => {
  for (const scenario of SCENARIOS) {
    it(scenario.name, async () => {
      const { baseUrl, environment, item } = await scenario.setup();
      const result = await run(baseUrl, environment, item);
      expect(result.codes).toHaveLength(1);
      expect(result.codes[0]).toBe(403);
      expect(result.failures).toHaveLength(1);
      expect(result.failures[0]).toMatch(/^SigV4 diagnosis: SigV4: /);
      for (const text of scenario.says) expect(result.failures[0]).toContain(text);
      for (const text of scenario.never || []) expect(result.failures[0]).not.toContain(text);
    });
  }

  it('adds no test to an accepted request', async () => {
    const result = await run((await cloudFront({ originPath: '/prod' })).url, { ...keys(TEMPORARY_CREDENTIALS), sigv4_signing_host: ORIGIN, sigv4_origin_path: '/prod' });
    expect(result.codes).toEqual([200]);
    expect(result.failures).toEqual([]);
    expect(result.summary.run.stats.assertions.total).toBe(0);
  });

  it('adds no test to a rejection that is not about SigV4', async () => {
    const result = await run(httpApi.url, { ...keys(LONG_TERM_CREDENTIALS), aws_region: 'us-east-1' }, { name: 'x', request: { method: 'GET', url: '{{baseUrl}}/missing' } });
    expect(result.failures).toEqual([]);
    expect(result.summary.run.stats.assertions.total).toBe(0);
  });
});

describe('with a credential source, the diagnosis names the source, not the key variables', () => {
  let stack: CredentialStack;
  let stale: ContainerCredentialsStandIn;
  let foreign: ContainerCredentialsStandIn;
  let foreignSts: StsStandIn;
  beforeAll(async () => {
    stack = await startCredentialStack({ apiGateway: { stage: 'prod' }, cloudFront: { originPath: '/prod' } });
    stale = await startContainerCredentials({ issuer: stack.issuer, token: stack.config.containerToken, failure: 'stale' });
    // Credentials of an issuer API Gateway does not know: another account's or partition's.
    foreign = await startContainerCredentials({ issuer: createCredentialIssuer(), token: stack.config.containerToken });
    foreignSts = await startSts({ issuer: createCredentialIssuer(), roles: [{ arn: stack.config.roleArn, allowedPrincipals: [STATIC_PRINCIPAL_ARN] }] });
  });
  afterAll(async () => {
    await Promise.all([stale?.close(), foreign?.close(), foreignSts?.close()]);
    await stack?.close();
  });

  const endpoint = (of: ContainerCredentialsStandIn): Variables => ({ ...signingFor(stack), aws_credentials_url: of.url, aws_credentials_token: stack.config.containerToken });
  const GET = { name: 'x', request: { method: 'GET', url: '{{baseUrl}}/items' } };

  async function diagnosis(environment: Variables, item?: object): Promise<string> {
    const issuedBefore = stack.issuer.issued.length;
    const result = await run(stack.cloudFront.url, environment, item);
    // newman 6.2 counts the script's pm.sendRequest (the credential fetch) as a request of the item, and lists it twice.
    expect(result.summary.run.stats.requests.total).toBe(2);
    expect(result.codes.length).toBeGreaterThan(0);
    expect(result.codes.filter((code) => code !== 403)).toEqual([]);
    expect(result.failures).toHaveLength(1);
    // The messages and test entries (the executions hold the request sent, token header included).
    const output = [...result.console, ...result.failures, JSON.stringify(result.summary.run.executions.map((e: any) => e.assertions))].join('\n');
    for (const issued of stack.issuer.issued.slice(issuedBefore)) {
      expect(output).not.toContain(issued.secretAccessKey);
      expect(output).not.toContain(issued.sessionToken);
    }
    expect(output).not.toContain(stack.config.containerToken);
    return result.failures[0];
  }

  it('credentials AWS says expired, though the source gave a later Expiration: the clock or the source', async () => {
    const message = await diagnosis(endpoint(stale));
    expect(message).toBe(
      "SigV4 diagnosis: SigV4: The session token fetched through aws_credentials_url has expired by AWS's clock, although the script fetches new credentials 5 minutes before their Expiration: this computer's clock is behind AWS's (turn on NTP time sync), or aws_credentials_url reports an Expiration later than the credentials' own.",
    );
  });

  it('credentials AWS does not know: the key id sent, and the source to check', async () => {
    const message = await diagnosis(endpoint(foreign));
    expect(message).toMatch(/^SigV4 diagnosis: SigV4: AWS does not recognize the temporary credentials ASIA[A-Z2-7]{16} fetched through aws_credentials_url: check that aws_credentials_url gives credentials of the API's partition and account\.$/);
    expect(message).not.toContain('aws_access_key_id');
  });

  it('an assumed role on top of static keys: the role is named, not the static keys it was assumed with', async () => {
    const { accessKeyId, secretAccessKey } = LONG_TERM_CREDENTIALS;
    const environment = { ...signingFor(stack), aws_access_key_id: accessKeyId, aws_secret_access_key: secretAccessKey, aws_role_arn: stack.config.roleArn, aws_sts_endpoint: foreignSts.url };
    const message = await diagnosis(environment);
    expect(message).toMatch(/^SigV4 diagnosis: SigV4: AWS does not recognize the temporary credentials ASIA[A-Z2-7]{16} fetched through aws_role_arn: check that aws_role_arn gives credentials of the API's partition and account; a token from STS's global endpoint/);
    expect(message).not.toContain(accessKeyId);
  });

  it('a presigned request: the fetched token in the query is compared as sent, not reported as changed', async () => {
    const message = await diagnosis({ ...endpoint(stack.container), sigv4_auth_location: 'query', sigv4_origin_path: '' }, GET);
    expect(message).toContain('set sigv4_origin_path to /prod');
    expect(message).not.toContain('X-Amz-Security-Token');
  });
});
