import { SigningInputError } from './errors';

export type HeaderList = ReadonlyArray<readonly [name: string, value: string]>;

export interface CanonicalHeaders {
  /** `name:value\n` per header, sorted by name. */
  canonical: string;
  /** Lowercase names joined with `;`. */
  signedHeaders: string;
}

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** An HTTP token (RFC 9110 §5.1), the only thing a header name may be. */
export function isHeaderName(name: string): boolean {
  return TOKEN.test(name);
}

/**
 * Names are lowercased and sorted; values are trimmed and inner runs of spaces, tabs and line
 * breaks become one space (an obs-folded value too, as aws-c-auth PR #106 settled); repeated
 * headers are joined with `,` in the order they were given.
 */
export function canonicalHeaders(headers: HeaderList): CanonicalHeaders {
  const values = new Map<string, string[]>();
  for (const [name, value] of headers) {
    if (!isHeaderName(name)) throw new SigningInputError('header', `"${name}" is not a valid header name`);
    const key = name.toLowerCase();
    const list = values.get(key) || [];
    list.push(canonicalHeaderValue(value));
    values.set(key, list);
  }
  const names = Array.from(values.keys()).sort();
  return {
    canonical: names.map((name) => name + ':' + (values.get(name) as string[]).join(',') + '\n').join(''),
    signedHeaders: names.join(';'),
  };
}

function canonicalHeaderValue(value: string): string {
  return value.replace(/[ \t\r\n]+/g, ' ').replace(/^ | $/g, '');
}
