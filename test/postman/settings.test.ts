import { describe, expect, it } from 'vitest';
import type { PmVariables } from '../../src/postman/sandbox';
import { readSettings } from '../../src/postman/settings';

const KEYS = { aws_access_key_id: 'AKIDEXAMPLE', aws_secret_access_key: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };

function variables(values: Record<string, string>): PmVariables {
  const all: Record<string, string> = { ...KEYS, ...values };
  return { get: (name) => all[name], set: () => undefined, unset: () => undefined, replaceIn: (text) => text };
}

const read = (values: Record<string, string>) => readSettings(variables(values));

describe('sigv4_signing_host: a default port is dropped, any other port kept', () => {
  const HOST = 'abc123.execute-api.ap-northeast-1.amazonaws.com';
  it.each([`${HOST}:443`, `${HOST}:80`, `${HOST.toUpperCase()}:443`])('%s is signed as the host alone, and debug output says so', (given) => {
    const settings = read({ sigv4_signing_host: given });
    expect(settings.signingHost).toBe(HOST);
    expect(settings.adjustments).toEqual([`sigv4_signing_host ${given} names a default port, which the Host header API Gateway sees never carries: signed for ${HOST}.`]);
  });
  it.each([`${HOST}:8443`, `${HOST}:4430`, `${HOST}:1443`, '[::1]:8080', HOST])('%s is kept as it is', (given) => {
    const settings = read({ sigv4_signing_host: given });
    expect(settings.signingHost).toBe(given);
    expect(settings.adjustments).toEqual([]);
  });
  it('an IPv6 literal loses its default port too', () => {
    expect(read({ sigv4_signing_host: '[::1]:443' }).signingHost).toBe('[::1]');
  });
});

describe('aws_region', () => {
  it('is trimmed and lowercased', () => {
    expect(read({ aws_region: ' US-EAST-1 ' }).region).toBe('us-east-1');
  });
});

describe('sigv4_origin_path "/"', () => {
  it('is refused with a fix sentence that keeps proper names as they are', () => {
    expect(() => read({ sigv4_origin_path: '/' })).toThrow(
      'sigv4_origin_path "/" is not an origin path. Leave it empty, or set it to CloudFront\'s origin path as shown in the distribution\'s origin settings, e.g. /prod.',
    );
  });
});

describe('sigv4_cloudfront_oac', () => {
  it('is off unless set, read like the other switches', () => {
    expect(read({}).cloudfrontOac).toBe(false);
    expect(read({ sigv4_cloudfront_oac: 'true' }).cloudfrontOac).toBe(true);
    expect(read({ sigv4_cloudfront_oac: ' ON ' }).cloudfrontOac).toBe(true);
    expect(read({ sigv4_cloudfront_oac: 'false' }).cloudfrontOac).toBe(false);
    expect(() => read({ sigv4_cloudfront_oac: 'lambda' })).toThrow('sigv4_cloudfront_oac is "lambda", which is not a boolean. Set it to true or false.');
  });
});
