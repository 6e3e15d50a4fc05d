import { EMPTY_SHA256, UNSIGNED_PAYLOAD } from './constants';
import { sha256Hex } from './crypto';

/** Hex SHA-256 of the body, or UNSIGNED-PAYLOAD. An empty body needs no hashing. */
export function payloadHash(body: string | Uint8Array | undefined, unsigned: boolean): string {
  if (unsigned) return UNSIGNED_PAYLOAD;
  return body === undefined || body.length === 0 ? EMPTY_SHA256 : sha256Hex(body);
}
