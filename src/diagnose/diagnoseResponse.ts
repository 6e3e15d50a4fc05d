import { METHODS_WITHOUT_BODY } from '../postman/body';
import type { Pm, PmHeader, PmRequest } from '../postman/sandbox';
import { parseBoolean, readVariable } from '../postman/settings';
import { REDACTED_TOKEN, VARIABLE } from '../postman/variables';
import { wireTarget, withoutDefaultPort } from '../postman/wire';
import type { DiagnosisContext } from './context';
import { explainCloudFrontPage, readCloudFrontPage, type SentToCloudFront } from './cloudFrontPage';
import { explainReplacedAnswer, readReplacedAnswer } from './customErrorResponse';
import { explain } from './explain';
import { explainFunctionUrlMismatch } from './explainOriginAccessControl';
import { readRejection } from './rejection';
import { cameThroughCloudFront, functionUrlRefusedSignature } from './responseHeaders';
import { sentQueryAuth } from './sentQueryAuth';

/**
 * The diagnosis of pm.response, or undefined when it is not a SigV4 rejection (or an answer that
 * hides one). Never throws for odd input. Runs on every response: a success that CloudFront does
 * not mark as an error is left without reading its body.
 */
export function diagnoseResponse(pm: Pm): string | undefined {
  const response = pm.response;
  if (!response) return undefined;
  const xCache = response.headers.get('X-Cache');
  const cloudFrontError = !!xCache && /error from cloudfront/i.test(xCache);
  if (response.code < 400 && !cloudFrontError) return undefined;
  const body = response.text();
  const rejection = readRejection(response.code, body);
  if (rejection) {
    const fromFunctionUrl = rejection.kind === 'mismatch' && rejection.canonicalRequest === undefined && !rejection.verifier && functionUrlRefusedSignature(response.headers);
    const behindOac = fromFunctionUrl && cameThroughCloudFront(response.headers) ? explainFunctionUrlMismatch(sentWithOac(pm)) : undefined;
    return behindOac || explain(rejection, readContext(pm));
  }
  const page = readCloudFrontPage(response.code, body, xCache);
  if (page) return explainCloudFrontPage(page, sentToCloudFront(pm));
  const replaced = cloudFrontError ? readReplacedAnswer(response.code, body, response.headers.get('Content-Type'), pm.request.method, signedByScript(pm)) : undefined;
  return replaced && explainReplacedAnswer(replaced);
}

function sentWithOac(pm: Pm): { oacSetting: boolean; contentSha256?: string; hadBody: boolean } {
  const { request, variables } = pm;
  const body = request.body;
  return {
    oacSetting: parseBoolean(readVariable(variables, VARIABLE.cloudfrontOac) || '') === true,
    contentSha256: sentHeader(request, 'x-amz-content-sha256')?.value,
    hadBody: METHODS_WITHOUT_BODY.indexOf(request.method) < 0 && !!body && !body.disabled && !body.isEmpty(),
  };
}

/** Signed by the pre-request script (header or query), or sent for CloudFront's origin access control to sign. */
function signedByScript(pm: Pm): boolean {
  const { request } = pm;
  if (/^AWS4-HMAC-SHA256 /.test(sentHeader(request, 'authorization')?.value || '')) return true;
  try {
    if (sentQueryAuth(request.url).signed) return true;
  } catch (error) {
    // An unreadable URL carries no query signature.
  }
  const oac = sentWithOac(pm);
  return oac.oacSetting && oac.contentSha256 !== undefined;
}

/** The last enabled header of that (lowercase) name, as the request went out. */
function sentHeader(request: PmRequest, name: string): PmHeader | undefined {
  return request.headers.all().filter((header) => !header.disabled && header.key.toLowerCase() === name).pop();
}

function sentToCloudFront(pm: Pm): SentToCloudFront | undefined {
  try {
    const hostHeader = sentHeader(pm.request, 'host');
    return { urlHost: wireTarget(pm.request.url).host, hostHeader: hostHeader && hostHeader.value };
  } catch (error) {
    return undefined;
  }
}

function readContext(pm: Pm): DiagnosisContext {
  const { request, variables } = pm;
  const read = (name: string) => readVariable(variables, name) || undefined;
  const sent = (name: string) => sentHeader(request, name);
  const query = sentQueryAuth(request.url);
  const amzDate = sent('x-amz-date')?.value ?? query.amzDate;
  let canonicalRequest = read(VARIABLE.canonicalRequest);
  let stringToSign = read(VARIABLE.stringToSign);
  // Local variables outlive their request: use them only if they belong to this one.
  if (!amzDate || !stringToSign || stringToSign.split('\n')[1] !== amzDate) canonicalRequest = stringToSign = undefined;
  const authorization = sent('authorization')?.value;
  let target = { host: '', path: '' };
  try {
    target = wireTarget(request.url);
  } catch (error) {
    // A request without a usable host still gets a diagnosis, with less to compare.
  }
  return {
    signedCanonicalRequest: canonicalRequest,
    signedStringToSign: stringToSign,
    redactedToken: REDACTED_TOKEN,
    // What was sent: with a credential source the keys never reach a variable.
    sessionToken: sent('x-amz-security-token')?.value || query.sessionToken || read(VARIABLE.sessionToken),
    accessKeyId: (authorization && /Credential=([^/,\s]+)\//.exec(authorization)?.[1]) || query.accessKeyId || read(VARIABLE.accessKeyId),
    fetchedFrom: [VARIABLE.roleArn, VARIABLE.credentialsUrl, VARIABLE.cognitoIdentityPoolId].find((name) => read(name) !== undefined),
    signingHost: withoutDefaultPort(read(VARIABLE.signingHost)?.toLowerCase() || '') || undefined,
    originPath: read(VARIABLE.originPath),
    signedHeaders: (read(VARIABLE.signedHeaders) || '').split(',').map((name) => name.trim().toLowerCase()).filter(Boolean),
    region: read(VARIABLE.region),
    method: request.method,
    sentHost: target.host,
    sentPath: target.path,
    sentAuthorization: !!authorization || query.signed,
    sentAmzDate: amzDate,
    presignExpiresSeconds: query.expiresSeconds,
    responseDate: pm.response?.headers.get('Date'),
    viaCloudFront: !!pm.response && cameThroughCloudFront(pm.response.headers),
  };
}
