import { describe, expect, it } from 'vitest';
import { detectFormat, formatJson } from '../../src/cli/jsonFormat';

describe('a rewritten collection keeps the layout of the file', () => {
  const value = { info: { name: 'c' }, item: [1] };
  it.each([
    ['tabs, no final newline (a Postman export)', JSON.stringify(value, null, '\t')],
    ['two spaces and a final newline', JSON.stringify(value, null, 2) + '\n'],
    ['four spaces', JSON.stringify(value, null, 4)],
    ['one line (an API download)', JSON.stringify(value)],
    ['CRLF line ends', JSON.stringify(value, null, 2).replace(/\n/g, '\r\n') + '\r\n'],
    ['a byte order mark', '\uFEFF' + JSON.stringify(value, null, 2)],
  ])('%s', (_name, text) => {
    expect(formatJson(JSON.parse(text.replace(/^\uFEFF/, '')), detectFormat(text))).toBe(text);
  });
});
