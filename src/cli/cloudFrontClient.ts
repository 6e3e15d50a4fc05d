/**
 * The CloudFront API calls `doctor` makes, through @aws-sdk/client-cloudfront, with the
 * credentials of the AWS SDK chain (resolveCredentials.ts). Read-only: ListDistributions,
 * GetDistribution, GetCachePolicy, GetOriginRequestPolicy, GetOriginAccessControl.
 */
import type { DistributionSummary } from '@aws-sdk/client-cloudfront';
import type { CachePolicyConfig, Distribution, OriginAccessControlConfig, OriginRequestPolicyConfig } from '../cloudfront';
import { CredentialsUnavailable } from './sdkCredentials/credentialErrors';
import { CliError } from './errors';
import type { AwsCredentials } from './sdkCredentials/resolveCredentials';

/**
 * CloudFront's API is global and signs for us-east-1, its region in the aws partition. The SDK
 * signs for the client's region even when AWS_ENDPOINT_URL_CLOUDFRONT (or AWS_ENDPOINT_URL, or a
 * profile's endpoint_url) points it elsewhere (@smithy/core getEndpointUrlConfig, serviceId
 * "CloudFront"), so the region is set here and never taken from the profile.
 */
export const CLOUDFRONT_SIGNING_REGION = 'us-east-1';

/** Pages of ListDistributions followed at most: 100 distributions each, far above CloudFront's default quota of 200 per account. */
export const MAX_LIST_PAGES = 1000;
const PAGE_SIZE = 100;

export type CloudFrontAction =
  | 'ListDistributions'
  | 'GetDistribution'
  | 'GetCachePolicy'
  | 'GetOriginRequestPolicy'
  | 'GetOriginAccessControl';

/** The actions, in the order doctor calls them (the IAM policy it prints). */
export const CLOUDFRONT_ACTIONS: CloudFrontAction[] = ['ListDistributions', 'GetDistribution', 'GetCachePolicy', 'GetOriginRequestPolicy', 'GetOriginAccessControl'];

/** The caller may not make a call: which IAM action, and AWS's own words. */
export class PermissionMissing extends Error {
  constructor(
    readonly action: CloudFrontAction,
    readonly awsMessage: string,
  ) {
    super(`AccessDenied: ${awsMessage}`);
    this.name = 'PermissionMissing';
  }
}

/** A call CloudFront refused for another reason: its error code and message. */
export class CloudFrontCallFailed extends Error {
  constructor(
    readonly action: CloudFrontAction,
    readonly code: string,
    readonly awsMessage: string,
  ) {
    super(`${code}: ${awsMessage}`);
    this.name = 'CloudFrontCallFailed';
  }
}

export interface DistributionListing {
  summaries: DistributionSummary[];
  pages: number;
}

export interface CloudFrontReader {
  listDistributions(): Promise<DistributionListing>;
  getDistribution(id: string): Promise<Distribution>;
  getCachePolicy(id: string): Promise<CachePolicyConfig>;
  getOriginRequestPolicy(id: string): Promise<OriginRequestPolicyConfig>;
  getOriginAccessControl(id: string): Promise<OriginAccessControlConfig>;
}

const ACCESS_DENIED = ['AccessDenied', 'AccessDeniedException'];

async function call<T>(action: CloudFrontAction, send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    if (error instanceof CredentialsUnavailable) throw new CliError(`${error.message} (${error.code})`);
    const failure = (error || {}) as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
    const message = failure.message || String(error);
    if (failure.name && ACCESS_DENIED.indexOf(failure.name) >= 0) throw new PermissionMissing(action, message);
    // An answer from CloudFront has a status; without one (DNS, a refused connection, a timeout) it never answered.
    if (failure.$metadata?.httpStatusCode !== undefined && failure.name) throw new CloudFrontCallFailed(action, failure.name, message);
    throw new CliError(`cloudfront:${action} failed before CloudFront answered (${failure.name || 'Error'}: ${message}); check the network, or AWS_ENDPOINT_URL_CLOUDFRONT if it is set.`);
  }
}

export async function cloudFrontReader(options: { profile?: string; credentials: () => Promise<AwsCredentials> }): Promise<CloudFrontReader> {
  // Loaded here, not at startup: the other commands never evaluate the CloudFront client.
  const { CloudFrontClient, GetCachePolicyCommand, GetDistributionCommand, GetOriginAccessControlCommand, GetOriginRequestPolicyCommand, ListDistributionsCommand } = await import(
    '@aws-sdk/client-cloudfront'
  );
  const client = new CloudFrontClient({
    region: CLOUDFRONT_SIGNING_REGION,
    profile: options.profile,
    credentials: options.credentials,
    // Bounded in time: an endpoint that never answers ends the call (the SDK retries throttling and network errors, 3 attempts).
    requestHandler: { connectionTimeout: 10_000, requestTimeout: 30_000 },
  });
  const required = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`CloudFront's answer has no ${what}`);
    return value;
  };
  return {
    async listDistributions() {
      const summaries: DistributionSummary[] = [];
      let marker: string | undefined;
      for (let pages = 1; pages <= MAX_LIST_PAGES; pages++) {
        const page = required((await call('ListDistributions', () => client.send(new ListDistributionsCommand({ Marker: marker, MaxItems: PAGE_SIZE })))).DistributionList, 'DistributionList');
        summaries.push(...(page.Items ?? []));
        if (!page.IsTruncated) return { summaries, pages };
        if (!page.NextMarker || page.NextMarker === marker) throw new Error(`ListDistributions answered IsTruncated without a new NextMarker (after ${marker ?? 'the first page'})`);
        marker = page.NextMarker;
      }
      throw new CliError(`the account has more than ${MAX_LIST_PAGES * PAGE_SIZE} distributions; give --distribution ID.`);
    },
    async getDistribution(id) {
      return required((await call('GetDistribution', () => client.send(new GetDistributionCommand({ Id: id })))).Distribution, 'Distribution');
    },
    async getCachePolicy(id) {
      return required((await call('GetCachePolicy', () => client.send(new GetCachePolicyCommand({ Id: id })))).CachePolicy?.CachePolicyConfig, 'CachePolicyConfig');
    },
    async getOriginRequestPolicy(id) {
      return required((await call('GetOriginRequestPolicy', () => client.send(new GetOriginRequestPolicyCommand({ Id: id })))).OriginRequestPolicy?.OriginRequestPolicyConfig, 'OriginRequestPolicyConfig');
    },
    async getOriginAccessControl(id) {
      return required((await call('GetOriginAccessControl', () => client.send(new GetOriginAccessControlCommand({ Id: id })))).OriginAccessControl?.OriginAccessControlConfig, 'OriginAccessControlConfig');
    },
  };
}
