/**
 * Everything the findings and variables are judged from, worked out once: the behavior
 * CloudFront chooses for the URL, its origin, what reaches that origin, and whether the origin's
 * access control signs.
 */
import { BehaviorPolicies, Forwarding, forwardingOf } from './forwarding';
import { aliasesOf, hostMatch } from './hostMatch';
import { contains } from './nameSet';
import { classifyOrigin, OriginClass } from './originKind';
import { chooseCacheBehavior } from './pathPattern';
import type { CacheBehavior, Distribution, DistributionConfig, Origin, OriginAccessControlConfig } from './types';

export interface DoctorInput extends BehaviorPolicies {
  /** The URL requests are sent to (http or https). */
  url: string;
  distribution: Distribution;
  /** The origin access control of the behavior's origin, when it has one. */
  originAccessControl?: OriginAccessControlConfig;
  /** `--method`: checked against the behavior's allowed methods. */
  method?: string;
  /** Extra headers the pre-request script signs (sigv4_signed_headers), lowercase. */
  signedHeaders?: string[];
}

export interface Context {
  url: URL;
  distributionId: string;
  domainName: string;
  config: DistributionConfig;
  pathPattern: string;
  behavior: CacheBehavior;
  origin: Required<Pick<Origin, 'Id' | 'DomainName' | 'OriginPath'>>;
  originClass: OriginClass;
  forwarding: Forwarding;
  hostForwarded: boolean;
  /** The URL's host is an alternate domain name of the distribution (not its *.cloudfront.net name). */
  urlHostIsAlias: boolean;
  originAccessControl?: OriginAccessControlConfig;
  /** The origin access control signs the requests to the origin: the viewer must not. */
  oacSigns: boolean;
  method?: string;
  signedHeaders: string[];
}

/**
 * The origin a behavior sends to; for an origin group, its first member (the primary origin,
 * CloudFront Developer Guide, "Optimize high availability with CloudFront origin failover").
 */
export function originOf(config: DistributionConfig, targetOriginId: string | undefined): Origin {
  const origins = config.Origins?.Items ?? [];
  const direct = origins.find((origin) => origin.Id === targetOriginId);
  if (direct) return direct;
  const group = (config.OriginGroups?.Items ?? []).find((candidate) => candidate.Id === targetOriginId);
  const primary = group?.Members?.Items?.[0]?.OriginId;
  const member = origins.find((origin) => primary !== undefined && origin.Id === primary);
  if (member) return member;
  throw new Error(`the distribution has no origin or origin group ${targetOriginId}`);
}

export interface Route {
  /** `*` for the default behavior. */
  pathPattern: string;
  behavior: CacheBehavior;
  origin: Origin;
}

/** The behavior CloudFront chooses for the URL's path, and the origin it sends to. */
export function routeOf(config: DistributionConfig, url: string): Route {
  const { pathPattern, behavior } = chooseCacheBehavior(config, new URL(url).pathname);
  return { pathPattern, behavior, origin: originOf(config, behavior.TargetOriginId) };
}

export function contextOf(input: DoctorInput): Context {
  const url = new URL(input.url);
  const config = input.distribution.DistributionConfig;
  if (!config) throw new Error('the distribution has no DistributionConfig');
  const { pathPattern, behavior, origin } = routeOf(config, input.url);
  const forwarding = forwardingOf(behavior, input);
  const aliasOnly = { Aliases: { Items: aliasesOf(config) } };
  // The API gives '' for an origin without one.
  const oac = origin.OriginAccessControlId ? input.originAccessControl : undefined;
  if (origin.OriginAccessControlId && !oac) throw new Error(`the origin access control ${origin.OriginAccessControlId} was not given`);
  return {
    url,
    distributionId: input.distribution.Id ?? '',
    domainName: input.distribution.DomainName ?? '',
    config,
    pathPattern,
    behavior,
    origin: { Id: origin.Id ?? '', DomainName: (origin.DomainName ?? '').toLowerCase(), OriginPath: origin.OriginPath ?? '' },
    originClass: classifyOrigin(origin.DomainName ?? ''),
    forwarding,
    hostForwarded: contains(forwarding.headers, 'host'),
    urlHostIsAlias: hostMatch(aliasOnly, url.hostname) !== undefined,
    originAccessControl: oac,
    oacSigns: oac !== undefined && oac.SigningBehavior !== 'never',
    method: input.method?.toUpperCase(),
    signedHeaders: (input.signedHeaders ?? []).map((name) => name.toLowerCase()),
  };
}
