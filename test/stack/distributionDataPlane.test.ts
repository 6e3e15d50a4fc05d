import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiGateway, type ApiGatewayStandIn, type RecordedRequest } from './apiGateway';
import { startCloudFront, type CloudFrontOptions, type CloudFrontStandIn } from './cloudFront';
import { prefixUri } from './cloudFrontFunctions';
import { cacheBehavior, customOrigin, defaultBehavior, distributionConfig, type BehaviorSettings, type CloudFrontAccount } from './distributionSetup';
import { ownErrorReason } from './cloudFrontPages';
import { CLOUDFRONT_OAC_CREDENTIALS, DEFAULT_CREDENTIALS } from './credentials';
import { SINGLE_PAGE_APP_INDEX } from './customErrorResponses';
import { distributionOptions, NotModelled, startDistribution } from './distributionDataPlane';
import { cachePolicyConfig, MANAGED_CACHE_POLICY_IDS, MANAGED_ORIGIN_REQUEST_POLICY_IDS } from './managedPolicies';
import { headerValues, type HeaderPair } from './rawRequest';
import { startSignedService, type SignedServiceStandIn } from './signedService';
import { sendRaw, type Pair } from './testClient';

/**
 * The data-plane stand-in's options for doctor's matrix (the viewer's Host, a header allowlist, a
 * viewer-request function), the API Gateway stand-in's Host check, and startDistribution, which
 * configures the data plane from a distribution configuration by its own model: policies, legacy
 * settings, ordered behaviors, allowed methods, origin access control and custom error responses.
 */

const API = 'abc123defg.execute-api.us-east-1.amazonaws.com';
let apiGateway: ApiGatewayStandIn;
let other: ApiGatewayStandIn;
let functionUrl: SignedServiceStandIn;
const started: CloudFrontStandIn[] = [];
beforeAll(async () => {
  apiGateway = await startApiGateway({ apiId: 'abc123defg' });
  other = await startApiGateway({ apiId: 'zyx987wvut' });
  functionUrl = await startSignedService({ service: 'lambda', credentials: [CLOUDFRONT_OAC_CREDENTIALS, ...DEFAULT_CREDENTIALS] });
});
afterAll(async () => {
  await Promise.all(started.map((standIn) => standIn.close()));
  await apiGateway.close();
  await other.close();
  await functionUrl.close();
});

const VIEWER_HEADERS: Pair[] = [
  ['Authorization', 'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261203/us-east-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature=0000'],
  ['X-Amz-Date', '20261203T120000Z'],
  ['X-Amz-Security-Token', 'token'],
  ['Content-Type', 'application/json'],
  ['Accept', 'application/json'],
];

/** Sends one request through the stand-in and returns what the origin received. */
async function arrived(cloudFront: CloudFrontStandIn, target = '/pets?type=dog', host = `127.0.0.1:${cloudFront.port}`, origin: { requests: RecordedRequest[] } = apiGateway) {
  const before = origin.requests.length;
  const response = await sendRaw(cloudFront.port, { method: 'POST', target, headers: [['Host', host], ...VIEWER_HEADERS], body: '{"name":"Rex"}' });
  const received = origin.requests[before];
  return { response, received, header: (name: string) => (received ? headerValues(received.rawHeaders as HeaderPair[], name) : []) };
}

async function cloudFrontWith(options: Omit<CloudFrontOptions, 'origin'>): Promise<CloudFrontStandIn> {
  const standIn = await startCloudFront({ origin: { url: apiGateway.url, domain: API }, ...options });
  started.push(standIn);
  return standIn;
}

describe('CloudFront stand-in options', () => {
  it('forwardViewerHost sends the viewer\'s Host instead of the origin domain', async () => {
    const viewerHost = await arrived(await cloudFrontWith({ forwardViewerHost: true }));
    expect(viewerHost.header('host')).toEqual([`127.0.0.1:${started[started.length - 1].port}`]);
    expect((await arrived(await cloudFrontWith({}))).header('host')).toEqual([API]);
  });

  it('forwardedHeaders: only the listed viewer headers and the body\'s framing reach the origin', async () => {
    const { header, received } = await arrived(await cloudFrontWith({ forwardedHeaders: ['authorization'] }));
    expect(header('authorization')).toHaveLength(1);
    expect(header('x-amz-date')).toEqual([]);
    expect(header('x-amz-security-token')).toEqual([]);
    expect(header('accept')).toEqual([]);
    expect(header('content-type')).toEqual(['application/json']);
    expect(received?.body.toString()).toBe('{"name":"Rex"}');
  });

  it('viewerRequestFunction rewrites the URI before the origin path is put in front', async () => {
    const { received } = await arrived(await cloudFrontWith({ originPath: '/prod', viewerRequestFunction: prefixUri('/v1') }));
    expect(received?.url).toBe('/prod/v1/pets?type=dog');
  });
});

describe('API Gateway stand-in hostNames', () => {
  it('answers 403 Forbidden for a Host it does not serve, port aside', async () => {
    const routed = await startApiGateway({ hostNames: [API] });
    try {
      const wrong = await sendRaw(routed.port, { method: 'GET', target: '/pets', headers: [['Host', 'd111111abcdef8.cloudfront.net']] });
      expect(wrong.status).toBe(403);
      expect(JSON.parse(wrong.body)).toEqual({ message: 'Forbidden' });
      expect(wrong.headers['x-amzn-errortype']).toBe('ForbiddenException');
      const right = await sendRaw(routed.port, { method: 'GET', target: '/pets', headers: [['Host', `${API}:443`]] });
      expect(JSON.parse(right.body)).toEqual({ message: 'Missing Authentication Token' });
    } finally {
      await routed.close();
    }
  });
});

describe('startDistribution: the data plane configured from a distribution configuration', () => {
  const CACHING_DISABLED = MANAGED_CACHE_POLICY_IDS.CachingDisabled;
  const account = (behavior: Omit<BehaviorSettings, 'targetOriginId'>, extra: Partial<CloudFrontAccount> = {}, more: Record<string, unknown> = {}): CloudFrontAccount => ({
    accountId: '123456789012',
    distributions: [
      {
        id: 'E2QWRUHEXAMPLE',
        domainName: 'd111111abcdef8.cloudfront.net',
        config: {
          ...distributionConfig({ origins: [customOrigin('api', API, { originPath: '' }), customOrigin('other', 'zyx987wvut.execute-api.us-east-1.amazonaws.com')], defaultBehavior: defaultBehavior({ targetOriginId: 'api', ...behavior }) }),
          ...more,
        },
      },
    ],
    ...extra,
  });
  const start = async (config: CloudFrontAccount) => {
    const standIn = await startDistribution({ account: config, distributionId: 'E2QWRUHEXAMPLE', origins: { api: apiGateway.url, other: other.url } });
    started.push(standIn);
    return standIn;
  };

  it('a cache policy naming Authorization and no origin request policy: Authorization arrives, X-Amz-Date does not, the query as the policy says', async () => {
    const cachePolicies = { auth: cachePolicyConfig({ name: 'auth', ttl: { min: 0, default: 0, max: 1 }, headers: ['Authorization'], queryStrings: ['type'] }) };
    const { header, received } = await arrived(await start(account({ cachePolicyId: 'auth' }, { cachePolicies })), '/pets?type=dog&page=2');
    expect(header('authorization')).toHaveLength(1);
    expect(header('x-amz-date')).toEqual([]);
    expect(received?.url).toBe('/pets?type=dog');
  });

  it('AllViewer with caching off: every header, Host included; AllViewerExceptHostHeader: the origin domain', async () => {
    const allViewer = await start(account({ cachePolicyId: CACHING_DISABLED, originRequestPolicyId: MANAGED_ORIGIN_REQUEST_POLICY_IDS.AllViewer }));
    const viaAllViewer = await arrived(allViewer);
    expect(viaAllViewer.header('host')).toEqual([`127.0.0.1:${allViewer.port}`]);
    expect(viaAllViewer.header('x-amz-date')).toEqual(['20261203T120000Z']);
    const exceptHost = await arrived(await start(account({ cachePolicyId: CACHING_DISABLED, originRequestPolicyId: MANAGED_ORIGIN_REQUEST_POLICY_IDS.AllViewerExceptHostHeader })));
    expect(exceptHost.header('host')).toEqual([API]);
    expect(exceptHost.header('authorization')).toHaveLength(1);
  });

  it('legacy settings: Authorization only when named, query strings all or none', async () => {
    const named = await arrived(await start(account({ legacy: { headers: ['Authorization'], queryString: false } })));
    expect(named.header('authorization')).toHaveLength(1);
    expect(named.header('x-amz-date')).toEqual(['20261203T120000Z']);
    expect(named.received?.url).toBe('/pets');
    const none = await arrived(await start(account({ legacy: { headers: [], queryString: true } })));
    expect(none.header('authorization')).toEqual([]);
    expect(none.received?.url).toBe('/pets?type=dog');
  });

  it('ordered behaviors send a path to the first matching behavior\'s origin, the rest to the default', async () => {
    const routed = account({ cachePolicyId: CACHING_DISABLED, originRequestPolicyId: MANAGED_ORIGIN_REQUEST_POLICY_IDS.AllViewerExceptHostHeader });
    routed.distributions[0].config.CacheBehaviors = {
      Quantity: 1,
      Items: [cacheBehavior('/other/*', { targetOriginId: 'other', cachePolicyId: CACHING_DISABLED, originRequestPolicyId: MANAGED_ORIGIN_REQUEST_POLICY_IDS.AllViewerExceptHostHeader })],
    };
    const cloudFront = await start(routed);
    expect((await arrived(cloudFront, '/other/pets', undefined, other)).received?.url).toBe('/other/pets');
    expect((await arrived(cloudFront, '/pets')).received?.url).toBe('/pets');
  });

  const withOac = (control: Record<string, string>) => {
    const config = account({ cachePolicyId: CACHING_DISABLED, originRequestPolicyId: MANAGED_ORIGIN_REQUEST_POLICY_IDS.AllViewerExceptHostHeader }, {
      originAccessControls: { E1OAC: { Name: 'fn-oac', SigningProtocol: 'sigv4', SigningBehavior: 'always', OriginAccessControlOriginType: 'lambda', ...control } as never },
    });
    const origins = config.distributions[0].config.Origins?.Items ?? [];
    origins[0].OriginAccessControlId = 'E1OAC';
    origins[0].DomainName = functionUrl.domain;
    return config;
  };
  const startFunctionUrl = async (config: CloudFrontAccount) => {
    const standIn = await startDistribution({ account: config, distributionId: 'E2QWRUHEXAMPLE', origins: { api: functionUrl.url, other: other.url } });
    started.push(standIn);
    return standIn;
  };

  it("an origin's OAC (lambda, always) signs with CloudFront's own key over the viewer's; no-override passes the viewer's Authorization; never signs nothing", async () => {
    const always = await arrived(await startFunctionUrl(withOac({})), '/pets', undefined, functionUrl);
    expect(always.header('authorization')[0]).toContain(`Credential=${CLOUDFRONT_OAC_CREDENTIALS.accessKeyId}/`);
    expect(always.header('authorization')[0]).toContain('/lambda/aws4_request');
    const noOverride = await arrived(await startFunctionUrl(withOac({ SigningBehavior: 'no-override' })), '/pets', undefined, functionUrl);
    expect(noOverride.header('authorization')).toEqual([VIEWER_HEADERS[0][1]]);
    const never = await arrived(await startFunctionUrl(withOac({ SigningBehavior: 'never' })), '/pets', undefined, functionUrl);
    expect(never.header('authorization')).toEqual([VIEWER_HEADERS[0][1]]);
  });

  it("CustomErrorResponses: the origin's 403 becomes the page and status they name, a ResponseCode of '' keeps the origin's status", async () => {
    const responses = (items: object[]) => account({ cachePolicyId: CACHING_DISABLED }, {}, { CustomErrorResponses: { Quantity: items.length, Items: items } });
    // Without an origin request policy Authorization is not forwarded: the API Gateway stand-in answers 403.
    const spa = await arrived(await start(responses([{ ErrorCode: 403, ResponsePagePath: '/index.html', ResponseCode: '200', ErrorCachingMinTTL: 10 }])));
    expect(spa.response.status).toBe(200);
    expect(spa.response.body).toBe(SINGLE_PAGE_APP_INDEX);
    expect(spa.response.headers['x-cache']).toBe('Error from cloudfront');
    const withPage = responses([{ ErrorCode: 403, ResponsePagePath: '/errors/403.html', ResponseCode: '' }]);
    withPage.distributions[0].errorPages = { '/errors/403.html': '<html><body>Access denied</body></html>' };
    const kept = await arrived(await start(withPage));
    expect(kept.response.status).toBe(403);
    expect(kept.response.body).toBe('<html><body>Access denied</body></html>');
    const cachingOnly = await arrived(await start(responses([{ ErrorCode: 403, ResponsePagePath: '', ResponseCode: '', ErrorCachingMinTTL: 0 }])));
    expect(cachingOnly.response.status).toBe(403);
    expect(JSON.parse(cachingOnly.response.body)).toEqual({ message: 'Missing Authentication Token' });
  });

  it("AllowedMethods GET, HEAD: a POST gets CloudFront's own 403 page and never reaches the origin; a GET does", async () => {
    const cloudFront = await start(account({ cachePolicyId: CACHING_DISABLED, allowedMethods: ['GET', 'HEAD'] }));
    const refused = await arrived(cloudFront);
    expect(refused.received).toBeUndefined();
    expect(refused.response.status).toBe(403);
    expect(refused.response.body).toContain(`<HR noshade size="1px">\n${ownErrorReason('method-not-allowed')}\n`);
    expect(refused.response.headers['x-cache']).toBe('Error from cloudfront');
    const before = apiGateway.requests.length;
    await sendRaw(cloudFront.port, { method: 'GET', target: '/pets', headers: [['Host', cloudFront.domain]] });
    expect(apiGateway.requests.length).toBe(before + 1);
    await expect(start(account({ cachePolicyId: CACHING_DISABLED, allowedMethods: ['GET', 'POST'] }))).rejects.toThrow(/CloudFront offers only GET, HEAD \| GET, HEAD, OPTIONS \| /);
  });

  it('distributionOptions: the settings of a one-behavior distribution without its origin\'s address; refused with ordered behaviors', () => {
    const config = withOac({ SigningBehavior: 'no-override' });
    const { originDomain, settings } = distributionOptions(config, 'E2QWRUHEXAMPLE');
    expect(originDomain).toBe(functionUrl.domain);
    expect(settings.originAccessControl).toEqual({ originType: 'lambda', signingBehavior: 'no-override', credentials: CLOUDFRONT_OAC_CREDENTIALS });
    expect(settings).not.toHaveProperty('origin');
    config.distributions[0].config.CacheBehaviors = { Quantity: 1, Items: [cacheBehavior('/other/*', { targetOriginId: 'other', cachePolicyId: CACHING_DISABLED })] };
    expect(() => distributionOptions(config, 'E2QWRUHEXAMPLE')).toThrow(/ordered cache behaviors/);
  });

  it('refuses what it has no model of, rather than guess', async () => {
    await expect(startFunctionUrl(withOac({ OriginAccessControlOriginType: 's3' }))).rejects.toThrow(/no model of origin access control for a s3 origin/);
    await expect(startFunctionUrl(withOac({ SigningProtocol: 'sigv4a' }))).rejects.toThrow(NotModelled);
    await expect(startFunctionUrl(withOac({ SigningBehavior: 'always-amz-auth' }))).rejects.toThrow(/signing behavior always-amz-auth/);
    await expect(start(account({ cachePolicyId: MANAGED_CACHE_POLICY_IDS.CachingOptimized, originRequestPolicyId: MANAGED_ORIGIN_REQUEST_POLICY_IDS.AllViewer }))).rejects.toThrow(/caching on/);
  });
});
