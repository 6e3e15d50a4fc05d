import { describe, expect, it } from 'vitest';
import { distributionForHost, hostMatch } from '../../src/cloudfront';

const distribution = (domain: string, aliases: string[] = []) => ({ DomainName: domain, Aliases: { Quantity: aliases.length, Items: aliases } });

describe('hostMatch', () => {
  const d = distribution('d111111abcdef8.cloudfront.net', ['api.example.com', '*.apps.example.com']);

  it('matches the domain name and the alternate domain names, case-insensitively', () => {
    expect(hostMatch(d, 'd111111abcdef8.cloudfront.net')).toBe('exact');
    expect(hostMatch(d, 'API.Example.com')).toBe('exact');
    expect(hostMatch(d, 'api.example.com.')).toBe('exact');
  });

  it('a wildcard alias covers names at any depth below it, not the name itself', () => {
    expect(hostMatch(d, 'www.apps.example.com')).toBe('wildcard');
    expect(hostMatch(d, 'marketing.product.apps.example.com')).toBe('wildcard');
    expect(hostMatch(d, 'apps.example.com')).toBeUndefined();
    expect(hostMatch(d, 'xapps.example.com')).toBeUndefined();
  });

  it('matches nothing else', () => {
    expect(hostMatch(d, 'example.com')).toBeUndefined();
    expect(hostMatch(distribution('d2.cloudfront.net'), 'd111111abcdef8.cloudfront.net')).toBeUndefined();
  });
});

describe('distributionForHost', () => {
  it('prefers a distribution that names the host over one whose wildcard covers it, wherever it is listed', () => {
    const wildcard = distribution('d1.cloudfront.net', ['*.example.com']);
    const exact = distribution('d2.cloudfront.net', ['api.example.com']);
    expect(distributionForHost([wildcard, exact], 'api.example.com')).toBe(exact);
    expect(distributionForHost([wildcard, exact], 'www.example.com')).toBe(wildcard);
    expect(distributionForHost([wildcard, exact], 'example.org')).toBeUndefined();
  });
});
