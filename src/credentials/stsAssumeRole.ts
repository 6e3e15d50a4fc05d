import { uriEncode } from '../sigv4/uriEncode';
import { parseTimestamp } from './expiration';
import { MalformedAnswer, ServiceError, type HttpAnswer, type SourcedCredentials } from './types';
import { elementText, requireElement } from './xml';

export interface AssumeRoleParameters {
  roleArn: string;
  roleSessionName: string;
  externalId?: string;
  durationSeconds?: number;
}

/** What STS's Query API takes, as the form body of a POST (Action, Version, then the parameters). */
export function assumeRoleForm(parameters: AssumeRoleParameters): string {
  const fields: Array<[string, string]> = [
    ['Action', 'AssumeRole'],
    ['Version', '2011-06-15'],
    ['RoleArn', parameters.roleArn],
    ['RoleSessionName', parameters.roleSessionName],
  ];
  if (parameters.durationSeconds !== undefined) fields.push(['DurationSeconds', String(parameters.durationSeconds)]);
  if (parameters.externalId !== undefined) fields.push(['ExternalId', parameters.externalId]);
  // RFC 3986 unreserved characters stay; everything else is %XX of its UTF-8 bytes.
  return fields.map(([key, value]) => `${key}=${uriEncode(value)}`).join('&');
}

const WHAT = "STS's AssumeRole answer";

/**
 * AssumeRoleResponse > AssumeRoleResult > Credentials, or STS's ErrorResponse > Error > Code,
 * Message (the Query protocol's XML; credentials.md, "STS AssumeRole").
 */
export function parseAssumeRoleResponse(answer: HttpAnswer): SourcedCredentials {
  const errorXml = /<Error>([\s\S]*?)<\/Error>/.exec(answer.body);
  if (answer.status < 200 || answer.status >= 300 || errorXml) {
    const code = errorXml ? elementText(errorXml[1], 'Code') : undefined;
    if (!errorXml || !code) throw new MalformedAnswer(`STS answered HTTP ${answer.status} without an error code`);
    throw new ServiceError(code, elementText(errorXml[1], 'Message') || '', answer.status);
  }
  const credentials = /<Credentials>([\s\S]*?)<\/Credentials>/.exec(answer.body);
  if (!/<AssumeRoleResult>/.test(answer.body) || !credentials) throw new MalformedAnswer(`${WHAT} has no AssumeRoleResult with Credentials`);
  const xml = credentials[1];
  return {
    accessKeyId: requireElement(xml, 'AccessKeyId', WHAT),
    secretAccessKey: requireElement(xml, 'SecretAccessKey', WHAT),
    sessionToken: requireElement(xml, 'SessionToken', WHAT),
    expiration: parseTimestamp(elementText(xml, 'Expiration'), 'Expiration'),
  };
}
