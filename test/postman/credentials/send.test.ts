import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseEndpoint } from '../../../src/postman/credentials/endpoint';
import type { Pm, PmResponse, PmSendError, PmSendRequest } from '../../../src/postman/sandbox';
import { CALL_TIMEOUT_MS, CallFailed, send, type Call } from '../../../src/postman/credentials/send';

type Callback = (error: PmSendError | null, response?: PmResponse) => void;

/** A pm whose sendRequest records what it was asked and lets the test answer when it likes. */
function fakePm(sendRequest?: (request: PmSendRequest, callback: Callback) => unknown): Pm {
  return { sendRequest } as unknown as Pm;
}
const response = (code: number, text: string): PmResponse => ({ code, headers: { get: () => undefined }, text: () => text });

const call: Call = {
  endpoint: parseEndpoint('aws_credentials_url', 'http://127.0.0.1:9911/credentials'),
  method: 'POST',
  headers: [['Content-Type', 'application/x-amz-json-1.1'], ['Authorization', 'endpoint-token']],
  body: '{"Password":"hunter2"}',
};

function answers(pm: Pm, given: Call = call): Array<{ error: unknown; answer: unknown }> {
  const seen: Array<{ error: unknown; answer: unknown }> = [];
  send(pm, given, (error, answer) => seen.push({ error, answer }));
  return seen;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('send: pm.sendRequest in its callback form, answered once', () => {
  it('sends the URL, method, headers and raw body asked for, and answers with status and text', () => {
    const requests: PmSendRequest[] = [];
    const seen = answers(fakePm((request, callback) => {
      requests.push(request);
      callback(null, response(400, '{"__type":"NotAuthorizedException"}'));
    }));
    expect(requests).toEqual([
      {
        url: 'http://127.0.0.1:9911/credentials',
        method: 'POST',
        header: [{ key: 'Content-Type', value: 'application/x-amz-json-1.1' }, { key: 'Authorization', value: 'endpoint-token' }],
        body: { mode: 'raw', raw: '{"Password":"hunter2"}' },
      },
    ]);
    expect(seen).toEqual([{ error: null, answer: { status: 400, body: '{"__type":"NotAuthorizedException"}' } }]);
  });

  it('sends no body for a call without one', () => {
    const requests: PmSendRequest[] = [];
    answers(fakePm((request, callback) => {
      requests.push(request);
      callback(null, response(200, '{}'));
    }), { ...call, method: 'GET', body: undefined });
    expect(requests[0].body).toBeUndefined();
  });

  it.each([
    [{ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:9911' }, 'could not reach 127.0.0.1:9911 (ECONNREFUSED)'],
    [{ message: 'socket hang up' }, 'could not reach 127.0.0.1:9911 (socket hang up)'],
    [{}, 'could not reach 127.0.0.1:9911 (no response)'],
  ])('a network error %j is a CallFailed naming the host, never what was sent', (error, message) => {
    const seen = answers(fakePm((_request, callback) => callback(error)));
    expect(seen).toHaveLength(1);
    expect(seen[0].error).toBeInstanceOf(CallFailed);
    expect((seen[0].error as Error).message).toBe(message);
  });

  it('no error and no response is a CallFailed too', () => {
    const seen = answers(fakePm((_request, callback) => callback(null, undefined)));
    expect((seen[0].error as Error).message).toBe('could not reach 127.0.0.1:9911 (no response)');
  });

  it('a runner without pm.sendRequest is a CallFailed at once', () => {
    const seen = answers(fakePm(undefined));
    expect(seen).toHaveLength(1);
    expect((seen[0].error as Error).message).toBe('this runner has no pm.sendRequest');
  });

  it('pm.sendRequest throwing is a CallFailed, with its reason', () => {
    const seen = answers(fakePm(() => {
      throw new Error('invalid url');
    }));
    expect(seen).toHaveLength(1);
    expect((seen[0].error as Error).message).toBe('could not send to 127.0.0.1:9911 (invalid url)');
  });

  it('a response whose text cannot be read is passed on as the failure, not thrown into the sandbox', () => {
    const unreadable = new Error('unreadable body');
    const seen = answers(fakePm((_request, callback) => callback(null, { code: 200, headers: { get: () => undefined }, text: () => { throw unreadable; } })));
    expect(seen).toEqual([{ error: unreadable, answer: undefined }]);
  });

  it('what the caller does with the answer is not caught here: a failure there reaches the sandbox, and is never a second answer', () => {
    const seen: unknown[] = [];
    let later: Callback | undefined;
    send(fakePm((_request, callback) => {
      later = callback;
    }), call, (error) => {
      seen.push(error);
      throw new Error('the caller failed');
    });
    expect(() => later!(null, response(200, 'ok'))).toThrow('the caller failed');
    expect(seen).toEqual([null]);
  });

  it('a callback called twice answers once', () => {
    const seen = answers(fakePm((_request, callback) => {
      callback(null, response(200, 'first'));
      callback(null, response(500, 'second'));
      callback({ code: 'ECONNRESET' });
    }));
    expect(seen).toEqual([{ error: null, answer: { status: 200, body: 'first' } }]);
  });

  it(`a call with no answer within ${CALL_TIMEOUT_MS / 1000} s is a CallFailed, and a late answer is ignored`, () => {
    vi.useFakeTimers();
    let late: Callback | undefined;
    const seen = answers(fakePm((_request, callback) => {
      late = callback;
    }));
    vi.advanceTimersByTime(CALL_TIMEOUT_MS - 1);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(seen).toHaveLength(1);
    expect((seen[0].error as Error).message).toBe('127.0.0.1:9911 did not answer within 10 s');
    late!(null, response(200, 'too late'));
    expect(seen).toHaveLength(1);
  });

  it('an answer in time clears the timer', () => {
    vi.useFakeTimers();
    const seen = answers(fakePm((_request, callback) => callback(null, response(200, 'ok'))));
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(CALL_TIMEOUT_MS * 2);
    expect(seen).toHaveLength(1);
  });
});
