import { describe, expect, it } from 'vitest';
import { isLoopback, parseEndpoint } from '../../../src/postman/credentials/endpoint';

describe('isLoopback: where http may carry credentials (@aws-sdk/credential-provider-http checkUrl)', () => {
  it.each(['127.0.0.1', '127.255.255.254', '127.0.0.0', 'localhost', '[::1]'])('%s is loopback', (host) => {
    expect(isLoopback(host)).toBe(true);
  });
  it.each(['128.0.0.1', '127.0.0.256', '127.0.0', '127.0.0.1.nip.io', 'localhost.example.com', '[::2]', '0.0.0.0', '10.0.0.1', '169.254.170.2', '127.0.0.-1'])('%s is not', (host) => {
    expect(isLoopback(host)).toBe(false);
  });
});

describe('parseEndpoint', () => {
  it('takes a URL apart as newman sends to it: host lowercased, port kept when given, / for no path', () => {
    expect(parseEndpoint('aws_sts_endpoint', 'https://STS.eu-west-1.amazonaws.com')).toEqual({
      url: 'https://STS.eu-west-1.amazonaws.com',
      host: 'sts.eu-west-1.amazonaws.com',
      path: '/',
      region: 'eu-west-1',
    });
    expect(parseEndpoint('aws_credentials_url', 'http://127.0.0.1:9911/credentials')).toMatchObject({ host: '127.0.0.1:9911', path: '/credentials', region: undefined });
    expect(parseEndpoint('aws_credentials_url', 'http://[::1]:80/x')).toMatchObject({ host: '[::1]:80', path: '/x' });
  });
  it('names the region of a global endpoint (sts.amazonaws.com is us-east-1), of a VPC endpoint, and none for a private name', () => {
    expect(parseEndpoint('aws_sts_endpoint', 'https://sts.amazonaws.com').region).toBe('us-east-1');
    expect(parseEndpoint('aws_sts_endpoint', 'https://vpce-0a1b2c3d4e5f-abcdefgh.sts.eu-west-2.vpce.amazonaws.com').region).toBe('eu-west-2');
    expect(parseEndpoint('aws_sts_endpoint', 'https://sts.internal.example').region).toBeUndefined();
  });
  it('encodes the path as newman puts it on the wire', () => {
    expect(parseEndpoint('aws_credentials_url', 'https://creds.example/a b/ü').path).toBe('/a%20b/%C3%BC');
  });
  it('accepts https to any host', () => {
    expect(parseEndpoint('aws_credentials_url', 'https://10.0.0.5:8443/').host).toBe('10.0.0.5:8443');
  });
  it.each(['http://10.0.0.5/creds', 'http://169.254.170.2/v2/credentials/x', 'http://127.0.0.1.nip.io/', 'HTTP://example.com/'])('refuses http to a host that is not loopback: %s', (url) => {
    expect(() => parseEndpoint('aws_credentials_url', url)).toThrow(/^aws_credentials_url uses http to .+, which is not a loopback address: credentials would cross the network unencrypted\. Use https/);
  });
  it.each(['ftp://127.0.0.1/', '127.0.0.1:9911', 'https://host/path?query=1', 'https://user:pass@host/', 'https://host/#frag', 'https://', ''])('refuses %j, naming the variable and an example', (url) => {
    expect(() => parseEndpoint('aws_cognito_idp_endpoint', url)).toThrow(/^aws_cognito_idp_endpoint ".*" is not an http\(s\) URL without a query\. Set it to the full URL, e\.g\. https:\/\/sts/);
  });
  it('quotes a refused URL without what may be a secret: the user info and the query', () => {
    expect(() => parseEndpoint('aws_credentials_url', 'https://user:hunter2@creds.example/path?token=abc123#x')).toThrow('aws_credentials_url "https://...@creds.example/path?..." is not an http(s) URL');
    expect(() => parseEndpoint('aws_credentials_url', 'https://creds.example/#token=abc123')).toThrow('aws_credentials_url "https://creds.example/#..." is not');
    // A password holding / ? or #, and user info without a scheme.
    for (const url of ['https://admin:pa/ss@creds.example/', 'https://admin:pa#ss@creds.example/', 'https://admin:pa?ss@creds.example/', 'admin:s3cret@127.0.0.1:9911/creds']) {
      expect(() => parseEndpoint('aws_credentials_url', url)).toThrow(/^aws_credentials_url "(https:\/\/)?\.\.\.@(creds\.example|127\.0\.0\.1:9911)\/(creds)?" is not/);
    }
  });
});
