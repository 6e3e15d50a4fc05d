/** A canonical request split into its parts (sigv4-rules §1). */
export interface CanonicalParts {
  method: string;
  path: string;
  query: Array<[string, string]>;
  /** Lowercase name -> canonical value, in the order given. */
  headers: Array<[string, string]>;
  signedHeaders: string[];
  payloadHash: string;
}

export function parseCanonicalRequest(text: string): CanonicalParts | undefined {
  const lines = text.split('\n');
  const blank = lines.indexOf('', 3);
  if (lines.length < 6 || blank < 0 || blank !== lines.length - 3) return undefined;
  return {
    method: lines[0],
    path: lines[1],
    query: lines[2] === '' ? [] : lines[2].split('&').map((pair) => splitOnce(pair, '=')),
    headers: lines.slice(3, blank).map((line) => splitOnce(line, ':')),
    signedHeaders: lines[blank + 1].split(';'),
    payloadHash: lines[blank + 2],
  };
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + 1)];
}

export function headerValue(parts: CanonicalParts, name: string): string | undefined {
  const found = parts.headers.find(([key]) => key === name);
  return found && found[1];
}
