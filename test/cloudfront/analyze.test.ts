import { describe, expect, it } from 'vitest';
import { analyzeDistribution, hasErrorFinding, type DoctorInput, type DoctorReport } from '../../src/cloudfront';
import { cacheBehavior, customOrigin, defaultBehavior, distributionConfig, type BehaviorSettings } from '../stack/distributionSetup';
import { MANAGED_CACHE_POLICIES, MANAGED_CACHE_POLICY_IDS, MANAGED_ORIGIN_REQUEST_POLICIES, MANAGED_ORIGIN_REQUEST_POLICY_IDS } from '../stack/managedPolicies';

const API = 'abc123defg.execute-api.eu-west-1.amazonaws.com';
const TARGET = 'd-k3x9q2w7p4.execute-api.eu-west-1.amazonaws.com';
const DOMAIN = 'd111111abcdef8.cloudfront.net';
const CACHING_DISABLED = MANAGED_CACHE_POLICY_IDS.CachingDisabled;
const CACHING_OPTIMIZED = MANAGED_CACHE_POLICY_IDS.CachingOptimized;
const ALL_VIEWER = MANAGED_ORIGIN_REQUEST_POLICY_IDS.AllViewer;
const EXCEPT_HOST = MANAGED_ORIGIN_REQUEST_POLICY_IDS.AllViewerExceptHostHeader;
const CLEAN = { cachePolicyId: CACHING_DISABLED, originRequestPolicyId: EXCEPT_HOST };

interface Setup {
  url?: string;
  domain?: string;
  originPath?: string;
  aliases?: string[];
  behavior?: Omit<BehaviorSettings, 'targetOriginId'>;
  extra?: Partial<DoctorInput>;
  config?: Record<string, unknown>;
}

function analyze(setup: Setup = {}): DoctorReport {
  const behavior = { targetOriginId: 'origin', ...(setup.behavior ?? CLEAN) };
  const config = { ...distributionConfig({ aliases: setup.aliases, origins: [customOrigin('origin', setup.domain ?? API, { originPath: setup.originPath })], defaultBehavior: defaultBehavior(behavior) }), ...setup.config };
  return analyzeDistribution({
    url: setup.url ?? `https://${DOMAIN}/pets?type=dog`,
    distribution: { Id: 'E2QWRUHEXAMPLE', DomainName: DOMAIN, DistributionConfig: config },
    cachePolicy: behavior.cachePolicyId ? MANAGED_CACHE_POLICIES[behavior.cachePolicyId] : undefined,
    originRequestPolicy: behavior.originRequestPolicyId ? MANAGED_ORIGIN_REQUEST_POLICIES[behavior.originRequestPolicyId] : undefined,
    ...setup.extra,
  });
}

const codes = (report: DoctorReport) => report.findings.map((finding) => `${finding.severity} ${finding.code}`);

describe('analyzeDistribution: the report', () => {
  it('a clean API Gateway distribution: sign for the origin host and origin path, nothing else', () => {
    const report = analyze({ originPath: '/prod', aliases: ['api.example.com'] });
    expect(report).toEqual({
      url: `https://${DOMAIN}/pets?type=dog`,
      distribution: { id: 'E2QWRUHEXAMPLE', domainName: DOMAIN, aliases: ['api.example.com'] },
      behavior: { pathPattern: '*', targetOriginId: 'origin' },
      origin: { id: 'origin', domainName: API, originPath: '/prod', kind: 'api-gateway' },
      variables: { sigv4_signing_host: API, sigv4_origin_path: '/prod' },
      findings: [],
    });
    expect(hasErrorFinding(report)).toBe(false);
  });

  it('no origin path: no sigv4_origin_path; the region comes from the signing host, so no aws_region', () => {
    expect(analyze().variables).toEqual({ sigv4_signing_host: API });
  });

  it('reports the ordered behavior the path chooses and its origin', () => {
    const config = distributionConfig({
      origins: [customOrigin('static', 'site.s3.eu-west-1.amazonaws.com'), customOrigin('api', API, { originPath: '/v1' })],
      defaultBehavior: defaultBehavior({ targetOriginId: 'static', cachePolicyId: CACHING_OPTIMIZED }),
      behaviors: [cacheBehavior('/pets*', { targetOriginId: 'api', ...CLEAN })],
    });
    const report = analyzeDistribution({
      url: `https://${DOMAIN}/pets/42`,
      distribution: { Id: 'E1', DomainName: DOMAIN, DistributionConfig: config },
      cachePolicy: MANAGED_CACHE_POLICIES[CACHING_DISABLED],
      originRequestPolicy: MANAGED_ORIGIN_REQUEST_POLICIES[EXCEPT_HOST],
    });
    expect(report.behavior).toEqual({ pathPattern: '/pets*', targetOriginId: 'api' });
    expect(report.origin).toMatchObject({ id: 'api', originPath: '/v1' });
  });

  it('an origin group sends to its primary member', () => {
    const report = analyze({
      behavior: { ...CLEAN },
      config: {
        Origins: { Quantity: 2, Items: [customOrigin('primary', API), customOrigin('secondary', 'other.execute-api.us-east-1.amazonaws.com')] },
        OriginGroups: { Quantity: 1, Items: [{ Id: 'origin', Members: { Quantity: 2, Items: [{ OriginId: 'primary' }, { OriginId: 'secondary' }] } }] },
      },
    });
    expect(report.origin).toMatchObject({ id: 'primary', domainName: API });
  });
});

describe('analyzeDistribution: what reaches the origin', () => {
  it('CachingOptimized without an origin request policy: Authorization, X-Amz-* and the query are dropped, each an error with its fix', () => {
    const report = analyze({ behavior: { cachePolicyId: CACHING_OPTIMIZED } });
    expect(codes(report)).toEqual(['error authorization-not-forwarded', 'error signed-headers-not-forwarded', 'error query-strings-not-forwarded']);
    expect(report.findings[0].message).toContain('API Gateway answers 403 "Missing Authentication Token"');
    expect(report.findings[0].message).toContain('Fix: add Authorization to the cache policy');
    expect(report.findings[1].message).toContain('X-Amz-Date, X-Amz-Security-Token');
    expect(report.findings[2].message).toContain('the query string type of this URL never reaches the origin');
    expect(hasErrorFinding(report)).toBe(true);
  });

  it('a query string policy that drops none of this URL\'s parameters is a warning', () => {
    const report = analyze({ url: `https://${DOMAIN}/pets`, behavior: { legacy: { headers: ['Authorization'], queryString: false } } });
    expect(codes(report)).toEqual(['warning query-strings-not-forwarded']);
    expect(report.findings[0].message).toContain('forwards no query strings');
  });

  it('an all-viewer origin request policy with caching on: Authorization is unclear, said as such', () => {
    const report = analyze({ behavior: { cachePolicyId: CACHING_OPTIMIZED, originRequestPolicyId: EXCEPT_HOST } });
    expect(codes(report)).toEqual(['warning authorization-forwarding-unclear']);
    expect(report.findings[0].message).toContain('does not say what happens with caching on');
  });

  it('legacy settings that name only Authorization: the other headers are forwarded by default', () => {
    expect(codes(analyze({ behavior: { legacy: { headers: ['Authorization'], queryString: true } } }))).toEqual([]);
  });

  it('headers named in sigv4_signed_headers must reach the origin too', () => {
    const report = analyze({ behavior: { legacy: { headers: ['Authorization'], queryString: true } }, extra: { signedHeaders: ['x-api-key', 'Accept'] } });
    expect(codes(report)).toEqual(['error signed-headers-not-forwarded']);
    expect(report.findings[0].message).toContain('does not forward accept under');
  });

  it('an S3 origin needs X-Amz-Content-Sha256', () => {
    const report = analyze({ domain: 'my-bucket.s3.eu-west-1.amazonaws.com', behavior: { legacy: { headers: ['Authorization'], queryString: true } } });
    expect(codes(report)).toEqual([]);
    const strict = analyze({ domain: 'my-bucket.s3.eu-west-1.amazonaws.com', behavior: { cachePolicyId: CACHING_OPTIMIZED, originRequestPolicyId: undefined } });
    expect(strict.findings.find((finding) => finding.code === 'signed-headers-not-forwarded')?.message).toContain('X-Amz-Content-Sha256');
  });
});

describe('analyzeDistribution: Host', () => {
  it('AllViewer to an execute-api origin: API Gateway gets the distribution\'s host and answers 403', () => {
    const report = analyze({ behavior: { cachePolicyId: CACHING_DISABLED, originRequestPolicyId: ALL_VIEWER } });
    expect(codes(report)).toEqual(['error host-forwarded']);
    expect(report.findings[0].message).toContain('AllViewerExceptHostHeader');
    expect(report.variables).toEqual({ aws_region: 'eu-west-1' });
  });

  it('the custom-domain setup needs no signing-host override, only the region', () => {
    const report = analyze({ url: 'https://api.example.com/pets', domain: TARGET, aliases: ['api.example.com'], behavior: { cachePolicyId: CACHING_DISABLED, originRequestPolicyId: ALL_VIEWER } });
    expect(codes(report)).toEqual(['info host-forwarded']);
    expect(report.findings[0].message).toContain('needs no sigv4_signing_host override');
    expect(report.variables).toEqual({ aws_region: 'eu-west-1' });
    expect(hasErrorFinding(report)).toBe(false);
  });

  it('the custom-domain target called by the distribution\'s own name, or with Host not forwarded, fails', () => {
    const byDomain = analyze({ domain: TARGET, aliases: ['api.example.com'], behavior: { cachePolicyId: CACHING_DISABLED, originRequestPolicyId: ALL_VIEWER } });
    expect(codes(byDomain)).toEqual(['error host-forwarded']);
    const notForwarded = analyze({ url: 'https://api.example.com/pets', domain: TARGET, aliases: ['api.example.com'] });
    expect(codes(notForwarded)).toEqual(['error host-not-forwarded']);
  });

  it('Host forwarded to a custom origin is a warning: the signature is for the URL\'s host', () => {
    const report = analyze({ domain: 'api.internal.example.com', behavior: { cachePolicyId: CACHING_DISABLED, originRequestPolicyId: ALL_VIEWER } });
    expect(codes(report)).toEqual(['warning host-forwarded', 'warning custom-origin']);
    expect(report.variables).toEqual({});
  });
});

describe('analyzeDistribution: the rest of the configuration', () => {
  const oacOrigin = { config: { Origins: { Quantity: 1, Items: [customOrigin('origin', 'abcdefghijklmnopqrstuvwxyz.lambda-url.eu-west-1.on.aws', { originAccessControlId: 'E1OAC' })] } } };

  it('an origin access control that signs: set sigv4_cloudfront_oac, and the viewer signature checks do not apply', () => {
    const report = analyze({ ...oacOrigin, behavior: { cachePolicyId: CACHING_OPTIMIZED }, url: `https://${DOMAIN}/x`, extra: { originAccessControl: { Name: 'lambda-oac', SigningBehavior: 'always', SigningProtocol: 'sigv4', OriginAccessControlOriginType: 'lambda' } } });
    expect(report.origin.kind).toBe('lambda-url');
    expect(report.variables).toEqual({ sigv4_cloudfront_oac: 'true' });
    expect(codes(report)).toEqual(['info oac-signs-requests']);
    expect(report.findings[0].message).toContain('refuses PUT and POST without it');
  });

  it('signing no-override: the same variable, and the finding says a request\'s own Authorization header is passed on instead, and whether it reaches the origin', () => {
    const noOverride = { originAccessControl: { Name: 'lambda-oac', SigningBehavior: 'no-override', SigningProtocol: 'sigv4', OriginAccessControlOriginType: 'lambda' } };
    const forwarded = analyze({ ...oacOrigin, behavior: CLEAN, extra: noOverride });
    expect(forwarded.variables).toEqual({ sigv4_cloudfront_oac: 'true' });
    expect(codes(forwarded)).toEqual(['info oac-signs-requests']);
    expect(forwarded.findings[0].message).toContain('With no-override, CloudFront does not sign a request that carries an Authorization header of its own');
    expect(forwarded.findings[0].message).toContain('this behavior forwards it, so a request signed for abcdefghijklmnopqrstuvwxyz.lambda-url.eu-west-1.on.aws by credentials the origin accepts also passes');
    const dropped = analyze({ ...oacOrigin, behavior: { cachePolicyId: CACHING_DISABLED }, extra: noOverride });
    expect(dropped.findings[0].message).toContain('this behavior does not forward it, so the origin gets the request unsigned and refuses it');
    const always = analyze({ ...oacOrigin, behavior: CLEAN, extra: { originAccessControl: { ...noOverride.originAccessControl, SigningBehavior: 'always' } } });
    expect(always.findings[0].message).not.toContain('no-override');
  });

  it('an origin access control that never signs is no access control', () => {
    const report = analyze({ ...oacOrigin, extra: { originAccessControl: { Name: 'off', SigningBehavior: 'never', SigningProtocol: 'sigv4', OriginAccessControlOriginType: 'lambda' } } });
    expect(report.variables).toEqual({ sigv4_signing_host: 'abcdefghijklmnopqrstuvwxyz.lambda-url.eu-west-1.on.aws' });
    expect(codes(report)).toEqual([]);
  });

  it('refuses to judge an origin whose access control was not given', () => {
    expect(() => analyze(oacOrigin)).toThrow(/origin access control E1OAC/);
  });

  it('a 403 or 400 custom error response with a page hides the origin\'s answer; without a page, or for 404, it does not', () => {
    const responses = [
      { ErrorCode: 403, ResponsePagePath: '/index.html', ResponseCode: '200', ErrorCachingMinTTL: 10 },
      { ErrorCode: 400, ResponsePagePath: '/error.html', ResponseCode: '', ErrorCachingMinTTL: 10 },
      { ErrorCode: 403, ResponsePagePath: '', ResponseCode: '', ErrorCachingMinTTL: 0 },
      { ErrorCode: 404, ResponsePagePath: '/index.html', ResponseCode: '200', ErrorCachingMinTTL: 10 },
    ];
    const report = analyze({ config: { CustomErrorResponses: { Quantity: 4, Items: responses } } });
    expect(codes(report)).toEqual(['warning custom-error-response', 'warning custom-error-response']);
    expect(report.findings[0].message).toContain('403 answers with /index.html (status 200)');
    expect(report.findings[1].message).toContain('400 answers with /error.html (status 400)');
  });

  it('an error the origin answers with 403 says what reaches the user instead when a 403 custom error response replaces it', () => {
    const spa = { CustomErrorResponses: { Quantity: 1, Items: [{ ErrorCode: 403, ResponsePagePath: '/index.html', ResponseCode: '200', ErrorCachingMinTTL: 10 }] } };
    const report = analyze({ behavior: { cachePolicyId: CACHING_DISABLED }, config: spa });
    expect(codes(report)).toEqual(['error authorization-not-forwarded', 'error signed-headers-not-forwarded', 'error query-strings-not-forwarded', 'warning custom-error-response']);
    for (const finding of report.findings.slice(0, 3)) expect(finding.message).toMatch(/ On this distribution the origin's 403 reaches you as \/index\.html with status 200 \(custom-error-response\)\.$/);
    const keeps = analyze({ behavior: { cachePolicyId: CACHING_DISABLED }, config: { CustomErrorResponses: { Quantity: 1, Items: [{ ErrorCode: 403, ResponsePagePath: '/403.html', ResponseCode: '' }] } } });
    expect(keeps.findings[0].message).toContain("the origin's 403 reaches you as /403.html with status 403 (custom-error-response).");
    const onlyFor400 = analyze({ behavior: { cachePolicyId: CACHING_DISABLED }, config: { CustomErrorResponses: { Quantity: 1, Items: [{ ErrorCode: 400, ResponsePagePath: '/400.html', ResponseCode: '200' }] } } });
    expect(onlyFor400.findings[0].message).not.toContain('reaches you as');
  });

  it('code on viewer-request or origin-request may rewrite the request; viewer-response code does not matter', () => {
    const behavior = {
      ...defaultBehavior({ targetOriginId: 'origin', ...CLEAN }),
      FunctionAssociations: { Quantity: 2, Items: [{ FunctionARN: 'arn:aws:cloudfront::123456789012:function/rewrite', EventType: 'viewer-request' }, { FunctionARN: 'arn:aws:cloudfront::123456789012:function/headers', EventType: 'viewer-response' }] },
      LambdaFunctionAssociations: { Quantity: 1, Items: [{ LambdaFunctionARN: 'arn:aws:lambda:us-east-1:123456789012:function:edge:3', EventType: 'origin-request' }] },
    };
    const report = analyze({ config: { DefaultCacheBehavior: behavior } });
    expect(codes(report)).toEqual(['warning request-rewritten-by-function', 'warning request-rewritten-by-function']);
    expect(report.findings[0].message).toContain('CloudFront Function arn:aws:cloudfront::123456789012:function/rewrite (viewer-request)');
    expect(report.findings[1].message).toContain('Lambda@Edge arn:aws:lambda:us-east-1:123456789012:function:edge:3 (origin-request)');
  });

  it('--method outside the behavior\'s allowed methods is an error; inside, or not given, nothing', () => {
    const behavior = { ...CLEAN, allowedMethods: ['GET', 'HEAD'] };
    expect(codes(analyze({ behavior, extra: { method: 'post' } }))).toEqual(['error method-not-allowed']);
    expect(codes(analyze({ behavior, extra: { method: 'GET' } }))).toEqual([]);
    expect(codes(analyze({ behavior }))).toEqual([]);
  });

  it('a disabled distribution is an error', () => {
    expect(codes(analyze({ config: { Enabled: false } }))).toEqual(['error distribution-disabled']);
  });

  it('an origin doctor does not recognise: sign for its host, and set the region yourself', () => {
    const report = analyze({ domain: 'api.internal.example.com', originPath: '/prod' });
    expect(report.origin.kind).toBe('custom');
    expect(report.variables).toEqual({ sigv4_signing_host: 'api.internal.example.com', sigv4_origin_path: '/prod' });
    expect(codes(report)).toEqual(['warning custom-origin']);
  });

  it('errors come before warnings, warnings before notes', () => {
    const report = analyze({ url: 'https://api.example.com/pets', domain: TARGET, aliases: ['api.example.com'], behavior: { cachePolicyId: CACHING_DISABLED, originRequestPolicyId: ALL_VIEWER, allowedMethods: ['GET', 'HEAD'] }, extra: { method: 'DELETE' }, config: { CustomErrorResponses: { Quantity: 1, Items: [{ ErrorCode: 403, ResponsePagePath: '/index.html', ResponseCode: '200' }] } } });
    expect(codes(report)).toEqual(['error method-not-allowed', 'warning custom-error-response', 'info host-forwarded']);
  });
});
