import { readFileSync } from 'node:fs';
import { METHODS_WITHOUT_BODY } from '../postman/body';
import type { PmHeader, PmPropertyList } from '../postman/sandbox';
import { isHeaderName } from '../sigv4';
import { CliError } from './errors';

/**
 * How an error names a bad `--header`: by the text before its first ":" or "=" (a name, not the
 * value), or by position when that text is long, spaced or absent (it may be a pasted token).
 */
function describeHeaderFlag(text: string, position: number): string {
  const separator = text.search(/[:=]/);
  const name = separator < 0 ? '' : text.slice(0, separator).trim();
  return name && name.length <= 40 && !/\s/.test(name) ? `--header "${name}${text[separator]}..."` : `--header number ${position} (its text is not shown: it may hold a secret)`;
}

/** `--header 'Name: value'`, split at the first colon; the value's leading blanks are dropped, like curl. */
export function parseHeader(text: string, position = 1): PmHeader {
  const colon = text.indexOf(':');
  const key = colon < 0 ? '' : text.slice(0, colon).trim();
  if (!isHeaderName(key)) {
    throw new CliError(`${describeHeaderFlag(text, position)} is not a header; write it as 'Name: value', e.g. --header 'Content-Type: application/json'.`);
  }
  return { key, value: text.slice(colon + 1).replace(/^[ \t]+/, '') };
}

/** The request's header list, for the adapter functions that read and edit pm.request.headers. */
export function headerList(headers: PmHeader[]): PmPropertyList<PmHeader> {
  let items = headers.slice();
  return {
    all: () => items.slice(),
    each: (iterator) => items.forEach(iterator),
    remove: (predicate) => {
      const matches = typeof predicate === 'string' ? (header: PmHeader) => header.key.toLowerCase() === predicate.toLowerCase() : predicate;
      items = items.filter((header) => !matches(header));
    },
    add: (header) => {
      items.push(header);
    },
  };
}

/** The body bytes newman sends: none for the methods whose body it prunes. */
export function readBody(method: string, options: { body?: string; bodyFile?: string }, warn: (line: string) => void): string | Uint8Array {
  let body: string | Uint8Array = options.body ?? '';
  if (options.bodyFile !== undefined) {
    try {
      body = new Uint8Array(readFileSync(options.bodyFile));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'it does not exist' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
      throw new CliError(`--body-file ${options.bodyFile} cannot be read: ${why}.`);
    }
  }
  if (body.length > 0 && METHODS_WITHOUT_BODY.indexOf(method) >= 0) {
    warn(`note: newman sends no body with ${method}, so the script hashes an empty body; the given body is ignored.`);
    return '';
  }
  return body;
}

/**
 * `--date` in ISO-8601, extended (2024-05-01T12:00:00Z) or basic as in X-Amz-Date (20240501T120000Z).
 * `subject` names the text in the error: it quotes a flag's text, but never a header's value.
 */
export function parseDate(text: string, subject: string): Date {
  const basic = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text.trim());
  const date = basic ? new Date(`${basic[1]}-${basic[2]}-${basic[3]}T${basic[4]}:${basic[5]}:${basic[6]}Z`) : new Date(text.trim());
  // A time without a zone would be read as local time: SigV4 times are UTC, so the zone is required.
  if (!(basic || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text.trim())) || isNaN(date.getTime())) {
    throw new CliError(`${subject} is not an ISO-8601 UTC time; write it as 2024-05-01T12:00:00Z or 20240501T120000Z (the X-Amz-Date form).`);
  }
  return date;
}
