import type { HttpAnswer } from '../../credentials';
import type { Endpoint } from './endpoint';
import type { Pm, PmHeader } from '../sandbox';

/** Longer than any credentials service takes; newman sets no timeout of its own on pm.sendRequest by default. */
export const CALL_TIMEOUT_MS = 10_000;

/** A call that got no answer: the network failed or the time ran out. Says where, never what was sent. */
export class CallFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CallFailed';
  }
}

export interface Call {
  endpoint: Endpoint;
  method: 'GET' | 'POST';
  headers: Array<[string, string]>;
  body?: string;
}

/**
 * pm.sendRequest in its callback form (newman 6.2's sandbox has no promise form), answered once:
 * with the status and text of the response, or with a CallFailed. The sandbox waits for the
 * pending call before the request goes out (credentials.md, "Async work in the Postman sandbox").
 */
export function send(pm: Pm, call: Call, done: (error: unknown, answer?: HttpAnswer) => void): void {
  let answered = false;
  const answer = (error: unknown, value?: HttpAnswer) => {
    if (answered) return;
    answered = true;
    clearTimeout(timer);
    done(error, value);
  };
  const timer = setTimeout(() => answer(new CallFailed(`${call.endpoint.host} did not answer within ${CALL_TIMEOUT_MS / 1000} s`)), CALL_TIMEOUT_MS);
  const header: PmHeader[] = call.headers.map(([key, value]) => ({ key, value }));
  if (!pm.sendRequest) {
    answer(new CallFailed('this runner has no pm.sendRequest'));
    return;
  }
  try {
    sendOnce(pm, call, header, answer);
  } catch (failure) {
    answer(new CallFailed(`could not send to ${call.endpoint.host} (${failure instanceof Error ? failure.message : String(failure)})`));
  }
}

/**
 * send, then `read` the answer. No answer, or one `read` refuses, goes through `failure` (which
 * names it in the user's terms); the value read is passed on outside the try, so what the caller
 * does with it can never come back here as a second answer.
 */
export function sendAndRead<T>(pm: Pm, call: Call, read: (answer: HttpAnswer) => T, failure: (error: unknown, answer?: HttpAnswer) => unknown, done: (error: unknown, value?: T) => void): void {
  send(pm, call, (error, answer) => {
    if (error) return done(failure(error));
    let value: T;
    try {
      value = read(answer!);
    } catch (refused) {
      return done(failure(refused, answer));
    }
    done(null, value);
  });
}

function sendOnce(pm: Pm, call: Call, header: PmHeader[], answer: (error: unknown, value?: HttpAnswer) => void): void {
  pm.sendRequest!({ url: call.endpoint.url, method: call.method, header, body: call.body === undefined ? undefined : { mode: 'raw', raw: call.body } }, (error, response) => {
    if (error || !response) {
      const reason = (error && (error.code || error.message)) || 'no response';
      return answer(new CallFailed(`could not reach ${call.endpoint.host} (${reason})`));
    }
    let text: string;
    try {
      text = response.text();
    } catch (failure) {
      // The sandbox would only report it and send the request: answer with it instead.
      return answer(failure);
    }
    // Outside the try: what the caller does with the answer is its own to guard, and a failure
    // there must not come back here as a second answer.
    answer(null, { status: response.code, body: text });
  });
}
