import { describe, expect, it } from 'vitest';
import { classifyOrigin } from '../../src/cloudfront/originKind';

describe('classifyOrigin', () => {
  it.each([
    ['abc123defg.execute-api.us-east-1.amazonaws.com', 'api-gateway', 'us-east-1', 'execute-api'],
    ['d-k3x9q2w7p4.execute-api.eu-west-1.amazonaws.com', 'api-gateway', 'eu-west-1', 'execute-api'],
    ['abcdefghij.execute-api.cn-north-1.amazonaws.com.cn', 'api-gateway', 'cn-north-1', 'execute-api'],
    ['xyz0123456789abcdefghijklmno.lambda-url.us-west-2.on.aws', 'lambda-url', 'us-west-2', 'lambda'],
    ['my-bucket.s3.eu-central-1.amazonaws.com', 's3', 'eu-central-1', 's3'],
    ['my-bucket.s3.amazonaws.com', 's3', 'us-east-1', 's3'],
    ['search-logs-abc.eu-west-1.es.amazonaws.com', 'aws', 'eu-west-1', 'es'],
    ['abc.us-east-1.aoss.amazonaws.com', 'aws', 'us-east-1', 'aoss'],
    ['my-bucket.s3-website-us-east-1.amazonaws.com', 'custom', undefined, undefined],
    ['my-bucket.s3-website.eu-west-1.amazonaws.com', 'custom', undefined, undefined],
    ['my-alb-1234567890.us-east-1.elb.amazonaws.com', 'custom', undefined, undefined],
    ['ec2-203-0-113-25.compute-1.amazonaws.com', 'custom', undefined, undefined],
    ['api.internal.example.com', 'custom', undefined, undefined],
  ])('%s is %s', (domain, kind, region, service) => {
    const origin = classifyOrigin(domain);
    expect(origin.kind).toBe(kind);
    expect(origin.region).toBe(region);
    expect(origin.service).toBe(service);
  });

  it('knows the target of an API Gateway regional custom domain name from its d- prefix', () => {
    expect(classifyOrigin('d-k3x9q2w7p4.execute-api.us-east-1.amazonaws.com').apiGatewayCustomDomainTarget).toBe(true);
    expect(classifyOrigin('abc123defg.execute-api.us-east-1.amazonaws.com').apiGatewayCustomDomainTarget).toBe(false);
  });
});
