/**
 * The credentials endpoint: container-credentials JSON on 127.0.0.1 for the pre-request script's
 * aws_credentials_url. Listens on the loopback address only, so nothing off this machine can
 * connect, and answers only the requests requestChecks.ts lets through.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { CredentialCache } from '../sdkCredentials/credentialCache';
import { containerCredentials, containerError } from './containerCredentials';
import { rfc3339 } from '../rfc3339';
import { CredentialsUnavailable } from '../sdkCredentials/credentialErrors';
import { CREDENTIALS_PATH, printable, refusal } from './requestChecks';

export const LOOPBACK = '127.0.0.1';

/**
 * The default port, so that a Postman environment's aws_credentials_url is set once. Outside the
 * ephemeral ranges (Linux 32768-60999, Windows and macOS 49152-65535), so a client socket never
 * holds it, and not in /etc/services; `--port` changes it.
 */
export const DEFAULT_PORT = 9714;

/**
 * A failed resolution is a 4xx, not a 5xx: @aws-sdk/credential-provider-http passes on the
 * Code and Message of a 4xx answer only. 424 Failed Dependency (RFC 4918): the answer depends on
 * the AWS SDK's resolution, which failed.
 */
const RESOLUTION_FAILED = 424;

export interface EndpointOptions {
  port: number;
  token: string;
  cache: CredentialCache;
  /** What the credentials are for, in log lines ("profile dev"). */
  source: string;
  /** One line per request, never a secret. */
  log: (line: string) => void;
}

export interface Endpoint {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Refusals of one kind logged one by one; past that they are counted: a web page can add one per <img> it shows. */
const REFUSALS_LOGGED = 5;
/** A log line is one line of printable ASCII, however long the SDK's message (a credential_process's stderr). */
const LOG_LINE_MAX = 2000;

/**
 * The log: every line escaped (printable), and refusals capped per Code: the first
 * REFUSALS_LOGGED in full, then one line saying the rest are counted, then a count at every power
 * of ten. An answer with credentials starts the count again.
 */
export function refusalCappedLog(log: (line: string) => void): (line: string, refusedCode?: string) => void {
  const counts = new Map<string, number>();
  return (line, refusedCode) => {
    if (refusedCode === undefined) {
      counts.clear();
      return log(printable(line, LOG_LINE_MAX));
    }
    const count = (counts.get(refusedCode) ?? 0) + 1;
    counts.set(refusedCode, count);
    if (count <= REFUSALS_LOGGED) log(printable(line, LOG_LINE_MAX));
    else if (count === REFUSALS_LOGGED + 1) log(`further ${refusedCode} refusals are counted, not logged one by one`);
    else if (/^10*$/.test(String(count))) log(`${count} ${refusedCode} refusals so far`);
  };
}

/**
 * Node answers a request it cannot parse itself, with a bare text (socketOnError in Node's
 * _http_server.js); the same statuses, chosen by the same error codes, with the JSON Code and
 * Message of every other refusal. Nothing is written once an answer has begun.
 */
export function clientErrorAnswer(code: string | undefined): { status: number; reason: string; body: ReturnType<typeof containerError> } {
  if (code === 'HPE_HEADER_OVERFLOW') return { status: 431, reason: 'Request Header Fields Too Large', body: containerError('HeadersTooLarge', 'the request headers are larger than Node accepts (16 KB); send GET /credentials with the Authorization header only.') };
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return { status: 408, reason: 'Request Timeout', body: containerError('RequestTimeout', 'the request did not arrive in time; send it again.') };
  return { status: 400, reason: 'Bad Request', body: containerError('BadRequest', 'the bytes received are not an HTTP request this endpoint can read; send GET /credentials over HTTP/1.1.') };
}

function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  const answered = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent;
  if (socket.writable && !answered) {
    const { status, reason, body } = clientErrorAnswer(error.code);
    const json = JSON.stringify(body);
    socket.write(`HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\nCache-Control: no-store\r\nContent-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`);
  }
  socket.destroy();
}

function send(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...(status === 405 ? { Allow: 'GET' } : {}) });
  res.end(JSON.stringify(body));
}

async function answer(req: IncomingMessage, res: ServerResponse, options: EndpointOptions, host: string): Promise<{ line: string; refusedCode?: string }> {
  const refused = refusal(req, { host, token: options.token });
  if (refused) {
    send(res, refused.status, containerError(refused.code, refused.message));
    return { line: `${refused.status} refused: ${refused.message}`, refusedCode: refused.code };
  }
  try {
    const lease = await options.cache.get();
    send(res, 200, containerCredentials(lease));
    return { line: `200 credentials of ${options.source}, valid until ${rfc3339(lease.expiresAt)}` };
  } catch (error) {
    const failure = error instanceof CredentialsUnavailable ? error : new CredentialsUnavailable('CredentialsUnavailable', String(error));
    send(res, RESOLUTION_FAILED, containerError(failure.code, failure.message));
    return { line: `${RESOLUTION_FAILED} ${failure.code}: ${failure.message}` };
  }
}

function listen(server: ReturnType<typeof createServer>, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, LOOPBACK, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export async function startEndpoint(options: EndpointOptions): Promise<Endpoint> {
  let host = '';
  const log = refusalCappedLog(options.log);
  const server = createServer((req, res) => {
    // The line names the endpoint's path or "(other path)"; a 404's message quotes the other path, escaped and cut short like every logged text (requestChecks.ts, printable).
    const path = (req.url ?? '').split('?')[0] === CREDENTIALS_PATH ? CREDENTIALS_PATH : '(other path)';
    void answer(req, res, options, host).then(({ line, refusedCode }) => log(`${rfc3339(Date.now())} ${req.method} ${path} ${line}`, refusedCode));
  });
  server.on('clientError', answerClientError);
  const port = await listen(server, options.port);
  host = `${LOOPBACK}:${port}`;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}${CREDENTIALS_PATH}`,
    port,
    close: () =>
      (closing =
        closing ||
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        })),
  };
}
