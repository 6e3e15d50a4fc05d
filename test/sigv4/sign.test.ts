import { createHash } from 'node:crypto';
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { describe, expect, it } from 'vitest';
import { presignRequest, signRequest, SigningInputError, type SigningInput } from '../../src/sigv4';

const SECRET = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';
const TOKEN = 'AQoDYXdzEPT//////////wEXAMPLEtokenValue==';

function input(overrides: Partial<SigningInput> = {}): SigningInput {
  return {
    method: 'POST',
    path: '/',
    query: '',
    headers: [],
    host: 'example.amazonaws.com',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: SECRET },
    region: 'us-east-1',
    service: 'service',
    date: new Date('2015-08-30T12:36:00Z'),
    ...overrides,
  };
}

describe('signRequest', () => {
  // Extra vectors from smithy-typescript suite.fixture.ts (sigv4-rules §1, "Extra vectors").
  it('matches the smithy vector with reserved characters in the query', () => {
    const result = signRequest(input({ query: '%40%23%24%25%5E=&%2B=%2F%2C%3F%3E%3C%60%22%3B%3A%5C%7C%5D%5B%7B%7D' }));
    expect(result.canonicalRequest.split('\n')[2]).toBe('%2B=%2F%2C%3F%3E%3C%60%22%3B%3A%5C%7C%5D%5B%7B%7D&%40%23%24%25%5E=');
    expect(result.signature).toBe('66c82657c86e26fb25238d0e69f011edc4c6df5ae71119d7cb98ed9b87393c1e');
  });
  it('matches the smithy vector with an empty query value', () => {
    expect(signRequest(input({ query: 'p=' })).signature).toBe('e71688addb58a26418614085fb730ba3faa623b461c17f48f2fbdb9361b94a9b');
  });

  it('sets Authorization and X-Amz-Date, and signs and sets the session token', () => {
    const result = signRequest(input({ credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: SECRET, sessionToken: TOKEN } }));
    expect(result.headers.map(([name]) => name)).toEqual(['Authorization', 'X-Amz-Date', 'X-Amz-Security-Token']);
    expect(result.signedHeaders).toBe('host;x-amz-date;x-amz-security-token');
    expect(result.headers[0][1]).toBe(
      `AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date;x-amz-security-token, Signature=${result.signature}`,
    );
  });

  it('signs UNSIGNED-PAYLOAD and sends it as X-Amz-Content-Sha256', () => {
    const result = signRequest(input({ body: 'ignored', unsignedPayload: true }));
    expect(result.canonicalRequest.endsWith('\nUNSIGNED-PAYLOAD')).toBe(true);
    expect(result.headers).toContainEqual(['X-Amz-Content-Sha256', 'UNSIGNED-PAYLOAD']);
  });

  it('sends X-Amz-Content-Sha256 with the body hash for S3', () => {
    const result = signRequest(input({ service: 's3', body: '' }));
    expect(result.headers).toContainEqual(['X-Amz-Content-Sha256', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855']);
  });

  it('sends and signs X-Amz-Content-Sha256 with the body hash for OpenSearch Serverless (aoss), as the AWS SDK signer does', async () => {
    const request = input({ service: 'aoss', body: '{"query":{"match_all":{}}}' });
    const result = signRequest(request);
    const hash = createHash('sha256').update(request.body as string).digest('hex');
    expect(result.headers).toContainEqual(['X-Amz-Content-Sha256', hash]);
    expect(result.signedHeaders).toBe('host;x-amz-content-sha256;x-amz-date');
    expect(result.canonicalRequest.endsWith(`\n${hash}`)).toBe(true);
    // applyChecksum (the default) makes the SDK add x-amz-content-sha256 and sign it.
    const smithy = new SignatureV4({ credentials: request.credentials, region: request.region, service: 'aoss', sha256: Sha256 });
    const signed = await smithy.sign({ method: 'POST', protocol: 'https:', hostname: request.host, path: '/', query: {}, headers: { host: request.host }, body: request.body }, { signingDate: request.date });
    expect(result.headers[0][1]).toBe(signed.headers.authorization);
  });

  it('sends and signs X-Amz-Content-Sha256: UNSIGNED-PAYLOAD for VPC Lattice, whatever the body', () => {
    const result = signRequest(input({ service: 'vpc-lattice-svcs', body: 'not hashed' }));
    expect(result.headers).toContainEqual(['X-Amz-Content-Sha256', 'UNSIGNED-PAYLOAD']);
    expect(result.signedHeaders).toBe('host;x-amz-content-sha256;x-amz-date');
    expect(result.canonicalRequest.endsWith('\nUNSIGNED-PAYLOAD')).toBe(true);
  });

  it("signs the caller's own X-Amz-Content-Sha256 as the payload hash when it is the body's hash or UNSIGNED-PAYLOAD, and adds no second one", () => {
    const body = 'payload';
    const hash = createHash('sha256').update(body).digest('hex');
    for (const value of [hash, 'UNSIGNED-PAYLOAD', `  ${hash} `]) {
      for (const service of ['execute-api', 's3', 'aoss', 'vpc-lattice-svcs']) {
        const result = signRequest(input({ service, body, headers: [['x-amz-content-sha256', value]] }));
        expect(result.headers.map(([name]) => name)).toEqual(['Authorization', 'X-Amz-Date']);
        expect(result.canonicalRequest.split('\n')).toContain(`x-amz-content-sha256:${value.trim()}`);
        expect(result.canonicalRequest.endsWith(`\n${value.trim()}`)).toBe(true);
      }
    }
    const presigned = presignRequest({ ...input({ body, headers: [['X-Amz-Content-Sha256', hash]] }), expiresInSeconds: 60 });
    expect(presigned.canonicalRequest.endsWith(`\n${hash}`)).toBe(true);
    expect(presigned.signedHeaders).toBe('host;x-amz-content-sha256');
  });

  it("refuses the caller's own X-Amz-Content-Sha256 when it is neither, naming both values", () => {
    const hash = createHash('sha256').update('payload').digest('hex');
    for (const value of ['abc', hash.toUpperCase(), createHash('sha256').update('other').digest('hex')]) {
      let error: unknown;
      try {
        signRequest(input({ body: 'payload', headers: [['X-Amz-Content-Sha256', value]] }));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(SigningInputError);
      expect((error as SigningInputError).field).toBe('contentSha256');
      expect((error as SigningInputError).problem).toBe(`is "${value}", which is neither the SHA-256 of the body as sent (${hash}) nor UNSIGNED-PAYLOAD`);
    }
    expect(() => presignRequest({ ...input({ body: 'payload', headers: [['X-Amz-Content-Sha256', 'abc']] }), expiresInSeconds: 60 })).toThrow(SigningInputError);
  });

  it('hashes a string body as UTF-8 and bytes as they are', () => {
    const text = signRequest(input({ body: 'héllo €' }));
    const bytes = signRequest(input({ body: new Uint8Array([0x68, 0xc3, 0xa9, 0x6c, 0x6c, 0x6f, 0x20, 0xe2, 0x82, 0xac]) }));
    expect(text.signature).toBe(bytes.signature);
  });

  it('derives a new key whenever the secret, date, region or service changes (the key cache is exact)', async () => {
    // Each step changes one input of the key; the AWS SDK signer, without this cache, must agree.
    const steps: Array<Partial<SigningInput>> = [
      {},
      { date: new Date('2015-08-30T23:59:59Z') },
      { date: new Date('2015-08-31T00:00:00Z') },
      { date: new Date('2015-08-31T00:00:00Z'), region: 'eu-west-1' },
      { date: new Date('2015-08-31T00:00:00Z'), region: 'eu-west-1', service: 'execute-api' },
      { date: new Date('2015-08-31T00:00:00Z'), region: 'eu-west-1', service: 'execute-api', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: SECRET + 'x' } },
      {},
    ];
    for (const step of steps) {
      const request = input(step);
      const smithy = new SignatureV4({ credentials: request.credentials, region: request.region, service: request.service, sha256: Sha256, applyChecksum: false });
      const signed = await smithy.sign({ method: 'POST', protocol: 'https:', hostname: request.host, path: '/', query: {}, headers: { host: request.host } }, { signingDate: request.date });
      expect(signRequest(request).headers[0][1]).toBe(signed.headers.authorization);
    }
  });
});

describe('bad input throws a SigningInputError that names the field, never the secret', () => {
  const cases: Array<[string, Partial<SigningInput>, string]> = [
    ['empty access key', { credentials: { accessKeyId: '', secretAccessKey: SECRET } }, 'accessKeyId: is empty'],
    ['empty secret', { credentials: { accessKeyId: 'AKID', secretAccessKey: '' } }, 'secretAccessKey: is empty'],
    ['secret with a trailing newline', { credentials: { accessKeyId: 'AKID', secretAccessKey: SECRET + '\n' } }, 'secretAccessKey: contains a space or line break'],
    ['token with a space', { credentials: { accessKeyId: 'AKID', secretAccessKey: SECRET, sessionToken: 'a b' } }, 'sessionToken: contains a space or line break'],
    ['malformed date', { date: new Date('not a date') }, 'date: is not a valid date'],
    ['date after year 9999', { date: new Date(Date.UTC(10000, 0, 1)) }, 'date: +0100000101T000000Z is outside years 0000-9999'],
    ['empty region', { region: '' }, 'region: is empty'],
    ['region in capitals', { region: 'US-EAST-1' }, 'region: "US-EAST-1" is not a region name like us-east-1'],
    ['host with a scheme', { host: 'https://abc.execute-api.us-east-1.amazonaws.com/prod' }, 'signingHost: "https://abc.execute-api.us-east-1.amazonaws.com/prod" has a scheme; give the host only, e.g. abc.execute-api.us-east-1.amazonaws.com'],
    ['host with a path', { host: 'abc.execute-api.us-east-1.amazonaws.com/prod' }, 'signingHost: "abc.execute-api.us-east-1.amazonaws.com/prod" has a path; give the host only, e.g. abc.execute-api.us-east-1.amazonaws.com'],
    ['host with a space', { host: 'a b' }, 'signingHost: "a b" is not a host name with an optional :port'],
    ['a header the signer owns', { headers: [['X-Amz-Date', '20150830T123600Z']] }, 'header: X-Amz-Date is set by the signer'],
    ['a method with a space', { method: 'GE T' }, 'method: "GE T" is not an HTTP method'],
    ['a path with a query', { path: '/a?b' }, 'path: "/a?b" is not a path'],
  ];
  for (const [name, overrides, message] of cases) {
    it(name, () => {
      let error: unknown;
      try {
        signRequest(input(overrides));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(SigningInputError);
      expect((error as Error).message).toContain(message);
      expect((error as Error).message).not.toContain(SECRET);
    });
  }

  for (const expires of [0, -1, 1.5, 604801, NaN]) {
    it(`presign refuses X-Amz-Expires ${expires}`, () => {
      expect(() => presignRequest({ ...input(), expiresInSeconds: expires })).toThrowError(
        `expires: ${expires} is not a whole number of seconds from 1 to 604800 (7 days)`,
      );
    });
  }
  it('presign accepts exactly 7 days', () => {
    expect(presignRequest({ ...input(), expiresInSeconds: 604800 }).query).toContain('X-Amz-Expires=604800');
  });
});
