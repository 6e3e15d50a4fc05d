/**
 * Which cache behavior CloudFront applies to a request path. CloudFront Developer Guide, "Values
 * that you specify when you create or update a distribution", Path pattern: the path is compared
 * with the ordered cache behaviors' patterns in list order and the first match wins, else the
 * default behavior (`*`); `*` matches 0 or more characters (`/` included) and `?` exactly one;
 * the leading `/` is optional; query strings play no part. Patterns are case-sensitive.
 */
import type { CacheBehavior, DistributionConfig } from './types';

/** The pattern of the default cache behavior. */
export const DEFAULT_PATH_PATTERN = '*';

function patternRegExp(pattern: string): RegExp {
  const rooted = pattern.charAt(0) === '/' || pattern.charAt(0) === '*' ? pattern : `/${pattern}`;
  const body = rooted
    .split('')
    .map((char) => (char === '*' ? '[\\s\\S]*' : char === '?' ? '[\\s\\S]' : char.replace(/[\\^$.+()|[\]{}]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`);
}

export function pathPatternMatches(pattern: string, path: string): boolean {
  return patternRegExp(pattern).test(path.charAt(0) === '/' ? path : `/${path}`);
}

export interface ChosenBehavior {
  /** `*` for the default behavior. */
  pathPattern: string;
  behavior: CacheBehavior;
}

export function chooseCacheBehavior(config: DistributionConfig, path: string): ChosenBehavior {
  for (const behavior of config.CacheBehaviors?.Items ?? []) {
    if (behavior.PathPattern !== undefined && pathPatternMatches(behavior.PathPattern, path)) {
      return { pathPattern: behavior.PathPattern, behavior };
    }
  }
  if (!config.DefaultCacheBehavior) throw new Error('the distribution configuration has no DefaultCacheBehavior');
  return { pathPattern: DEFAULT_PATH_PATTERN, behavior: config.DefaultCacheBehavior };
}
