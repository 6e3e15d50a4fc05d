import { describe, expect, it } from 'vitest';
import { forwardingOf } from '../../src/cloudfront/forwarding';
import { contains } from '../../src/cloudfront/nameSet';
import { cachePolicyConfig, MANAGED_CACHE_POLICIES, MANAGED_CACHE_POLICY_IDS, MANAGED_ORIGIN_REQUEST_POLICIES, MANAGED_ORIGIN_REQUEST_POLICY_IDS, originRequestPolicyConfig } from '../stack/managedPolicies';

const CACHING_DISABLED = MANAGED_CACHE_POLICY_IDS.CachingDisabled;
const CACHING_OPTIMIZED = MANAGED_CACHE_POLICY_IDS.CachingOptimized;
const cache = (id: string) => MANAGED_CACHE_POLICIES[id];
const origin = (id: string) => MANAGED_ORIGIN_REQUEST_POLICIES[id];
const ALL_VIEWER = MANAGED_ORIGIN_REQUEST_POLICY_IDS.AllViewer;
const ALL_VIEWER_EXCEPT_HOST = MANAGED_ORIGIN_REQUEST_POLICY_IDS.AllViewerExceptHostHeader;

function policies(cachePolicyId: string, originRequestPolicyId?: string, custom: { cachePolicy?: object; originRequestPolicy?: object } = {}) {
  return forwardingOf(
    { CachePolicyId: cachePolicyId, ...(originRequestPolicyId ? { OriginRequestPolicyId: originRequestPolicyId } : {}) },
    { cachePolicy: (custom.cachePolicy ?? cache(cachePolicyId)) as never, originRequestPolicy: (custom.originRequestPolicy ?? (originRequestPolicyId ? origin(originRequestPolicyId) : undefined)) as never },
  );
}

describe('forwardingOf: policies', () => {
  it('CachingDisabled + AllViewerExceptHostHeader: every header but Host, Authorization (caching off), every query string', () => {
    const forwarding = policies(CACHING_DISABLED, ALL_VIEWER_EXCEPT_HOST);
    expect(forwarding.authorization).toBe('forwarded');
    expect(contains(forwarding.headers, 'x-amz-date')).toBe(true);
    expect(contains(forwarding.headers, 'host')).toBe(false);
    expect(forwarding.queryStrings).toEqual({ all: true, except: [] });
    expect(forwarding.basis).toBe('cache policy Managed-CachingDisabled (4135ea2d-6df8-44a3-9df3-4b5a84be39ad) and origin request policy Managed-AllViewerExceptHostHeader (b689b0a8-53d0-40ab-baf2-68738e2966ac)');
  });

  it('AllViewer forwards the viewer Host too', () => {
    expect(contains(policies(CACHING_DISABLED, ALL_VIEWER).headers, 'host')).toBe(true);
  });

  it('an all-viewer origin request policy with caching on: Authorization is unclear (AWS documents only caching off)', () => {
    expect(policies(CACHING_OPTIMIZED, ALL_VIEWER_EXCEPT_HOST).authorization).toBe('unclear');
  });

  it('no origin request policy: only what the cache policy names, nothing with CachingOptimized', () => {
    const forwarding = policies(CACHING_OPTIMIZED);
    expect(forwarding.authorization).toBe('dropped');
    expect(contains(forwarding.headers, 'x-amz-date')).toBe(false);
    expect(forwarding.queryStrings).toEqual({ all: false, names: [] });
    expect(forwarding.basis).toContain('no origin request policy');
  });

  it('Authorization in the cache policy reaches the origin; X-Amz-Date then needs a policy of its own', () => {
    const cachePolicy = cachePolicyConfig({ name: 'auth', ttl: { min: 0, default: 0, max: 1 }, headers: ['Authorization'], queryStrings: ['type'] });
    const forwarding = policies('custom-cache', undefined, { cachePolicy });
    expect(forwarding.authorization).toBe('forwarded');
    expect(contains(forwarding.headers, 'x-amz-date')).toBe(false);
    expect(forwarding.queryStrings).toEqual({ all: false, names: ['type'] });
  });

  it('query strings: the union of both policies, names case-sensitive', () => {
    const cachePolicy = cachePolicyConfig({ name: 'q', ttl: { min: 0, default: 0, max: 1 }, queryStrings: ['type'] });
    const originRequestPolicy = originRequestPolicyConfig({ name: 'q', headers: { behavior: 'none' }, queryStrings: { behavior: 'whitelist', names: ['Page'] } });
    const forwarding = policies('c', 'o', { cachePolicy, originRequestPolicy });
    expect(forwarding.queryStrings).toEqual({ all: false, names: ['type', 'Page'] });
    expect(contains(forwarding.queryStrings, 'page')).toBe(false);
  });

  it('an origin request policy that leaves Authorization out keeps it out, even with caching off', () => {
    const originRequestPolicy = originRequestPolicyConfig({ name: 'x', headers: { behavior: 'allExcept', names: ['host', 'authorization'] }, queryStrings: { behavior: 'all' } });
    expect(policies(CACHING_DISABLED, 'x', { originRequestPolicy }).authorization).toBe('dropped');
  });

  it('refuses to judge a behavior whose policies were not given', () => {
    expect(() => forwardingOf({ CachePolicyId: 'c' }, {})).toThrow(/cache policy c/);
    expect(() => forwardingOf({ CachePolicyId: 'c', OriginRequestPolicyId: 'o' }, { cachePolicy: {} })).toThrow(/origin request policy o/);
  });
});

describe('forwardingOf: legacy cache settings (ForwardedValues)', () => {
  const legacy = (headers: string[], queryString: boolean) =>
    forwardingOf({ ForwardedValues: { QueryString: queryString, Headers: { Quantity: headers.length, Items: headers } } }, {});

  it('Authorization and Host only when named; other headers are forwarded by default (the custom-origin table)', () => {
    const forwarding = legacy(['Authorization'], true);
    expect(forwarding.authorization).toBe('forwarded');
    expect(contains(forwarding.headers, 'x-amz-date')).toBe(true);
    expect(contains(forwarding.headers, 'host')).toBe(false);
    expect(contains(forwarding.headers, 'accept')).toBe(false);
    expect(forwarding.legacy).toBe(true);
  });

  it('no headers named: Authorization is dropped', () => {
    expect(legacy([], true).authorization).toBe('dropped');
  });

  it('`*` forwards every header, Host and Authorization included', () => {
    const forwarding = legacy(['*'], false);
    expect(forwarding.authorization).toBe('forwarded');
    expect(contains(forwarding.headers, 'host')).toBe(true);
  });

  it('QueryString true forwards every query string (QueryStringCacheKeys only pick the cache key); false none', () => {
    expect(legacy([], true).queryStrings).toEqual({ all: true, except: [] });
    expect(legacy([], false).queryStrings).toEqual({ all: false, names: [] });
  });
});
