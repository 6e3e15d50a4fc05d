/**
 * What kind of origin a domain name is, from the name alone (the scope inference of the
 * pre-request script, src/sigv4/inferScope.ts): API Gateway (`*.execute-api.REGION.amazonaws.com`),
 * a Lambda function URL (`*.lambda-url.REGION.on.aws`), S3's REST endpoints, another AWS service
 * endpoint, or anything else (custom).
 */
import { inferScope } from '../sigv4';
import type { OriginKind } from './types';

export interface OriginClass {
  kind: OriginKind;
  region?: string;
  service?: string;
  /**
   * `d-xxxxxxxxxx.execute-api.REGION.amazonaws.com` is the regional domain name of an API Gateway
   * custom domain name: API Gateway finds the API by the custom domain in the Host header, not by
   * this name (API Gateway Developer Guide, "Set up a regional custom domain name").
   */
  apiGatewayCustomDomainTarget: boolean;
}

/**
 * S3 website endpoints (`BUCKET.s3-website-REGION.amazonaws.com`, `BUCKET.s3-website.REGION...`)
 * serve anonymous HTTP only: no SigV4, so a custom origin for signing purposes.
 */
const S3_WEBSITE = /\.s3-website[.-]/;

/** Load balancers (`NAME-ID.REGION.elb.amazonaws.com`) and EC2 hosts are the user's own servers. */
const CUSTOM_SERVERS_ON_AWS = /\.(elb|compute(-\d+)?|compute\.internal)\.amazonaws\.com(\.cn)?$/;

export function classifyOrigin(domainName: string): OriginClass {
  const host = domainName.toLowerCase();
  const custom: OriginClass = { kind: 'custom', apiGatewayCustomDomainTarget: false };
  if (S3_WEBSITE.test(host) || CUSTOM_SERVERS_ON_AWS.test(host)) return custom;
  const { region, service } = inferScope(host);
  if (!service) return custom;
  const kind: OriginKind =
    service === 'execute-api' ? 'api-gateway' : service === 'lambda' && /\.lambda-url\./.test(host) ? 'lambda-url' : service === 's3' ? 's3' : 'aws';
  return { kind, region, service, apiGatewayCustomDomainTarget: kind === 'api-gateway' && /^d-[a-z0-9]+\.execute-api\./.test(host) };
}
