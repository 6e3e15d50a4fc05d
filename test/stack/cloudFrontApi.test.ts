import {
  CloudFrontClient,
  GetCachePolicyCommand,
  GetDistributionCommand,
  GetDistributionConfigCommand,
  GetOriginAccessControlCommand,
  GetOriginRequestPolicyCommand,
  ListDistributionsCommand,
} from '@aws-sdk/client-cloudfront';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCloudFrontApi, type CloudFrontApiOptions, type CloudFrontApiStandIn } from './cloudFrontApi';
import { LONG_TERM_CREDENTIALS, TEMPORARY_CREDENTIALS, type StackCredential } from './credentials';
import { cacheBehavior, customOrigin, defaultBehavior, distributionConfig, type CloudFrontAccount } from './distributionSetup';
import { MANAGED_CACHE_POLICIES, MANAGED_CACHE_POLICY_IDS, MANAGED_ORIGIN_REQUEST_POLICIES, MANAGED_ORIGIN_REQUEST_POLICY_IDS } from './managedPolicies';

/** The control-plane stand-in, driven by the real AWS SDK client: what it serves is what the SDK parses. */

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const config = distributionConfig({
  aliases: ['api.example.com', '*.apps.example.com'],
  origins: [customOrigin('api', 'abc123defg.execute-api.us-east-1.amazonaws.com', { originPath: '/prod' }), customOrigin('fn', 'abcdefghijklmnopqrstuvwxyz.lambda-url.us-east-1.on.aws', { originAccessControlId: 'E3OACEXAMPLE' })],
  defaultBehavior: defaultBehavior({ targetOriginId: 'api', cachePolicyId: MANAGED_CACHE_POLICY_IDS.CachingDisabled, originRequestPolicyId: MANAGED_ORIGIN_REQUEST_POLICY_IDS.AllViewerExceptHostHeader }),
  behaviors: [
    cacheBehavior('/legacy/*', { targetOriginId: 'api', legacy: { headers: ['Authorization', 'X-Amz-Date'], queryString: true }, allowedMethods: ['GET', 'HEAD'] }),
    cacheBehavior('/fn/*', { targetOriginId: 'fn', cachePolicyId: MANAGED_CACHE_POLICY_IDS.CachingOptimized, viewerRequestFunctions: ['arn:aws:cloudfront::123456789012:function/rewrite'] }),
  ],
  customErrorResponses: [{ ErrorCode: 403, ResponsePagePath: '/index.html', ResponseCode: '200', ErrorCachingMinTTL: 10 }],
});

const account: CloudFrontAccount = {
  accountId: '123456789012',
  distributions: ['EDFDVBD6EXAMPLE', 'E1BCDEFGEXAMPL', 'E2CDEFGHEXAMPL', 'E3DEFGHIEXAMPL', 'E4EFGHIJEXAMPL'].map((id, index) => ({ id, domainName: `d${index}11111abcdef8.cloudfront.net`, config })),
  originAccessControls: { E3OACEXAMPLE: { Name: 'lambda-oac', Description: '', SigningProtocol: 'sigv4', SigningBehavior: 'always', OriginAccessControlOriginType: 'lambda' } },
};

const standIns: CloudFrontApiStandIn[] = [];
let api: CloudFrontApiStandIn;
beforeAll(async () => {
  api = await start({});
});
afterAll(async () => {
  await Promise.all(standIns.map((standIn) => standIn.close()));
});

async function start(options: Partial<CloudFrontApiOptions>): Promise<CloudFrontApiStandIn> {
  const standIn = await startCloudFrontApi({ account, ...options });
  standIns.push(standIn);
  return standIn;
}

/** The SDK mutates the credentials it is given ($source): a copy each time. */
const client = (standIn: CloudFrontApiStandIn, region = 'us-east-1', credential: StackCredential = LONG_TERM_CREDENTIALS) =>
  new CloudFrontClient({ region, endpoint: standIn.url, credentials: { ...credential }, maxAttempts: 3 });

async function failure(promise: Promise<unknown>): Promise<{ name: string; message: string; status?: number }> {
  try {
    await promise;
  } catch (error) {
    const sdkError = error as { name: string; message: string; $metadata?: { httpStatusCode?: number } };
    return { name: sdkError.name, message: sdkError.message, status: sdkError.$metadata?.httpStatusCode };
  }
  throw new Error('the call succeeded');
}

describe('CloudFront control-plane stand-in, read by @aws-sdk/client-cloudfront', () => {
  it('ListDistributions in pages of two, chained by NextMarker, whatever MaxItems asks', async () => {
    const ids: string[] = [];
    const markers: Array<string | undefined> = [];
    let marker: string | undefined;
    for (let page = 0; page < 10; page++) {
      const list = (await client(api).send(new ListDistributionsCommand({ Marker: marker, MaxItems: 100 }))).DistributionList;
      expect(list?.Quantity).toBe(list?.Items?.length);
      expect(list?.Items?.length).toBeLessThanOrEqual(2);
      ids.push(...(list?.Items ?? []).map((item) => item.Id as string));
      markers.push(list?.NextMarker);
      if (!list?.IsTruncated) break;
      marker = list.NextMarker;
    }
    expect(ids).toEqual(account.distributions.map((distribution) => distribution.id));
    expect(markers).toEqual(['E1BCDEFGEXAMPL', 'E3DEFGHIEXAMPL', undefined]);
  });

  it('a summary carries the ARN, the domain name and the aliases', async () => {
    const summary = (await client(api).send(new ListDistributionsCommand({}))).DistributionList?.Items?.[0];
    expect(summary).toMatchObject({ Id: 'EDFDVBD6EXAMPLE', ARN: 'arn:aws:cloudfront::123456789012:distribution/EDFDVBD6EXAMPLE', DomainName: 'd011111abcdef8.cloudfront.net', Status: 'Deployed' });
    expect(summary?.Aliases).toEqual(config.Aliases);
  });

  it('GetDistribution and GetDistributionConfig give back the configuration as given, every list and member in place', async () => {
    const distribution = await client(api).send(new GetDistributionCommand({ Id: 'E2CDEFGHEXAMPL' }));
    expect(distribution.Distribution).toMatchObject({ Id: 'E2CDEFGHEXAMPL', DomainName: 'd211111abcdef8.cloudfront.net', ARN: 'arn:aws:cloudfront::123456789012:distribution/E2CDEFGHEXAMPL' });
    expect(distribution.Distribution?.DistributionConfig).toEqual(config);
    expect(distribution.ETag).toMatch(/^E[0-9A-Z]{13}$/);
    const configOnly = await client(api).send(new GetDistributionConfigCommand({ Id: 'E2CDEFGHEXAMPL' }));
    expect(configOnly.DistributionConfig).toEqual(config);
    expect(configOnly.ETag).toBe(distribution.ETag);
  });

  it('serves every managed cache and origin request policy by its real id, with its contents', async () => {
    for (const id of Object.values(MANAGED_CACHE_POLICY_IDS)) {
      const policy = (await client(api).send(new GetCachePolicyCommand({ Id: id }))).CachePolicy;
      expect(policy?.Id).toBe(id);
      expect(policy?.CachePolicyConfig).toEqual(MANAGED_CACHE_POLICIES[id]);
    }
    for (const id of Object.values(MANAGED_ORIGIN_REQUEST_POLICY_IDS)) {
      const policy = (await client(api).send(new GetOriginRequestPolicyCommand({ Id: id }))).OriginRequestPolicy;
      expect(policy?.OriginRequestPolicyConfig).toEqual(MANAGED_ORIGIN_REQUEST_POLICIES[id]);
    }
    const allViewerExceptHost = MANAGED_ORIGIN_REQUEST_POLICIES[MANAGED_ORIGIN_REQUEST_POLICY_IDS.AllViewerExceptHostHeader];
    expect(allViewerExceptHost.HeadersConfig).toEqual({ HeaderBehavior: 'allExcept', Headers: { Quantity: 1, Items: ['host'] } });
    expect(MANAGED_CACHE_POLICIES[MANAGED_CACHE_POLICY_IDS.CachingDisabled]).toMatchObject({ Name: 'Managed-CachingDisabled', MinTTL: 0, DefaultTTL: 0, MaxTTL: 0 });
  });

  it('GetOriginAccessControl', async () => {
    const control = await client(api).send(new GetOriginAccessControlCommand({ Id: 'E3OACEXAMPLE' }));
    expect(control.OriginAccessControl?.OriginAccessControlConfig).toEqual(account.originAccessControls?.E3OACEXAMPLE);
  });

  it('unknown ids: the NoSuch* errors, 404', async () => {
    expect(await failure(client(api).send(new GetDistributionCommand({ Id: 'ENOSUCHEXAMPLE' })))).toEqual({ name: 'NoSuchDistribution', message: 'The specified distribution does not exist.', status: 404 });
    expect((await failure(client(api).send(new GetCachePolicyCommand({ Id: 'no-such-policy' })))).name).toBe('NoSuchCachePolicy');
    expect((await failure(client(api).send(new GetOriginRequestPolicyCommand({ Id: 'no-such-policy' })))).name).toBe('NoSuchOriginRequestPolicy');
    expect((await failure(client(api).send(new GetOriginAccessControlCommand({ Id: 'ENOSUCH' })))).name).toBe('NoSuchOriginAccessControl');
  });
});

describe('its SigV4 check', () => {
  it('accepts temporary credentials signed for us-east-1/cloudfront', async () => {
    const regions = api.signingRegions.length;
    await client(api, 'us-east-1', TEMPORARY_CREDENTIALS).send(new GetDistributionCommand({ Id: 'EDFDVBD6EXAMPLE' }));
    expect(api.signingRegions.slice(regions)).toEqual(['us-east-1']);
  });

  it('refuses a call signed for another region, as CloudFront\'s global endpoint does', async () => {
    expect(await failure(client(api, 'eu-west-1').send(new GetDistributionCommand({ Id: 'EDFDVBD6EXAMPLE' })))).toEqual({
      name: 'SignatureDoesNotMatch',
      message: "Credential should be scoped to a valid region, not 'eu-west-1'. ",
      status: 403,
    });
  });

  it('refuses a wrong secret key and an unknown key id', async () => {
    const wrongSecret = { ...LONG_TERM_CREDENTIALS, secretAccessKey: 'not-the-secret-key-of-this-user-EXAMPLEKEY' };
    expect((await failure(client(api, 'us-east-1', wrongSecret).send(new GetDistributionCommand({ Id: 'EDFDVBD6EXAMPLE' })))).name).toBe('SignatureDoesNotMatch');
    const unknown = { accessKeyId: 'AKIAUNKNOWNEXAMPLE00', secretAccessKey: 'x' };
    expect((await failure(client(api, 'us-east-1', unknown).send(new GetDistributionCommand({ Id: 'EDFDVBD6EXAMPLE' })))).name).toBe('InvalidClientTokenId');
  });
});

describe('failures on demand', () => {
  it('AccessDenied in IAM\'s words, naming the action', async () => {
    const denied = await start({ accessDenied: ['ListDistributions'] });
    expect(await failure(client(denied).send(new ListDistributionsCommand({})))).toEqual({
      name: 'AccessDenied',
      message:
        'User: arn:aws:iam::123456789012:user/stack-user is not authorized to perform: cloudfront:ListDistributions on resource: arn:aws:cloudfront::123456789012:* because no identity-based policy allows the cloudfront:ListDistributions action',
      status: 403,
    });
    await client(denied).send(new GetDistributionCommand({ Id: 'EDFDVBD6EXAMPLE' }));
  });

  it('Throttling: the SDK retries and gets the answer once the throttling stops', async () => {
    const throttled = await start({ throttle: { times: 2 } });
    const distribution = await client(throttled).send(new GetDistributionCommand({ Id: 'EDFDVBD6EXAMPLE' }));
    expect(distribution.Distribution?.Id).toBe('EDFDVBD6EXAMPLE');
    expect(throttled.calls.GetDistribution).toBe(3);
  });

  it('Throttling that lasts: the SDK gives up after its attempts, with CloudFront\'s error', async () => {
    const throttled = await start({ throttle: { times: 100 } });
    expect(await failure(client(throttled).send(new GetDistributionCommand({ Id: 'EDFDVBD6EXAMPLE' })))).toEqual({ name: 'Throttling', message: 'Rate exceeded', status: 400 });
    expect(throttled.calls.GetDistribution).toBe(3);
  });
});
