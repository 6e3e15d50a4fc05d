/**
 * Loopback stand-in for a container-credentials endpoint (what AWS_CONTAINER_CREDENTIALS_FULL_URI
 * points to, and what `credentials serve` speaks): `GET <url>` with `Authorization: <token>`.
 *
 *   const endpoint = await startContainerCredentials({ issuer });
 *   endpoint.url (full URI, path included); endpoint.token; endpoint.roleArn;
 *   endpoint.calls.GetCredentials; endpoint.setFailure('expired'); endpoint.setFailure(undefined);
 *
 * A 200 answer is `{"RoleArn","AccessKeyId","SecretAccessKey","Token","Expiration"}` with an
 * RFC 3339 expiration, the shape @aws-sdk/credential-provider-http requires (it passes a 4xx body's
 * `Code`/`Message` on). The wording of the 401/403/404/500 messages is this stand-in's own.
 * Failure modes for tests: `not-json` (200, an HTML page), `missing-fields` (200, no Token),
 * `expired` (200, credentials already expired), `stale` (200, credentials that expired a minute ago
 * with an Expiration an hour ahead, as a source whose cache outlived them), `server-error` (500),
 * `hang` (never answers).
 */
import { createServer, ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { CredentialIssuer } from './credentialIssuer';
import { ACCOUNT_ID } from './credentials';
import { joinedHeader, readRequest } from './rawRequest';
import { sameText } from './sameText';
import { serveOnLoopback } from './server';
import { isoSeconds } from './stsResponses';

export type ContainerFailure = 'not-json' | 'missing-fields' | 'expired' | 'stale' | 'server-error' | 'hang';

export interface ContainerCredentialsOptions {
  issuer: CredentialIssuer;
  /** The Authorization value required. Default: a random one (read it from the stand-in). */
  token?: string;
  /** Default `/v1/credentials`. */
  path?: string;
  /** Default `arn:aws:iam::123456789012:role/ContainerRole`. */
  roleArn?: string;
  /** Lifetime of the credentials served. Default 3600. */
  lifetimeSeconds?: number;
  /** Start in this failure mode. */
  failure?: ContainerFailure;
  port?: number;
  maxLifetimeMs?: number;
}

export interface ContainerCredentialsStandIn {
  /** The full URI, path included. */
  url: string;
  port: number;
  token: string;
  roleArn: string;
  /** The assumed-role ARN the credentials served belong to (their principalArn). */
  principalArn: string;
  /** `GetCredentials`: requests received, whatever their outcome. */
  calls: Record<string, number>;
  /** Switch a failure mode on, or off with undefined. */
  setFailure(mode: ContainerFailure | undefined): void;
  close(): Promise<void>;
}

export async function startContainerCredentials(options: ContainerCredentialsOptions): Promise<ContainerCredentialsStandIn> {
  const token = options.token ?? randomBytes(24).toString('base64');
  const path = options.path ?? '/v1/credentials';
  const roleArn = options.roleArn ?? `arn:aws:iam::${ACCOUNT_ID}:role/ContainerRole`;
  const principalArn = `arn:aws:sts::${ACCOUNT_ID}:assumed-role/${roleArn.slice(roleArn.lastIndexOf('/') + 1)}/container-task`;
  const lifetime = options.lifetimeSeconds ?? 3600;
  const calls: Record<string, number> = Object.create(null);
  let failure = options.failure;

  const server = createServer((req, res) => {
    (async () => {
      const received = await readRequest(req);
      calls.GetCredentials = (calls.GetCredentials ?? 0) + 1;
      if (received.method !== 'GET' || received.path !== path) {
        return writeJson(res, 404, { Code: 'NotFound', Message: `No credentials at ${received.method} ${received.path}` });
      }
      const given = joinedHeader(received.rawHeaders, 'authorization');
      if (given === undefined) {
        return writeJson(res, 401, { Code: 'Unauthorized', Message: 'The Authorization header is missing.' });
      }
      if (!sameText(given, token)) {
        return writeJson(res, 403, { Code: 'AccessDenied', Message: 'The Authorization token is not valid.' });
      }
      if (failure === 'hang') return;
      if (failure === 'server-error') {
        return writeJson(res, 500, { Code: 'InternalError', Message: 'The credentials endpoint failed.' });
      }
      if (failure === 'not-json') {
        res.writeHead(200, { 'Content-Type': 'text/html' });
        return res.end('<html><body>Service Unavailable</body></html>\n');
      }
      const issued = options.issuer.issue({ lifetimeSeconds: failure === 'expired' || failure === 'stale' ? -60 : lifetime, principalArn });
      const expiration = failure === 'stale' ? new Date(issued.expiration.getTime() + 3660_000) : issued.expiration;
      const body = {
        RoleArn: roleArn,
        AccessKeyId: issued.accessKeyId,
        SecretAccessKey: issued.secretAccessKey,
        ...(failure === 'missing-fields' ? {} : { Token: issued.sessionToken }),
        Expiration: isoSeconds(expiration),
      };
      writeJson(res, 200, body);
    })().catch((error: unknown) => {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(`container-credentials stand-in failed: ${error instanceof Error ? error.message : String(error)}\n`);
    });
  });
  const serving = await serveOnLoopback(server, { port: options.port, maxLifetimeMs: options.maxLifetimeMs });
  return {
    url: serving.url + path,
    port: serving.port,
    token,
    roleArn,
    principalArn,
    calls,
    setFailure: (mode) => {
      failure = mode;
    },
    close: serving.close,
  };
}

function writeJson(res: ServerResponse, status: number, body: unknown): void {
  const bytes = Buffer.from(JSON.stringify(body), 'utf8');
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': String(bytes.length) });
  res.end(bytes);
}
