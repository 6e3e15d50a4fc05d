import CryptoJS from 'crypto-js';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { LARGE_JSON_BODY } from '../../scripts/bench/benchRequest';
import { utf8Bytes } from '../../src/sigv4/bytes';
import { sha256Hex } from '../../src/sigv4/crypto';

const node = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');
/** The hash as it was computed before sha256Bytes.ts: crypto-js over this project's UTF-8 bytes. */
const viaCryptoJs = (text: string) => CryptoJS.SHA256(CryptoJS.enc.Hex.parse(Buffer.from(utf8Bytes(text)).toString('hex'))).toString();

// Lengths where the padding changes: a block minus the 9 bytes of padding, a block, two blocks.
const aroundBlocks = fc.oneof(fc.integer({ min: 0, max: 200 }), fc.constantFrom(55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129));
const loneSurrogates = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

describe('SHA-256 on typed arrays', () => {
  test('matches Node for bytes of every length around the 64-byte blocks', () => {
    fc.assert(
      fc.property(aroundBlocks.chain((length) => fc.uint8Array({ minLength: length, maxLength: length })), (bytes) => {
        expect(sha256Hex(bytes)).toBe(node(bytes));
      }),
      { numRuns: 3000 },
    );
  });

  test('matches Node and the former crypto-js path for text: astral characters, lone surrogates (as U+FFFD), any code unit', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 150 }),
      fc.string({ unit: fc.oneof(loneSurrogates, anyCodeUnit, fc.constantFrom('a', '\u00e7', '\u20ac', '\u{1f600}')), maxLength: 150 }),
    );
    fc.assert(
      fc.property(text, (message) => {
        expect(sha256Hex(message)).toBe(node(message));
        expect(sha256Hex(message)).toBe(viaCryptoJs(message));
      }),
      { numRuns: 3000 },
    );
  });

  test('matches Node for bodies up to 200 KB, binary and text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 * 1024 }), fc.integer(), (length, seed) => {
        const bytes = new Uint8Array(length).map((_, i) => (Math.imul(i + 1, seed | 1) >>> 13) & 0xff);
        expect(sha256Hex(bytes)).toBe(node(bytes));
        const text = Array.from({ length: length >> 6 }, (_, i) => 'a'.repeat(i % 61) + String.fromCharCode(0xd7ff + (i % 3)) + '\u{10348}').join('');
        expect(sha256Hex(text)).toBe(node(text));
      }),
      { numRuns: 25 },
    );
  });

  test('hashes the 1 MB benchmark body as Node does', () => {
    expect(sha256Hex(LARGE_JSON_BODY)).toBe(node(LARGE_JSON_BODY));
  });
});
