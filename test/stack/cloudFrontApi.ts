/**
 * Loopback stand-in for the CloudFront control-plane API (REST-XML, version 2020-05-31), serving a
 * CloudFrontAccount (distributionSetup.ts) to `postman-sigv4 doctor` through the real AWS SDK:
 *
 *   ListDistributions       GET /2020-05-31/distribution?Marker=&MaxItems=   (pages of two)
 *   GetDistribution         GET /2020-05-31/distribution/{Id}
 *   GetDistributionConfig   GET /2020-05-31/distribution/{Id}/config
 *   GetCachePolicy          GET /2020-05-31/cache-policy/{Id}            (managed ones included)
 *   GetOriginRequestPolicy  GET /2020-05-31/origin-request-policy/{Id}   (managed ones included)
 *   GetOriginAccessControl  GET /2020-05-31/origin-access-control/{Id}
 *
 * Every call's SigV4 is verified with @smithy/signature-v4 (sigv4Expected.ts) for service
 * `cloudfront` in `us-east-1`, the only region CloudFront's global endpoint accepts (a call signed
 * for another region gets SignatureDoesNotMatch "Credential should be scoped to a valid region, not
 * 'eu-west-1'. ", as AWS's global endpoints answer it: aws/aws-sdk-php#732, aws/aws-sdk-net#115).
 * AccessDenied and Throttling come on demand, as CloudFront's XML ErrorResponse.
 */
import { randomUUID } from 'node:crypto';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { readAuthorization } from './authorization';
import { errorDocument, xmlDocument, type CloudFrontApiError } from './cloudFrontXml';
import { lookupCredential, type CredentialIssuer } from './credentialIssuer';
import { DEFAULT_CREDENTIALS, isExpired, STATIC_PRINCIPAL_ARN, type StackCredential } from './credentials';
import type { CloudFrontAccount, DistributionSetup } from './distributionSetup';
import { MANAGED_CACHE_POLICIES, MANAGED_ORIGIN_REQUEST_POLICIES } from './managedPolicies';
import { readRequest, type ReceivedRequest } from './rawRequest';
import { sameText } from './sameText';
import { serveOnLoopback } from './server';
import { expectedSignatureOf } from './sigv4Expected';

export const CLOUDFRONT_SIGNING_REGION = 'us-east-1';
export const CLOUDFRONT_SERVICE = 'cloudfront';
/** The stand-in's page size for ListDistributions, whatever MaxItems asks: paging is always exercised. */
export const DEFAULT_PAGE_SIZE = 2;

export type CloudFrontOperation =
  | 'ListDistributions'
  | 'GetDistribution'
  | 'GetDistributionConfig'
  | 'GetCachePolicy'
  | 'GetOriginRequestPolicy'
  | 'GetOriginAccessControl';

export interface CloudFrontApiOptions {
  account: CloudFrontAccount;
  /** Credentials accepted. Default DEFAULT_CREDENTIALS (credentials.ts). */
  credentials?: readonly StackCredential[];
  issuer?: CredentialIssuer;
  /** Operations the caller is not allowed: answered 403 AccessDenied. */
  accessDenied?: CloudFrontOperation[];
  /** The first `times` calls (of `operations`, default all) are answered 400 Throttling "Rate exceeded". */
  throttle?: { times: number; operations?: CloudFrontOperation[] };
  pageSize?: number;
  now?: () => number;
  port?: number;
  maxLifetimeMs?: number;
}

export interface CloudFrontApiStandIn {
  url: string;
  port: number;
  /** Calls received per operation (or `METHOD path` when none matched), whatever their outcome. */
  calls: Record<string, number>;
  /** The credential scope region of every signed call, in order. */
  signingRegions: string[];
  close(): Promise<void>;
}

interface Route {
  operation: CloudFrontOperation;
  id?: string;
}

const PREFIX = '/2020-05-31';

function route(method: string, path: string): Route | undefined {
  if (method !== 'GET' || !path.startsWith(`${PREFIX}/`)) return undefined;
  const parts = path.slice(PREFIX.length + 1).split('/').map((part) => decodeURIComponent(part));
  if (parts.length === 1 && parts[0] === 'distribution') return { operation: 'ListDistributions' };
  if (parts.length === 2 && parts[0] === 'distribution') return { operation: 'GetDistribution', id: parts[1] };
  if (parts.length === 3 && parts[0] === 'distribution' && parts[2] === 'config') return { operation: 'GetDistributionConfig', id: parts[1] };
  if (parts.length === 2 && parts[0] === 'cache-policy') return { operation: 'GetCachePolicy', id: parts[1] };
  if (parts.length === 2 && parts[0] === 'origin-request-policy') return { operation: 'GetOriginRequestPolicy', id: parts[1] };
  if (parts.length === 2 && parts[0] === 'origin-access-control') return { operation: 'GetOriginAccessControl', id: parts[1] };
  return undefined;
}

const apiError = (status: number, code: string, message: string): CloudFrontApiError => ({ status, code, message });

/** Texts of the NoSuch* errors are not confirmed in a public source. */
const NOT_FOUND: Record<string, CloudFrontApiError> = {
  distribution: apiError(404, 'NoSuchDistribution', 'The specified distribution does not exist.'),
  cachePolicy: apiError(404, 'NoSuchCachePolicy', 'The cache policy does not exist.'),
  originRequestPolicy: apiError(404, 'NoSuchOriginRequestPolicy', 'The origin request policy does not exist.'),
  originAccessControl: apiError(404, 'NoSuchOriginAccessControl', 'The origin access control does not exist.'),
};

function etag(text: string): string {
  let hash = 0;
  for (const char of text) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return `E${hash.toString(36).toUpperCase().padStart(13, 'X')}`;
}

function arnOf(account: CloudFrontAccount, distribution: DistributionSetup): string {
  return `arn:aws:cloudfront::${account.accountId}:distribution/${distribution.id}`;
}

const LAST_MODIFIED = new Date('2026-11-02T09:30:00.000Z');

function summaryOf(account: CloudFrontAccount, distribution: DistributionSetup): object {
  const { config } = distribution;
  return {
    Id: distribution.id,
    ARN: arnOf(account, distribution),
    Status: 'Deployed',
    LastModifiedTime: LAST_MODIFIED,
    DomainName: distribution.domainName,
    Aliases: config.Aliases,
    Origins: config.Origins,
    OriginGroups: config.OriginGroups,
    DefaultCacheBehavior: config.DefaultCacheBehavior,
    CacheBehaviors: config.CacheBehaviors,
    CustomErrorResponses: config.CustomErrorResponses,
    Comment: config.Comment,
    PriceClass: config.PriceClass,
    Enabled: config.Enabled,
    ViewerCertificate: config.ViewerCertificate,
    Restrictions: config.Restrictions,
    WebACLId: config.WebACLId ?? '',
    HttpVersion: config.HttpVersion,
    IsIPV6Enabled: (config as { IsIPV6Enabled?: boolean }).IsIPV6Enabled,
    Staging: false,
  };
}

interface Answer {
  root: string;
  body: object;
  etag?: string;
}

function listDistributions(account: CloudFrontAccount, query: URLSearchParams, pageSize: number): Answer | CloudFrontApiError {
  const marker = query.get('Marker') ?? '';
  const all = account.distributions;
  const start = marker === '' ? 0 : all.findIndex((distribution) => distribution.id === marker) + 1;
  if (start === 0 && marker !== '') return apiError(400, 'InvalidArgument', `The marker ${marker} is not a distribution id of this account.`);
  const maxItems = Number(query.get('MaxItems') ?? '100');
  const page = all.slice(start, start + Math.min(pageSize, maxItems > 0 ? maxItems : pageSize));
  const truncated = start + page.length < all.length;
  return {
    root: 'DistributionList',
    body: {
      Marker: marker,
      ...(truncated ? { NextMarker: page[page.length - 1].id } : {}),
      MaxItems: maxItems,
      IsTruncated: truncated,
      Quantity: page.length,
      ...(page.length > 0 ? { Items: page.map((distribution) => summaryOf(account, distribution)) } : {}),
    },
  };
}

function answer(account: CloudFrontAccount, found: Route, query: URLSearchParams, pageSize: number): Answer | CloudFrontApiError {
  const id = found.id ?? '';
  switch (found.operation) {
    case 'ListDistributions':
      return listDistributions(account, query, pageSize);
    case 'GetDistribution':
    case 'GetDistributionConfig': {
      const distribution = account.distributions.find((candidate) => candidate.id === id);
      if (!distribution) return NOT_FOUND.distribution;
      const tag = etag(JSON.stringify(distribution.config));
      if (found.operation === 'GetDistributionConfig') return { root: 'DistributionConfig', body: distribution.config, etag: tag };
      return {
        root: 'Distribution',
        etag: tag,
        body: {
          Id: distribution.id,
          ARN: arnOf(account, distribution),
          Status: 'Deployed',
          LastModifiedTime: LAST_MODIFIED,
          InProgressInvalidationBatches: 0,
          DomainName: distribution.domainName,
          ActiveTrustedSigners: { Enabled: false, Quantity: 0 },
          ActiveTrustedKeyGroups: { Enabled: false, Quantity: 0 },
          DistributionConfig: distribution.config,
        },
      };
    }
    case 'GetCachePolicy': {
      const config = account.cachePolicies?.[id] ?? MANAGED_CACHE_POLICIES[id];
      if (!config) return NOT_FOUND.cachePolicy;
      return { root: 'CachePolicy', etag: etag(JSON.stringify(config)), body: { Id: id, LastModifiedTime: LAST_MODIFIED, CachePolicyConfig: config } };
    }
    case 'GetOriginRequestPolicy': {
      const config = account.originRequestPolicies?.[id] ?? MANAGED_ORIGIN_REQUEST_POLICIES[id];
      if (!config) return NOT_FOUND.originRequestPolicy;
      return { root: 'OriginRequestPolicy', etag: etag(JSON.stringify(config)), body: { Id: id, LastModifiedTime: LAST_MODIFIED, OriginRequestPolicyConfig: config } };
    }
    case 'GetOriginAccessControl': {
      const config = account.originAccessControls?.[id];
      if (!config) return NOT_FOUND.originAccessControl;
      return { root: 'OriginAccessControl', etag: etag(JSON.stringify(config)), body: { Id: id, OriginAccessControlConfig: config } };
    }
  }
}

interface Caller {
  credential?: StackCredential;
  error?: CloudFrontApiError;
  region?: string;
}

async function authenticate(received: ReceivedRequest, credentials: readonly StackCredential[], issuer: CredentialIssuer | undefined, nowMs: number): Promise<Caller> {
  const reading = readAuthorization(received);
  if (reading.kind === 'none') return { error: apiError(403, 'MissingAuthenticationToken', 'Missing Authentication Token') };
  if (reading.kind === 'invalid') return { error: apiError(400, 'IncompleteSignature', reading.error.message) };
  const { auth } = reading;
  const region = auth.scope.region;
  if (region !== CLOUDFRONT_SIGNING_REGION) {
    return { region, error: apiError(403, 'SignatureDoesNotMatch', `Credential should be scoped to a valid region, not '${region}'. `) };
  }
  if (auth.scope.service !== CLOUDFRONT_SERVICE) {
    return { region, error: apiError(403, 'SignatureDoesNotMatch', `Credential should be scoped to correct service: '${CLOUDFRONT_SERVICE}'. `) };
  }
  const credential = lookupCredential(auth.scope.accessKeyId, credentials, issuer);
  if (!credential || credential.sessionToken !== auth.securityToken) {
    return { region, error: apiError(403, 'InvalidClientTokenId', 'The security token included in the request is invalid.') };
  }
  if (isExpired(credential, nowMs)) return { region, error: apiError(403, 'ExpiredToken', 'The security token included in the request is expired') };
  const expected = await expectedSignatureOf(received, auth, credential.secretAccessKey);
  if (!sameText(expected.signature, auth.signature)) {
    return {
      region,
      error: apiError(
        403,
        'SignatureDoesNotMatch',
        'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
      ),
    };
  }
  return { region, credential };
}

/** IAM's wording of a denied action (the form AWS services quote in AccessDenied). */
function accessDenied(account: CloudFrontAccount, caller: StackCredential, operation: CloudFrontOperation, found: Route): CloudFrontApiError {
  const resource =
    found.operation === 'ListDistributions' ? `arn:aws:cloudfront::${account.accountId}:*` : `arn:aws:cloudfront::${account.accountId}:${resourceType(operation)}/${found.id}`;
  return apiError(
    403,
    'AccessDenied',
    `User: ${caller.principalArn ?? STATIC_PRINCIPAL_ARN} is not authorized to perform: cloudfront:${operation} on resource: ${resource} because no identity-based policy allows the cloudfront:${operation} action`,
  );
}

function resourceType(operation: CloudFrontOperation): string {
  if (operation === 'GetCachePolicy') return 'cache-policy';
  if (operation === 'GetOriginRequestPolicy') return 'origin-request-policy';
  if (operation === 'GetOriginAccessControl') return 'origin-access-control';
  return 'distribution';
}

export async function startCloudFrontApi(options: CloudFrontApiOptions): Promise<CloudFrontApiStandIn> {
  const credentials = options.credentials ?? DEFAULT_CREDENTIALS;
  const now = options.now ?? Date.now;
  const calls: Record<string, number> = Object.create(null);
  const signingRegions: string[] = [];
  let throttled = 0;

  const reply = (res: ServerResponse, status: number, body: string, extra: Record<string, string> = {}) => {
    const requestId = randomUUID();
    res.writeHead(status, { 'Content-Type': 'text/xml', 'x-amzn-RequestId': requestId, ...extra });
    res.end(body.replace('{{requestId}}', requestId));
  };
  const fail = (res: ServerResponse, error: CloudFrontApiError) => reply(res, error.status, errorDocument(error, '{{requestId}}'));

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const received = await readRequest(req);
    const found = route(received.method, received.path);
    const name = found ? found.operation : `${received.method} ${received.path}`;
    calls[name] = (calls[name] ?? 0) + 1;
    const caller = await authenticate(received, credentials, options.issuer, now());
    if (caller.region !== undefined) signingRegions.push(caller.region);
    if (caller.error || !caller.credential) return fail(res, caller.error ?? apiError(500, 'InternalError', 'no caller'));
    if (!found) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      return res.end(`CloudFront API stand-in: no operation for ${received.method} ${received.path}\n`);
    }
    const throttle = options.throttle;
    if (throttle && throttled < throttle.times && (!throttle.operations || throttle.operations.indexOf(found.operation) >= 0)) {
      throttled += 1;
      return fail(res, apiError(400, 'Throttling', 'Rate exceeded'));
    }
    if ((options.accessDenied ?? []).indexOf(found.operation) >= 0) return fail(res, accessDenied(options.account, caller.credential, found.operation, found));
    const result = answer(options.account, found, new URLSearchParams(received.query), options.pageSize ?? DEFAULT_PAGE_SIZE);
    if ('code' in result) return fail(res, result);
    reply(res, 200, xmlDocument(result.root, result.body), result.etag ? { ETag: result.etag } : {});
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(`CloudFront API stand-in failed: ${error instanceof Error ? error.message : String(error)}\n`);
    });
  });
  const serving = await serveOnLoopback(server, { port: options.port, maxLifetimeMs: options.maxLifetimeMs });
  return { url: serving.url, port: serving.port, calls, signingRegions, close: serving.close };
}
