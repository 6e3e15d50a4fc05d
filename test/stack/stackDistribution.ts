/**
 * The distribution `npm run stack` (cli.ts) serves, as a configuration in the API's shape
 * (distributionSetup.ts): the control-plane stand-in serves it to `postman-sigv4 doctor`, and the
 * data-plane stand-in is configured from it (distributionDataPlane.ts distributionOptions), so
 * what doctor reads is what the requests go through. The stack's flags map to the settings a
 * user would make in the console:
 * - one origin (the API Gateway or the function URL stand-in's domain) with the origin path;
 * - the managed cache policy CachingDisabled, and as origin request policy the managed
 *   AllViewerExceptHostHeader when every query string is forwarded, else one of the account's own
 *   that forwards all viewer headers but Host and the chosen query strings;
 * - --strip-authorization: an origin request policy that names the X-Amz-* headers, as a user
 *   might who cannot name Authorization there (an origin request policy cannot);
 * - --oac: a Lambda origin access control with the chosen signing behavior;
 * - --custom-error-response: the distribution's CustomErrorResponses.
 */
import type { CustomErrorResponse as ApiCustomErrorResponse } from '@aws-sdk/client-cloudfront';
import type { QueryStringPolicy } from './cloudFrontRequest';
import { ACCOUNT_ID } from './credentials';
import type { CustomErrorResponse } from './customErrorResponses';
import { customOrigin, defaultBehavior, distributionConfig, type CloudFrontAccount } from './distributionSetup';
import { MANAGED_CACHE_POLICY_IDS, MANAGED_ORIGIN_REQUEST_POLICY_IDS, originRequestPolicyConfig } from './managedPolicies';
import type { SigningBehavior } from './originAccessControl';

/** The ids and name in the forms CloudFront gives them; the domain is the data-plane stand-in's default. */
export const STACK_DISTRIBUTION_ID = 'E2QWRUHEXAMPLE';
export const STACK_DISTRIBUTION_DOMAIN = 'd111111abcdef8.cloudfront.net';
const ORIGIN_ID = 'stack-origin';
const ORIGIN_REQUEST_POLICY_ID = '3e5a7c9b-1d2f-4a6b-8c0d-2e4f6a8b0c1d';
const ORIGIN_ACCESS_CONTROL_ID = 'E1STACKOAC0001';
/** CloudFront's default minimum TTL for error caching, in seconds. */
const ERROR_CACHING_MIN_TTL = 10;

export interface StackDistributionSettings {
  /** The host CloudFront sends to: the API Gateway or function URL stand-in's domain. */
  originDomain: string;
  originPath: string;
  queryStrings: QueryStringPolicy;
  stripAuthorization: boolean;
  /** The function URL origin's origin access control signs, with this behavior. */
  oacSigningBehavior?: SigningBehavior;
  customErrorResponses: CustomErrorResponse[];
}

function queryStringsConfig(policy: QueryStringPolicy): { behavior: 'all' | 'none' | 'whitelist'; names?: string[] } {
  return Array.isArray(policy) ? { behavior: 'whitelist', names: policy } : { behavior: policy };
}

function apiCustomErrorResponse(response: CustomErrorResponse): ApiCustomErrorResponse {
  return {
    ErrorCode: response.errorCode,
    ResponsePagePath: response.responsePagePath ?? '',
    ResponseCode: response.responseCode === undefined ? '' : String(response.responseCode),
    ErrorCachingMinTTL: response.errorCachingMinTTL ?? ERROR_CACHING_MIN_TTL,
  };
}

export function stackAccount(settings: StackDistributionSettings): CloudFrontAccount {
  const ownPolicy = settings.stripAuthorization || settings.queryStrings !== 'all';
  const originRequestPolicyId = ownPolicy ? ORIGIN_REQUEST_POLICY_ID : MANAGED_ORIGIN_REQUEST_POLICY_IDS.AllViewerExceptHostHeader;
  const headers = settings.stripAuthorization
    ? { behavior: 'whitelist' as const, names: ['X-Amz-Date', 'X-Amz-Security-Token'] }
    : { behavior: 'allExcept' as const, names: ['host'] };
  const oac = settings.oacSigningBehavior;
  return {
    accountId: ACCOUNT_ID,
    distributions: [
      {
        id: STACK_DISTRIBUTION_ID,
        domainName: STACK_DISTRIBUTION_DOMAIN,
        config: distributionConfig({
          comment: 'npm run stack',
          origins: [customOrigin(ORIGIN_ID, settings.originDomain, { originPath: settings.originPath, originAccessControlId: oac && ORIGIN_ACCESS_CONTROL_ID })],
          defaultBehavior: defaultBehavior({ targetOriginId: ORIGIN_ID, cachePolicyId: MANAGED_CACHE_POLICY_IDS.CachingDisabled, originRequestPolicyId }),
          customErrorResponses: settings.customErrorResponses.map(apiCustomErrorResponse),
        }),
      },
    ],
    originRequestPolicies: ownPolicy
      ? { [ORIGIN_REQUEST_POLICY_ID]: originRequestPolicyConfig({ name: 'stack-origin-requests', headers, queryStrings: queryStringsConfig(settings.queryStrings) }) }
      : {},
    originAccessControls: oac
      ? { [ORIGIN_ACCESS_CONTROL_ID]: { Name: 'stack-function-url', Description: '', SigningProtocol: 'sigv4', SigningBehavior: oac, OriginAccessControlOriginType: 'lambda' } }
      : {},
  };
}
