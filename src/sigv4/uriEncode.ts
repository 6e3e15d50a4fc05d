import { utf8Bytes } from './bytes';

/**
 * SigV4's UriEncode (sigv4-rules §1): every byte except A-Z a-z 0-9 - . _ ~ becomes %XX with
 * uppercase hex; `/` is kept only when encoding a path.
 */
const HEX = '0123456789ABCDEF';
const UNRESERVED = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~';

function isUnreserved(byte: number): boolean {
  return byte < 0x80 && UNRESERVED.indexOf(String.fromCharCode(byte)) >= 0;
}

/** Each byte `keep` accepts as itself, every other as %XX with uppercase hex. */
export function percentEncodeBytes(bytes: Uint8Array, keep: (byte: number) => boolean): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    out += keep(b) ? String.fromCharCode(b) : '%' + HEX[b >> 4] + HEX[b & 15];
  }
  return out;
}

function uriEncodeBytes(bytes: Uint8Array, keepSlash: boolean): string {
  return percentEncodeBytes(bytes, (b) => isUnreserved(b) || (keepSlash && b === 0x2f));
}

export function uriEncode(text: string, keepSlash = false): string {
  return uriEncodeBytes(utf8Bytes(text), keepSlash);
}

function hexValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x41 && code <= 0x46) return code - 0x37;
  if (code >= 0x61 && code <= 0x66) return code - 0x57;
  return -1;
}

/**
 * Percent-decodes to bytes. `%XX` becomes its byte; a `%` not followed by two hex digits stays a
 * literal `%`; with `plusIsSpace`, a raw `+` is a space (how API Gateway reads a query).
 */
function percentDecodeBytes(text: string, plusIsSpace: boolean): Uint8Array {
  const raw = utf8Bytes(text);
  const out = new Uint8Array(raw.length);
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    const b = raw[i];
    if (b === 0x25 && i + 2 < raw.length) {
      const hi = hexValue(raw[i + 1]);
      const lo = hexValue(raw[i + 2]);
      if (hi >= 0 && lo >= 0) {
        out[n++] = (hi << 4) | lo;
        i += 2;
        continue;
      }
    }
    out[n++] = plusIsSpace && b === 0x2b ? 0x20 : b;
  }
  return out.subarray(0, n);
}

/** Decode, then encode strictly: the canonical form of one query key or value, or of an S3 path. */
export function reencode(text: string, options: { plusIsSpace: boolean; keepSlash: boolean }): string {
  return uriEncodeBytes(percentDecodeBytes(text, options.plusIsSpace), options.keepSlash);
}
