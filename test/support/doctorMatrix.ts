/**
 * The configurations of doctor's matrix test (test/e2e/doctor.matrix.test.ts), in one CloudFront
 * account that both CloudFront stand-ins read: each row is one distribution in front of one of the
 * API Gateway stand-ins or the Lambda function URL stand-in, with the verdict doctor should give
 * and how the example collection fares.
 */
import type { CustomErrorResponse, OriginAccessControlConfig } from '@aws-sdk/client-cloudfront';
import { addHeader, prefixUri, type ViewerRequestFunction } from '../stack/cloudFrontFunctions';
import { cacheBehavior, customOrigin, defaultBehavior, distributionConfig, type BehaviorSettings, type CloudFrontAccount, type DistributionSetup } from '../stack/distributionSetup';
import { cachePolicyConfig, MANAGED_CACHE_POLICY_IDS, MANAGED_ORIGIN_REQUEST_POLICY_IDS, originRequestPolicyConfig } from '../stack/managedPolicies';
import { serviceDomain } from '../stack/signedService';
import { ACCOUNT_ID } from '../stack';

/** The stand-ins the rows use as origins: API Gateway (staged, at the root, behind a custom domain name) and a Lambda function URL. */
export type OriginName = 'staged' | 'root' | 'customDomain' | 'functionUrl';
export const FUNCTION_URL_REGION = 'us-east-1';
export const API_ID = 'a1b2c3d4e5';
export const API_DOMAIN = `${API_ID}.execute-api.us-east-1.amazonaws.com`;
/** The regional domain name of an API Gateway custom domain name (`d-` + 10 characters). */
export const CUSTOM_DOMAIN_TARGET = 'd-k3x9q2w7p4.execute-api.us-east-1.amazonaws.com';
export const CUSTOM_DOMAIN = 'api.example.com';

const CACHING_DISABLED = MANAGED_CACHE_POLICY_IDS.CachingDisabled;
const ALL_VIEWER = MANAGED_ORIGIN_REQUEST_POLICY_IDS.AllViewer;
const ALL_VIEWER_EXCEPT_HOST = MANAGED_ORIGIN_REQUEST_POLICY_IDS.AllViewerExceptHostHeader;

/** The account's own policies (ids in the form CloudFront gives them). */
export const POLICY = {
  authorizationInCacheKey: '8f1b6a2c-3d4e-4f5a-9b6c-7d8e9f0a1b2c',
  sigv4Headers: '2c4e6a8b-1d3f-4a5b-8c7d-9e0f1a2b3c4d',
  noQueryStrings: '5a7c9e1b-3d5f-4b6a-8c0e-2d4f6a8b0c1e',
  queryType: '7e9a1c3b-5d7f-4a8b-9c1d-3e5f7a9b1c2d',
  queryTypeAndPage: '9b1d3f5a-7c9e-4b0a-8d2c-4e6f8a0b2c3e',
} as const;

const allButHost = { behavior: 'allExcept' as const, names: ['host'] };

export const CACHE_POLICIES = {
  [POLICY.authorizationInCacheKey]: cachePolicyConfig({ name: 'api-authorization-in-key', ttl: { min: 0, default: 0, max: 1 }, headers: ['Authorization'], queryStrings: 'all' }),
};

export const ORIGIN_REQUEST_POLICIES = {
  [POLICY.sigv4Headers]: originRequestPolicyConfig({ name: 'api-sigv4-headers', headers: { behavior: 'whitelist', names: ['X-Amz-Date', 'X-Amz-Security-Token'] }, queryStrings: { behavior: 'all' } }),
  [POLICY.noQueryStrings]: originRequestPolicyConfig({ name: 'api-no-query-strings', headers: allButHost, queryStrings: { behavior: 'none' } }),
  [POLICY.queryType]: originRequestPolicyConfig({ name: 'api-query-type', headers: allButHost, queryStrings: { behavior: 'whitelist', names: ['type'] } }),
  [POLICY.queryTypeAndPage]: originRequestPolicyConfig({ name: 'api-query-type-page', headers: allButHost, queryStrings: { behavior: 'whitelist', names: ['type', 'page'] } }),
};

const FUNCTION_ARN = (name: string) => `arn:aws:cloudfront::${ACCOUNT_ID}:function/${name}`;

/** The account's origin access controls (ids in the form CloudFront gives them), for the function URL origin. */
export const ORIGIN_ACCESS_CONTROL = { always: 'E1OACALWAYS7X2', 'no-override': 'E1OACNOOVERRD3' } as const;
export type OacSigning = keyof typeof ORIGIN_ACCESS_CONTROL;

const ORIGIN_ACCESS_CONTROLS: Record<string, OriginAccessControlConfig> = Object.fromEntries(
  (Object.keys(ORIGIN_ACCESS_CONTROL) as OacSigning[]).map((signing) => [
    ORIGIN_ACCESS_CONTROL[signing],
    { Name: `function-url-${signing}`, Description: '', SigningProtocol: 'sigv4', SigningBehavior: signing, OriginAccessControlOriginType: 'lambda' },
  ]),
);

/** A single-page app's fallback (403 -> 200 /index.html), and an error page that keeps the status. */
const SPA_FALLBACK: CustomErrorResponse = { ErrorCode: 403, ResponsePagePath: '/index.html', ResponseCode: '200', ErrorCachingMinTTL: 10 };
const ACCESS_DENIED_PAGE: CustomErrorResponse = { ErrorCode: 403, ResponsePagePath: '/errors/403.html', ResponseCode: '403', ErrorCachingMinTTL: 10 };
const ERROR_PAGES = { '/errors/403.html': '<!doctype html>\n<html lang="en"><head><title>Access denied</title></head><body><h1>Access denied</h1></body></html>\n' };

/** What a request of the collection should get when doctor names no error, under a warning that cannot say. */
export type WarnedOutcome = 'passes' | 'path-mismatch';

export interface MatrixRow {
  name: string;
  origin: OriginName;
  originPath?: string;
  /** The function URL origin's origin access control, by signing behavior. */
  oac?: OacSigning;
  customErrorResponses?: CustomErrorResponse[];
  aliases?: string[];
  /** The host doctor and newman use: an alternate domain name; default the distribution's domain name (newman: its loopback address). */
  viaAlias?: string;
  defaultBehavior: Omit<BehaviorSettings, 'targetOriginId'>;
  behaviors?: Array<[string, Omit<BehaviorSettings, 'targetOriginId'>]>;
  functions?: Record<string, ViewerRequestFunction>;
  /** `severity code` of doctor's findings for GET /pets?type=dog&page=2, the collection's first request. */
  verdict: string[];
  /** How requests fare when doctor names no error for them (default: they pass). */
  warned?: WarnedOutcome;
}

const policies = (cachePolicyId: string, originRequestPolicyId?: string) => ({ cachePolicyId, originRequestPolicyId });
const clean = policies(CACHING_DISABLED, ALL_VIEWER_EXCEPT_HOST);

export const MATRIX: MatrixRow[] = [
  { name: 'CachingDisabled + AllViewerExceptHostHeader, origin path /prod', origin: 'staged', originPath: '/prod', defaultBehavior: clean, verdict: [] },
  { name: 'no origin path', origin: 'root', defaultBehavior: clean, verdict: [] },
  { name: 'Authorization not forwarded (origin request policy names X-Amz-*)', origin: 'staged', originPath: '/prod', defaultBehavior: policies(CACHING_DISABLED, POLICY.sigv4Headers), verdict: ['error authorization-not-forwarded'] },
  { name: 'Authorization in the cache key, no origin request policy: X-Amz-Date dropped', origin: 'staged', originPath: '/prod', defaultBehavior: policies(POLICY.authorizationInCacheKey), verdict: ['error signed-headers-not-forwarded'] },
  { name: 'Authorization in the cache key, X-Amz-* in the origin request policy', origin: 'staged', originPath: '/prod', defaultBehavior: policies(POLICY.authorizationInCacheKey, POLICY.sigv4Headers), verdict: [] },
  { name: 'query strings: none', origin: 'staged', originPath: '/prod', defaultBehavior: policies(CACHING_DISABLED, POLICY.noQueryStrings), verdict: ['error query-strings-not-forwarded'] },
  { name: 'query strings: whitelist type', origin: 'staged', originPath: '/prod', defaultBehavior: policies(CACHING_DISABLED, POLICY.queryType), verdict: ['error query-strings-not-forwarded'] },
  { name: 'query strings: whitelist type, page', origin: 'staged', originPath: '/prod', defaultBehavior: policies(CACHING_DISABLED, POLICY.queryTypeAndPage), verdict: ['warning query-strings-not-forwarded'] },
  { name: 'Host forwarded (AllViewer) to the execute-api origin', origin: 'staged', originPath: '/prod', defaultBehavior: policies(CACHING_DISABLED, ALL_VIEWER), verdict: ['error host-forwarded'] },
  {
    name: 'custom-domain setup: AllViewer to the API Gateway custom domain target, same alias',
    origin: 'customDomain',
    aliases: [CUSTOM_DOMAIN],
    viaAlias: CUSTOM_DOMAIN,
    defaultBehavior: policies(CACHING_DISABLED, ALL_VIEWER),
    verdict: ['info host-forwarded'],
  },
  {
    name: 'viewer-request function that prefixes the URI with /v1',
    origin: 'staged',
    originPath: '/prod',
    defaultBehavior: { ...clean, viewerRequestFunctions: [FUNCTION_ARN('add-version-prefix')] },
    functions: { [FUNCTION_ARN('add-version-prefix')]: prefixUri('/v1') },
    verdict: ['warning request-rewritten-by-function'],
    warned: 'path-mismatch',
  },
  {
    name: 'viewer-request function that adds a header',
    origin: 'staged',
    originPath: '/prod',
    defaultBehavior: { ...clean, viewerRequestFunctions: [FUNCTION_ARN('add-request-id')] },
    functions: { [FUNCTION_ARN('add-request-id')]: addHeader('x-request-id', 'a5b9c2d4') },
    verdict: ['warning request-rewritten-by-function'],
  },
  {
    name: 'legacy ForwardedValues: Authorization, X-Amz-Date, X-Amz-Security-Token',
    origin: 'staged',
    originPath: '/prod',
    defaultBehavior: { legacy: { headers: ['Authorization', 'X-Amz-Date', 'X-Amz-Security-Token'], queryString: true } },
    verdict: [],
  },
  { name: 'legacy ForwardedValues: Authorization only (no X-Amz-Date)', origin: 'staged', originPath: '/prod', defaultBehavior: { legacy: { headers: ['Authorization'], queryString: true } }, verdict: [] },
  { name: 'legacy ForwardedValues: no headers', origin: 'staged', originPath: '/prod', defaultBehavior: { legacy: { headers: [], queryString: true } }, verdict: ['error authorization-not-forwarded'] },
  {
    name: 'behaviors by path: /pets* forwards all, the default drops Authorization',
    origin: 'staged',
    originPath: '/prod',
    behaviors: [['/pets*', clean]],
    defaultBehavior: policies(CACHING_DISABLED, POLICY.sigv4Headers),
    verdict: [],
  },
  // The behavior for the function URL that AWS's guide sets up: AllViewerExceptHostHeader, as the function URL finds the function by Host.
  { name: 'OAC (lambda, signing always) in front of a Lambda function URL', origin: 'functionUrl', oac: 'always', defaultBehavior: clean, verdict: ['info oac-signs-requests'] },
  { name: 'OAC (lambda, signing no-override) in front of a Lambda function URL', origin: 'functionUrl', oac: 'no-override', defaultBehavior: clean, verdict: ['info oac-signs-requests'] },
  { name: 'custom error response 403 -> 200 /index.html, otherwise clean', origin: 'staged', originPath: '/prod', customErrorResponses: [SPA_FALLBACK], defaultBehavior: clean, verdict: ['warning custom-error-response'] },
  { name: 'custom error response 403 -> 403 /errors/403.html, otherwise clean', origin: 'staged', originPath: '/prod', customErrorResponses: [ACCESS_DENIED_PAGE], defaultBehavior: clean, verdict: ['warning custom-error-response'] },
  {
    name: 'custom error response 403 -> 200 /index.html, and Authorization not forwarded',
    origin: 'staged',
    originPath: '/prod',
    customErrorResponses: [SPA_FALLBACK],
    defaultBehavior: policies(CACHING_DISABLED, POLICY.sigv4Headers),
    verdict: ['error authorization-not-forwarded', 'warning custom-error-response'],
  },
  {
    name: 'custom error response 403 -> 403 /errors/403.html, and query strings: none',
    origin: 'staged',
    originPath: '/prod',
    customErrorResponses: [ACCESS_DENIED_PAGE],
    defaultBehavior: policies(CACHING_DISABLED, POLICY.noQueryStrings),
    verdict: ['error query-strings-not-forwarded', 'warning custom-error-response'],
  },
  {
    name: 'behaviors by path: /pets* allows GET and HEAD only, the default all methods',
    origin: 'staged',
    originPath: '/prod',
    behaviors: [['/pets*', { ...clean, allowedMethods: ['GET', 'HEAD'] }]],
    defaultBehavior: clean,
    verdict: [],
  },
];

/** Distribution ids and domain names in the forms CloudFront gives them. */
function names(index: number): { id: string; domainName: string } {
  const code = (index + 7).toString(36).toUpperCase().padStart(2, '0');
  return { id: `E2QWRUH${code}XAMPL`, domainName: `d1${code.toLowerCase()}1111abcdef8.cloudfront.net` };
}

const ORIGIN_DOMAIN: Record<OriginName, string> = { staged: API_DOMAIN, root: API_DOMAIN, customDomain: CUSTOM_DOMAIN_TARGET, functionUrl: serviceDomain('lambda', FUNCTION_URL_REGION) };

export function distributionOf(row: MatrixRow, index: number): DistributionSetup {
  const originId = `${row.origin}-origin`;
  const withTarget = (settings: Omit<BehaviorSettings, 'targetOriginId'>): BehaviorSettings => ({ ...settings, targetOriginId: originId });
  return {
    ...names(index),
    config: distributionConfig({
      comment: row.name,
      aliases: row.aliases,
      origins: [customOrigin(originId, ORIGIN_DOMAIN[row.origin], { originPath: row.originPath, originAccessControlId: row.oac && ORIGIN_ACCESS_CONTROL[row.oac] })],
      defaultBehavior: defaultBehavior(withTarget(row.defaultBehavior)),
      behaviors: (row.behaviors ?? []).map(([pattern, settings]) => cacheBehavior(pattern, withTarget(settings))),
      customErrorResponses: row.customErrorResponses,
    }),
    functions: row.functions,
    ...(row.customErrorResponses ? { errorPages: ERROR_PAGES } : {}),
  };
}

export function matrixAccount(): CloudFrontAccount {
  return {
    accountId: ACCOUNT_ID,
    distributions: MATRIX.map(distributionOf),
    cachePolicies: CACHE_POLICIES,
    originRequestPolicies: ORIGIN_REQUEST_POLICIES,
    originAccessControls: ORIGIN_ACCESS_CONTROLS,
  };
}
