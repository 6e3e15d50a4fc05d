import CryptoJS from 'crypto-js';
import { toBytes } from './bytes';
import { afterBlock, sha256Words, wordsBytes } from './sha256Bytes';

/**
 * The hashing SigV4 needs, on typed arrays (sha256Bytes.ts): the Postman sandbox has them but
 * nothing native, and its crypto-js 3.3.0 took longer, on short strings too (BENCHMARKS.md).
 * Keys are bytes end to end: a hex string passed as a key would be hashed as text.
 */

/** Hex SHA-256 of a body or canonical request. */
export function sha256Hex(data: string | Uint8Array): string {
  return hex(wordsBytes(sha256Words(toBytes(data))));
}

const BLOCK_BYTES = 64;

/**
 * HMAC-SHA256 with one key (RFC 2104: H(K ^ opad, H(K ^ ipad, message))). Both padded keys are
 * one block, hashed once per key, so a message costs its own blocks and the outer hash's one.
 */
export function keyedHmac(key: Uint8Array): (message: string | Uint8Array) => Uint8Array {
  const block = new Uint8Array(BLOCK_BYTES);
  block.set(key.length > BLOCK_BYTES ? wordsBytes(sha256Words(key)) : key);
  const inner = afterBlock(block.map((byte) => byte ^ 0x36));
  const outer = afterBlock(block.map((byte) => byte ^ 0x5c));
  return (message) => wordsBytes(sha256Words(wordsBytes(sha256Words(toBytes(message), inner)), outer));
}

export function hmac(key: Uint8Array, message: string | Uint8Array): Uint8Array {
  return keyedHmac(key)(message);
}

export function hex(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += (bytes[i] < 0x10 ? '0' : '') + bytes[i].toString(16);
  return out;
}

export function base64(bytes: Uint8Array): string {
  return CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse(hex(bytes)));
}
