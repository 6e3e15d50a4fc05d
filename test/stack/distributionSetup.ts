/**
 * One CloudFront account's configuration in the API's own shape (what GetDistribution,
 * GetCachePolicy, GetOriginRequestPolicy and GetOriginAccessControl return), the single source both
 * CloudFront stand-ins read: the control plane serves it (cloudFrontApi.ts), the data plane is
 * started from it (distributionDataPlane.ts). Builders keep the tests' configurations short.
 */
import type {
  CacheBehavior,
  CachePolicyConfig,
  CustomErrorResponse,
  DefaultCacheBehavior,
  DistributionConfig,
  Origin,
  OriginAccessControlConfig,
  OriginRequestPolicyConfig,
} from '@aws-sdk/client-cloudfront';
import type { ViewerRequestFunction } from './cloudFrontFunctions';
import { ACCOUNT_ID } from './credentials';

export interface DistributionSetup {
  /** e.g. `E2QWRUHEXAMPLE`. */
  id: string;
  /** e.g. `d111111abcdef8.cloudfront.net`. */
  domainName: string;
  config: DistributionConfig;
  /** What the CloudFront Functions the behaviors name do, by function ARN (the data plane runs them). */
  functions?: Record<string, ViewerRequestFunction>;
  /**
   * What the ResponsePagePath of each custom error response serves (CloudFront fetches it from the
   * origin of the behavior its path matches, typically a bucket): path -> HTML. Default: a
   * single-page app's index.html (customErrorResponses.ts).
   */
  errorPages?: Record<string, string>;
}

export interface CloudFrontAccount {
  accountId: string;
  distributions: DistributionSetup[];
  /** The account's own cache policies by id; the managed ones are always there (managedPolicies.ts). */
  cachePolicies?: Record<string, CachePolicyConfig>;
  originRequestPolicies?: Record<string, OriginRequestPolicyConfig>;
  originAccessControls?: Record<string, OriginAccessControlConfig>;
}

export const DEFAULT_ACCOUNT_ID = ACCOUNT_ID;

const list = <T>(items: readonly T[]) => (items.length === 0 ? { Quantity: 0 } : { Quantity: items.length, Items: items.slice() });

export const ALL_METHODS = ['GET', 'HEAD', 'OPTIONS', 'PUT', 'POST', 'PATCH', 'DELETE'];

/** A custom origin (API Gateway, a Lambda function URL, ...) reached over HTTPS. */
export function customOrigin(id: string, domainName: string, settings: { originPath?: string; originAccessControlId?: string } = {}): Origin {
  return {
    Id: id,
    DomainName: domainName,
    OriginPath: settings.originPath ?? '',
    CustomHeaders: { Quantity: 0 },
    CustomOriginConfig: {
      HTTPPort: 80,
      HTTPSPort: 443,
      OriginProtocolPolicy: 'https-only',
      OriginSslProtocols: { Quantity: 1, Items: ['TLSv1.2'] },
      OriginReadTimeout: 30,
      OriginKeepaliveTimeout: 5,
    },
    ConnectionAttempts: 3,
    ConnectionTimeout: 10,
    OriginShield: { Enabled: false },
    OriginAccessControlId: settings.originAccessControlId ?? '',
  };
}

export interface BehaviorSettings {
  targetOriginId: string;
  /** Policies (cache policy required) ... */
  cachePolicyId?: string;
  originRequestPolicyId?: string;
  /** ... or legacy cache settings: the forwarded headers (`*` for all) and whether query strings are forwarded. */
  legacy?: { headers: string[]; queryString: boolean };
  allowedMethods?: string[];
  /** CloudFront Function ARNs associated with viewer-request. */
  viewerRequestFunctions?: string[];
}

export function defaultBehavior(settings: BehaviorSettings): DefaultCacheBehavior {
  const methods = settings.allowedMethods ?? ALL_METHODS;
  const legacy = settings.legacy;
  return {
    TargetOriginId: settings.targetOriginId,
    TrustedSigners: { Enabled: false, Quantity: 0 },
    TrustedKeyGroups: { Enabled: false, Quantity: 0 },
    ViewerProtocolPolicy: 'https-only',
    AllowedMethods: { Quantity: methods.length, Items: methods as never[], CachedMethods: { Quantity: 2, Items: ['HEAD', 'GET'] } },
    SmoothStreaming: false,
    Compress: false,
    LambdaFunctionAssociations: { Quantity: 0 },
    FunctionAssociations: list((settings.viewerRequestFunctions ?? []).map((arn) => ({ FunctionARN: arn, EventType: 'viewer-request' as const }))),
    FieldLevelEncryptionId: '',
    ...(legacy
      ? {
          ForwardedValues: {
            QueryString: legacy.queryString,
            Cookies: { Forward: 'none' },
            Headers: list(legacy.headers),
            QueryStringCacheKeys: { Quantity: 0 },
          },
          MinTTL: 0,
          DefaultTTL: 86_400,
          MaxTTL: 31_536_000,
        }
      : { CachePolicyId: settings.cachePolicyId, ...(settings.originRequestPolicyId ? { OriginRequestPolicyId: settings.originRequestPolicyId } : {}) }),
  };
}

export function cacheBehavior(pathPattern: string, settings: BehaviorSettings): CacheBehavior {
  return { PathPattern: pathPattern, ...defaultBehavior(settings) };
}

export interface DistributionSettings {
  aliases?: string[];
  origins: Origin[];
  defaultBehavior: DefaultCacheBehavior;
  behaviors?: CacheBehavior[];
  customErrorResponses?: CustomErrorResponse[];
  enabled?: boolean;
  comment?: string;
}

export function distributionConfig(settings: DistributionSettings): DistributionConfig {
  const aliases = settings.aliases ?? [];
  return {
    CallerReference: `postman-sigv4-stack-${settings.comment ?? 'distribution'}`,
    Aliases: list(aliases),
    DefaultRootObject: '',
    Origins: list(settings.origins),
    OriginGroups: { Quantity: 0 },
    DefaultCacheBehavior: settings.defaultBehavior,
    CacheBehaviors: list(settings.behaviors ?? []),
    CustomErrorResponses: list(settings.customErrorResponses ?? []),
    Comment: settings.comment ?? '',
    Logging: { Enabled: false, IncludeCookies: false, Bucket: '', Prefix: '' },
    PriceClass: 'PriceClass_All',
    Enabled: settings.enabled ?? true,
    ViewerCertificate:
      aliases.length === 0
        ? { CloudFrontDefaultCertificate: true, SSLSupportMethod: 'vip', MinimumProtocolVersion: 'TLSv1', CertificateSource: 'cloudfront' }
        : {
            CloudFrontDefaultCertificate: false,
            ACMCertificateArn: `arn:aws:acm:us-east-1:${ACCOUNT_ID}:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b`,
            SSLSupportMethod: 'sni-only',
            MinimumProtocolVersion: 'TLSv1.2_2021',
            Certificate: `arn:aws:acm:us-east-1:${ACCOUNT_ID}:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b`,
            CertificateSource: 'acm',
          },
    Restrictions: { GeoRestriction: { RestrictionType: 'none', Quantity: 0 } },
    WebACLId: '',
    HttpVersion: 'http2',
    IsIPV6Enabled: true,
    Staging: false,
  } as DistributionConfig;
}
