import { describe, expect, it } from 'vitest';
import { chooseCacheBehavior, pathPatternMatches } from '../../src/cloudfront/pathPattern';
import type { DistributionConfig } from '../../src/cloudfront';

/** CloudFront Developer Guide, "Path pattern": first match in list order, `*` and `?`, case-sensitive, leading `/` optional. */
describe('pathPatternMatches', () => {
  it.each([
    ['*', '/anything/at/all', true],
    ['*', '/', true],
    ['images/*.jpg', '/images/a.jpg', true],
    ['/images/*.jpg', '/images/a.jpg', true],
    ['images/*.jpg', '/images/product1/a.jpg', true],
    ['images/*.jpg', '/images/a.jpeg', false],
    ['*.gif', '/images/sample.gif', true],
    ['/api/*', '/api/pets', true],
    ['/api/*', '/api', false],
    ['/api*', '/api', true],
    ['/pets/?', '/pets/7', true],
    ['/pets/?', '/pets/42', false],
    ['/Images/*', '/images/a.jpg', false],
    ['/a.b', '/aXb', false],
    ['/v1/(x)+', '/v1/(x)+', true],
  ])('%s against %s: %s', (pattern, path, expected) => {
    expect(pathPatternMatches(pattern, path)).toBe(expected);
  });
});

describe('chooseCacheBehavior', () => {
  const behavior = (pattern: string, origin: string) => ({ PathPattern: pattern, TargetOriginId: origin });
  const config: DistributionConfig = {
    DefaultCacheBehavior: { TargetOriginId: 'default' },
    CacheBehaviors: { Quantity: 3, Items: [behavior('images/*.jpg', 'jpg'), behavior('images/*', 'images'), behavior('*.gif', 'gif')] },
  };

  it('takes the first ordered behavior that matches, even when a later one matches too', () => {
    expect(chooseCacheBehavior(config, '/images/sample.gif')).toMatchObject({ pathPattern: 'images/*', behavior: { TargetOriginId: 'images' } });
    expect(chooseCacheBehavior(config, '/images/a.jpg').pathPattern).toBe('images/*.jpg');
    expect(chooseCacheBehavior(config, '/logo.gif').pathPattern).toBe('*.gif');
  });

  it('falls back to the default behavior, whose pattern is *', () => {
    expect(chooseCacheBehavior(config, '/pets')).toEqual({ pathPattern: '*', behavior: config.DefaultCacheBehavior });
    expect(chooseCacheBehavior({ DefaultCacheBehavior: { TargetOriginId: 'only' } }, '/x').behavior.TargetOriginId).toBe('only');
  });
});
