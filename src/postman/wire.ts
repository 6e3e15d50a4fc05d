import { percentEncodeBytes, utf8Bytes } from '../sigv4';
import { SigningProblem } from './problem';
import type { PmUrl } from './sandbox';

/** The host, path and query of a request exactly as newman puts them on the wire. */
export interface WireTarget {
  /** The Host header: lowercased host name, with the port exactly when the URL has one. */
  host: string;
  path: string;
  /** Without `?`. */
  query: string;
}

/**
 * postman-url-encoder 3.0.5 (`toNodeUrl`) percent-encodes these bytes, besides C0 controls,
 * DEL and every byte above 0x7F; `%` itself is never encoded, so `%XX` stays as typed
 * (postman-sandbox-facts §2).
 */
const PATH_EXTRA = ' "#<>?`{}';
const QUERY_EXTRA = ' "#\'<>';

function postmanEncode(text: string, extra: string): string {
  return percentEncodeBytes(utf8Bytes(text), (b) => b >= 0x20 && b < 0x7f && extra.indexOf(String.fromCharCode(b)) < 0);
}

export function encodeWirePath(path: string): string {
  return postmanEncode(path, PATH_EXTRA);
}

/**
 * The host as a Host header carries it: never with the default port of http or https. Node adds
 * `:port` only when it differs from the agent's default (`_http_client.js`), RFC 3986 §6.2.3 drops
 * a default port in normalization, and CloudFront sends the origin domain alone as Host.
 */
export function withoutDefaultPort(host: string): string {
  return host.replace(/:(443|80)$/, '');
}

/** Call after the URL is resolved: the target comes from the same parsed URL the runtime sends. */
export function wireTarget(url: PmUrl): WireTarget {
  const hostname = url.getHost().toLowerCase();
  if (hostname === '') throw new SigningProblem('The request URL has no host. Give the request a full URL, e.g. https://{{host}}/path.');
  if (/[^\x21-\x7e]/.test(hostname)) {
    throw new SigningProblem(
      /[^\x00-\x7f]/.test(hostname)
        ? `The request URL host "${hostname}" is not plain ASCII. Use its punycode (xn--) form in the URL.`
        : `The request URL host "${hostname}" contains a space or a control character, so it is not a host name. Check the request URL.`,
    );
  }
  const port = url.port === undefined || url.port === null || url.port === '' ? '' : ':' + String(url.port);
  return {
    host: hostname + port,
    path: encodeWirePath(url.getPath()),
    query: postmanEncode(url.getQueryString(), QUERY_EXTRA),
  };
}
