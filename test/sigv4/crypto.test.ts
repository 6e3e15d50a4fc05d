import fc from 'fast-check';
import { createHash, createHmac } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { toBytes } from '../../src/sigv4/bytes';
import { base64, hex, hmac, keyedHmac, sha256Hex } from '../../src/sigv4/crypto';

// The hashing is SHA-256 on typed arrays and a hand-padded HMAC (RFC 2104) that continues from
// the hashed padded keys, so it is checked against Node's OpenSSL directly, for keys of every
// length around the 64-byte block.
describe('SHA-256 and HMAC-SHA256', () => {
  test('SHA-256 and HMAC-SHA256 match Node for any key and message', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 160 }), fc.string({ unit: 'grapheme', maxLength: 300 }), (key, message) => {
        expect(hex(hmac(key, message))).toBe(createHmac('sha256', Buffer.from(key)).update(message).digest('hex'));
        expect(sha256Hex(message)).toBe(createHash('sha256').update(message).digest('hex'));
      }),
      { numRuns: 2000 },
    );
  });

  test('a kept HMAC gives the same result on every use, interleaved with other hashing', () => {
    const key = toBytes('AWS4wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
    const mac = keyedHmac(key);
    const expected = (message: string) => createHmac('sha256', 'AWS4wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY').update(message).digest('hex');
    for (const message of ['a', '', 'x'.repeat(1000), 'a']) {
      expect(hex(mac(message))).toBe(expected(message));
      sha256Hex(message + 'other');
    }
  });

  test('hex and base64 (crypto-js) give every byte, for any length', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 70 }), (bytes) => {
        expect(hex(bytes)).toBe(Buffer.from(bytes).toString('hex'));
        expect(base64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      }),
    );
  });

  test('the key is not changed by being used', () => {
    const key = new Uint8Array([1, 2, 3, 4, 5, 6, 7]);
    keyedHmac(key)('message');
    expect(Array.from(key)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
