/**
 * `run` keeps the credentials endpoint's answer away from newman's reporters. The pre-request
 * script GETs aws_credentials_url with pm.sendRequest, and newman emits that exchange as a
 * `request` event like any other: its CLI reporter prints the response body with --verbose
 * (wrapped at 54 columns inside box characters, past CI log masking), and other reporters may keep
 * it. newman builds one event object per runtime callback and hands it to every listener in turn
 * (newman 6.2.2 lib/run/index.js), so a listener put before all others replaces that object's
 * `response` with a redacted copy: the run summary and every reporter see the copy only. The
 * runtime's own response object, the one the sandbox reads, is not touched.
 */
import type { EventEmitter } from 'node:events';

export const REDACTED = '<redacted by postman-sigv4>';
/** The container-credentials fields that are secret (containerCredentials.ts). */
const SECRET_FIELDS = ['SecretAccessKey', 'Token'];

/** The answer's text with its secret fields redacted; a text that is not a JSON object, whole. */
export function redactedAnswer(text: string): string {
  let answer: unknown;
  try {
    answer = JSON.parse(text);
  } catch {
    return REDACTED;
  }
  if (!answer || typeof answer !== 'object' || Array.isArray(answer)) return REDACTED;
  const copy: Record<string, unknown> = { ...(answer as Record<string, unknown>) };
  for (const field of SECRET_FIELDS) if (field in copy) copy[field] = REDACTED;
  return JSON.stringify(copy);
}

interface ResponseLike {
  text(): string;
}

interface RequestEvent {
  request?: { url?: { toString(): string } };
  response?: ResponseLike;
}

/** A copy of a postman-collection Response, same prototype (text(), size(), reason()...), with another body. */
function withBody(response: ResponseLike, text: string): ResponseLike {
  return Object.assign(Object.create(Object.getPrototypeOf(response)), response, { stream: Buffer.from(text, 'utf8'), body: text });
}

/** Redacts the answers of `credentialsUrl` in the `request` events of a newman run, before any reporter's listener runs. */
export function redactCredentialsAnswers(run: EventEmitter, credentialsUrl: string): void {
  run.prependListener('request', (_error: unknown, event?: RequestEvent) => {
    if (!event || !event.response || !event.request?.url) return;
    if (String(event.request.url.toString()).split(/[?#]/)[0] !== credentialsUrl) return;
    event.response = withBody(event.response, redactedAnswer(event.response.text()));
  });
}
