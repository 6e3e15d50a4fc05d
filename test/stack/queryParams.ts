/**
 * The raw query as API Gateway reads it: form decoding (a raw `+` is a space, `%2B` a plus),
 * every duplicate kept, a parameter without `=` has the value ''. The result is the decoded
 * object `@smithy/signature-v4` takes (it re-encodes and sorts it for the canonical query).
 */
export type SigningQuery = Record<string, string | string[]>;

/** URLSearchParams drops one leading `?`, which on the wire belongs to the first key (`/p??a=1` has the key `?a`). */
function searchParams(rawQuery: string): URLSearchParams {
  return new URLSearchParams('&' + rawQuery);
}

export function parseQueryForSigning(rawQuery: string): SigningQuery {
  const query: SigningQuery = Object.create(null);
  searchParams(rawQuery).forEach((value, key) => {
    const existing = query[key];
    if (existing === undefined) query[key] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else query[key] = [existing, value];
  });
  return query;
}

/** The first decoded value of a query parameter (exact, case-sensitive name), or undefined. */
export function firstQueryValue(rawQuery: string, name: string): string | undefined {
  const value = searchParams(rawQuery).get(name);
  return value === null ? undefined : value;
}
