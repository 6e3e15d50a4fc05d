import { describe, expect, it } from 'vitest';
import { clientErrorAnswer, refusalCappedLog } from '../../../src/cli/serve/credentialsServer';
import { printable, refusal } from '../../../src/cli/serve/requestChecks';

/** The credentials endpoint's checks and log, without a server (issue 23 items 3, 15, 16, 17). */
const expected = { host: '127.0.0.1:9714', token: 'the-token-of-this-endpoint' };
const ask = (headers: Record<string, string>, rawHeaders?: string[], url = '/credentials') => refusal({ method: 'GET', url, headers, rawHeaders }, expected);

describe('printable (item 16)', () => {
  it('escapes C0 and C1 controls, DEL and everything beyond ASCII; keeps printable ASCII; escaping twice changes nothing', () => {
    const once = printable('a\x1b[31mb\x9bc\x7fd\ne\u00e9\u2028\ud83d\ude00 ~');
    expect(once).toBe('a\\x1b[31mb\\x9bc\\x7fd\\x0ae\\xe9\\u2028\\ud83d\\ude00 ~');
    expect(printable(once)).toBe(once);
  });

  it('cuts long text', () => {
    expect(printable('x'.repeat(500))).toBe('x'.repeat(120) + '...');
  });

  it('a path with a control character is quoted escaped in the 404 message', () => {
    expect(ask({ host: expected.host }, undefined, '/x\x1b]0;title\x07')?.message).toBe('nothing at /x\\x1b]0;title\\x07; the credentials are at http://127.0.0.1:9714/credentials.');
  });
});

describe('Host (items 3 and 15)', () => {
  it('localhost:PORT is answered like 127.0.0.1:PORT, any case', () => {
    expect(ask({ host: 'localhost:9714', authorization: expected.token })).toBeUndefined();
    expect(ask({ host: 'LocalHost:9714', authorization: expected.token })).toBeUndefined();
    expect(ask({ host: 'localhost:9715', authorization: expected.token })?.code).toBe('ForeignHost');
  });

  it('two Host lines are a 400 although Node keeps only the first in headers', () => {
    const refused = ask({ host: expected.host, authorization: expected.token }, ['Host', expected.host, 'host', 'rebind.example', 'Authorization', expected.token]);
    expect(refused).toMatchObject({ status: 400, code: 'BadHost' });
    expect(refused?.message).toMatch(/^the request has 2 Host headers; HTTP\/1\.1 requires exactly one/);
  });
});

describe("Node's own refusals (item 17)", () => {
  it.each([
    ['HPE_HEADER_OVERFLOW', 431, 'HeadersTooLarge'],
    ['ERR_HTTP_REQUEST_TIMEOUT', 408, 'RequestTimeout'],
    ['HPE_INVALID_METHOD', 400, 'BadRequest'],
    [undefined, 400, 'BadRequest'],
  ])('%s: %i with a JSON Code %s', (code, status, jsonCode) => {
    const answer = clientErrorAnswer(code);
    expect(answer.status).toBe(status);
    expect(answer.body.Code).toBe(jsonCode);
    expect(answer.body.Message).toMatch(/\w/);
  });
});

describe('the log (item 16)', () => {
  it('logs 5 refusals of a Code, says the rest are counted, counts at powers of ten, and starts again after an answer', () => {
    const lines: string[] = [];
    const log = refusalCappedLog((line) => lines.push(line));
    for (let i = 1; i <= 1000; i++) log(`403 refused ${i}`, 'WrongToken');
    log('404 refused', 'NotFound');
    expect(lines).toEqual(['403 refused 1', '403 refused 2', '403 refused 3', '403 refused 4', '403 refused 5', 'further WrongToken refusals are counted, not logged one by one', '10 WrongToken refusals so far', '100 WrongToken refusals so far', '1000 WrongToken refusals so far', '404 refused']);
    log('200 credentials \x1b[2J', undefined);
    log('403 refused again', 'WrongToken');
    expect(lines.slice(-2)).toEqual(['200 credentials \\x1b[2J', '403 refused again']);
  });
});
