/**
 * Loopback stand-in for an API Gateway API with IAM (SigV4) authorization on every route.
 *
 * It verifies the request exactly as received (raw path, raw query, the headers named in
 * SignedHeaders, the body bytes) against the Host it receives, like API Gateway does behind
 * CloudFront, and answers with API Gateway's status, headers and JSON bodies. An accepted request
 * gets 200 with a JSON echo of what arrived (see apiGatewayResponses.ts).
 */
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { authenticate } from './apiGatewayAuth';
import type { CredentialIssuer } from './credentialIssuer';
import { Flavor, writeEcho, writeGatewayError } from './apiGatewayResponses';
import { readAuthorization } from './authorization';
import { DEFAULT_CREDENTIALS, StackCredential } from './credentials';
import { GatewayError, hostNotServed, httpApiForbidden, httpApiNotFound, missingAuthenticationToken } from './gatewayErrors';
import { HeaderPair, joinedHeader, readRequest } from './rawRequest';
import { serveOnLoopback } from './server';
import { bodySha256 } from './sigv4Expected';

export interface ApiGatewayOptions {
  /** Default `us-east-1`. */
  region?: string;
  /** Default `a1b2c3d4e5`. */
  apiId?: string;
  /** Accepted credentials. Default DEFAULT_CREDENTIALS (credentials.ts). */
  credentials?: readonly StackCredential[];
  /** Also accepted: the temporary credentials this issuer hands out, until their expiration. */
  issuer?: CredentialIssuer;
  /** The stand-in's clock is `now() + clockOffsetMs` (simulates client clock skew). Default 0. */
  clockOffsetMs?: number;
  /** Clock source, default Date.now (tests can pin it). */
  now?: () => number;
  /** A stage such as `prod`: only `/prod` and `/prod/...` exist. Default: every path exists. */
  stage?: string;
  /**
   * The host names it serves, e.g. its execute-api domain and a custom domain name (compared without
   * the port). A request whose Host is none of them gets 403 Forbidden. Default: any Host.
   */
  hostNames?: string[];
  /** `rest` (default) or `http`: an HTTP API answers a bad or missing signature with a bare Forbidden. */
  flavor?: Flavor;
  /** Default 0: a free port. */
  port?: number;
  /** The server closes itself after this long. Default 10 minutes. */
  maxLifetimeMs?: number;
}

export interface RecordedRequest {
  method: string;
  url: string;
  rawHeaders: HeaderPair[];
  body: Buffer;
}

export interface ApiGatewayStandIn {
  url: string;
  port: number;
  /** `${apiId}.execute-api.${region}.amazonaws.com`: what CloudFront sends as Host. */
  domain: string;
  region: string;
  stage?: string;
  flavor: Flavor;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** Accepted (200) requests per access key id that signed them. */
  acceptedByAccessKeyId: Record<string, number>;
  close(): Promise<void>;
}

export const DEFAULT_API_ID = 'a1b2c3d4e5';

/** An API's default endpoint host, e.g. `a1b2c3d4e5.execute-api.us-east-1.amazonaws.com`. */
export function executeApiDomain(apiId: string, region: string): string {
  return `${apiId}.execute-api.${region}.amazonaws.com`;
}

export async function startApiGateway(options: ApiGatewayOptions = {}): Promise<ApiGatewayStandIn> {
  const region = options.region ?? 'us-east-1';
  const apiId = options.apiId ?? DEFAULT_API_ID;
  const flavor: Flavor = options.flavor ?? 'rest';
  const stage = options.stage ? options.stage.replace(/^\/+|\/+$/g, '') : undefined;
  const credentials = options.credentials ?? DEFAULT_CREDENTIALS;
  const now = options.now ?? Date.now;
  const requests: RecordedRequest[] = [];
  const acceptedByAccessKeyId: Record<string, number> = Object.create(null);

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const received = await readRequest(req);
    requests.push({
      method: received.method,
      url: received.url,
      rawHeaders: received.rawHeaders,
      body: received.body,
    });
    const nowMs = now() + (options.clockOffsetMs ?? 0);
    // The Date response header comes from the gateway's own clock, skewed or not.
    res.setHeader('Date', new Date(nowMs).toUTCString());
    const reading = readAuthorization(received);
    const routed = stage === undefined || received.path === `/${stage}` || received.path.startsWith(`/${stage}/`);

    const reject = (error: GatewayError) => writeGatewayError(res, flavor, error);
    const host = (joinedHeader(received.rawHeaders, 'host') ?? '').replace(/:\d+$/, '').toLowerCase();
    if (options.hostNames && options.hostNames.indexOf(host) < 0) return reject(hostNotServed());
    if (flavor === 'http' && !routed) return reject(httpApiNotFound());
    if (reading.kind === 'none') return reject(flavor === 'http' ? httpApiForbidden() : missingAuthenticationToken());
    if (reading.kind === 'invalid') return reject(reading.error);
    if (!routed) return reject(missingAuthenticationToken());

    const outcome = await authenticate(received, reading.auth, { region, credentials, issuer: options.issuer }, nowMs);
    if (!outcome.ok) {
      return reject(flavor === 'http' && outcome.signatureMismatch ? httpApiForbidden() : outcome.error);
    }
    const keyId = outcome.credential.accessKeyId;
    acceptedByAccessKeyId[keyId] = (acceptedByAccessKeyId[keyId] ?? 0) + 1;
    writeEcho(res, flavor, received, reading.auth, outcome.expected, await bodySha256(received.body));
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => internalError(res, error));
  });
  const serving = await serveOnLoopback(server, { port: options.port, maxLifetimeMs: options.maxLifetimeMs });
  return {
    url: serving.url,
    port: serving.port,
    domain: executeApiDomain(apiId, region),
    region,
    stage,
    flavor,
    requests,
    acceptedByAccessKeyId,
    close: serving.close,
  };
}

/** A bug in the stand-in: say so plainly rather than imitate an AWS answer. */
function internalError(res: ServerResponse, error: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  res.writeHead(500, { 'Content-Type': 'text/plain' });
  res.end(`API Gateway stand-in failed: ${message}\n`);
}
