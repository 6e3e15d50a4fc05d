import { describe, expect, it } from 'vitest';
import { explainCloudFrontPage, readCloudFrontPage } from '../../src/diagnose/cloudFrontPage';
import { ownErrorPage } from '../stack/cloudFrontPages';

const CF_ID = 'GvvXfz2nSy9nHS6_KjnI1srXGHVXpTwxvTGu2jVghdp4neS0EJZciQ==';

describe("CloudFront's own error pages", () => {
  it.each([
    ['bad-request', 403, 'Bad request.'],
    ['bad-request-400', 400, 'Bad request.'],
    ['request-blocked', 403, 'Request blocked.'],
    ['method-not-allowed', 403, 'This distribution is not configured to allow the HTTP request method that was used for this request. The distribution supports only cachable requests.'],
    ['geo-blocked', 403, 'The Amazon CloudFront distribution is configured to block access from your country.'],
    ['origin-unreachable', 502, "CloudFront wasn't able to connect to the origin."],
    ['origin-timeout', 504, 'CloudFront attempted to establish a connection with the origin, but either the attempt failed or the origin closed the connection.'],
    ['gateway-timeout', 504, undefined],
  ] as const)('%s: recognized, with its reason line (the apology every page carries is none)', (name, status, reason) => {
    const page = ownErrorPage(name, CF_ID);
    expect(page.status).toBe(status);
    expect(readCloudFrontPage(status, page.html, 'Error from cloudfront')).toEqual({ status, reason });
    expect(readCloudFrontPage(status, page.html, undefined)).toEqual({ status, reason });
  });

  it.each([400, 403])('a %i refusal says CloudFront refused before API Gateway, and lists every cause', (status) => {
    const text = explainCloudFrontPage({ status, reason: 'Bad request.' });
    expect(text.startsWith(`CloudFront itself refused the request (${status} ("Bad request.")) before API Gateway saw it, so the signature was not checked.`)).toBe(true);
    for (const cause of ['a Host header set by some other script', "the URL's host is not among the distribution's alternate domain names", 'the distribution is disabled', 'AWS WAF', 'geographic restriction']) {
      expect(text).toContain(cause);
    }
  });

  it('a refusal whose reason line names its cause says only that cause', () => {
    const geo = explainCloudFrontPage({ status: 403, reason: 'The Amazon CloudFront distribution is configured to block access from your country.' });
    expect(geo).toMatch(/^CloudFront itself refused the request \(403 \("The Amazon CloudFront distribution is configured to block access from your country\."\)\) before API Gateway saw it, so the signature was not checked\. The distribution's geographic restriction blocks/);
    expect(geo).not.toMatch(/WAF|Host header|alternate domain names/);
    const waf = explainCloudFrontPage({ status: 403, reason: 'Request blocked.' });
    expect(waf).toContain('An AWS WAF web ACL on the distribution blocked it');
    expect(waf).not.toMatch(/geographic|Host header|alternate domain names/);
    const method = explainCloudFrontPage({ status: 403, reason: 'This distribution is not configured to allow the HTTP request method that was used for this request. The distribution supports only cachable requests.' });
    expect(method).toContain("The cache behavior for this path does not allow the request's method");
    expect(method).toContain('doctor URL --method METHOD');
    expect(method).not.toMatch(/WAF|geographic|Host header|alternate domain names/);
  });

  it('"Bad request." with a Host header that is not the URL\'s host names that header, and only it', () => {
    const text = explainCloudFrontPage({ status: 403, reason: 'Bad request.' }, { urlHost: 'd111111abcdef8.cloudfront.net', hostHeader: 'abc123.execute-api.us-east-1.amazonaws.com' });
    expect(text).toBe(
      'CloudFront itself refused the request (403 ("Bad request.")) before API Gateway saw it, so the signature was not checked. ' +
        'The request carried the Host header abc123.execute-api.us-east-1.amazonaws.com, which some other script or a folder/request header set: CloudFront routes by Host and serves no such name. ' +
        "Remove that header; to sign for the origin's host, set sigv4_signing_host instead.",
    );
    // The URL's own host as a Host header changes nothing: every cause is listed.
    const same = explainCloudFrontPage({ status: 403, reason: 'Bad request.' }, { urlHost: 'd111111abcdef8.cloudfront.net', hostHeader: 'D111111ABCDEF8.cloudfront.net' });
    expect(same).toContain('Causes: a Host header set by some other script');
  });

  it.each([502, 504])('a %i names the origin: unreachable, or its TLS name wrong', (status) => {
    const text = explainCloudFrontPage({ status });
    expect(text.startsWith(`CloudFront itself answered ${status}: it could not get an answer from the origin, so API Gateway never checked the signature.`)).toBe(true);
    expect(text).toContain('reachable');
    expect(text).toContain("origin's TLS certificate matches that name");
  });

  it('another status of its own (a 503 from a Lambda@Edge function) is named without the refusal causes', () => {
    const text = explainCloudFrontPage({ status: 503, reason: 'The Lambda function associated with the CloudFront distribution is invalid.' });
    expect(text).toBe('CloudFront itself answered 503 ("The Lambda function associated with the CloudFront distribution is invalid.") before API Gateway saw the request, so the signature was not checked.');
  });

  it("is not an API Gateway or origin answer that passed through CloudFront (whose X-Cache says Error too)", () => {
    expect(readCloudFrontPage(403, '{"message":"Forbidden"}', 'Error from cloudfront')).toBeUndefined();
    expect(readCloudFrontPage(502, '{"message": "Internal server error"}', 'Error from cloudfront')).toBeUndefined();
    expect(readCloudFrontPage(502, '<html>bad gateway</html>', undefined)).toBeUndefined();
    expect(readCloudFrontPage(403, '<html>The request could not be satisfied</html>', 'Error from cloudfront')).toBeUndefined();
    expect(readCloudFrontPage(504, '', 'Error from cloudfront')).toEqual({ status: 504, reason: undefined });
  });

  it('quotes no part of the page but its reason line: not the request id, not the generator line', () => {
    const { html } = ownErrorPage('request-blocked', CF_ID);
    const text = explainCloudFrontPage(readCloudFrontPage(403, html, 'Error from cloudfront')!);
    expect(text).not.toContain(CF_ID);
    expect(text).not.toMatch(/Request ID|Generated by|We can't connect/);
  });
});
