import CryptoJS from 'crypto-js';
import { isAscii, toBytes } from './bytes';

/**
 * The hashing SigV4 needs, on crypto-js (the Postman sandbox ships 3.3.0 and nothing native).
 * Keys stay WordArrays end to end: a hex string passed as a key would be hashed as text.
 */
export type WordArray = CryptoJS.lib.WordArray;

export function wordArray(data: string | Uint8Array): WordArray {
  if (typeof data === 'string' && isAscii(data)) return asciiWordArray(data);
  const bytes = toBytes(data);
  const words: number[] = new Array((bytes.length + 3) >>> 2);
  // Big-endian words; reading past the end of a Uint8Array gives undefined, which shifts as 0.
  for (let w = 0, i = 0; w < words.length; w++, i += 4) {
    words[w] = (bytes[i] << 24) | (bytes[i + 1] << 16) | (bytes[i + 2] << 8) | bytes[i + 3];
  }
  return CryptoJS.lib.WordArray.create(words, bytes.length);
}

/** The common case (canonical requests, most bodies), packed without an intermediate byte array. */
function asciiWordArray(text: string): WordArray {
  const words: number[] = new Array((text.length + 3) >>> 2);
  // charCodeAt past the end gives NaN, which shifts as 0.
  for (let w = 0, i = 0; w < words.length; w++, i += 4) {
    words[w] = (text.charCodeAt(i) << 24) | (text.charCodeAt(i + 1) << 16) | (text.charCodeAt(i + 2) << 8) | text.charCodeAt(i + 3);
  }
  return CryptoJS.lib.WordArray.create(words, text.length);
}

export function sha256Hex(data: string | Uint8Array): string {
  return CryptoJS.SHA256(wordArray(data)).toString(CryptoJS.enc.Hex);
}

export function hmac(key: WordArray, message: string): WordArray {
  return CryptoJS.HmacSHA256(wordArray(message), key);
}

export function hex(words: WordArray): string {
  return words.toString(CryptoJS.enc.Hex);
}
