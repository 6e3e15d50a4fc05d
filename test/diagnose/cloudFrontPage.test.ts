import { describe, expect, it } from 'vitest';
import { explainCloudFrontPage, readCloudFrontPage } from '../../src/diagnose/cloudFrontPage';
import { OWN_ERROR_PAGES } from '../stack/cloudFrontPages';

describe("CloudFront's own error pages", () => {
  it.each([
    ['request-blocked', 403, 'Request blocked.'],
    ['bad-request', 403, 'Bad request.'],
    ['geo-blocked', 403, 'The Amazon CloudFront distribution is configured to block access from your country.'],
    ['origin-unreachable', 502, "CloudFront wasn't able to connect to the origin."],
    ['origin-timeout', 504, 'CloudFront attempted to establish a connection with the origin, but either the attempt failed or the origin closed the connection.'],
  ] as const)('%s: recognized, with its reason line', (name, status, reason) => {
    const { status: served, page } = OWN_ERROR_PAGES[name];
    expect(served).toBe(status);
    expect(readCloudFrontPage(status, page('cf-id=='), 'Error from cloudfront')).toEqual({ status, reason });
  });

  it("a 403 refusal says CloudFront refused before API Gateway, and lists the causes", () => {
    const text = explainCloudFrontPage({ status: 403, reason: 'Request blocked.' });
    expect(text).toMatch(/^CloudFront itself refused the request \(403 \("Request blocked\."\)\) before API Gateway saw it/);
    for (const cause of ['Host header', 'alternate domain names', 'disabled', 'AWS WAF', 'geographic restriction']) expect(text).toContain(cause);
  });

  it('a 502 or 504 names the origin: unreachable, or its TLS name wrong', () => {
    const text = explainCloudFrontPage({ status: 504 });
    expect(text).toMatch(/^CloudFront itself answered 504: it could not get an answer from the origin/);
    expect(text).toContain('TLS certificate');
  });

  it("is not an API Gateway or origin answer that passed through CloudFront (whose X-Cache says Error too)", () => {
    expect(readCloudFrontPage(403, '{"message":"Forbidden"}', 'Error from cloudfront')).toBeUndefined();
    expect(readCloudFrontPage(502, '{"message": "Internal server error"}', 'Error from cloudfront')).toBeUndefined();
    expect(readCloudFrontPage(502, '<html>bad gateway</html>', undefined)).toBeUndefined();
    expect(readCloudFrontPage(504, '', 'Error from cloudfront')).toEqual({ status: 504, reason: undefined });
  });
});
