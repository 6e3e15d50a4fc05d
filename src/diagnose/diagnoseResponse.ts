import type { Pm, PmHeader, PmRequest } from '../postman/sandbox';
import { readVariable } from '../postman/settings';
import { REDACTED_TOKEN, VARIABLE } from '../postman/variables';
import { wireTarget, withoutDefaultPort } from '../postman/wire';
import type { DiagnosisContext } from './context';
import { explainCloudFrontPage, readCloudFrontPage, type SentToCloudFront } from './cloudFrontPage';
import { explain } from './explain';
import { readRejection } from './rejection';
import { sentQueryAuth } from './sentQueryAuth';

/** The diagnosis of pm.response, or undefined when it is not a SigV4 rejection. Never throws for odd input. */
export function diagnoseResponse(pm: Pm): string | undefined {
  const response = pm.response;
  if (!response) return undefined;
  const body = response.text();
  const rejection = readRejection(response.code, body);
  if (rejection) return explain(rejection, readContext(pm));
  const page = readCloudFrontPage(response.code, body, response.headers.get('X-Cache'));
  return page && explainCloudFrontPage(page, sentToCloudFront(pm));
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
    viaCloudFront: cameThroughCloudFront(pm),
  };
}

/** CloudFront adds Via "1.1 ID.cloudfront.net (CloudFront)", X-Amz-Cf-Id and X-Cache to every response it forwards. */
function cameThroughCloudFront(pm: Pm): boolean {
  const headers = pm.response?.headers;
  if (!headers) return false;
  return /cloudfront/i.test(headers.get('Via') || '') || !!headers.get('X-Amz-Cf-Id') || !!headers.get('X-Cache');
}
