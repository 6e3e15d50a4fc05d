import { MalformedAnswer, ServiceError, type HttpAnswer } from './types';

/**
 * The JSON object of a 2xx answer, or the ServiceError of an AWS JSON 1.1 error answer:
 * `{"__type": "[namespace#]Code", "message": "..."}` (the protocol's error shape; `Message` in
 * some services). A `__type` may carry a namespace before `#` and a suffix after `:`.
 */
export function readJsonAnswer(answer: HttpAnswer, what: string): Record<string, unknown> {
  const body = parseObject(answer.body);
  if (answer.status >= 200 && answer.status < 300) {
    if (!body) throw new MalformedAnswer(`${what} answered HTTP ${answer.status} with a body that is not a JSON object`);
    return body;
  }
  const type = body && typeof body.__type === 'string' ? body.__type : undefined;
  if (!type) throw new MalformedAnswer(`${what} answered HTTP ${answer.status} without an AWS error code`);
  const code = type.replace(/^.*#/, '').replace(/:.*$/, '');
  const message = body && typeof (body.message ?? body.Message) === 'string' ? String(body.message ?? body.Message) : '';
  throw new ServiceError(code, message, answer.status);
}

export function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** A required non-empty string field of an answer; `field` is checked against the answer's type. */
export function requireString<Answer extends object>(object: Answer | undefined, field: keyof Answer & string, what: string): string {
  const value = object ? (object as Record<string, unknown>)[field] : undefined;
  if (typeof value !== 'string' || value === '') throw new MalformedAnswer(`${what} has no ${field}`);
  return value;
}
