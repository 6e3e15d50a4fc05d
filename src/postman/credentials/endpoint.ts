import { inferScope } from '../../sigv4';
import { SigningProblem } from '../problem';
import { encodeWirePath } from '../wire';

/** A credentials service's URL, taken apart the way newman will send to it. */
export interface Endpoint {
  url: string;
  /** The Host header newman sends: the host name lowercased, with the port exactly when the URL has one. */
  host: string;
  /** The wire path, `/` when the URL has none. */
  path: string;
  /** The region its host names, if any (`sts.eu-west-1.amazonaws.com`; `sts.amazonaws.com` is us-east-1). */
  region?: string;
}

const URL_PARTS = /^(https?):\/\/(\[[0-9a-f:.]+\]|[^/?#:@[\]\s]+)(?::(\d{1,5}))?(\/[^?#]*)?$/i;

/**
 * http is accepted only for loopback hosts, as the AWS SDKs require of a credentials endpoint
 * (@aws-sdk/credential-provider-http, `checkUrl`): credentials must not cross a network in clear.
 */
export function isLoopback(hostname: string): boolean {
  if (hostname === 'localhost' || hostname === '[::1]') return true;
  const octets = hostname.split('.');
  return octets.length === 4 && octets[0] === '127' && octets.every((octet) => /^\d{1,3}$/.test(octet) && Number(octet) <= 255);
}

/** A refused URL as quoted in a message: a password before the host or a token in the query stays out of reports. */
function quotable(url: string): string {
  // Up to the last @, scheme or not: a password may hold / ? or #, and hiding too much is harmless.
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)?[\s\S]*@/i, '$1...@').replace(/([?#]).*$/, '$1...');
}

/** The endpoint a variable names (or the AWS default), refusing what newman could not send to or what would expose credentials. */
export function parseEndpoint(variable: string, url: string): Endpoint {
  const parts = URL_PARTS.exec(url);
  if (!parts) {
    throw new SigningProblem(`${variable} "${quotable(url)}" is not an http(s) URL without a query. Set it to the full URL, e.g. https://sts.us-east-1.amazonaws.com or http://127.0.0.1:9911/.`);
  }
  const scheme = parts[1].toLowerCase();
  const hostname = parts[2].toLowerCase();
  if (scheme === 'http' && !isLoopback(hostname)) {
    throw new SigningProblem(`${variable} uses http to ${hostname}, which is not a loopback address: credentials would cross the network unencrypted. Use https, or http only to 127.0.0.1, localhost or [::1].`);
  }
  const host = hostname + (parts[3] !== undefined ? ':' + parts[3] : '');
  return { url, host, path: encodeWirePath(parts[4] || '/'), region: inferScope(hostname).region };
}
