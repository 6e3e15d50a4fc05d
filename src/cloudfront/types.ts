/**
 * The parts of a CloudFront distribution configuration the doctor reads, in the shape of the
 * CloudFront API (2020-05-31) as @aws-sdk/client-cloudfront returns it: plain objects, lists as
 * `{ Quantity, Items }`, every member optional. An SDK output object is accepted as is.
 */

export interface ItemList<T> {
  Quantity?: number;
  Items?: T[];
}

export interface Origin {
  Id?: string;
  DomainName?: string;
  /** `/prod`, or '' for none. */
  OriginPath?: string;
  /** Set when an origin access control signs the requests to this origin. */
  OriginAccessControlId?: string;
}

export interface OriginGroup {
  Id?: string;
  Members?: ItemList<{ OriginId?: string }>;
}

/** Legacy cache settings of a behavior (no cache policy). */
export interface ForwardedValues {
  QueryString?: boolean;
  /** Header names, or `*` for all. */
  Headers?: ItemList<string>;
  QueryStringCacheKeys?: ItemList<string>;
}

export interface FunctionAssociation {
  FunctionARN?: string;
  /** `viewer-request` or `viewer-response`. */
  EventType?: string;
}

export interface LambdaFunctionAssociation {
  LambdaFunctionARN?: string;
  /** `viewer-request`, `origin-request`, `origin-response` or `viewer-response`. */
  EventType?: string;
}

/** The default cache behavior, or one of the ordered ones (which also have a PathPattern). */
export interface CacheBehavior {
  PathPattern?: string;
  TargetOriginId?: string;
  CachePolicyId?: string;
  OriginRequestPolicyId?: string;
  ForwardedValues?: ForwardedValues;
  AllowedMethods?: ItemList<string>;
  FunctionAssociations?: ItemList<FunctionAssociation>;
  LambdaFunctionAssociations?: ItemList<LambdaFunctionAssociation>;
}

export interface CustomErrorResponse {
  ErrorCode?: number;
  ResponsePagePath?: string;
  /** The status sent instead, as text ('' or absent: the origin's). */
  ResponseCode?: string;
  ErrorCachingMinTTL?: number;
}

export interface DistributionConfig {
  Aliases?: ItemList<string>;
  Enabled?: boolean;
  Origins?: ItemList<Origin>;
  OriginGroups?: ItemList<OriginGroup>;
  DefaultCacheBehavior?: CacheBehavior;
  CacheBehaviors?: ItemList<CacheBehavior>;
  CustomErrorResponses?: ItemList<CustomErrorResponse>;
}

export interface Distribution {
  Id?: string;
  DomainName?: string;
  DistributionConfig?: DistributionConfig;
}

/** What ListDistributions returns per distribution. */
export interface DistributionSummary {
  Id?: string;
  ARN?: string;
  DomainName?: string;
  Aliases?: ItemList<string>;
}

export interface HeadersConfig {
  /** Cache policy: `none`, `whitelist`. Origin request policy: also `allViewer`, `allViewerAndWhitelistCloudFront`, `allExcept`. */
  HeaderBehavior?: string;
  Headers?: ItemList<string>;
}

export interface QueryStringsConfig {
  /** `none`, `whitelist`, `allExcept`, `all`. */
  QueryStringBehavior?: string;
  QueryStrings?: ItemList<string>;
}

export interface CachePolicyConfig {
  Name?: string;
  MinTTL?: number;
  DefaultTTL?: number;
  MaxTTL?: number;
  ParametersInCacheKeyAndForwardedToOrigin?: {
    HeadersConfig?: HeadersConfig;
    QueryStringsConfig?: QueryStringsConfig;
  };
}

export interface OriginRequestPolicyConfig {
  Name?: string;
  HeadersConfig?: HeadersConfig;
  QueryStringsConfig?: QueryStringsConfig;
}

export interface OriginAccessControlConfig {
  Name?: string;
  /** `sigv4`, `sigv4a`. */
  SigningProtocol?: string;
  /** `always`, `never`, `no-override`, `always-amz-auth`. */
  SigningBehavior?: string;
  /** `s3`, `mediastore`, `mediapackagev2`, `lambda`. */
  OriginAccessControlOriginType?: string;
}

export type OriginKind = 'api-gateway' | 'lambda-url' | 's3' | 'aws' | 'custom';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  code: string;
  severity: Severity;
  /** What is wrong, what happens, and the fix. */
  message: string;
}

/** The `--json` object of `postman-sigv4 doctor` (SPEC.md, "doctor"). */
export interface DoctorReport {
  url: string;
  distribution: { id: string; domainName: string; aliases: string[] };
  behavior: { pathPattern: string; targetOriginId: string };
  origin: { id: string; domainName: string; originPath: string; kind: OriginKind };
  /** Only what the user should set in Postman; never a secret. */
  variables: Record<string, string>;
  findings: Finding[];
}
