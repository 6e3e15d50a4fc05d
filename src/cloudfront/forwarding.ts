/**
 * What of a viewer request reaches the origin under a cache behavior: its headers (Host and
 * Authorization among them) and its query strings, from the behavior's cache policy and origin
 * request policy, or from its legacy cache settings (ForwardedValues).
 *
 * Policies (CloudFront Developer Guide, "Control origin requests with a policy" and "Understand how
 * origin request policies and cache policies work together"): what the cache policy puts in the
 * cache key is forwarded, plus what the origin request policy adds; nothing else from the viewer
 * is. Host is forwarded only when a policy includes it (the managed AllViewer does,
 * AllViewerExceptHostHeader does not; "Use managed origin request policies").
 *
 * Authorization (AWS re:Post knowledge center "cloudfront-authorization-header"): an origin
 * request policy cannot name it (CloudFront answers 400); it reaches the origin when the cache
 * policy includes it, when legacy settings forward it (or all headers, `*`), and with the
 * AllViewer or AllViewerExceptHostHeader origin request policy "if caching is turned off". With
 * an all-viewer origin request policy and caching on, AWS does not say: `unclear`.
 *
 * Legacy settings (CloudFront Developer Guide, "Request and response behavior for custom origins",
 * table "HTTP request headers and CloudFront behavior"; API Reference, `Headers`: "Regardless of
 * which option you choose, CloudFront forwards headers to your origin based on whether the origin
 * is an S3 bucket or a custom origin"): headers not named are still forwarded ("Other-defined
 * headers"), except those the table says CloudFront removes; Authorization and Host only when
 * named. With `QueryString: true` every query string is forwarded (the whitelist
 * QueryStringCacheKeys only picks the cache key: "Forward all, cache based on whitelist").
 */
import { ALL_NAMES, allExcept, NameSet, NO_NAMES, only, union } from './nameSet';
import type { CacheBehavior, CachePolicyConfig, HeadersConfig, OriginRequestPolicyConfig, QueryStringsConfig } from './types';

export type Reach = 'forwarded' | 'dropped' | 'unclear';

export interface Forwarding {
  /** Lowercase header names that reach the origin (Authorization: see `authorization`). */
  headers: NameSet;
  authorization: Reach;
  /** Query string names (case-sensitive) that reach the origin. */
  queryStrings: NameSet;
  /** Where the rules come from, for messages: the policies' names, or the legacy settings. */
  basis: string;
  /** Legacy cache settings (ForwardedValues) rather than policies. */
  legacy: boolean;
}

/** Removed under legacy settings unless named (the custom-origin table), Authorization and Host included. */
const LEGACY_REMOVED = [
  'accept',
  'accept-charset',
  'accept-language',
  'authorization',
  'cookie',
  'expect',
  'host',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'referer',
  'te',
  'trailer',
  'upgrade',
  'x-forwarded-proto',
  'x-http-method-override',
  'x-real-ip',
];

const lower = (names: readonly string[]) => names.map((name) => name.toLowerCase());

function headerSet(config: HeadersConfig | undefined): NameSet {
  const names = lower(config?.Headers?.Items ?? []);
  switch (config?.HeaderBehavior ?? 'none') {
    case 'whitelist':
      return only(names);
    case 'allViewer':
    case 'allViewerAndWhitelistCloudFront':
      return ALL_NAMES;
    case 'allExcept':
      return allExcept(names);
    default:
      return NO_NAMES;
  }
}

function queryStringSet(config: QueryStringsConfig | undefined): NameSet {
  const names = config?.QueryStrings?.Items ?? [];
  switch (config?.QueryStringBehavior ?? 'none') {
    case 'whitelist':
      return only(names);
    case 'all':
      return ALL_NAMES;
    case 'allExcept':
      return allExcept(names);
    default:
      return NO_NAMES;
  }
}

function legacyForwarding(behavior: CacheBehavior): Forwarding {
  const named = lower(behavior.ForwardedValues?.Headers?.Items ?? []);
  const everything = named.indexOf('*') >= 0;
  const headers = everything ? ALL_NAMES : allExcept(LEGACY_REMOVED.filter((name) => named.indexOf(name) < 0));
  return {
    headers,
    authorization: everything || named.indexOf('authorization') >= 0 ? 'forwarded' : 'dropped',
    queryStrings: behavior.ForwardedValues?.QueryString ? ALL_NAMES : NO_NAMES,
    basis: 'its legacy cache settings (ForwardedValues)',
    legacy: true,
  };
}

export interface BehaviorPolicies {
  cachePolicy?: CachePolicyConfig;
  originRequestPolicy?: OriginRequestPolicyConfig;
}

function policyName(kind: string, name: string | undefined, id: string | undefined): string {
  return `${kind} ${name ?? '(unnamed)'} (${id ?? 'no id'})`;
}

/** A cache policy whose maximum TTL is 0 caches nothing, as the managed CachingDisabled. */
export function cachingDisabled(cachePolicy: CachePolicyConfig): boolean {
  return cachePolicy.MaxTTL === 0;
}

export function forwardingOf(behavior: CacheBehavior, policies: BehaviorPolicies): Forwarding {
  if (!behavior.CachePolicyId) return legacyForwarding(behavior);
  const { cachePolicy, originRequestPolicy } = policies;
  if (!cachePolicy) throw new Error(`the cache policy ${behavior.CachePolicyId} of the behavior was not given`);
  if (behavior.OriginRequestPolicyId && !originRequestPolicy) {
    throw new Error(`the origin request policy ${behavior.OriginRequestPolicyId} of the behavior was not given`);
  }
  const inCacheKey = cachePolicy.ParametersInCacheKeyAndForwardedToOrigin;
  const cacheHeaders = headerSet(inCacheKey?.HeadersConfig);
  const originHeaders = headerSet(originRequestPolicy?.HeadersConfig);
  const authorization: Reach =
    !cacheHeaders.all && cacheHeaders.names.indexOf('authorization') >= 0
      ? 'forwarded'
      : originHeaders.all && originHeaders.except.indexOf('authorization') < 0
        ? cachingDisabled(cachePolicy)
          ? 'forwarded'
          : 'unclear'
        : 'dropped';
  return {
    headers: union(cacheHeaders, originHeaders),
    authorization,
    queryStrings: union(queryStringSet(inCacheKey?.QueryStringsConfig), queryStringSet(originRequestPolicy?.QueryStringsConfig)),
    basis: [
      policyName('cache policy', cachePolicy.Name, behavior.CachePolicyId),
      !behavior.OriginRequestPolicyId ? 'no origin request policy' : policyName('origin request policy', originRequestPolicy?.Name, behavior.OriginRequestPolicyId),
    ].join(' and '),
    legacy: false,
  };
}
