import { amzDate, inferScope } from '../sigv4';
import { VARIABLE } from '../postman/variables';
import type { DiagnosisContext } from './context';
import { explainMismatch } from './explainMismatch';
import { explainExpiredToken, explainInvalidToken, explainUnknownAccessKey } from './explainCredentials';
import { explainPresignExpired } from './explainPresign';
import type { Rejection } from './rejectionKinds';

/** One or two sentences: the cause of the rejection, and the variable or setting that fixes it. */
export function explain(rejection: Rejection, context: DiagnosisContext): string {
  switch (rejection.kind) {
    case 'mismatch':
      return explainMismatch(rejection.canonicalRequest, rejection.stringToSign, context, rejection.verifier);
    case 'missing-token':
      return explainMissingToken(context);
    case 'expired':
      if (context.presignExpiresSeconds !== undefined) return explainPresignExpired('API Gateway', context, rejection.serverTime);
      return explainClock(rejection.signedAt, rejection.serverTime, context);
    case 'not-yet-current':
      return explainClock(rejection.signedAt, rejection.serverTime, context);
    case 'token-invalid':
      return explainInvalidToken(context);
    case 'token-expired':
      return explainExpiredToken(context);
    case 'wrong-region': {
      const hostRegion = context.signingHost ? inferScope(context.signingHost).region : undefined;
      const hint = hostRegion && hostRegion !== rejection.region ? `, here ${hostRegion} as the signing host says` : '';
      return `The credential scope names region ${rejection.region}, which is not the API's region: set aws_region to the region the API runs in${hint}.`;
    }
    case 'wrong-service':
      return `The credential scope names the wrong service; API Gateway expects '${rejection.service}': set aws_service to ${rejection.service}, or leave it empty.`;
    case 'incomplete':
      return `API Gateway could not read the signature (${rejection.message}): something changed Authorization or X-Amz-Date after the pre-request script signed. Leave the request's auth at "No Auth" or inherited, and keep the signer the last pre-request script.`;
    case 'http-api-forbidden':
      return explainForbidden(context);
    case 'not-authorized':
      return `The signature is valid, but IAM denies the call: ${rejection.message}. Allow execute-api:Invoke on that resource in the caller's IAM policy or the API's resource policy.`;
    case 'presign-expired':
      return explainPresignExpired('S3', context, rejection.serverTime);
    case 'unknown-access-key':
      return explainUnknownAccessKey(rejection.accessKeyId, context);
  }
}

function explainMissingToken(context: DiagnosisContext): string {
  // Without a header of CloudFront's on the response, CloudFront was not on the way: it neither
  // stripped Authorization nor prepended sigv4_origin_path, so the route called is the path sent.
  if (!context.viaCloudFront) return explainMissingTokenDirect(context);
  const route = `API Gateway has no route for ${context.method} ${(context.originPath || '') + context.sentPath}; check the path, the stage${context.originPath ? '' : ' and sigv4_origin_path'}`;
  if (!context.sentAuthorization) return `The request carried no signature (sigv4_skip is set, or the pre-request script did not run), or ${route}.`;
  if (context.signingHost && context.signingHost !== context.sentHost) {
    return `API Gateway received no signature: CloudFront removes the Authorization header unless the origin request policy forwards all viewer headers; use the managed policy AllViewerExceptHostHeader. If it does, ${route}.`;
  }
  return `API Gateway found no signature or no route: ${route}. Behind a proxy, make sure it forwards the Authorization header.`;
}

function explainMissingTokenDirect(context: DiagnosisContext): string {
  const route = `API Gateway has no route for ${context.method} ${context.sentPath}, the path called`;
  if (!context.sentAuthorization) return `The request carried no signature (sigv4_skip is set, or the pre-request script did not run), or ${route}.`;
  const originPath = context.originPath
    ? ` ${VARIABLE.originPath} is ${context.originPath}, which only CloudFront prepends: calling API Gateway directly, it was probably left set by mistake; clear it, and put the stage in the URL (${context.method} ${context.originPath}${context.sentPath}).`
    : '';
  return `${route}; the response came straight from API Gateway (no Via, X-Amz-Cf-Id or X-Cache header from CloudFront), so CloudFront did not change it: check the path and the stage.${originPath} Behind another proxy, make sure it forwards the Authorization header.`;
}

function explainClock(signedAt: string, serverTime: string, context: DiagnosisContext): string {
  const fromHeader = context.responseDate ? Date.parse(context.responseDate) : NaN;
  const server = isNaN(fromHeader) ? parseAmzDate(serverTime) : fromHeader;
  const minutes = Math.round((parseAmzDate(signedAt) - server) / 60000);
  const skew = minutes < 0 ? `${-minutes} minutes behind` : `${minutes} minutes ahead of`;
  return (
    `The request was signed at ${signedAt}, more than 5 minutes off API Gateway's clock (${amzDate(new Date(server))}${isNaN(fromHeader) ? '' : ', from the response Date header'}): ` +
    `this computer's clock is ${skew} API Gateway's. Set the system clock right (turn on NTP time sync) and send again.`
  );
}

function explainForbidden(context: DiagnosisContext): string {
  const base = 'The HTTP API rejected the request with a bare "Forbidden", without saying what differed.';
  if (!context.signingHost && !/\.execute-api\./.test(context.sentHost)) {
    return `${base} The request went to ${context.sentHost}, but API Gateway checks the signature for its own host: set sigv4_signing_host to the API's execute-api host, and sigv4_origin_path to CloudFront's origin path if it has one.`;
  }
  return `${base} Check sigv4_origin_path, headers changed on the way (sigv4_signed_headers) and the secret key; with sigv4_debug set to true the console shows what was signed.`;
}

function parseAmzDate(text: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) : NaN;
}
