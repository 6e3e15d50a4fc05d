/**
 * How the CloudFront stand-in turns a viewer request into the origin request: the path, the
 * query it forwards, and the headers. Source for the header rules: the CloudFront Developer
 * Guide, "Request and response behavior for custom origins" (awsdocs/amazon-cloudfront-developer-guide
 * doc_source/RequestAndResponseBehaviorCustomOrigin.md, table "HTTP request headers and CloudFront
 * behavior") and notes/sigv4-rules.md section 5.
 */
import { randomBytes } from 'node:crypto';
import type { HeaderPair } from './rawRequest';

export type QueryStringPolicy = 'all' | 'none' | string[];

/** Hop-by-hop headers (RFC 7230 6.1) a proxy never forwards. */
const HOP_BY_HOP = ['connection', 'keep-alive', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'proxy-connection'];

/**
 * Removed by CloudFront whatever the policy: Expect, X-Forwarded-Proto, X-Real-IP,
 * X-HTTP-Method-Override, Proxy-* (Proxy-Authenticate, Proxy-Authorization, Proxy-Connection),
 * TE, Trailer, Upgrade, X-Edge-*. Host, Via, User-Agent, X-Forwarded-For and X-Amz-Cf-Id are
 * set by the stand-in itself, so viewer copies are dropped here and rebuilt.
 */
const ALWAYS_REMOVED = ['expect', 'x-forwarded-proto', 'x-real-ip', 'x-http-method-override', 'host', 'x-amz-cf-id'];
const ALWAYS_REMOVED_PREFIXES = ['proxy-', 'x-edge-'];

/**
 * Without an origin request policy that forwards all viewer headers (e.g. the managed
 * AllViewerExceptHostHeader), CloudFront does not forward Authorization ("You cannot forward
 * the Authorization header individually in an origin request policy"), and a legacy cache setting
 * that forwards no headers also removes Accept, Accept-Charset, Accept-Language, Referer and
 * Cookie (Cookie only unless cookies are forwarded). The stand-in strips all six.
 */
const STRIPPED_UNLESS_ALL_VIEWER_HEADERS = [
  'authorization',
  'accept',
  'accept-charset',
  'accept-language',
  'referer',
  'cookie',
];

/** What a body needs to arrive intact: forwarded whatever the header policy lists. */
const BODY_FRAMING = ['content-length', 'content-type', 'transfer-encoding', 'content-encoding'];

export interface OriginRequestSettings {
  originDomain: string;
  originPath: string;
  forwardAllViewerHeaders: boolean;
  /** Send the viewer's Host instead of the origin domain (an origin request policy that includes Host, as AllViewer). */
  forwardViewerHost: boolean;
  /**
   * Lowercase names: the only viewer headers forwarded, besides the body's framing (a cache policy
   * and origin request policy that list their headers: "Only the specified values from the viewer
   * request are included", CloudFront Developer Guide, "Understand how origin request policies and
   * cache policies work together"); it replaces forwardAllViewerHeaders. Undefined: that decides.
   */
  forwardedHeaders?: string[];
  queryStrings: QueryStringPolicy;
  /** Origin custom headers: CloudFront sets them toward the origin, replacing the viewer's. */
  originCustomHeaders: HeaderPair[];
  /** Decode percent-encoded unreserved characters in the path, as a normalizing proxy on the way would. */
  normalizePathEncoding: boolean;
  /** `1.1 <hex>.cloudfront.net (CloudFront)` */
  via: string;
  cfId: string;
}

/** A new X-Amz-Cf-Id: 40 random bytes in URL-safe base64, the shape CloudFront's ids have. */
export function newCfId(): string {
  return randomBytes(40).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
}

export interface ViewerRequest {
  path: string;
  query: string;
  rawHeaders: HeaderPair[];
  remoteAddress: string;
  bodyLength: number;
}

export interface OriginRequest {
  target: string;
  headers: HeaderPair[];
}

export function buildOriginRequest(viewer: ViewerRequest, settings: OriginRequestSettings): OriginRequest {
  const query = forwardedQuery(viewer.query, settings.queryStrings);
  const path = settings.normalizePathEncoding ? decodeUnreserved(viewer.path) : viewer.path;
  const target = settings.originPath + path + (query === '' ? '' : '?' + query);
  return { target, headers: forwardedHeaders(viewer, settings) };
}

/** RFC 3986 §6.2.2.2: `%7E` becomes `~`, `%41` becomes `A`; other escapes stay. */
function decodeUnreserved(path: string): string {
  return path.replace(/%([0-9A-Fa-f]{2})/g, (escape, hex) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    return /[A-Za-z0-9\-._~]/.test(char) ? char : escape;
  });
}

/** Keeps all, none, or the allowlisted parameters (raw, in viewer order). */
export function forwardedQuery(rawQuery: string, policy: QueryStringPolicy): string {
  if (policy === 'all') return rawQuery;
  if (policy === 'none') return '';
  return rawQuery
    .split('&')
    .filter((piece) => piece !== '' && policy.indexOf(decodeKey(piece)) >= 0)
    .join('&');
}

function decodeKey(piece: string): string {
  const eq = piece.indexOf('=');
  const rawKey = (eq < 0 ? piece : piece.slice(0, eq)).replace(/\+/g, ' ');
  try {
    return decodeURIComponent(rawKey);
  } catch {
    return rawKey;
  }
}

function forwardedHeaders(viewer: ViewerRequest, settings: OriginRequestSettings): HeaderPair[] {
  const connectionTokens = viewer.rawHeaders
    .filter(([name]) => name.toLowerCase() === 'connection')
    .map(([, value]) => value.split(',').map((token) => token.trim().toLowerCase()))
    .reduce((all, tokens) => all.concat(tokens), [] as string[]);
  const custom = settings.originCustomHeaders.map(([name]) => name.toLowerCase());
  const allowed = settings.forwardedHeaders;
  const dropped = (lower: string) =>
    custom.indexOf(lower) >= 0 ||
    HOP_BY_HOP.indexOf(lower) >= 0 ||
    connectionTokens.indexOf(lower) >= 0 ||
    ALWAYS_REMOVED.indexOf(lower) >= 0 ||
    ALWAYS_REMOVED_PREFIXES.some((prefix) => lower.startsWith(prefix)) ||
    (allowed !== undefined
      ? allowed.indexOf(lower) < 0 && BODY_FRAMING.indexOf(lower) < 0
      : !settings.forwardAllViewerHeaders && STRIPPED_UNLESS_ALL_VIEWER_HEADERS.indexOf(lower) >= 0);

  const viewerVia: string[] = [];
  const viewerForwardedFor: string[] = [];
  const kept: HeaderPair[] = [];
  for (const [name, value] of viewer.rawHeaders) {
    const lower = name.toLowerCase();
    if (lower === 'via') viewerVia.push(value);
    else if (lower === 'x-forwarded-for') viewerForwardedFor.push(value);
    else if (lower !== 'user-agent' && !dropped(lower)) kept.push([name, value]);
  }
  const hasLength = kept.some(([name]) => name.toLowerCase() === 'content-length');
  const viewerHost = viewer.rawHeaders.find(([name]) => name.toLowerCase() === 'host');
  return [
    ['Host', settings.forwardViewerHost && viewerHost ? viewerHost[1] : settings.originDomain],
    ...kept,
    // "If a viewer request includes a header with the same name as an origin custom header, CloudFront overwrites it" (add-origin-custom-headers.md).
    ...settings.originCustomHeaders,
    ...(hasLength || viewer.bodyLength === 0 ? [] : [['Content-Length', String(viewer.bodyLength)] as HeaderPair]),
    // "CloudFront replaces the value of this header field with Amazon CloudFront".
    ['User-Agent', 'Amazon CloudFront'],
    ['Via', viewerVia.concat(settings.via).join(', ')],
    // The viewer's address is appended to any X-Forwarded-For it sent, with a bare comma.
    ['X-Forwarded-For', viewerForwardedFor.concat(viewer.remoteAddress).join(',')],
    ['X-Amz-Cf-Id', settings.cfId],
    // "CloudFront replaces this header with Connection: Keep-Alive".
    ['Connection', 'Keep-Alive'],
  ];
}
