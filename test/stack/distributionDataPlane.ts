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
 * - behaviors: the first ordered behavior whose pattern matches the raw path, else the default.
 */
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { CacheBehavior, CachePolicyConfig, DefaultCacheBehavior, DistributionConfig, Origin, OriginRequestPolicyConfig } from '@aws-sdk/client-cloudfront';
import { startCloudFront, type CloudFrontOptions, type CloudFrontStandIn } from './cloudFront';
import type { QueryStringPolicy } from './cloudFrontRequest';
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
 * The origin access control of an origin. The oac branch gives the data plane its
 * `originAccessControl` option (a Lambda function URL origin that CloudFront signs for); its
 * translation belongs here. Until then a signing origin is refused rather than served unsigned.
 */
function originAccessControlOptions(account: CloudFrontAccount, origin: Origin): Partial<CloudFrontOptions> {
  if (!origin.OriginAccessControlId) return {};
  const control = account.originAccessControls?.[origin.OriginAccessControlId];
  if (control?.SigningBehavior === 'never') return {};
  throw new NotModelled(`origin access control ${origin.OriginAccessControlId}`);
}

/**
 * The distribution's custom error responses. The oac branch gives the data plane its
 * `customErrorResponses` option; their translation belongs here. Until then they are refused.
 */
function customErrorResponseOptions(config: DistributionConfig): Partial<CloudFrontOptions> {
  if ((config.CustomErrorResponses?.Items ?? []).length === 0) return {};
  throw new NotModelled('custom error responses');
}

function behaviorOptions(account: CloudFrontAccount, setup: DistributionSetup, behavior: Behavior, origins: OriginEndpoints): CloudFrontOptions {
  const { config } = setup;
  const origin = (config.Origins?.Items ?? []).find((candidate) => candidate.Id === behavior.TargetOriginId);
  if (!origin) throw new NotModelled(`target ${behavior.TargetOriginId}, which is no origin of the distribution (origin groups)`);
  const endpoint = origins[origin.Id ?? ''];
  if (!endpoint) throw new Error(`no endpoint given for origin ${origin.Id}`);
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
  return {
    origin: typeof endpoint === 'string' ? { url: endpoint, domain: origin.DomainName ?? '' } : endpoint,
    originDomain: origin.DomainName,
    originPath: origin.OriginPath ?? '',
    ...headers,
    queryStrings,
    viewerRequestFunction,
    domain: setup.domainName,
    ...((config.Aliases?.Items ?? []).length ? { alternateDomainNames: config.Aliases?.Items } : {}),
    ...originAccessControlOptions(account, origin),
    ...customErrorResponseOptions(config),
  };
}

/** The stand-in's own path-pattern rule: `*` any run of characters, `?` one, the leading `/` optional. */
function matches(pattern: string, path: string): boolean {
  const withSlash = pattern.startsWith('/') || pattern.startsWith('*') ? pattern : `/${pattern}`;
  const regex = withSlash.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${regex}$`, 's').test(path);
}

/** The distribution's configured data plane: one stand-in per behavior, and a router in front when there are several. */
export async function startDistribution(options: DataPlaneOptions): Promise<CloudFrontStandIn> {
  const setup = options.account.distributions.find((distribution) => distribution.id === options.distributionId);
  if (!setup) throw new Error(`no distribution ${options.distributionId}`);
  const { config } = setup;
  const ordered = config.CacheBehaviors?.Items ?? [];
  if (!config.DefaultCacheBehavior) throw new Error('no DefaultCacheBehavior');
  const behaviors: Behavior[] = [...ordered, config.DefaultCacheBehavior];
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
