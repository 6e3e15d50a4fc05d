import { describe, expect, it } from 'vitest';
import { acceptsContentSha256, contentSha256Rule, EMPTY_SHA256 } from '../../src/sigv4';

describe('contentSha256Rule: the services that need x-amz-content-sha256 when the caller signs', () => {
  it.each([
    ['s3', 'body'],
    ['aoss', 'body'],
    ['vpc-lattice-svcs', 'unsigned'],
    ['execute-api', undefined],
    ['lambda', undefined],
    ['es', undefined],
    ['constructor', undefined],
    ['hasOwnProperty', undefined],
  ])('%s: %s', (service, rule) => {
    expect(contentSha256Rule(service)).toBe(rule);
  });
});

describe('acceptsContentSha256', () => {
  it("takes UNSIGNED-PAYLOAD without hashing, and otherwise exactly the body's hash", () => {
    let hashed = 0;
    const bodyHash = () => (hashed++, EMPTY_SHA256);
    expect(acceptsContentSha256('UNSIGNED-PAYLOAD', bodyHash)).toBe(true);
    expect(hashed).toBe(0);
    expect(acceptsContentSha256(EMPTY_SHA256, bodyHash)).toBe(true);
    expect(acceptsContentSha256(EMPTY_SHA256.toUpperCase(), bodyHash)).toBe(false);
    expect(acceptsContentSha256('unsigned-payload', bodyHash)).toBe(false);
    expect(acceptsContentSha256('', bodyHash)).toBe(false);
  });
});
