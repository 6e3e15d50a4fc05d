import { parseObject, requireString } from './awsJson';
import { parseTimestamp } from './expiration';
import { MalformedAnswer, ServiceError, type HttpAnswer, type SourcedCredentials } from './types';

/**
 * The container-credentials format: what AWS_CONTAINER_CREDENTIALS_FULL_URI serves (the ECS agent,
 * and `postman-sigv4 credentials serve`), as @aws-sdk/credential-provider-http reads it. A 200
 * answer is this object, all strings, Expiration in RFC 3339.
 */
export interface ContainerCredentials {
  AccessKeyId: string;
  SecretAccessKey: string;
  /** Long-term keys have no session token; the format requires a string, so it is empty. */
  Token: string;
  Expiration: string;
}

/** A 4xx answer: the SDK passes its Code and Message on. */
export interface ContainerError {
  Code: string;
  Message: string;
}

/** An answer as it arrives: any field of the format may be missing or of another type. */
type ReceivedAnswer = { [field in keyof ContainerCredentials | keyof ContainerError]?: unknown };

const WHAT = 'The credentials endpoint';

/**
 * The container-credentials answer, read as @aws-sdk/credential-provider-http reads it: a 200
 * with AccessKeyId, SecretAccessKey, Token and an RFC 3339 Expiration; a 4xx whose JSON `Code`
 * and `Message` say why.
 */
export function parseContainerCredentials(answer: HttpAnswer): SourcedCredentials {
  const body: ReceivedAnswer | undefined = parseObject(answer.body);
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

function readToken(body: ReceivedAnswer): string | undefined {
  if (typeof body.Token !== 'string') throw new MalformedAnswer(`${WHAT}'s answer has no Token`);
  return body.Token || undefined;
}
