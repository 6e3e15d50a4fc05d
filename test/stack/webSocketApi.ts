/**
 * Loopback stand-in for an API Gateway WebSocket API whose `$connect` route has IAM (SigV4)
 * authorization. The handshake request (a GET with `Upgrade: websocket`) is verified as the HTTP
 * stand-in verifies a presigned request (authorization.ts, apiGatewayAuth.ts: `@smithy/signature-v4`,
 * not src/), against the Host it receives, on a clock the caller may control. An accepted
 * connection echoes every message back.
 *
 * A refused handshake is an HTTP 403 and no connection: an IAM WebSocket API answers wscat's
 * unsigned connect with 403 (aws-samples/serverless-patterns#1144, apigw-websocket-api-iam README),
 * as it does a bad signature (mhart/aws4fetch#53, loginov-rocks "Authorize Access to WebSocket API
 * Gateway with AWS Signature V4"). No public report quotes the body of that 403: the stand-in sends
 * the HTTP API's `{"message":"Forbidden"}` (WebSocket APIs are API Gateway v2, as HTTP APIs are),
 * and records the reason it found in `connects` for the tests.
 */
import { randomUUID } from 'node:crypto';
import { createServer, STATUS_CODES, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { executeApiDomain } from './apiGateway';
import { authenticate } from './apiGatewayAuth';
import { redactAll } from './apiGatewayResponses';
import { readAuthorization } from './authorization';
import { DEFAULT_CREDENTIALS, type StackCredential } from './credentials';
import { errorBody, httpApiForbidden, type GatewayError } from './gatewayErrors';
import { requestHead } from './rawRequest';
import { serveOnLoopback } from './server';

export interface WebSocketApiOptions {
  /** Default `us-east-1`. */
  region?: string;
  /** Default `w1s2o3c4k5`. */
  apiId?: string;
  /** Accepted credentials. Default DEFAULT_CREDENTIALS (credentials.ts). */
  credentials?: readonly StackCredential[];
  /** The stand-in's clock, default Date.now: a test moves it past a URL's X-Amz-Expires. */
  now?: () => number;
  /** Default 0: a free port. */
  port?: number;
  /** The server closes itself after this long. Default 10 minutes. */
  maxLifetimeMs?: number;
}

/** One `$connect` as the stand-in judged it; the session token is redacted everywhere. */
export interface ConnectAttempt {
  /** The raw request target as received. */
  url: string;
  host: string | undefined;
  accepted: boolean;
  accessKeyId?: string;
  /** Why it was refused: the answer a REST API would give (message and x-amzn-ErrorType). */
  refusal?: GatewayError;
}

export interface WebSocketApiStandIn {
  /** `ws://127.0.0.1:PORT` */
  url: string;
  port: number;
  /** `${apiId}.execute-api.${region}.amazonaws.com`: what CloudFront sends as Host. */
  domain: string;
  region: string;
  connects: ConnectAttempt[];
  close(): Promise<void>;
}

export async function startWebSocketApi(options: WebSocketApiOptions = {}): Promise<WebSocketApiStandIn> {
  const region = options.region ?? 'us-east-1';
  const apiId = options.apiId ?? 'w1s2o3c4k5';
  const credentials = options.credentials ?? DEFAULT_CREDENTIALS;
  const now = options.now ?? Date.now;
  const connects: ConnectAttempt[] = [];
  const sockets = new WebSocketServer({ noServer: true });
  sockets.on('connection', (socket) => {
    socket.on('message', (data, isBinary) => socket.send(data, { binary: isBinary }));
  });

  const connect = async (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const received = requestHead(req);
    const reading = readAuthorization(received);
    const token = reading.kind === 'sigv4' ? reading.auth.securityToken : undefined;
    const redact = (text: string) => redactAll(text, token ? [token] : []);
    const attempt: ConnectAttempt = { url: redact(received.url), host: req.headers.host, accepted: false };
    connects.push(attempt);
    const refuse = (refusal: GatewayError) => {
      attempt.refusal = { ...refusal, message: redact(refusal.message) };
      refuseHandshake(socket, httpApiForbidden());
    };
    if (reading.kind === 'none') return refuse(httpApiForbidden());
    if (reading.kind === 'invalid') return refuse(reading.error);
    const outcome = await authenticate(received, reading.auth, { region, credentials }, now());
    if (!outcome.ok) return refuse(outcome.error);
    attempt.accepted = true;
    attempt.accessKeyId = outcome.credential.accessKeyId;
    sockets.handleUpgrade(req, socket, head, (client) => sockets.emit('connection', client, req));
  };

  // Only handshakes are served: a plain request gets 426 Upgrade Required (RFC 9110 §15.5.22).
  const server = createServer((_req, res) => {
    res.writeHead(426, { 'Content-Type': 'text/plain', Upgrade: 'websocket' });
    res.end('Upgrade Required\n');
  });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    connect(req, socket, head).catch(() => socket.destroy());
  });
  const serving = await serveOnLoopback(server, {
    port: options.port,
    maxLifetimeMs: options.maxLifetimeMs,
    onClose: () => {
      for (const client of sockets.clients) client.terminate();
      sockets.close();
    },
  });
  return {
    url: `ws://127.0.0.1:${serving.port}`,
    port: serving.port,
    domain: executeApiDomain(apiId, region),
    region,
    connects,
    close: serving.close,
  };
}

/** An HTTP answer instead of the 101: the client gets no connection. */
function refuseHandshake(socket: Duplex, answer: GatewayError): void {
  const body = Buffer.from(errorBody(answer), 'utf8');
  const head = [
    `HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status]}`,
    'Content-Type: application/json',
    `Content-Length: ${body.length}`,
    `x-amzn-ErrorType: ${answer.type}`,
    `x-amzn-RequestId: ${randomUUID()}`,
    'Connection: close',
  ].join('\r\n');
  socket.end(Buffer.concat([Buffer.from(head + '\r\n\r\n', 'latin1'), body]));
}
