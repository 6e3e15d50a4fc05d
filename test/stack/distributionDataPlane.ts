/**
 * Starts the data-plane CloudFront stand-in (cloudFront.ts) for one distribution of a
 * CloudFrontAccount, configured from the same objects the control-plane stand-in serves
 * (cloudFrontApi.ts). The translation is the stand-in's own simple model of CloudFront, written
 * apart from src/cloudfront (doctor's judgement): a test that compares the two would prove
 * nothing if one were computed from the other. Where CloudFront's behaviour is not documented, or
 * the stand-in has no model of a setting, the translation refuses the configuration.
 *
 * Model (sources in src/cloudfront/forwarding.ts and cloudFrontRequest.ts):
 * - legacy settings: Authorization and Host only when named (or `*`); other headers as
 *   cloudFrontRequest.ts forwards them; query strings all or none;
 * - policies: the cache policy's and origin request policy's header lists are the only headers
 *   forwarded; an all-viewer origin request policy forwards all (Host unless it is excluded), and
 *   Authorization then only with caching off; query strings: the union of both policies;
 * - behaviors: the first ordered behavior whose pattern matches the raw path, else the default;
 *   each answers a method outside its AllowedMethods with CloudFront's own 403 page;
 * - origin access control: CloudFront signs for a Lambda function URL origin (always, no-override);
 * - custom error responses: the distribution's, with the pages of the setup's errorPages.
 */
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { CacheBehavior, CachePolicyConfig, DefaultCacheBehavior, Origin, OriginRequestPolicyConfig } from '@aws-sdk/client-cloudfront';
import { startCloudFront, type CloudFrontOptions, type CloudFrontStandIn } from './cloudFront';
import type { QueryStringPolicy } from './cloudFrontRequest';
import { CLOUDFRONT_OAC_CREDENTIALS } from './credentials';
import type { CustomErrorResponse } from './customErrorResponses';
import type { CloudFrontAccount, DistributionSetup } from './distributionSetup';
import { MANAGED_CACHE_POLICIES, MANAGED_ORIGIN_REQUEST_POLICIES } from './managedPolicies';
import { flattenHeaders, pairUp } from './rawRequest';
import { serveOnLoopback } from './server';

/** Where each origin of the distribution really listens (a loopback stand-in), by origin id. */
export type OriginEndpoints = Record<string, string | { url: string; domain: string }>;

export interface DataPlaneOptions {
  account: CloudFrontAccount;
  distributionId: string;
  origins: OriginEndpoints;
  maxLifetimeMs?: number;
}

/** A setting the stand-in cannot reproduce faithfully: the test must not rely on a guess. */
export class NotModelled extends Error {
  constructor(what: string) {
    super(`the CloudFront data-plane stand-in has no model of ${what}`);
    this.name = 'NotModelled';
  }
}

type Behavior = CacheBehavior | DefaultCacheBehavior;
type HeaderOptions = Pick<CloudFrontOptions, 'forwardAllViewerHeaders' | 'forwardViewerHost' | 'forwardedHeaders'>;

const lower = (names: string[] | undefined) => (names ?? []).map((name) => name.toLowerCase());

function legacyHeaders(behavior: Behavior): HeaderOptions {
  const named = lower(behavior.ForwardedValues?.Headers?.Items);
  const all = named.indexOf('*') >= 0;
  return { forwardViewerHost: all || named.indexOf('host') >= 0, forwardAllViewerHeaders: all || named.indexOf('authorization') >= 0 };
}

function policyHeaders(cachePolicy: CachePolicyConfig, originRequestPolicy: OriginRequestPolicyConfig | undefined): HeaderOptions {
  const keyed = cachePolicy.ParametersInCacheKeyAndForwardedToOrigin?.HeadersConfig;
  const cacheNames = keyed?.HeaderBehavior === 'whitelist' ? lower(keyed.Headers?.Items) : [];
  const origin = originRequestPolicy?.HeadersConfig;
  const behavior = origin?.HeaderBehavior ?? 'none';
  if (behavior === 'none' || behavior === 'whitelist') {
    const names = cacheNames.concat(behavior === 'whitelist' ? lower(origin?.Headers?.Items) : []);
    return { forwardedHeaders: names, forwardViewerHost: names.indexOf('host') >= 0 };
  }
  const excluded = behavior === 'allExcept' ? lower(origin?.Headers?.Items) : [];
  if (excluded.some((name) => name !== 'host')) throw new NotModelled(`an origin request policy that leaves out ${excluded.join(', ')}`);
  const cachingOff = cachePolicy.MaxTTL === 0;
  if (cacheNames.indexOf('authorization') < 0 && !cachingOff) throw new NotModelled('Authorization under an all-viewer origin request policy with caching on (AWS does not document it)');
  return { forwardAllViewerHeaders: true, forwardViewerHost: excluded.indexOf('host') < 0 };
}

function policyQueryStrings(cachePolicy: CachePolicyConfig, originRequestPolicy: OriginRequestPolicyConfig | undefined): QueryStringPolicy {
  const configs = [cachePolicy.ParametersInCacheKeyAndForwardedToOrigin?.QueryStringsConfig, originRequestPolicy?.QueryStringsConfig];
  const names: string[] = [];
  for (const config of configs) {
    const behavior = config?.QueryStringBehavior ?? 'none';
    if (behavior === 'all') return 'all';
    if (behavior === 'allExcept') throw new NotModelled('query strings allExcept');
    if (behavior === 'whitelist') names.push(...(config?.QueryStrings?.Items ?? []));
  }
  return names.length === 0 ? 'none' : names;
}

function policyOf<T>(table: Record<string, T> | undefined, managed: Record<string, T>, id: string): T {
  const policy = table?.[id] ?? managed[id];
  if (!policy) throw new Error(`the account has no policy ${id}`);
  return policy;
}

/**
 * The origin access control of an origin, as the stand-in models it: CloudFront signs for a Lambda
 * function URL origin with its own credentials (originAccessControl.ts), signing behavior
 * `always` or `no-override`; `never` turns it off ("This value turns off origin access control":
 * CloudFront API reference, OriginAccessControlConfig). Other origin types, SigV4a and
 * `always-amz-auth` are refused.
 */
function originAccessControlOptions(account: CloudFrontAccount, origin: Origin): Pick<CloudFrontOptions, 'originAccessControl'> {
  if (!origin.OriginAccessControlId) return {};
  const control = account.originAccessControls?.[origin.OriginAccessControlId];
  if (!control) throw new Error(`the account has no origin access control ${origin.OriginAccessControlId}`);
  if (control.SigningBehavior === 'never') return {};
  if (control.OriginAccessControlOriginType !== 'lambda') throw new NotModelled(`origin access control for a ${control.OriginAccessControlOriginType} origin`);
  if (control.SigningProtocol !== 'sigv4') throw new NotModelled(`origin access control signing with ${control.SigningProtocol}`);
  const signingBehavior = control.SigningBehavior;
  if (signingBehavior !== 'always' && signingBehavior !== 'no-override') throw new NotModelled(`origin access control signing behavior ${signingBehavior}`);
  return { originAccessControl: { originType: 'lambda', signingBehavior, credentials: CLOUDFRONT_OAC_CREDENTIALS } };
}

/**
 * The distribution's custom error responses in the stand-in's shape. The API gives ResponseCode as
 * text and '' (like ResponsePagePath '') for none; the pages come from the setup's errorPages.
 */
function customErrorResponseOptions(setup: DistributionSetup): Pick<CloudFrontOptions, 'customErrorResponses' | 'errorPages'> {
  const items = setup.config.CustomErrorResponses?.Items ?? [];
  if (items.length === 0) return {};
  const customErrorResponses = items.map((item): CustomErrorResponse => ({
    errorCode: item.ErrorCode ?? 0,
    ...(item.ResponseCode ? { responseCode: Number(item.ResponseCode) } : {}),
    ...(item.ResponsePagePath ? { responsePagePath: item.ResponsePagePath } : {}),
    ...(item.ErrorCachingMinTTL !== undefined ? { errorCachingMinTTL: item.ErrorCachingMinTTL } : {}),
  }));
  return { customErrorResponses, ...(setup.errorPages ? { errorPages: setup.errorPages } : {}) };
}

/** What a behavior makes of the requests to its origin: everything but where that origin listens. */
function behaviorSettings(account: CloudFrontAccount, setup: DistributionSetup, behavior: Behavior): { origin: Origin; settings: Omit<CloudFrontOptions, 'origin'> } {
  const { config } = setup;
  const origin = (config.Origins?.Items ?? []).find((candidate) => candidate.Id === behavior.TargetOriginId);
  if (!origin) throw new NotModelled(`target ${behavior.TargetOriginId}, which is no origin of the distribution (origin groups)`);
  if ((behavior.LambdaFunctionAssociations?.Items ?? []).length > 0) throw new NotModelled('Lambda@Edge');
  const functions = (behavior.FunctionAssociations?.Items ?? []).filter((association) => association.EventType === 'viewer-request');
  if (functions.length > 1) throw new NotModelled('more than one viewer-request function');
  const viewerRequestFunction = functions.length ? setup.functions?.[functions[0].FunctionARN ?? ''] : undefined;
  if (functions.length && !viewerRequestFunction) throw new Error(`no code given for the function ${functions[0].FunctionARN}`);

  let headers: HeaderOptions;
  let queryStrings: QueryStringPolicy;
  if (behavior.CachePolicyId) {
    const cachePolicy = policyOf(account.cachePolicies, MANAGED_CACHE_POLICIES, behavior.CachePolicyId);
    const originRequestPolicy = behavior.OriginRequestPolicyId
      ? policyOf(account.originRequestPolicies, MANAGED_ORIGIN_REQUEST_POLICIES, behavior.OriginRequestPolicyId)
      : undefined;
    headers = policyHeaders(cachePolicy, originRequestPolicy);
    queryStrings = policyQueryStrings(cachePolicy, originRequestPolicy);
  } else {
    headers = legacyHeaders(behavior);
    queryStrings = behavior.ForwardedValues?.QueryString ? 'all' : 'none';
  }
  const allowedMethods = behavior.AllowedMethods?.Items;
  return {
    origin,
    settings: {
      originDomain: origin.DomainName,
      originPath: origin.OriginPath ?? '',
      ...headers,
      queryStrings,
      viewerRequestFunction,
      domain: setup.domainName,
      ...((config.Aliases?.Items ?? []).length ? { alternateDomainNames: config.Aliases?.Items } : {}),
      ...(allowedMethods && allowedMethods.length ? { allowedMethods } : {}),
      ...originAccessControlOptions(account, origin),
      ...customErrorResponseOptions(setup),
    },
  };
}

function setupOf(account: CloudFrontAccount, distributionId: string): DistributionSetup {
  const setup = account.distributions.find((distribution) => distribution.id === distributionId);
  if (!setup) throw new Error(`no distribution ${distributionId}`);
  if (!setup.config.DefaultCacheBehavior) throw new Error('no DefaultCacheBehavior');
  return setup;
}

/**
 * The stand-in's options for a distribution with a default behavior only, without its origin's
 * address: for callers that start the origin and the stand-in together (the stack's startStack,
 * startCredentialStack, startLambdaOacStack), which then add it.
 */
export function distributionOptions(account: CloudFrontAccount, distributionId: string): { originDomain: string; settings: Omit<CloudFrontOptions, 'origin'> } {
  const setup = setupOf(account, distributionId);
  if ((setup.config.CacheBehaviors?.Items ?? []).length > 0) throw new Error(`distribution ${distributionId} has ordered cache behaviors: start it with startDistribution`);
  const { origin, settings } = behaviorSettings(account, setup, setup.config.DefaultCacheBehavior as Behavior);
  return { originDomain: origin.DomainName ?? '', settings };
}

function behaviorOptions(account: CloudFrontAccount, setup: DistributionSetup, behavior: Behavior, origins: OriginEndpoints): CloudFrontOptions {
  const { origin, settings } = behaviorSettings(account, setup, behavior);
  const endpoint = origins[origin.Id ?? ''];
  if (!endpoint) throw new Error(`no endpoint given for origin ${origin.Id}`);
  return { ...settings, origin: typeof endpoint === 'string' ? { url: endpoint, domain: origin.DomainName ?? '' } : endpoint };
}

/** The stand-in's own path-pattern rule: `*` any run of characters, `?` one, the leading `/` optional. */
function matches(pattern: string, path: string): boolean {
  const withSlash = pattern.startsWith('/') || pattern.startsWith('*') ? pattern : `/${pattern}`;
  const regex = withSlash.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${regex}$`, 's').test(path);
}

/** The distribution's configured data plane: one stand-in per behavior, and a router in front when there are several. */
export async function startDistribution(options: DataPlaneOptions): Promise<CloudFrontStandIn> {
  const setup = setupOf(options.account, options.distributionId);
  const { config } = setup;
  const ordered = config.CacheBehaviors?.Items ?? [];
  const behaviors: Behavior[] = [...ordered, config.DefaultCacheBehavior as Behavior];
  const routed = behaviors.length > 1;
  const optionsOf = behaviors.map((behavior) => {
    const settings = behaviorOptions(options.account, setup, behavior, options.origins);
    // Behind the router, the viewer's Host may be the router's loopback address.
    const names = settings.alternateDomainNames && routed ? [...settings.alternateDomainNames, '127.0.0.1'] : settings.alternateDomainNames;
    return { ...settings, alternateDomainNames: names, maxLifetimeMs: options.maxLifetimeMs };
  });
  const started: CloudFrontStandIn[] = [];
  try {
    for (const behaviorOptions of optionsOf) started.push(await startCloudFront(behaviorOptions));
  } catch (error) {
    await Promise.all(started.map((standIn) => standIn.close()));
    throw error;
  }
  const fallback = started[started.length - 1];
  if (!routed) return fallback;

  // Several behaviors: the router passes each request, untouched, to the stand-in of the first matching behavior.
  const pick = (path: string) => started[ordered.findIndex((behavior) => matches(behavior.PathPattern ?? '', path))] ?? fallback;
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const target = pick((req.url ?? '/').split('?')[0]);
    const upstream = httpRequest({ host: '127.0.0.1', port: target.port, method: req.method, path: req.url, headers: flattenHeaders(pairUp(req.rawHeaders)) as never });
    upstream.on('response', (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  };
  const serving = await serveOnLoopback(createServer(handle), { maxLifetimeMs: options.maxLifetimeMs });
  return {
    url: serving.url,
    port: serving.port,
    domain: setup.domainName,
    originDomain: fallback.originDomain,
    originPath: fallback.originPath,
    close: async () => {
      await serving.close();
      await Promise.all(started.map((standIn) => standIn.close()));
    },
  };
}
