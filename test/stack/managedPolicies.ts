/**
 * CloudFront's managed cache and origin request policies, with their real ids and contents, as the
 * control-plane stand-in serves them from GetCachePolicy and GetOriginRequestPolicy. Source: the
 * CloudFront Developer Guide, "Use managed cache policies" and "Use managed origin request
 * policies" (awsdocs/amazon-cloudfront-developer-guide doc_source/using-managed-cache-policies.md
 * and using-managed-origin-request-policies.md), and aws-cdk's cache-policy.ts and
 * origin-request-policy.ts for the ids. The CloudFront Headers of AllViewerAndCloudFrontHeaders-2022-06
 * are the list that page gives. Names are `Managed-` and the page's name, as the API gives them
 * (users quote Managed-CachingDisabled and Managed-AllViewerExceptHostHeader); the comments are not
 * confirmed in a public source and nothing reads them.
 */
import type { CachePolicyConfig, OriginRequestPolicyConfig } from '@aws-sdk/client-cloudfront';

type Names = { Quantity: number; Items?: string[] };
const names = (items: string[]): Names => (items.length === 0 ? { Quantity: 0 } : { Quantity: items.length, Items: items });

export interface CachePolicySettings {
  name: string;
  comment?: string;
  ttl: { min: number; default: number; max: number };
  headers?: string[];
  /** `all` or the names; none by default. */
  cookies?: 'all' | string[];
  queryStrings?: 'all' | string[];
  gzip?: boolean;
  brotli?: boolean;
}

/** A cache policy in the API's shape. */
export function cachePolicyConfig(settings: CachePolicySettings): CachePolicyConfig {
  const listed = (value: 'all' | string[] | undefined, listBehavior: string) =>
    value === 'all' ? { behavior: 'all' } : value && value.length > 0 ? { behavior: listBehavior, items: value } : { behavior: 'none' };
  const headers = settings.headers ?? [];
  const cookies = listed(settings.cookies, 'whitelist');
  const queryStrings = listed(settings.queryStrings, 'whitelist');
  return {
    Comment: settings.comment ?? '',
    Name: settings.name,
    MinTTL: settings.ttl.min,
    DefaultTTL: settings.ttl.default,
    MaxTTL: settings.ttl.max,
    ParametersInCacheKeyAndForwardedToOrigin: {
      EnableAcceptEncodingGzip: settings.gzip ?? false,
      EnableAcceptEncodingBrotli: settings.brotli ?? false,
      HeadersConfig: headers.length > 0 ? { HeaderBehavior: 'whitelist', Headers: names(headers) } : { HeaderBehavior: 'none' },
      CookiesConfig: { CookieBehavior: cookies.behavior as 'none', ...(cookies.items ? { Cookies: names(cookies.items) } : {}) },
      QueryStringsConfig: { QueryStringBehavior: queryStrings.behavior as 'none', ...(queryStrings.items ? { QueryStrings: names(queryStrings.items) } : {}) },
    },
  };
}

export interface OriginRequestPolicySettings {
  name: string;
  comment?: string;
  /** `allViewer`, `allViewerAndWhitelistCloudFront`, `allExcept`, `whitelist` or `none`, with its header names. */
  headers: { behavior: 'none' | 'whitelist' | 'allViewer' | 'allViewerAndWhitelistCloudFront' | 'allExcept'; names?: string[] };
  cookies?: { behavior: 'none' | 'whitelist' | 'all' | 'allExcept'; names?: string[] };
  queryStrings: { behavior: 'none' | 'whitelist' | 'all' | 'allExcept'; names?: string[] };
}

export function originRequestPolicyConfig(settings: OriginRequestPolicySettings): OriginRequestPolicyConfig {
  const withNames = (list: string[] | undefined) => (list && list.length > 0 ? names(list) : undefined);
  const cookies = settings.cookies ?? { behavior: 'none' };
  return {
    Comment: settings.comment ?? '',
    Name: settings.name,
    HeadersConfig: { HeaderBehavior: settings.headers.behavior, ...(withNames(settings.headers.names) ? { Headers: withNames(settings.headers.names) } : {}) },
    CookiesConfig: { CookieBehavior: cookies.behavior, ...(withNames(cookies.names) ? { Cookies: withNames(cookies.names) } : {}) },
    QueryStringsConfig: { QueryStringBehavior: settings.queryStrings.behavior, ...(withNames(settings.queryStrings.names) ? { QueryStrings: withNames(settings.queryStrings.names) } : {}) },
  };
}

export const MANAGED_CACHE_POLICY_IDS = {
  Amplify: '2e54312d-136d-493c-8eb9-b001f22f67d2',
  CachingDisabled: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad',
  CachingOptimized: '658327ea-f89d-4fab-a63d-7e88639e58f6',
  CachingOptimizedForUncompressedObjects: 'b2884449-e4de-46a7-ac36-70bc7f1ddd6d',
  'Elemental-MediaPackage': '08627262-05a9-4f76-9ded-b50ca2e3a84f',
} as const;

const YEAR = 31_536_000;

export const MANAGED_CACHE_POLICIES: Record<string, CachePolicyConfig> = {
  [MANAGED_CACHE_POLICY_IDS.Amplify]: cachePolicyConfig({
    name: 'Amplify',
    comment: 'Policy for Amplify Origin',
    ttl: { min: 2, default: 2, max: 600 },
    headers: ['Authorization', 'CloudFront-Viewer-Country', 'Host'],
    cookies: 'all',
    queryStrings: 'all',
    gzip: true,
    brotli: true,
  }),
  [MANAGED_CACHE_POLICY_IDS.CachingDisabled]: cachePolicyConfig({
    name: 'Managed-CachingDisabled',
    comment: 'Policy with caching disabled',
    ttl: { min: 0, default: 0, max: 0 },
  }),
  [MANAGED_CACHE_POLICY_IDS.CachingOptimized]: cachePolicyConfig({
    name: 'Managed-CachingOptimized',
    comment: 'Policy with caching enabled. Supports Gzip and Brotli compression.',
    ttl: { min: 1, default: 86_400, max: YEAR },
    gzip: true,
    brotli: true,
  }),
  [MANAGED_CACHE_POLICY_IDS.CachingOptimizedForUncompressedObjects]: cachePolicyConfig({
    name: 'Managed-CachingOptimizedForUncompressedObjects',
    comment: 'Default policy when compression is disabled',
    ttl: { min: 1, default: 86_400, max: YEAR },
  }),
  [MANAGED_CACHE_POLICY_IDS['Elemental-MediaPackage']]: cachePolicyConfig({
    name: 'Managed-Elemental-MediaPackage',
    comment: 'Policy for Elemental MediaPackage Origin',
    ttl: { min: 0, default: 86_400, max: YEAR },
    headers: ['origin'],
    queryStrings: ['aws.manifestfilter', 'start', 'end', 'm'],
    gzip: true,
  }),
};

export const MANAGED_ORIGIN_REQUEST_POLICY_IDS = {
  AllViewer: '216adef6-5c7f-47e4-b989-5492eafa07d3',
  'AllViewerAndCloudFrontHeaders-2022-06': '33f36d7e-f396-46d9-90e0-52428a34d9dc',
  AllViewerExceptHostHeader: 'b689b0a8-53d0-40ab-baf2-68738e2966ac',
  'CORS-CustomOrigin': '59781a5b-3903-41f3-afcb-af62929ccde1',
  'CORS-S3Origin': '88a5eaf4-2fd4-4709-b370-b4c650ea3fcf',
  'Elemental-MediaTailor-PersonalizedManifests': '775133bc-15f2-49f9-abea-afb2e0bf67d2',
  UserAgentRefererHeaders: 'acba4595-bd28-49b8-b9fe-13317c0390fa',
} as const;

const CLOUDFRONT_HEADERS_2022_06 = [
  'CloudFront-Forwarded-Proto',
  'CloudFront-Is-Android-Viewer',
  'CloudFront-Is-Desktop-Viewer',
  'CloudFront-Is-IOS-Viewer',
  'CloudFront-Is-Mobile-Viewer',
  'CloudFront-Is-SmartTV-Viewer',
  'CloudFront-Is-Tablet-Viewer',
  'CloudFront-Viewer-Address',
  'CloudFront-Viewer-ASN',
  'CloudFront-Viewer-City',
  'CloudFront-Viewer-Country',
  'CloudFront-Viewer-Country-Name',
  'CloudFront-Viewer-Country-Region',
  'CloudFront-Viewer-Country-Region-Name',
  'CloudFront-Viewer-Http-Version',
  'CloudFront-Viewer-Latitude',
  'CloudFront-Viewer-Longitude',
  'CloudFront-Viewer-Metro-Code',
  'CloudFront-Viewer-Postal-Code',
  'CloudFront-Viewer-Time-Zone',
  'CloudFront-Viewer-TLS',
];

export const MANAGED_ORIGIN_REQUEST_POLICIES: Record<string, OriginRequestPolicyConfig> = {
  [MANAGED_ORIGIN_REQUEST_POLICY_IDS.AllViewer]: originRequestPolicyConfig({
    name: 'Managed-AllViewer',
    comment: 'Policy to forward all parameters in viewer requests',
    headers: { behavior: 'allViewer' },
    cookies: { behavior: 'all' },
    queryStrings: { behavior: 'all' },
  }),
  [MANAGED_ORIGIN_REQUEST_POLICY_IDS['AllViewerAndCloudFrontHeaders-2022-06']]: originRequestPolicyConfig({
    name: 'Managed-AllViewerAndCloudFrontHeaders-2022-06',
    comment: 'Policy to forward all parameters in viewer requests and all CloudFront headers released through June 2022',
    headers: { behavior: 'allViewerAndWhitelistCloudFront', names: CLOUDFRONT_HEADERS_2022_06 },
    cookies: { behavior: 'all' },
    queryStrings: { behavior: 'all' },
  }),
  [MANAGED_ORIGIN_REQUEST_POLICY_IDS.AllViewerExceptHostHeader]: originRequestPolicyConfig({
    name: 'Managed-AllViewerExceptHostHeader',
    comment: 'Policy to forward all parameters in viewer requests except for the Host header',
    headers: { behavior: 'allExcept', names: ['host'] },
    cookies: { behavior: 'all' },
    queryStrings: { behavior: 'all' },
  }),
  [MANAGED_ORIGIN_REQUEST_POLICY_IDS['CORS-CustomOrigin']]: originRequestPolicyConfig({
    name: 'Managed-CORS-CustomOrigin',
    comment: 'Policy for custom origins with CORS',
    headers: { behavior: 'whitelist', names: ['origin'] },
    queryStrings: { behavior: 'none' },
  }),
  [MANAGED_ORIGIN_REQUEST_POLICY_IDS['CORS-S3Origin']]: originRequestPolicyConfig({
    name: 'Managed-CORS-S3Origin',
    comment: 'Policy for S3 origin with CORS',
    headers: { behavior: 'whitelist', names: ['origin', 'access-control-request-headers', 'access-control-request-method'] },
    queryStrings: { behavior: 'none' },
  }),
  [MANAGED_ORIGIN_REQUEST_POLICY_IDS['Elemental-MediaTailor-PersonalizedManifests']]: originRequestPolicyConfig({
    name: 'Managed-Elemental-MediaTailor-PersonalizedManifests',
    comment: 'Policy for Elemental MediaTailor Origin',
    headers: { behavior: 'whitelist', names: ['origin', 'access-control-request-headers', 'x-forwarded-for', 'access-control-request-method', 'user-agent'] },
    queryStrings: { behavior: 'all' },
  }),
  [MANAGED_ORIGIN_REQUEST_POLICY_IDS.UserAgentRefererHeaders]: originRequestPolicyConfig({
    name: 'Managed-UserAgentRefererHeaders',
    comment: 'Policy for forwarding User-Agent and Referer headers',
    headers: { behavior: 'whitelist', names: ['user-agent', 'referer'] },
    queryStrings: { behavior: 'none' },
  }),
};
