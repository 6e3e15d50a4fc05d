/**
 * Parses the `.req` / `request.txt` files of the AWS SigV4 test suites: a request line,
 * `Name:value` header lines (a line starting with whitespace continues the previous value,
 * obs-fold), a blank line, then the body.
 */
export interface ParsedRequest {
  method: string;
  path: string;
  query: string;
  headers: Array<[string, string]>;
  body: string;
}

export function parseHttpMessage(text: string): ParsedRequest {
  const lines = text.split('\n');
  const requestLine = lines[0];
  const method = requestLine.slice(0, requestLine.indexOf(' '));
  const target = requestLine.slice(method.length + 1, requestLine.lastIndexOf(' HTTP/'));
  const q = target.indexOf('?');
  const headers: Array<[string, string]> = [];
  let i = 1;
  for (; i < lines.length && lines[i] !== ''; i++) {
    const line = lines[i];
    if (/^\s/.test(line) && headers.length > 0) {
      headers[headers.length - 1][1] += '\n' + line;
      continue;
    }
    const colon = line.indexOf(':');
    headers.push([line.slice(0, colon), line.slice(colon + 1)]);
  }
  return {
    method,
    path: q < 0 ? target : target.slice(0, q),
    query: q < 0 ? '' : target.slice(q + 1),
    headers,
    body: lines.slice(i + 1).join('\n'),
  };
}

export function headerValue(headers: Array<[string, string]>, name: string): string | undefined {
  const found = headers.find(([key]) => key.toLowerCase() === name.toLowerCase());
  return found && found[1];
}
