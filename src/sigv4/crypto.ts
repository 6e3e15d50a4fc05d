import CryptoJS from 'crypto-js';
import { toBytes } from './bytes';

/**
 * The hashing SigV4 needs, on crypto-js (the Postman sandbox ships 3.3.0 and nothing native).
 * Keys stay WordArrays end to end: a hex string passed as a key would be hashed as text.
 */
export type WordArray = CryptoJS.lib.WordArray;

export function wordArray(data: string | Uint8Array): WordArray {
  const bytes = toBytes(data);
  const words: number[] = new Array((bytes.length + 3) >>> 2).fill(0);
  for (let i = 0; i < bytes.length; i++) words[i >>> 2] |= bytes[i] << (24 - (i % 4) * 8);
  return CryptoJS.lib.WordArray.create(words, bytes.length);
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
