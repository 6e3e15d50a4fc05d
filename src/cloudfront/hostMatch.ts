/**
 * Which distribution serves a host: its own domain name or one of its alternate domain names.
 * A wildcard alternate domain name `*.example.com` covers any name ending in `.example.com`, at
 * any depth, but not `example.com` itself (CloudFront Developer Guide, "Use custom URLs by adding
 * alternate domain names (CNAMEs)", Using wildcards in alternate domain names). Alternate domain
 * names are lowercase; host names compare case-insensitively.
 */
import type { DistributionSummary } from './types';

export type HostMatch = 'exact' | 'wildcard';

export function aliasesOf(distribution: { Aliases?: { Items?: string[] } }): string[] {
  return distribution.Aliases?.Items ?? [];
}

export function hostMatch(distribution: Pick<DistributionSummary, 'DomainName' | 'Aliases'>, host: string): HostMatch | undefined {
  const wanted = host.toLowerCase().replace(/\.$/, '');
  const names = [distribution.DomainName ?? '', ...aliasesOf(distribution)].map((name) => name.toLowerCase());
  if (names.indexOf(wanted) >= 0) return 'exact';
  const covered = names.some((name) => name.indexOf('*.') === 0 && wanted.length > name.length - 1 && wanted.slice(-(name.length - 1)) === name.slice(1));
  return covered ? 'wildcard' : undefined;
}

/** The distribution that serves the host: one that names it exactly before one whose wildcard covers it. */
export function distributionForHost<T extends Pick<DistributionSummary, 'DomainName' | 'Aliases'>>(distributions: readonly T[], host: string): T | undefined {
  return distributions.find((distribution) => hostMatch(distribution, host) === 'exact') ?? distributions.find((distribution) => hostMatch(distribution, host) === 'wildcard');
}
