/** What a response's headers say about who answered it. */
export interface ResponseHeaders {
  get(name: string): string | undefined;
}

/**
 * CloudFront adds Via "1.1 ID.cloudfront.net (CloudFront)", X-Amz-Cf-Id and X-Cache "... from
 * cloudfront" to every answer it passes on. Other caches set X-Cache too (Varnish "HIT", Fastly
 * "MISS, MISS"): only CloudFront's value counts.
 */
export function cameThroughCloudFront(headers: ResponseHeaders): boolean {
  return /\(CloudFront\)/i.test(headers.get('Via') || '') || !!headers.get('X-Amz-Cf-Id') || /cloudfront/i.test(headers.get('X-Cache') || '');
}

/**
 * A Lambda function URL's refusal of a signature: `x-amzn-ErrorType: InvalidSignatureException`
 * (minorun365/html-share#4, through CloudFront OAC). API Gateway sends that type too, with its
 * own x-amz-apigw-id (sigv4-rules.md section 4), which a function URL does not.
 */
export function functionUrlRefusedSignature(headers: ResponseHeaders): boolean {
  return /^InvalidSignatureException\b/.test(headers.get('x-amzn-ErrorType') || '') && !headers.get('x-amz-apigw-id');
}
