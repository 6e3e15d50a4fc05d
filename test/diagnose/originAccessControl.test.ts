import { Collection, Response } from 'postman-collection';
import { describe, expect, it } from 'vitest';
import { diagnoseResponse } from '../../src/diagnose/diagnoseResponse';
import { explainReplacedAnswer, readReplacedAnswer } from '../../src/diagnose/customErrorResponse';
import { explainFunctionUrlMismatch } from '../../src/diagnose/explainOriginAccessControl';
import type { Pm } from '../../src/postman/sandbox';

const HASH = 'c0b0292b7d6b62ce7dc439d42725251fe9bfc5dfee7ccf1d29138153ace1a072';
const MISMATCH = '{"message":"The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details."}';

describe("a Lambda function URL's bare signature mismatch through CloudFront", () => {
  it('setting off, a body sent: names OAC and sigv4_cloudfront_oac', () => {
    const text = explainFunctionUrlMismatch({ oacSetting: false, hadBody: true });
    expect(text).toMatch(/^Through CloudFront, the Lambda function URL refused the signature without saying what differed \(InvalidSignatureException, no canonical string\)\. When the distribution signs for the function URL with origin access control \(OAC\)/);
    expect(text).toContain('set sigv4_cloudfront_oac to true');
  });

  it('setting off, no body: OAC is no likely cause, so the general diagnosis applies', () => {
    expect(explainFunctionUrlMismatch({ oacSetting: false, hadBody: false })).toBeUndefined();
  });

  it('setting on: says which hash was sent, and what each value means', () => {
    expect(explainFunctionUrlMismatch({ oacSetting: true, hadBody: true, contentSha256: HASH })).toContain(`sigv4_cloudfront_oac is true and the request sent x-amz-content-sha256: ${HASH}, the SHA-256 of the body the script saw.`);
    expect(explainFunctionUrlMismatch({ oacSetting: true, hadBody: true, contentSha256: 'UNSIGNED-PAYLOAD' })).toContain('sent x-amz-content-sha256: UNSIGNED-PAYLOAD, which Lambda refuses');
    expect(explainFunctionUrlMismatch({ oacSetting: true, hadBody: false })).toContain('the request sent no x-amz-content-sha256 although sigv4_cloudfront_oac is true');
  });
});

describe('an answer CloudFront marks as an error whose body is no origin answer: a custom error response', () => {
  const SPA = '<!doctype html><html><body><div id="root"></div></body></html>';
  it('flags HTML at any status for a signed request, and never JSON or XML, nor an unsigned request', () => {
    expect(readReplacedAnswer(200, SPA, 'text/html', 'GET', true)).toEqual({ status: 200 });
    expect(readReplacedAnswer(403, '<h1>Sorry</h1>', 'text/html', 'POST', true)).toEqual({ status: 403 });
    expect(readReplacedAnswer(404, SPA, undefined, 'GET', true)).toEqual({ status: 404 });
    expect(readReplacedAnswer(200, 'plain text', 'text/plain', 'GET', true)).toBeUndefined();
    expect(readReplacedAnswer(403, MISMATCH, 'application/json', 'GET', true)).toBeUndefined();
    expect(readReplacedAnswer(403, '<?xml version="1.0"?><Error><Code>AccessDenied</Code></Error>', 'application/xml', 'GET', true)).toBeUndefined();
    expect(readReplacedAnswer(403, '<Error><Code>AccessDenied</Code></Error>', 'application/xml', 'GET', true)).toBeUndefined();
    expect(readReplacedAnswer(200, SPA, 'text/html', 'GET', false)).toBeUndefined();
  });

  // CloudFront sets X-Cache: Error from cloudfront on every origin 4xx or 5xx it passes on, so the
  // header alone says nothing; a custom error response's page is HTML (ResponsePagePath), and an
  // origin's own text is as likely as a text page of the distribution's: no false positive (review C1).
  it('leaves what is no HTML page: plain text at any status (a Lambda proxy\'s "Not Found", a text/plain 403 or 500), an empty body, a HEAD', () => {
    expect(readReplacedAnswer(403, 'Access denied', 'text/plain', 'GET', true)).toBeUndefined();
    expect(readReplacedAnswer(404, 'Not Found', 'text/plain', 'GET', true)).toBeUndefined();
    expect(readReplacedAnswer(500, 'Internal Server Error', 'text/plain', 'POST', true)).toBeUndefined();
    expect(readReplacedAnswer(404, '', 'text/html', 'GET', true)).toBeUndefined();
    expect(readReplacedAnswer(403, '  \n', 'text/html', 'GET', true)).toBeUndefined();
    expect(readReplacedAnswer(403, '', 'text/html', 'HEAD', true)).toBeUndefined();
    expect(readReplacedAnswer(403, SPA, 'text/html', 'HEAD', true)).toBeUndefined();
  });

  it('names the Error pages settings and how to see the origin\'s answer, never a header value', () => {
    const text = explainReplacedAnswer({ status: 200 });
    expect(text).toContain("a custom error response replaced it and turned the origin's error into 200");
    expect(text).toContain("Error pages settings (CustomErrorResponses)");
    expect(text).toContain("send the same request straight to the origin's own host");
    expect(text).not.toMatch(/Error from cloudfront/);
    expect(explainReplacedAnswer({ status: 403 })).not.toContain('turned');
  });

  it('at a status other than 400 and 403 (or a success), hedges: the origin may have answered with a page of its own', () => {
    for (const status of [404, 405, 500]) {
      const text = explainReplacedAnswer({ status });
      expect(text).toContain('or the origin answered with a page of its own');
      expect(text).not.toContain('a custom error response replaced it');
      expect(text).toContain("send the same request straight to the origin's own host");
    }
    for (const status of [200, 400, 403]) expect(explainReplacedAnswer({ status })).not.toContain('or the origin answered with a page of its own');
  });

});

/** A pm as the test script sees it: the request as sent, the response, the variables. */
function pmFor(request: object, response: { code: number; headers: Record<string, string>; body: string }, variables: Record<string, string> = {}): Pm & { reads: number } {
  const collection = new Collection({ item: [{ request }] } as any);
  const item = collection.items.idx(0) as any;
  const sdkResponse = new Response({ code: response.code, header: Object.entries(response.headers).map(([key, value]) => ({ key, value })), body: response.body } as any);
  const pm = {
    reads: 0,
    request: item.request,
    variables: { get: (name: string) => variables[name], set: () => undefined, unset: () => undefined, replaceIn: (text: string) => text },
    test: () => undefined,
    response: { code: sdkResponse.code, headers: { get: (name: string) => sdkResponse.headers.get(name) }, text: () => ((pm.reads += 1), response.body) },
  };
  return pm as unknown as Pm & { reads: number };
}

describe('diagnoseResponse', () => {
  const signedPost = { method: 'POST', url: 'https://d111.cloudfront.net/fn', header: [{ key: 'Authorization', value: 'AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/lambda/aws4_request, SignedHeaders=host;x-amz-date, Signature=00' }, { key: 'X-Amz-Date', value: '20260101T000000Z' }], body: { mode: 'raw', raw: '{"a":1}' } };
  const viaCloudFront = { 'Content-Type': 'application/json', 'x-amzn-ErrorType': 'InvalidSignatureException', Via: '1.1 abc.cloudfront.net (CloudFront)', 'X-Amz-Cf-Id': 'id', 'X-Cache': 'Error from cloudfront' };

  it('leaves a plain success without reading its body (it runs on every response)', () => {
    const pm = pmFor(signedPost, { code: 200, headers: { 'X-Cache': 'Miss from cloudfront', 'Content-Type': 'text/html' }, body: '<!doctype html>' });
    expect(diagnoseResponse(pm)).toBeUndefined();
    expect(pm.reads).toBe(0);
  });

  it('a function URL mismatch through CloudFront names OAC; the same answer without CloudFront gets the general diagnosis', () => {
    expect(diagnoseResponse(pmFor(signedPost, { code: 403, headers: viaCloudFront, body: MISMATCH }))).toContain('set sigv4_cloudfront_oac to true');
    const direct = diagnoseResponse(pmFor(signedPost, { code: 403, headers: { 'Content-Type': 'application/json', 'x-amzn-ErrorType': 'InvalidSignatureException' }, body: MISMATCH }));
    expect(direct).toBeDefined();
    expect(direct).not.toContain('sigv4_cloudfront_oac');
  });

  it('with the setting on, says which hash the request sent', () => {
    const oacPost = { method: 'POST', url: 'https://d111.cloudfront.net/fn', header: [{ key: 'X-Amz-Content-Sha256', value: HASH }], body: { mode: 'raw', raw: '{"a":1}' } };
    expect(diagnoseResponse(pmFor(oacPost, { code: 403, headers: viaCloudFront, body: MISMATCH }, { sigv4_cloudfront_oac: 'true' }))).toContain(`sent x-amz-content-sha256: ${HASH}`);
  });

  it("an answer through CloudFront whose x-amzn-ErrorType is not a function URL's InvalidSignatureException does not get the OAC diagnosis: aoss-like, API-Gateway-like (review C5)", () => {
    // OpenSearch Serverless names its refusal elsewhere (X-Aoss-Response-Hint, opensearch-project/opensearch-cli#72).
    const aossLike = { 'Content-Type': 'application/json', 'X-Aoss-Response-Hint': 'X01:gw-helper-deny', Via: '1.1 abc.cloudfront.net (CloudFront)', 'X-Amz-Cf-Id': 'id', 'X-Cache': 'Error from cloudfront' };
    // API Gateway sends InvalidSignatureException too, with its x-amz-apigw-id (sigv4-rules.md section 4).
    const apiGatewayLike = { ...viaCloudFront, 'x-amz-apigw-id': 'ERZtzHjqoAMFQxw=' };
    for (const headers of [aossLike, apiGatewayLike]) {
      const text = diagnoseResponse(pmFor(signedPost, { code: 403, headers, body: MISMATCH }));
      expect(text).toBeDefined();
      expect(text).not.toContain('sigv4_cloudfront_oac');
    }
  });

  it("a Varnish or Fastly X-Cache is not CloudFront's: Missing Authentication Token is read as an answer straight from API Gateway (review C2)", () => {
    const missing = '{"message":"Missing Authentication Token"}';
    const get = { method: 'GET', url: 'https://api.example.com/items', header: signedPost.header };
    for (const xCache of ['HIT', 'MISS, MISS', 'cache-fra-etou8220024-FRA']) {
      expect(diagnoseResponse(pmFor(get, { code: 403, headers: { 'Content-Type': 'application/json', 'X-Cache': xCache }, body: missing }))).toContain('the response came straight from API Gateway');
    }
    for (const headers of [{ 'X-Cache': 'Miss from cloudfront' }, { Via: '1.1 abc.cloudfront.net (CloudFront)' }, { 'X-Amz-Cf-Id': 'id' }] as Array<Record<string, string>>) {
      expect(diagnoseResponse(pmFor(get, { code: 403, headers: { 'Content-Type': 'application/json', ...headers }, body: missing }))).not.toContain('the response came straight from API Gateway');
    }
  });

  it("a function URL's own HTML 404 through OAC gets the hedged message; a HEAD, an empty 404 and a plain-text 500 through CloudFront get none (review C1)", () => {
    const oacGet = { method: 'GET', url: 'https://d111.cloudfront.net/missing', header: [{ key: 'X-Amz-Content-Sha256', value: HASH }] };
    const error = { Via: '1.1 abc.cloudfront.net (CloudFront)', 'X-Amz-Cf-Id': 'id', 'X-Cache': 'Error from cloudfront', 'x-amzn-RequestId': 'r' };
    const notFound = diagnoseResponse(pmFor(oacGet, { code: 404, headers: { ...error, 'Content-Type': 'text/html; charset=utf-8' }, body: '<!DOCTYPE html><html><body><h1>404: page not found</h1></body></html>' }, { sigv4_cloudfront_oac: 'true' }));
    expect(notFound).toContain('or the origin answered with a page of its own');
    const head = { method: 'HEAD', url: 'https://d111.cloudfront.net/fn', header: signedPost.header };
    expect(diagnoseResponse(pmFor(head, { code: 404, headers: { ...error, 'Content-Type': 'text/html' }, body: '' }))).toBeUndefined();
    expect(diagnoseResponse(pmFor(head, { code: 403, headers: { ...error, 'Content-Type': 'text/html' }, body: '' }))).toBeUndefined();
    expect(diagnoseResponse(pmFor({ ...head, method: 'GET' }, { code: 404, headers: { ...error, 'Content-Type': 'text/html' }, body: '' }))).toBeUndefined();
    expect(diagnoseResponse(pmFor(signedPost, { code: 500, headers: { ...error, 'Content-Type': 'text/plain' }, body: 'Internal Server Error' }))).toBeUndefined();
    expect(diagnoseResponse(pmFor(signedPost, { code: 404, headers: { ...error, 'Content-Type': 'text/plain' }, body: 'Not Found' }))).toBeUndefined();
  });

  it('a 200 HTML page marked as an error for a signed request is a custom error response; the same page as a real answer is not', () => {
    const page = { 'Content-Type': 'text/html', 'X-Cache': 'Error from cloudfront', Via: '1.1 abc.cloudfront.net (CloudFront)' };
    expect(diagnoseResponse(pmFor(signedPost, { code: 200, headers: page, body: '<!doctype html><html></html>' }))).toMatch(/^CloudFront answered 200 with a page of the distribution's own/);
    expect(diagnoseResponse(pmFor(signedPost, { code: 200, headers: { ...page, 'X-Cache': 'Hit from cloudfront' }, body: '<!doctype html><html></html>' }))).toBeUndefined();
  });
});
