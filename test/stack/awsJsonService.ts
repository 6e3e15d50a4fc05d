/**
 * The AWS JSON 1.1 protocol as the Cognito stand-ins speak it: `POST /` with
 * `X-Amz-Target: <Prefix>.<Operation>` and `Content-Type: application/x-amz-json-1.1`, unsigned.
 * Answers are JSON 1.1; errors are `{"__type":"<Type>","message":"…"}` with status 400 (unless
 * said otherwise) and the type again in `x-amzn-ErrorType`, as Cognito sends them
 * (amazon-archives/amazon-cognito-identity-js#91; the SDK reads `__type`, then the header).
 *
 * An operation handler returns the output object or throws `awsJsonFault(type, message)`.
 * Optional GET routes serve other documents (the user pool's JWKS).
 */
import { randomUUID } from 'node:crypto';
import { createServer, ServerResponse } from 'node:http';
import { joinedHeader, readRequest } from './rawRequest';
import { serveOnLoopback } from './server';

export const AWS_JSON_CONTENT_TYPE = 'application/x-amz-json-1.1';

export class AwsJsonFault extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

export const awsJsonFault = (type: string, message: string, status = 400): AwsJsonFault =>
  new AwsJsonFault(type, message, status);

export type JsonInput = Record<string, unknown>;
export type Operation = (input: JsonInput) => Promise<unknown> | unknown;

export interface AwsJsonServiceOptions {
  /** For error texts, e.g. `Cognito user pool`. */
  name: string;
  /** e.g. `AWSCognitoIdentityService`. */
  targetPrefix: string;
  operations: Record<string, Operation>;
  /** Exact paths answered on GET with this JSON document. */
  getRoutes?: Record<string, () => unknown>;
  port?: number;
  maxLifetimeMs?: number;
}

export interface AwsJsonService {
  url: string;
  port: number;
  /** Requests received per operation (or GET path), whatever their outcome. */
  calls: Record<string, number>;
  close(): Promise<void>;
}

export async function startAwsJsonService(options: AwsJsonServiceOptions): Promise<AwsJsonService> {
  const calls: Record<string, number> = Object.create(null);
  const count = (name: string) => (calls[name] = (calls[name] ?? 0) + 1);

  const server = createServer((req, res) => {
    (async () => {
      const received = await readRequest(req);
      const route = options.getRoutes?.[received.path];
      if (received.method === 'GET' && route) {
        count(received.path);
        return writeAwsJson(res, 200, route(), 'application/json');
      }
      const target = joinedHeader(received.rawHeaders, 'x-amz-target') ?? '';
      const operationName = target.startsWith(options.targetPrefix + '.')
        ? target.slice(options.targetPrefix.length + 1)
        : '';
      count(operationName || '(unknown)');
      const operation = Object.prototype.hasOwnProperty.call(options.operations, operationName)
        ? options.operations[operationName]
        : undefined;
      const type = joinedHeader(received.rawHeaders, 'content-type') ?? '';
      // An unknown target, wrong method or content type: the namespaced type AWS JSON services
      // send (the SDK strips the part before '#'). Sent for the content type: an assumption.
      if (received.method !== 'POST' || !operation || !type.toLowerCase().startsWith(AWS_JSON_CONTENT_TYPE)) {
        throw awsJsonFault('com.amazon.coral.service#UnknownOperationException', '');
      }
      let input: unknown;
      try {
        input = JSON.parse(received.body.toString('utf8') || '{}');
      } catch {
        throw awsJsonFault('com.amazon.coral.service#SerializationException', '');
      }
      if (typeof input !== 'object' || input === null || Array.isArray(input)) {
        throw awsJsonFault('com.amazon.coral.service#SerializationException', '');
      }
      writeAwsJson(res, 200, await operation(input as JsonInput));
    })().catch((error: unknown) => writeFault(res, error, options.name));
  });
  const serving = await serveOnLoopback(server, { port: options.port, maxLifetimeMs: options.maxLifetimeMs });
  return { url: serving.url, port: serving.port, calls, close: serving.close };
}

/** A string member of the input, or undefined when absent or not a string. */
export function stringMember(input: JsonInput, name: string): string | undefined {
  const value = input[name];
  return typeof value === 'string' ? value : undefined;
}

/** A string-to-string map member (Logins, AuthParameters); non-string values are dropped. */
export function mapMember(input: JsonInput, name: string): Record<string, string> | undefined {
  const value = input[name];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const map: Record<string, string> = Object.create(null);
  for (const [key, item] of Object.entries(value)) if (typeof item === 'string') map[key] = item;
  return map;
}

/** The "must not be null" validation text of AWS JSON services. */
export const missingMember = (type: string, member: string): AwsJsonFault =>
  awsJsonFault(type, `1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`);

function writeFault(res: ServerResponse, error: unknown, name: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (error instanceof AwsJsonFault) {
    const body = error.message ? { __type: error.type, message: error.message } : { __type: error.type };
    return writeAwsJson(res, error.status, body, AWS_JSON_CONTENT_TYPE, error.type);
  }
  res.writeHead(500, { 'Content-Type': 'text/plain' });
  res.end(`${name} stand-in failed: ${error instanceof Error ? error.message : String(error)}\n`);
}

function writeAwsJson(res: ServerResponse, status: number, body: unknown, contentType = AWS_JSON_CONTENT_TYPE, errorType?: string) {
  const bytes = Buffer.from(JSON.stringify(body), 'utf8');
  res.writeHead(status, {
    'Content-Type': contentType,
    'Content-Length': String(bytes.length),
    'x-amzn-RequestId': randomUUID(),
    ...(errorType ? { 'x-amzn-ErrorType': errorType } : {}),
  });
  res.end(bytes);
}
