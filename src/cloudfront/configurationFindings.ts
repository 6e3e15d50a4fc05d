/**
 * Findings about the rest of the distribution's configuration: whether it is enabled, the
 * behavior's allowed methods and functions, the origin's access control, the distribution's
 * custom error responses, and an origin doctor does not recognise.
 */
import type { Context } from './context';
import type { Finding } from './types';

function disabledFindings(context: Context): Finding[] {
  if (context.config.Enabled !== false) return [];
  return [
    {
      code: 'distribution-disabled',
      severity: 'error',
      message: `The distribution ${context.distributionId} is disabled: CloudFront answers its requests with its own 403 page. Fix: enable it.`,
    },
  ];
}

function methodFindings(context: Context): Finding[] {
  const allowed = context.behavior.AllowedMethods?.Items ?? [];
  if (context.method === undefined || allowed.length === 0 || allowed.indexOf(context.method) >= 0) return [];
  return [
    {
      code: 'method-not-allowed',
      severity: 'error',
      message:
        `Cache behavior "${context.pathPattern}" allows ${allowed.join(', ')}, not ${context.method}: CloudFront refuses the request with its own 403 page ` +
        `before the origin sees it. Fix: allow GET, HEAD, OPTIONS, PUT, POST, PATCH, DELETE in the behavior.`,
    },
  ];
}

function accessControlFindings(context: Context): Finding[] {
  const oac = context.originAccessControl;
  if (!oac || !context.oacSigns) return [];
  const lambda = oac.OriginAccessControlOriginType === 'lambda';
  return [
    {
      code: 'oac-signs-requests',
      severity: 'info',
      message:
        `The origin's access control ${oac.Name ?? ''} (${oac.OriginAccessControlOriginType ?? 'origin'}, signing ${oac.SigningBehavior ?? ''}) signs the ` +
        `requests CloudFront sends to ${context.origin.DomainName}: set sigv4_cloudfront_oac=true, and the pre-request script sends no signature and no ` +
        `credentials, only x-amz-content-sha256${lambda ? ' (a Lambda function URL refuses PUT and POST without it: CloudFront Developer Guide, "Restrict access to an AWS Lambda function URL origin")' : ''}.` +
        (oac.SigningBehavior === 'no-override' ? noOverrideNote(context) : ''),
    },
  ];
}

/**
 * Signing behavior no-override: "If the viewer request contains the Authorization header, then
 * CloudFront doesn't sign the origin request and instead passes along the Authorization header
 * from the viewer request", which reaches the origin only if the cache policy forwards it
 * (CloudFront API reference, OriginAccessControlConfig, SigningBehavior).
 */
function noOverrideNote(context: Context): string {
  const reach =
    context.forwarding.authorization === 'forwarded'
      ? `this behavior forwards it, so a request signed for ${context.origin.DomainName} by credentials the origin accepts also passes`
      : context.forwarding.authorization === 'dropped'
        ? 'this behavior does not forward it, so the origin gets the request unsigned and refuses it'
        : 'whether this behavior forwards it AWS does not document (caching is on)';
  return (
    ` With no-override, CloudFront does not sign a request that carries an Authorization header of its own (a Postman auth type, a header, or the script's ` +
    `signature without sigv4_cloudfront_oac) but passes that header on: ${reach}.`
  );
}

/** Code that sees the request before the origin does: viewer-request functions, and Lambda@Edge on origin-request. */
function functionFindings(context: Context): Finding[] {
  const cloudFrontFunctions = (context.behavior.FunctionAssociations?.Items ?? [])
    .filter((association) => association.EventType === 'viewer-request')
    .map((association) => `CloudFront Function ${association.FunctionARN} (viewer-request)`);
  const edgeFunctions = (context.behavior.LambdaFunctionAssociations?.Items ?? [])
    .filter((association) => association.EventType === 'viewer-request' || association.EventType === 'origin-request')
    .map((association) => `Lambda@Edge ${association.LambdaFunctionARN} (${association.EventType})`);
  return cloudFrontFunctions.concat(edgeFunctions).map((name) => ({
    code: 'request-rewritten-by-function',
    severity: 'warning',
    message:
      `${name} runs on the requests of cache behavior "${context.pathPattern}": if it changes the URI, the query string or a signed header, the origin ` +
      `sees a request that differs from the one signed (403, the signature does not match). doctor cannot read what it does: check it, and sign for ` +
      `what it sends on (a path prefix it adds goes into sigv4_origin_path).`,
  }));
}

/**
 * A custom error response with a response page replaces the origin's answer (one without a page
 * only sets how long the origin's error is cached): CloudFront Developer Guide, "Generate custom
 * error responses".
 */
function errorResponseFindings(context: Context): Finding[] {
  return (context.config.CustomErrorResponses?.Items ?? [])
    .filter((response) => (response.ErrorCode === 403 || response.ErrorCode === 400) && Boolean(response.ResponsePagePath))
    .map((response): Finding => ({
      code: 'custom-error-response',
      severity: 'warning',
      message:
        `The distribution replaces the origin's ${response.ErrorCode} answers with ${response.ResponsePagePath} (status ${response.ResponseCode || response.ErrorCode}): ` +
        `a refused signature shows up as that page, and the diagnosis script cannot see the origin's reason. Fix: remove the ${response.ErrorCode} ` +
        `custom error response, or serve the API from a distribution without one.`,
    }));
}

/** Findings whose requests the origin refuses with 403 (API Gateway, a function URL and S3 alike). */
const REFUSED_WITH_403 = ['host-forwarded', 'host-not-forwarded', 'authorization-not-forwarded', 'signed-headers-not-forwarded', 'query-strings-not-forwarded'];

/**
 * An error whose 403 a custom error response replaces does not show as the finding describes it:
 * each such finding says what reaches the user instead.
 */
export function behindErrorPages(findings: Finding[], context: Context): Finding[] {
  const page = (context.config.CustomErrorResponses?.Items ?? []).find((response) => response.ErrorCode === 403 && Boolean(response.ResponsePagePath));
  if (!page) return findings;
  const shown = `${page.ResponsePagePath} with status ${page.ResponseCode || 403}`;
  return findings.map((finding) =>
    finding.severity === 'error' && REFUSED_WITH_403.indexOf(finding.code) >= 0
      ? { ...finding, message: `${finding.message} On this distribution the origin's 403 reaches you as ${shown} (custom-error-response).` }
      : finding,
  );
}

function customOriginFindings(context: Context): Finding[] {
  if (context.originClass.kind !== 'custom' || context.oacSigns) return [];
  return [
    {
      code: 'custom-origin',
      severity: 'warning',
      message:
        `The origin ${context.origin.DomainName} is not an AWS endpoint doctor recognises (an API Gateway custom domain name, a load balancer, ` +
        `your own server): if it verifies SigV4, set aws_region (and aws_service when it is not execute-api) yourself; the variables assume it checks ` +
        `the signature for the host it receives.`,
    },
  ];
}

export function configurationFindings(context: Context): Finding[] {
  return [
    ...disabledFindings(context),
    ...methodFindings(context),
    ...accessControlFindings(context),
    ...functionFindings(context),
    ...errorResponseFindings(context),
    ...customOriginFindings(context),
  ];
}
