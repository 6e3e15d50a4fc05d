import CryptoJS from 'crypto-js';
import { isAscii, toBytes } from './bytes';
import { sha256Words } from './sha256Bytes';

/**
 * The hashing SigV4 needs, on crypto-js (the Postman sandbox ships 3.3.0 and nothing native).
 * Keys stay WordArrays end to end: a hex string passed as a key would be hashed as text.
 *
 * crypto-js's shortcuts (`CryptoJS.SHA256`, `HmacSHA256`, `WordArray.create`) derive a new
 * prototype object on every call (its `Base.extend`); in the sandbox that cost more than the
 * SHA-256 rounds themselves (BENCHMARKS.md). So words are wrapped with `new WordArray.init`, as
 * crypto-js does internally, and one hasher is kept and reset.
 */
export type WordArray = CryptoJS.lib.WordArray;

type WordArrayConstructor = new (words: number[], sigBytes: number) => WordArray;
const WordArrayInit = (CryptoJS.lib.WordArray as unknown as { init: WordArrayConstructor }).init;

export function wordArray(data: string | Uint8Array): WordArray {
  if (typeof data === 'string' && isAscii(data)) return asciiWordArray(data);
  const bytes = toBytes(data);
  const words: number[] = new Array((bytes.length + 3) >>> 2);
  // Big-endian words; reading past the end of a Uint8Array gives undefined, which shifts as 0.
  for (let w = 0, i = 0; w < words.length; w++, i += 4) {
    words[w] = (bytes[i] << 24) | (bytes[i + 1] << 16) | (bytes[i + 2] << 8) | bytes[i + 3];
  }
  return new WordArrayInit(words, bytes.length);
}

/** The common case (canonical requests, most bodies), packed without an intermediate byte array. */
function asciiWordArray(text: string): WordArray {
  const words: number[] = new Array((text.length + 3) >>> 2);
  // charCodeAt past the end gives NaN, which shifts as 0.
  for (let w = 0, i = 0; w < words.length; w++, i += 4) {
    words[w] = (text.charCodeAt(i) << 24) | (text.charCodeAt(i + 1) << 16) | (text.charCodeAt(i + 2) << 8) | text.charCodeAt(i + 3);
  }
  return new WordArrayInit(words, text.length);
}

let sha256: ReturnType<typeof CryptoJS.algo.SHA256.create> | undefined;

/** SHA-256 of the parts, in order, on the one kept hasher. */
function digest(...parts: WordArray[]): WordArray {
  sha256 = sha256 || CryptoJS.algo.SHA256.create();
  sha256.reset();
  for (let i = 0; i < parts.length - 1; i++) sha256.update(parts[i]);
  return sha256.finalize(parts[parts.length - 1]);
}

/**
 * Hex SHA-256 of a body or canonical request, on typed arrays (sha256Bytes.ts): in the sandbox
 * that took 0.25x crypto-js's time at 100 bytes and 0.42x at 1 MB (BENCHMARKS.md).
 */
export function sha256Hex(data: string | Uint8Array): string {
  return wordsHex(sha256Words(toBytes(data)), 32);
}

const BLOCK_BYTES = 64;

/**
 * HMAC-SHA256 with one key (RFC 2104: H(K ^ opad, H(K ^ ipad, message))), its padded keys
 * computed once. crypto-js's own HMAC object clones its keys through `Base.extend` on every use.
 */
export function keyedHmac(key: WordArray): (message: string) => WordArray {
  const block = key.sigBytes > BLOCK_BYTES ? digest(key) : key;
  const keyWords = block.words;
  const keyBytes = block.sigBytes;
  const innerPad: number[] = [];
  const outerPad: number[] = [];
  for (let i = 0; i < BLOCK_BYTES / 4; i++) {
    // Bytes past the key's length are zero, whatever its word array holds there.
    const bytesInWord = Math.max(0, Math.min(4, keyBytes - i * 4));
    const word = bytesInWord === 0 ? 0 : keyWords[i] & (0xffffffff << (32 - bytesInWord * 8));
    innerPad.push(word ^ 0x36363636);
    outerPad.push(word ^ 0x5c5c5c5c);
  }
  const inner = new WordArrayInit(innerPad, BLOCK_BYTES);
  const outer = new WordArrayInit(outerPad, BLOCK_BYTES);
  return (message) => digest(outer, digest(inner, wordArray(message)));
}

export function hmac(key: WordArray, message: string): WordArray {
  return keyedHmac(key)(message);
}

/** Lowercase hex of the bytes, a word at a time: crypto-js's Hex encoder, a byte at a time, took longer than the hash. */
export function hex(data: WordArray): string {
  return wordsHex(data.words, data.sigBytes);
}

function wordsHex(words: ArrayLike<number>, byteCount: number): string {
  let out = '';
  for (let i = 0; i < byteCount; i += 4) out += ('0000000' + (words[i >>> 2] >>> 0).toString(16)).slice(-8);
  return out.slice(0, byteCount * 2);
}
