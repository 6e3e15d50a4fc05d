import { QUERY } from '../sigv4';
import { SigningProblem } from './problem';
import type { PmUrl } from './sandbox';
import { wireTarget, type WireTarget } from './wire';

const QUERY_AUTH_NAMES = Object.keys(QUERY).map((name) => QUERY[name as keyof typeof QUERY].toLowerCase());

/**
 * The URL's text split where the runtime splits it: before `?`, the query, and the `#fragment`
 * (never sent). Only toString and update are used, as freezeRequest does, so the CLI's URL works too.
 */
function splitUrl(url: PmUrl): { base: string; query: string | undefined; fragment: string } {
  const text = url.toString();
  const hash = text.indexOf('#');
  const beforeHash = hash < 0 ? text : text.slice(0, hash);
  const fragment = hash < 0 ? '' : text.slice(hash);
  const mark = beforeHash.indexOf('?');
  return mark < 0 ? { base: beforeHash, query: undefined, fragment } : { base: beforeHash.slice(0, mark), query: beforeHash.slice(mark + 1), fragment };
}

/**
 * Drops the X-Amz-* parameters an earlier presigning left in the URL (the script may run twice for
 * one request, and newman keeps the changed request for the next iteration). Says whether it did.
 */
export function removeQueryAuth(url: PmUrl): boolean {
  const { base, query, fragment } = splitUrl(url);
  if (query === undefined) return false;
  const items = query.split('&');
  const kept = items.filter((item) => QUERY_AUTH_NAMES.indexOf(item.split('=')[0].toLowerCase()) < 0);
  if (kept.length === items.length) return false;
  const rest = kept.filter((item) => item !== '').join('&');
  url.update(base + (rest === '' ? '' : '?' + rest) + fragment);
  return true;
}

/**
 * Sets the URL's query to the presigned wire query and checks that newman will send exactly that:
 * the added values are strictly percent-encoded, which postman-url-encoder leaves as they are.
 */
export function setWireQuery(url: PmUrl, query: string): WireTarget {
  const { base, fragment } = splitUrl(url);
  url.update(base + '?' + query + fragment);
  const target = wireTarget(url);
  if (target.query !== query) {
    throw new SigningProblem('The presigned query would not be sent as signed (the URL re-encodes it). Please report this with the request URL shape.');
  }
  return target;
}

/** The presigned URL as it goes on the wire, for pasting into a browser, curl or another request. */
export function wireUrl(url: PmUrl, target: WireTarget): string {
  return `${url.protocol || 'http'}://${target.host}${target.path}?${target.query}`;
}
