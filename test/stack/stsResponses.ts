/**
 * What the STS stand-in writes: the Query API's XML answers, entity-escaped, with their HTTP
 * status. Shapes: AWS STS API Reference (AssumeRole, "Common Errors") and the SDK's STS client
 * (@aws-sdk/nested-clients sts: AssumeRoleResponse > AssumeRoleResult > Credentials, errors read
 * from ErrorResponse > Error > Code/Message).
 */
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';

export const STS_NAMESPACE = 'https://sts.amazonaws.com/doc/2011-06-15/';
export const STS_VERSION = '2011-06-15';

export interface StsError {
  status: number;
  code: string;
  message: string;
}

const stsError = (status: number, code: string, message: string): StsError => ({ status, code, message });

/** Text: boto/boto3#1431 and the STS API Reference's AssumeRole example errors. */
export const accessDenied = (callerArn: string, roleArn: string): StsError =>
  stsError(403, 'AccessDenied', `User: ${callerArn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`);

/**
 * STS appends what it computed, as API Gateway does: "The Canonical String for this request
 * should have been ..." (aws/aws-cli#602 shows it for AssumeRole), which holds the caller's
 * session token. Without them (a date-scope mismatch) the first sentence stands alone.
 */
export const signatureDoesNotMatch = (expected?: { canonicalRequest: string; stringToSign: string }): StsError =>
  stsError(
    403,
    'SignatureDoesNotMatch',
    'The request signature we calculated does not match the signature you provided. Check your AWS Secret ' +
      'Access Key and signing method. Consult the service documentation for details.' +
      (expected ? `\n\nThe Canonical String for this request should have been\n'${expected.canonicalRequest}'\n\nThe String-to-Sign should have been\n'${expected.stringToSign}'\n` : ''),
  );

/** A SigV4 check that fails before the signature is compared (scope, clock) is also SignatureDoesNotMatch. */
export const signatureProblem = (message: string): StsError => stsError(403, 'SignatureDoesNotMatch', message);

export const invalidClientTokenId = (): StsError =>
  stsError(403, 'InvalidClientTokenId', 'The security token included in the request is invalid.');

/**
 * The caller's own session has ended: `ExpiredToken`, 403 (boto/boto3#1431; aws/aws-sdk-java-v2#1649
 * shows the 403). The modeled ExpiredTokenException (400) is for an expired web identity token.
 */
export const expiredToken = (): StsError =>
  stsError(403, 'ExpiredToken', 'The security token included in the request is expired');

export const missingAuthenticationToken = (): StsError =>
  stsError(403, 'MissingAuthenticationToken', 'Request is missing Authentication Token');

export const incompleteSignature = (message: string): StsError => stsError(400, 'IncompleteSignature', message);

export const invalidAction = (action: string, version: string): StsError =>
  stsError(400, 'InvalidAction', `Could not find operation ${action} for version ${version}`);

/** Constraint texts as the Query API's validator words them ("1 validation error detected: ..."). */
export function validationError(problems: readonly string[]): StsError {
  const count = problems.length === 1 ? '1 validation error' : `${problems.length} validation errors`;
  return stsError(400, 'ValidationError', `${count} detected: ${problems.join('; ')}`);
}

export interface AssumedRole {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: Date;
  assumedRoleId: string;
  arn: string;
}

export function writeAssumeRoleResult(res: ServerResponse, role: AssumedRole): void {
  const requestId = randomUUID();
  const xml =
    `<AssumeRoleResponse xmlns="${STS_NAMESPACE}">\n` +
    '  <AssumeRoleResult>\n' +
    '    <AssumedRoleUser>\n' +
    `      <AssumedRoleId>${escapeXml(role.assumedRoleId)}</AssumedRoleId>\n` +
    `      <Arn>${escapeXml(role.arn)}</Arn>\n` +
    '    </AssumedRoleUser>\n' +
    '    <Credentials>\n' +
    `      <AccessKeyId>${escapeXml(role.accessKeyId)}</AccessKeyId>\n` +
    `      <SecretAccessKey>${escapeXml(role.secretAccessKey)}</SecretAccessKey>\n` +
    `      <SessionToken>${escapeXml(role.sessionToken)}</SessionToken>\n` +
    `      <Expiration>${isoSeconds(role.expiration)}</Expiration>\n` +
    '    </Credentials>\n' +
    '  </AssumeRoleResult>\n' +
    '  <ResponseMetadata>\n' +
    `    <RequestId>${requestId}</RequestId>\n` +
    '  </ResponseMetadata>\n' +
    '</AssumeRoleResponse>\n';
  writeXml(res, 200, xml, requestId);
}

export function writeStsError(res: ServerResponse, error: StsError): void {
  const requestId = randomUUID();
  const xml =
    `<ErrorResponse xmlns="${STS_NAMESPACE}">\n` +
    '  <Error>\n' +
    // Sender: the caller's fault, which every error this stand-in sends is.
    '    <Type>Sender</Type>\n' +
    `    <Code>${escapeXml(error.code)}</Code>\n` +
    `    <Message>${escapeXml(error.message)}</Message>\n` +
    '  </Error>\n' +
    `  <RequestId>${requestId}</RequestId>\n` +
    '</ErrorResponse>\n';
  writeXml(res, error.status, xml, requestId);
}

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ENTITIES[c]);
}

/** STS writes Expiration in whole seconds: `2019-11-09T13:34:41Z`. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function writeXml(res: ServerResponse, status: number, xml: string, requestId: string): void {
  const bytes = Buffer.from(xml, 'utf8');
  res.writeHead(status, {
    'Content-Type': 'text/xml',
    'Content-Length': String(bytes.length),
    'x-amzn-RequestId': requestId,
  });
  res.end(bytes);
}
