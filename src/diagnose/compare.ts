import { headerValue, type CanonicalParts } from './canonicalParts';

/** One way in which what API Gateway verified differs from what was signed. */
export type Difference =
  | { part: 'host'; seen: string; signed: string }
  /** API Gateway's path starts with `seenPrefix` where the signed one starts with `signedPrefix` (canonical form). */
  | { part: 'path-prefix'; seenPrefix: string; signedPrefix: string; seen: string; signed: string }
  | { part: 'path-encoding'; seen: string; signed: string }
  | { part: 'path'; seen: string; signed: string }
  | { part: 'query-missing'; names: string[] }
  | { part: 'query-changed'; names: string[] }
  | { part: 'query-added'; names: string[] }
  | { part: 'header-changed'; name: string; seen: string; signed: string }
  | { part: 'payload'; seen: string; signed: string }
  | { part: 'method'; seen: string; signed: string };

/**
 * Line by line, API Gateway's canonical request ("should have been") against the one signed.
 * `token` is the session token, so that API Gateway's copy can be compared with the signed
 * copy, in which it is redacted as `redacted`.
 */
export function compareCanonical(seen: CanonicalParts, signed: CanonicalParts, token: { value?: string; redacted: string }): Difference[] {
  const differences: Difference[] = [];
  if (seen.method !== signed.method) differences.push({ part: 'method', seen: seen.method, signed: signed.method });

  const seenHost = headerValue(seen, 'host') ?? '';
  const signedHost = headerValue(signed, 'host') ?? '';
  if (seenHost !== signedHost) differences.push({ part: 'host', seen: seenHost, signed: signedHost });

  if (seen.path !== signed.path) differences.push(comparePaths(seen.path, signed.path));
  differences.push(...compareQueries(seen.query, signed.query));

  for (const [name, signedValue] of signed.headers) {
    if (name === 'host') continue;
    let seenValue = headerValue(seen, name) ?? '';
    if (name === 'x-amz-security-token') {
      if (token.value === undefined) continue;
      seenValue = seenValue.split(token.value).join(token.redacted);
    }
    if (seenValue !== signedValue) differences.push({ part: 'header-changed', name, seen: seenValue, signed: signedValue });
  }

  if (seen.payloadHash !== signed.payloadHash) differences.push({ part: 'payload', seen: seen.payloadHash, signed: signed.payloadHash });
  return differences;
}

function comparePaths(seen: string, signed: string): Difference {
  if (decode(decode(seen)) === decode(decode(signed))) return { part: 'path-encoding', seen, signed };
  const seenSegments = seen.split('/');
  const signedSegments = signed.split('/');
  let common = 0;
  while (
    common < Math.min(seenSegments.length, signedSegments.length) - 1 &&
    seenSegments[seenSegments.length - 1 - common] === signedSegments[signedSegments.length - 1 - common]
  ) {
    common++;
  }
  if (common === 0) return { part: 'path', seen, signed };
  return {
    part: 'path-prefix',
    seenPrefix: seenSegments.slice(0, seenSegments.length - common).join('/'),
    signedPrefix: signedSegments.slice(0, signedSegments.length - common).join('/'),
    seen,
    signed,
  };
}

function compareQueries(seen: Array<[string, string]>, signed: Array<[string, string]>): Difference[] {
  const seenNames = seen.map(([name]) => name);
  const signedNames = signed.map(([name]) => name);
  const missing = unique(signedNames.filter((name) => seenNames.indexOf(name) < 0));
  const added = unique(seenNames.filter((name) => signedNames.indexOf(name) < 0));
  const values = (pairs: Array<[string, string]>, name: string) => pairs.filter(([key]) => key === name).map(([, value]) => value).join('&');
  const changed = unique(signedNames.filter((name) => seenNames.indexOf(name) >= 0 && values(seen, name) !== values(signed, name)));
  const differences: Difference[] = [];
  if (missing.length) differences.push({ part: 'query-missing', names: missing.map(decode) });
  if (changed.length) differences.push({ part: 'query-changed', names: changed.map(decode) });
  if (added.length) differences.push({ part: 'query-added', names: added.map(decode) });
  return differences;
}

function unique(names: string[]): string[] {
  return names.filter((name, index) => names.indexOf(name) === index);
}

/** One level of percent-decoding, leaving anything malformed as it is. */
export function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch (error) {
    return text.replace(/%([0-9A-Fa-f]{2})/g, (escape, hex) => (parseInt(hex, 16) < 0x80 ? String.fromCharCode(parseInt(hex, 16)) : escape));
  }
}
