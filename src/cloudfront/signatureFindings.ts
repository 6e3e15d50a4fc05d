/**
 * Findings about what of the signed request reaches the origin: the Host it is signed for, the
 * Authorization header, the other signed headers and the query strings. A request the origin
 * access control signs carries no viewer signature: these do not apply to it.
 */
import { contentSha256Rule } from '../sigv4';
import type { Context } from './context';
import { contains } from './nameSet';
import type { Finding, OriginKind } from './types';

/** AWS origins find the service (API, function, bucket) by the Host header. */
const ROUTED_BY_HOST: OriginKind[] = ['api-gateway', 'lambda-url', 's3', 'aws'];

/** What the origin answers a request without a signature. */
function unsignedAnswer(kind: OriginKind): string {
  if (kind === 'api-gateway') return 'API Gateway answers 403 "Missing Authentication Token"';
  if (kind === 'lambda-url') return 'the Lambda function URL answers 403 Forbidden';
  if (kind === 's3') return 'S3 answers 403 AccessDenied';
  return 'the origin gets an unsigned request';
}

function hostFindings(context: Context): Finding[] {
  const { originClass, origin, url } = context;
  if (context.hostForwarded && originClass.apiGatewayCustomDomainTarget && context.urlHostIsAlias) {
    return [
      {
        code: 'host-forwarded',
        severity: 'info',
        message:
          `Custom-domain setup: CloudFront forwards the viewer's Host ${url.hostname} to ${origin.DomainName}, the target of an API Gateway ` +
          `regional custom domain name, so API Gateway sees the host you send to and the signature needs no sigv4_signing_host override. ` +
          `This holds if ${url.hostname} is that API Gateway custom domain name, mapped to the API (doctor cannot see API Gateway's configuration).`,
      },
    ];
  }
  if (context.hostForwarded) {
    const routed = ROUTED_BY_HOST.indexOf(originClass.kind) >= 0;
    return [
      {
        code: 'host-forwarded',
        severity: routed ? 'error' : 'warning',
        message: routed
          ? `CloudFront forwards the viewer's Host header (${context.forwarding.basis}) to the ${originClass.kind} origin ${origin.DomainName}, which finds ` +
            `the service by its Host: it gets ${url.hostname} and answers 403 (API Gateway: {"message":"Forbidden"}). Fix: use an origin request policy ` +
            `that leaves Host out (the managed AllViewerExceptHostHeader), then CloudFront sends Host ${origin.DomainName}; or use the custom-domain setup ` +
            `(the same custom domain on the distribution and as a regional API Gateway custom domain name, whose d-....execute-api target is the origin).`
          : `CloudFront forwards the viewer's Host header (${context.forwarding.basis}) to the origin ${origin.DomainName}: if the origin verifies SigV4, ` +
            `it computes the signature for ${url.hostname}, the host you send to, and sigv4_signing_host must stay empty.`,
      },
    ];
  }
  if (originClass.apiGatewayCustomDomainTarget) {
    return [
      {
        code: 'host-not-forwarded',
        severity: 'error',
        message:
          `The origin ${origin.DomainName} is the target of an API Gateway regional custom domain name, and CloudFront sends it Host ${origin.DomainName} ` +
          `(${context.forwarding.basis} leave the viewer's Host out): API Gateway finds a custom domain's API by the Host header and answers 403 Forbidden. ` +
          `Fix: forward the viewer's Host (origin request policy AllViewer) and send requests to the distribution by that same custom domain name.`,
      },
    ];
  }
  return [];
}

function authorizationFindings(context: Context): Finding[] {
  const { forwarding, pathPattern } = context;
  if (forwarding.authorization === 'forwarded') return [];
  if (forwarding.authorization === 'unclear') {
    return [
      {
        code: 'authorization-forwarding-unclear',
        severity: 'warning',
        message:
          `Under cache behavior "${pathPattern}" (${forwarding.basis}) the origin request policy forwards all viewer headers, but the cache policy caches ` +
          `and does not include Authorization. AWS documents that an all-viewer origin request policy forwards Authorization "if caching is turned off" ` +
          `(re:Post knowledge center, cloudfront-authorization-header) and does not say what happens with caching on. To be sure, add Authorization ` +
          `to the cache policy's headers, or use the managed cache policy CachingDisabled.`,
      },
    ];
  }
  const fix = forwarding.legacy
    ? 'add Authorization to the behavior\'s forwarded headers (legacy cache settings: "Include the following headers")'
    : 'add Authorization to the cache policy\'s headers, or use the managed CachingDisabled cache policy with the AllViewerExceptHostHeader origin request policy (an origin request policy cannot name Authorization)';
  return [
    {
      code: 'authorization-not-forwarded',
      severity: 'error',
      message: `CloudFront does not forward the Authorization header under cache behavior "${pathPattern}" (${forwarding.basis}): ${unsignedAnswer(context.originClass.kind)}. Fix: ${fix}.`,
    },
  ];
}

/** The signature headers the pre-request script sends, as they are written on the wire (X-Amz-Content-Sha256 by the core's rule). */
function signatureHeaders(context: Context): string[] {
  const headers = ['X-Amz-Date', 'X-Amz-Security-Token'];
  if (context.originClass.service !== undefined && contentSha256Rule(context.originClass.service)) headers.push('X-Amz-Content-Sha256');
  for (const name of context.signedHeaders) if (name !== 'host' && !headers.some((header) => header.toLowerCase() === name)) headers.push(name);
  return headers;
}

function signedHeaderFindings(context: Context): Finding[] {
  const { forwarding, pathPattern } = context;
  const dropped = signatureHeaders(context).filter((header) => !contains(forwarding.headers, header.toLowerCase()));
  if (dropped.length === 0) return [];
  const fix = forwarding.legacy
    ? `add ${dropped.join(', ')} to the behavior's forwarded headers`
    : `add ${dropped.join(', ')} to the origin request policy's headers, or use the managed origin request policy AllViewerExceptHostHeader`;
  return [
    {
      code: 'signed-headers-not-forwarded',
      severity: 'error',
      message:
        `CloudFront does not forward ${dropped.join(', ')} under cache behavior "${pathPattern}" (${forwarding.basis}), and the signature needs ` +
        `${dropped.length > 1 ? 'them' : 'it'} (X-Amz-Security-Token is sent with temporary credentials): the origin refuses the request (API Gateway: ` +
        `"Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.", "The security token included in the request is invalid.", ` +
        `or a signature mismatch). Fix: ${fix}.`,
    },
  ];
}

/** The names of the URL's query parameters, decoded, each once. */
function queryNames(url: URL): string[] {
  const names: string[] = [];
  url.searchParams.forEach((_value, name) => {
    if (names.indexOf(name) < 0) names.push(name);
  });
  return names;
}

function queryStringFindings(context: Context): Finding[] {
  const { forwarding, pathPattern } = context;
  const set = forwarding.queryStrings;
  if (set.all && set.except.length === 0) return [];
  const dropped = queryNames(context.url).filter((name) => !contains(set, name));
  const rule = set.all
    ? `forwards every query string except ${set.except.join(', ')}`
    : set.names.length === 0
      ? 'forwards no query strings'
      : `forwards only the query string${set.names.length > 1 ? 's' : ''} ${set.names.join(', ')}`;
  const fix = forwarding.legacy
    ? 'forward all query strings (legacy cache settings: QueryString true)'
    : 'forward all query strings (the origin request policy\'s QueryStringBehavior all, as in the managed AllViewerExceptHostHeader)';
  const effect = 'the origin computes the canonical query without the dropped ones: 403, the signature does not match';
  return [
    {
      code: 'query-strings-not-forwarded',
      severity: dropped.length > 0 ? 'error' : 'warning',
      message:
        dropped.length > 0
          ? `Under cache behavior "${pathPattern}" CloudFront ${rule} (${forwarding.basis}): ${dropped.length > 1 ? 'the query strings' : 'the query string'} ${dropped.join(', ')} of this URL never ${dropped.length > 1 ? 'reach' : 'reaches'} the origin, and ${effect}. Fix: ${fix}.`
          : `Under cache behavior "${pathPattern}" CloudFront ${rule} (${forwarding.basis}): a signed request with any other query string fails (${effect}). Fix: ${fix}.`,
    },
  ];
}

export function signatureFindings(context: Context): Finding[] {
  const hosts = hostFindings(context);
  if (context.oacSigns) return hosts;
  return [...hosts, ...authorizationFindings(context), ...signedHeaderFindings(context), ...queryStringFindings(context)];
}
