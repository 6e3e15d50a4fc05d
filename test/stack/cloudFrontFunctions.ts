/**
 * CloudFront Functions on the viewer-request event, as the data-plane stand-in runs them: the
 * function gets the viewer request (method, URI, raw query string, headers) and returns the request
 * CloudFront goes on with (CloudFront Developer Guide, "Event structure": a viewer-request function
 * may change `request.uri`, `request.querystring` and `request.headers`).
 */
import type { HeaderPair } from './rawRequest';

export interface FunctionRequest {
  method: string;
  /** The raw path, e.g. `/pets/42`. */
  uri: string;
  /** The raw query string after `?`, or ''. */
  querystring: string;
  headers: HeaderPair[];
}

export type ViewerRequestFunction = (request: FunctionRequest) => FunctionRequest;

/** A function that puts `prefix` in front of every URI (a versioned API behind an unversioned path). */
export const prefixUri =
  (prefix: string): ViewerRequestFunction =>
  (request) => ({ ...request, uri: prefix + request.uri });

/** A function that adds a header and changes nothing the signature covers. */
export const addHeader =
  (name: string, value: string): ViewerRequestFunction =>
  (request) => ({ ...request, headers: [...request.headers, [name, value]] });

/** The viewer request as the function leaves it: the path, query and headers CloudFront goes on with. */
export function runViewerRequest(
  run: ViewerRequestFunction | undefined,
  viewer: { method: string; path: string; query: string; rawHeaders: HeaderPair[] },
): { path: string; query: string; rawHeaders: HeaderPair[] } {
  if (!run) return viewer;
  const result = run({ method: viewer.method, uri: viewer.path, querystring: viewer.query, headers: viewer.rawHeaders.slice() });
  return { path: result.uri, query: result.querystring, rawHeaders: result.headers };
}
