import { parseObject, requireString } from './awsJson';
import { parseTimestamp } from './expiration';
import { MalformedAnswer, ServiceError, type HttpAnswer, type SourcedCredentials } from './types';

const WHAT = 'The credentials endpoint';

/**
 * The container-credentials answer (what AWS_CONTAINER_CREDENTIALS_FULL_URI serves), read as
 * @aws-sdk/credential-provider-http reads it: a 200 with AccessKeyId, SecretAccessKey, Token and
 * an RFC 3339 Expiration; a 4xx whose JSON `Code` and `Message` say why.
 */
export function parseContainerCredentials(answer: HttpAnswer): SourcedCredentials {
  const body = parseObject(answer.body);
  if (answer.status !== 200) {
    const code = body && typeof body.Code === 'string' ? body.Code : `HTTP ${answer.status}`;
    const message = body && typeof body.Message === 'string' ? body.Message : 'no error message';
    throw new ServiceError(code, message, answer.status);
  }
  if (!body) throw new MalformedAnswer(`${WHAT} answered with a body that is not a JSON object`);
  return {
    accessKeyId: requireString(body, 'AccessKeyId', `${WHAT}'s answer`),
    secretAccessKey: requireString(body, 'SecretAccessKey', `${WHAT}'s answer`),
    // A string, as the SDK requires; empty for long-term keys (what `credentials serve` sends for a static profile).
    sessionToken: readToken(body),
    expiration: parseTimestamp(body.Expiration, 'Expiration'),
  };
}

function readToken(body: Record<string, unknown>): string | undefined {
  if (typeof body.Token !== 'string') throw new MalformedAnswer(`${WHAT}'s answer has no Token`);
  return body.Token || undefined;
}
