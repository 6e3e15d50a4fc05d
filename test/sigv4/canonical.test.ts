import { describe, expect, it } from 'vitest';
import { canonicalHeaders, canonicalQueryString, canonicalUri, normalizePath, parseWireQuery, uriEncode } from '../../src/sigv4';

const canonicalQuery = (wire: string) => canonicalQueryString(parseWireQuery(wire));

describe('uriEncode', () => {
  it('keeps only A-Z a-z 0-9 - . _ ~ and encodes UTF-8 bytes with uppercase hex', () => {
    expect(uriEncode("AZaz09-._~ !'()*/€")).toBe('AZaz09-._~%20%21%27%28%29%2A%2F%E2%82%AC');
  });
  it('keeps / in paths', () => expect(uriEncode('/a b/c', true)).toBe('/a%20b/c'));
  it('encodes a lone surrogate as U+FFFD, as Buffer.from does', () => expect(uriEncode('\ud800')).toBe('%EF%BF%BD'));
});

describe('canonicalUri', () => {
  it('encodes the wire path again for every service but S3 (API Gateway double encoding)', () => {
    expect(canonicalUri('/path/%C3%A4', false)).toBe('/path/%25C3%25A4');
    expect(canonicalUri('/_search/%3Fa=b%20c', false)).toBe('/_search/%253Fa%3Db%2520c');
  });
  it("encodes ! ' ( ) * which encodeURIComponent leaves alone", () => {
    expect(canonicalUri("/a!b'c(d)e*f", false)).toBe('/a%21b%27c%28d%29e%2Af');
  });
  it('normalizes . .. and empty segments, keeping a trailing slash', () => {
    expect(normalizePath('//example//')).toBe('/example/');
    expect(normalizePath('/./example')).toBe('/example');
    expect(normalizePath('/example1/example2/../..')).toBe('/');
    expect(normalizePath('/a/b/..')).toBe('/a');
    expect(normalizePath('/..')).toBe('/');
    expect(canonicalUri('', false)).toBe('/');
  });
  it('S3: decodes and encodes once, no normalization', () => {
    expect(canonicalUri('/my-object//example//photo.user', true)).toBe('/my-object//example//photo.user');
    expect(canonicalUri('/a%20b/%7e/c+d/e!', true)).toBe('/a%20b/~/c%2Bd/e%21');
  });
});

describe('canonicalQuery', () => {
  it('reads a raw + as a space and keeps an encoded plus', () => {
    expect(canonicalQuery('q=a+b&r=a%2Bb&s=a%20b')).toBe('q=a%20b&r=a%2Bb&s=a%20b');
  });
  it('sorts by encoded key in byte order (uppercase first), then by value, keeping duplicates', () => {
    expect(canonicalQuery('b=2&a=2&a=1&B=3&a=1')).toBe('B=3&a=1&a=1&a=2&b=2');
    expect(canonicalQuery('Param1=value2&Param1=Value1')).toBe('Param1=Value1&Param1=value2');
  });
  it('gives a valueless key and an empty value the same form, key=', () => {
    expect(canonicalQuery('acl&x=')).toBe('acl=&x=');
  });
  it('never double-encodes, normalizes hex case, decodes unreserved escapes', () => {
    expect(canonicalQuery('%E1%88%B4=%c3%bc&t=%7E&u=100%&v=%zz')).toBe('%E1%88%B4=%C3%BC&t=~&u=100%25&v=%25zz');
  });
  it('encodes = and reserved characters in values, splitting an item on its first =', () => {
    expect(canonicalQuery("f=a=b&g=!'()*&h=/?:@")).toBe('f=a%3Db&g=%21%27%28%29%2A&h=%2F%3F%3A%40');
  });
  it('skips empty items and keeps an empty key', () => {
    expect(canonicalQuery('a=1&&=v&')).toBe('=v&a=1');
    expect(canonicalQuery('')).toBe('');
  });
});

describe('canonicalHeaders', () => {
  it('lowercases and sorts names, trims values and collapses whitespace runs', () => {
    expect(canonicalHeaders([['X-B', '  a   b\t\tc  '], ['x-a', '"a   b   c"']])).toEqual({
      canonical: 'x-a:"a b c"\nx-b:a b c\n',
      signedHeaders: 'x-a;x-b',
    });
  });
  it('joins repeated headers with , in the order given, each value trimmed', () => {
    expect(canonicalHeaders([['My-Header1', 'value4'], ['my-header1', ' value1 '], ['MY-HEADER1', 'value3']]).canonical).toBe(
      'my-header1:value4,value1,value3\n',
    );
  });
  it('folds an obs-fold multiline value into spaces', () => {
    expect(canonicalHeaders([['h', 'value1\n  value2\n     value3']]).canonical).toBe('h:value1 value2 value3\n');
  });
  it('refuses a name that is not an HTTP token', () => {
    expect(() => canonicalHeaders([['bad name', 'x']])).toThrowError('header: "bad name" is not a valid header name');
  });
});
