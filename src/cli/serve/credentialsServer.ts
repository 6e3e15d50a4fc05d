/**
 * The credentials endpoint: container-credentials JSON on 127.0.0.1 for the pre-request script's
 * aws_credentials_url. Listens on the loopback address only, so nothing off this machine can
 * connect, and answers only the requests requestChecks.ts lets through.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CredentialCache } from './credentialCache';
import { containerCredentials, containerError, rfc3339 } from './containerCredentials';
import { CredentialsUnavailable } from '../sdkCredentials/credentialErrors';
import { CREDENTIALS_PATH, refusal } from './requestChecks';

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

function send(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...(status === 405 ? { Allow: 'GET' } : {}) });
  res.end(JSON.stringify(body));
}

async function answer(req: IncomingMessage, res: ServerResponse, options: EndpointOptions, host: string): Promise<string> {
  const refused = refusal(req, { host, token: options.token });
  if (refused) {
    send(res, refused.status, containerError(refused.code, refused.message));
    return `${refused.status} refused: ${refused.message}`;
  }
  try {
    const lease = await options.cache.get();
    send(res, 200, containerCredentials(lease));
    return `200 credentials of ${options.source}, valid until ${rfc3339(lease.expiresAt)}`;
  } catch (error) {
    const failure = error instanceof CredentialsUnavailable ? error : new CredentialsUnavailable('CredentialsUnavailable', String(error));
    send(res, RESOLUTION_FAILED, containerError(failure.code, failure.message));
    return `${RESOLUTION_FAILED} ${failure.code}: ${failure.message}`;
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
  const server = createServer((req, res) => {
    // The path is logged only when it is the endpoint's: anything else a client sent stays out of the log.
    const path = (req.url ?? '').split('?')[0] === CREDENTIALS_PATH ? CREDENTIALS_PATH : '(other path)';
    void answer(req, res, options, host).then((outcome) => options.log(`${rfc3339(Date.now())} ${req.method} ${path} ${outcome}`));
  });
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
