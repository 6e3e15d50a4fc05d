/**
 * Loopback stand-in for a CloudFront distribution in front of an API Gateway origin: a reverse
 * proxy that sets Host to the origin domain, prepends the origin path to the raw viewer path,
 * forwards all, none or an allowlist of query parameters, strips Authorization unless all viewer
 * headers are forwarded, adds Via / X-Amz-Cf-Id / X-Forwarded-For, replaces User-Agent, and
 * forwards the body bytes unchanged (request rules in cloudFrontRequest.ts). It answers with
 * CloudFront's own error pages (cloudFrontPages.ts) where CloudFront does, or always (`ownErrorPage`).
 * Optionally it signs the origin request itself (origin access control for a Lambda function URL
 * origin: originAccessControl.ts) and replaces the origin's error answers with pages of the
 * distribution (custom error responses: customErrorResponses.ts). A method the cache behavior
 * does not allow gets CloudFront's own 403 page (allowedMethods).
 * WebSocket handshakes go to the origin by the same rules (cloudFrontUpgrade.ts).
 */
import { randomBytes } from 'node:crypto';
import { Agent, createServer, IncomingMessage, request as httpRequest, ServerResponse } from 'node:http';
import { runViewerRequest, type ViewerRequestFunction } from './cloudFrontFunctions';
import { ownErrorPage, type OwnErrorPage } from './cloudFrontPages';
import { buildOriginRequest, newCfId, OriginRequestSettings, QueryStringPolicy } from './cloudFrontRequest';
import { upgradeProxy } from './cloudFrontUpgrade';
import { checkCustomErrorResponses, replaceErrorAnswer, type CustomErrorResponse } from './customErrorResponses';
import { signForOrigin, type OriginAccessControl } from './originAccessControl';
import { flattenHeaders, HeaderPair, pairUp, readRequest } from './rawRequest';
import { serveOnLoopback } from './server';

export interface CloudFrontOptions {
  /** The origin: a URL (e.g. the API Gateway stand-in's url), or the stand-in itself. */
  origin: string | { url: string; domain: string };
  /** Host sent to the origin. Default: the stand-in's domain, else the origin URL's host. */
  originDomain?: string;
  /** Prepended to the raw viewer path, e.g. `/prod`. Default ''. */
  originPath?: string;
  /** Like the managed policy AllViewerExceptHostHeader (default true); false strips Authorization. */
  forwardAllViewerHeaders?: boolean;
  /** Forward the viewer's Host instead of the origin domain, as the managed AllViewer policy does. Default false. */
  forwardViewerHost?: boolean;
  /** Lowercase header names: only these viewer headers (and the body's framing) reach the origin. Default: all but those CloudFront strips. */
  forwardedHeaders?: string[];
  /** A CloudFront Function on viewer-request (cloudFrontFunctions.ts): it may rewrite the URI, query string and headers. */
  viewerRequestFunction?: ViewerRequestFunction;
  /** `all` (default), `none`, or the names of the parameters to forward. */
  queryStrings?: QueryStringPolicy;
  /** Headers the distribution sets toward the origin (origin custom headers), replacing the viewer's. Default none. */
  originCustomHeaders?: Record<string, string>;
  /** Stand in for a proxy on the way that decodes percent-encoded unreserved characters in the path. Default false. */
  normalizePathEncoding?: boolean;
  /** This distribution's own domain name. Default `d111111abcdef8.cloudfront.net`. */
  domain?: string;
  /** Default 0: a free port. */
  port?: number;
  /** The server closes itself after this long. Default 10 minutes. */
  maxLifetimeMs?: number;
  /** Answer every request with this page of CloudFront's own, as a blocked or broken distribution does. */
  ownErrorPage?: OwnErrorPage;
  /**
   * The distribution's alternate domain names (CNAMEs). When given, a viewer Host that is none of
   * these, the distribution's domain or the loopback address it listens on gets the 403 "Bad
   * request." page, as CloudFront answers a Host it has no distribution for (AWS re:Post, "How do I
   * troubleshoot 403 errors from CloudFront?": the domain name isn't associated with a CNAME).
   */
  alternateDomainNames?: string[];
  /** Origin response timeout. Default 30 s. */
  originTimeoutMs?: number;
  /** The origin's origin access control: CloudFront signs the origin request (originAccessControl.ts). Default none. */
  originAccessControl?: OriginAccessControl;
  /** The distribution's CustomErrorResponses (customErrorResponses.ts). Default none. */
  customErrorResponses?: CustomErrorResponse[];
  /** The pages a ResponsePagePath names: path -> HTML. Default for any path: a single-page app's index.html. */
  errorPages?: Record<string, string>;
  /** The cache behavior's AllowedMethods, one of the three sets CloudFront offers (ALLOWED_METHOD_SETS). Default: all seven. */
  allowedMethods?: string[];
}

/**
 * The only AllowedMethods CloudFront accepts: "CloudFront forwards only GET and HEAD requests",
 * "only GET, HEAD, and OPTIONS requests", or "GET, HEAD, OPTIONS, PUT, PATCH, POST, and DELETE
 * requests" (CloudFront API reference, AllowedMethods). Any other method gets its own 403 page.
 */
export const ALLOWED_METHOD_SETS = [
  ['GET', 'HEAD'],
  ['GET', 'HEAD', 'OPTIONS'],
  ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'],
];

function checkAllowedMethods(methods: readonly string[]): void {
  const sorted = (list: readonly string[]) => list.map((method) => method.toUpperCase()).sort().join(',');
  if (!ALLOWED_METHOD_SETS.some((set) => sorted(set) === sorted(methods))) {
    throw new Error(`allowedMethods: CloudFront offers only ${ALLOWED_METHOD_SETS.map((set) => set.join(', ')).join(' | ')}, not ${methods.join(', ')}`);
  }
}

export interface CloudFrontStandIn {
  url: string;
  port: number;
  domain: string;
  originDomain: string;
  originPath: string;
  close(): Promise<void>;
}

const RESPONSE_HOP_BY_HOP = ['connection', 'keep-alive', 'transfer-encoding', 'trailer', 'upgrade'];
const POP = 'LCL50-P1';

export async function startCloudFront(options: CloudFrontOptions): Promise<CloudFrontStandIn> {
  const originUrl = new URL(typeof options.origin === 'string' ? options.origin : options.origin.url);
  const originDomain =
    options.originDomain ?? (typeof options.origin === 'string' ? originUrl.host : options.origin.domain);
  const originPath = normalizeOriginPath(options.originPath ?? '');
  const customErrorResponses = options.customErrorResponses ?? [];
  checkCustomErrorResponses(customErrorResponses);
  if (options.allowedMethods) checkAllowedMethods(options.allowedMethods);
  const allowedMethods = options.allowedMethods?.map((method) => method.toUpperCase());
  const via = `1.1 ${randomBytes(16).toString('hex')}.cloudfront.net (CloudFront)`;
  const agent = new Agent({ keepAlive: true });
  const domain = options.domain ?? 'd111111abcdef8.cloudfront.net';
  const servedNames = [domain, ...(options.alternateDomainNames ?? [])].map((name) => name.toLowerCase());
  /** The loopback Host values it listens on, known once listening. */
  let loopbackHosts: string[] = [];
  const servesHost = (host: string) =>
    loopbackHosts.indexOf(host.toLowerCase()) >= 0 || servedNames.indexOf(host.toLowerCase().replace(/:\d+$/, '')) >= 0;

  /** The origin request rules, for the viewer request that X-Amz-Cf-Id names. */
  const originSettings = (cfId = newCfId()): OriginRequestSettings => ({
    originDomain,
    originPath,
    forwardAllViewerHeaders: options.forwardAllViewerHeaders ?? true,
    forwardViewerHost: options.forwardViewerHost ?? false,
    forwardedHeaders: options.forwardedHeaders,
    queryStrings: options.queryStrings ?? 'all',
    originCustomHeaders: Object.entries(options.originCustomHeaders ?? {}),
    normalizePathEncoding: options.normalizePathEncoding ?? false,
    via,
    cfId,
  });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const viewer = await readRequest(req);
    const cfId = newCfId();
    const edgeHeaders = (xCache: string): HeaderPair[] => [
      ['X-Cache', xCache],
      ['Via', via],
      ['X-Amz-Cf-Pop', POP],
      ['X-Amz-Cf-Id', cfId],
    ];
    const ownError = (name: OwnErrorPage) => {
      const { status, html } = ownErrorPage(name, cfId);
      const body = Buffer.from(html, 'latin1');
      res.writeHead(status, flattenHeaders([
        ['Server', 'CloudFront'],
        ['Content-Type', 'text/html'],
        ['Content-Length', String(body.length)],
        ...edgeHeaders('Error from cloudfront'),
      ]));
      res.end(body);
    };
    if (options.ownErrorPage) return ownError(options.ownErrorPage);
    const viewerHost = viewer.rawHeaders.find(([name]) => name.toLowerCase() === 'host');
    if (options.alternateDomainNames && !servesHost(viewerHost ? viewerHost[1] : '')) return ownError('bad-request');
    if (allowedMethods && allowedMethods.indexOf(viewer.method) < 0) return ownError('method-not-allowed');
    // "If a viewer GET request includes a body, CloudFront returns an HTTP status code 403
    // (Forbidden) to the viewer" (CloudFront Developer Guide, custom origins, "GET requests that
    // include a body").
    if (viewer.method === 'GET' && viewer.body.length > 0) return ownError('bad-request');

    const origin = buildOriginRequest({ ...viewer, ...runViewerRequest(options.viewerRequestFunction, viewer), bodyLength: viewer.body.length }, originSettings(cfId));
    const originHeaders = options.originAccessControl
      ? await signForOrigin(options.originAccessControl, { method: viewer.method, ...origin }, viewer.rawHeaders, originDomain, new Date())
      : origin.headers;
    const outgoing = httpRequest({
      host: originUrl.hostname,
      port: originUrl.port,
      method: viewer.method,
      path: origin.target,
      headers: flattenHeaders(originHeaders),
      agent,
      timeout: options.originTimeoutMs ?? 30_000,
    });
    // No answer within the origin response timeout is a 504; a refused connection a 502
    // (CloudFront Developer Guide, "HTTP 504 status code (Gateway Timeout)" and "HTTP 502").
    let timedOut = false;
    outgoing.on('timeout', () => {
      timedOut = true;
      outgoing.destroy(new Error('origin response timeout'));
    });
    outgoing.on('error', () => {
      if (!res.headersSent) ownError(timedOut ? 'origin-timeout' : 'origin-unreachable');
      else res.destroy();
    });
    outgoing.on('response', (originRes) => {
      const chunks: Buffer[] = [];
      originRes.on('data', (chunk: Buffer) => chunks.push(chunk));
      originRes.on('error', () => res.destroy());
      originRes.on('end', () => {
        const body = Buffer.concat(chunks);
        const status = originRes.statusCode ?? 502;
        // A HEAD answer has no body: keep the origin's Content-Length as is.
        const head = viewer.method === 'HEAD';
        const replaced = replaceErrorAnswer(status, customErrorResponses, options.errorPages ?? {});
        if (replaced) {
          res.writeHead(replaced.status, flattenHeaders([
            ['Content-Type', replaced.contentType],
            ['Content-Length', String(replaced.body.length)],
            ...edgeHeaders('Error from cloudfront'),
          ]));
          res.end(head ? undefined : replaced.body);
          return;
        }
        const passed = pairUp(originRes.rawHeaders).filter(([name]) => {
          const lower = name.toLowerCase();
          return RESPONSE_HOP_BY_HOP.indexOf(lower) < 0 && !(lower === 'content-length' && !head);
        });
        res.writeHead(status, flattenHeaders([
          ...passed,
          ...(head ? [] : [['Content-Length', String(body.length)] as HeaderPair]),
          ...edgeHeaders(status >= 400 ? 'Error from cloudfront' : 'Miss from cloudfront'),
        ]));
        res.end(body);
      });
    });
    outgoing.end(viewer.body);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  server.on('upgrade', upgradeProxy(originUrl, originSettings));
  const serving = await serveOnLoopback(server, {
    port: options.port,
    maxLifetimeMs: options.maxLifetimeMs,
    onClose: () => agent.destroy(),
  });
  loopbackHosts = [`127.0.0.1:${serving.port}`, `localhost:${serving.port}`];
  return {
    url: serving.url,
    port: serving.port,
    domain,
    originDomain,
    originPath,
    close: serving.close,
  };
}

/** CloudFront requires an origin path to start with `/` and not end with one. */
function normalizeOriginPath(path: string): string {
  if (path === '' || path === '/') return '';
  if (!path.startsWith('/')) throw new Error(`originPath must start with "/": ${path}`);
  // It goes into the origin request line as is: refuse what HTTP cannot carry there.
  if (/[^\x21-\x7e]|[?#]/.test(path)) throw new Error(`originPath must be a percent-encoded path without "?" or "#": ${path}`);
  return path.replace(/\/+$/, '');
}
