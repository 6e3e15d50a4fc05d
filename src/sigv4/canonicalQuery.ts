import { reencode, uriEncode } from './uriEncode';

/** One query parameter in canonical (strictly encoded) form. */
export type QueryPair = readonly [key: string, value: string];

/**
 * The parameters of a wire query string in canonical form. Each item splits on its first `=`;
 * an item without `=` is `key=` (IAM guide: "append the equals sign"); empty items are skipped.
 * Keys and values are decoded, reading a raw `+` as a space as API Gateway does, then encoded
 * strictly, so already-encoded input is not encoded twice.
 */
export function parseWireQuery(wireQuery: string): QueryPair[] {
  const pairs: QueryPair[] = [];
  for (const item of wireQuery.split('&')) {
    if (item === '') continue;
    const eq = item.indexOf('=');
    const key = eq < 0 ? item : item.slice(0, eq);
    const value = eq < 0 ? '' : item.slice(eq + 1);
    pairs.push([canonicalComponent(key), canonicalComponent(value)]);
  }
  return pairs;
}

function canonicalComponent(text: string): string {
  return reencode(text, { plusIsSpace: true, keepSlash: false });
}

/** A parameter given as plain text (not yet encoded), e.g. one the presigner adds. */
export function queryPair(key: string, value: string): QueryPair {
  return [uriEncode(key), uriEncode(value)];
}

/** Sorted by encoded key, then encoded value, in byte order; duplicates kept. */
export function canonicalQueryString(pairs: readonly QueryPair[]): string {
  return pairs
    .slice()
    .sort((a, b) => compare(a[0], b[0]) || compare(a[1], b[1]))
    .map(([key, value]) => key + '=' + value)
    .join('&');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
