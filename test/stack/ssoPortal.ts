/**
 * Loopback stand-in for the IAM Identity Center (SSO) portal's GetRoleCredentials, which the AWS
 * SDK's SSO provider calls with a cached access token (AWS_ENDPOINT_URL_SSO points it here):
 * `GET /federation/credentials?role_name=R&account_id=A` with `x-amz-sso_bearer_token: TOKEN`,
 * answered `{"roleCredentials":{accessKeyId,secretAccessKey,sessionToken,expiration (epoch ms)}}`
 * (AWS Portal API reference, GetRoleCredentials; @aws-sdk/client-sso). An unknown token gets
 * 401 `UnauthorizedException`, as the portal answers an expired session.
 */
import { createServer } from 'node:http';
import type { CredentialIssuer } from './credentialIssuer';
import { serveOnLoopback } from './server';

export interface SsoPortalOptions {
  issuer: CredentialIssuer;
  /** The access tokens the portal accepts. */
  accessTokens: readonly string[];
  accountId: string;
  roleName: string;
  maxLifetimeMs?: number;
}

export interface SsoPortalStandIn {
  url: string;
  calls: Record<string, number>;
  close(): Promise<void>;
}

export async function startSsoPortal(options: SsoPortalOptions): Promise<SsoPortalStandIn> {
  const calls: Record<string, number> = { GetRoleCredentials: 0 };
  const server = createServer((req, res) => {
    const url = new URL(req.url || '/', 'http://portal');
    const json = (status: number, body: object, type?: string) => {
      res.writeHead(status, { 'Content-Type': 'application/json', ...(type ? { 'x-amzn-ErrorType': type } : {}) });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'GET' || url.pathname !== '/federation/credentials') return json(404, { message: 'Not found' }, 'ResourceNotFoundException');
    calls.GetRoleCredentials++;
    const token = req.headers['x-amz-sso_bearer_token'];
    if (typeof token !== 'string' || options.accessTokens.indexOf(token) < 0) return json(401, { message: 'Session token not found or invalid' }, 'UnauthorizedException');
    if (url.searchParams.get('account_id') !== options.accountId || url.searchParams.get('role_name') !== options.roleName) {
      return json(403, { message: 'No access' }, 'ForbiddenException');
    }
    const issued = options.issuer.issue({ lifetimeSeconds: 3600 });
    json(200, { roleCredentials: { accessKeyId: issued.accessKeyId, secretAccessKey: issued.secretAccessKey, sessionToken: issued.sessionToken, expiration: issued.expiration.getTime() } });
  });
  const serving = await serveOnLoopback(server, { maxLifetimeMs: options.maxLifetimeMs });
  return { url: serving.url, calls, close: serving.close };
}
