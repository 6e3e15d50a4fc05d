import { describe, expect, it } from 'vitest';
import { inferScope, resolveScope, SigningInputError } from '../../src/sigv4';

describe('inferScope: region and service from the signing host', () => {
  const table: Array<[host: string, region: string | undefined, service: string | undefined]> = [
    ['abc123defg.execute-api.us-east-1.amazonaws.com', 'us-east-1', 'execute-api'],
    ['abc123defg.execute-api.eu-west-3.amazonaws.com:443', 'eu-west-3', 'execute-api'],
    ['abc123defg-vpce-0a1b2c3d.execute-api.ap-southeast-2.amazonaws.com', 'ap-southeast-2', 'execute-api'],
    ['abc123defg.execute-api.cn-north-1.amazonaws.com.cn', 'cn-north-1', 'execute-api'],
    ['abc123defg.execute-api.us-gov-west-1.amazonaws.com', 'us-gov-west-1', 'execute-api'],
    ['ABC123DEFG.Execute-Api.US-EAST-2.AmazonAWS.com', 'us-east-2', 'execute-api'],
    ['xyzurlid1234.lambda-url.eu-central-1.on.aws', 'eu-central-1', 'lambda'],
    // VPC Lattice user guide, "SIGv4 authenticated requests": the example endpoint
    ['data-svc-022f67d3a42.1234abc.vpc-lattice-svcs.us-west-2.on.aws', 'us-west-2', 'vpc-lattice-svcs'],
    ['billing-0123456789abcdef0.7d67968.vpc-lattice-svcs.eu-west-1.on.aws:443', 'eu-west-1', 'vpc-lattice-svcs'],
    ['a.b.c.vpc-lattice-svcs.ap-southeast-2.on.aws', 'ap-southeast-2', 'vpc-lattice-svcs'],
    ['s3.eu-west-1.amazonaws.com', 'eu-west-1', 's3'],
    ['my-bucket.s3.eu-west-1.amazonaws.com', 'eu-west-1', 's3'],
    ['my.dotted.bucket.s3.us-west-2.amazonaws.com', 'us-west-2', 's3'],
    ['s3-us-west-2.amazonaws.com', 'us-west-2', 's3'],
    ['my-bucket.s3.dualstack.ap-northeast-1.amazonaws.com', 'ap-northeast-1', 's3'],
    ['s3.amazonaws.com', 'us-east-1', 's3'],
    ['my-bucket.s3.amazonaws.com', 'us-east-1', 's3'],
    ['sqs.us-east-1.amazonaws.com', 'us-east-1', 'sqs'],
    ['dynamodb.ap-south-1.amazonaws.com', 'ap-south-1', 'dynamodb'],
    ['sts-fips.us-east-2.amazonaws.com', 'us-east-2', 'sts'],
    ['bedrock-runtime.us-west-2.amazonaws.com', 'us-west-2', 'bedrock'],
    ['runtime.sagemaker.eu-west-1.amazonaws.com', 'eu-west-1', 'sagemaker'],
    ['email.us-east-1.amazonaws.com', 'us-east-1', 'ses'],
    ['a1b2c3-ats.iot.us-east-1.amazonaws.com', 'us-east-1', 'iotdata'],
    ['iot.us-east-1.amazonaws.com', 'us-east-1', 'iot'],
    ['search-domain-abc.eu-west-1.es.amazonaws.com', 'eu-west-1', 'es'],
    ['collection1.us-east-1.aoss.amazonaws.com', 'us-east-1', 'aoss'],
    ['iam.amazonaws.com', 'us-east-1', 'iam'],
    ['abcdefghij.appsync-api.eu-west-1.amazonaws.com', 'eu-west-1', 'appsync'],
    ['constructor.us-east-1.amazonaws.com', 'us-east-1', 'constructor'],
    ['sts.amazonaws.com', 'us-east-1', 'sts'],
    ['lambda.us-east-1.api.aws', 'us-east-1', 'lambda'],
    ['vpce-0a1b2c3d4e5f-abcdefgh.sts.eu-west-2.vpce.amazonaws.com', 'eu-west-2', 'sts'],
    ['vpce-0a1b2c3d4e5f-abcdefgh-eu-west-2a.sts.eu-west-2.vpce.amazonaws.com', 'eu-west-2', 'sts'],
    ['vpce-0a1b2c3d4e5f-abcdefgh.execute-api.us-east-1.vpce.amazonaws.com', 'us-east-1', 'execute-api'],
    ['bucket.vpce-0a1b2c3d4e5f-abcdefgh.s3.us-east-1.vpce.amazonaws.com', 'us-east-1', 's3'],
    ['vpce-0a1b2c3d4e5f-abcdefgh.kms-fips.us-east-1.vpce.amazonaws.com', 'us-east-1', 'kms'],
    ['vpce-0a1b2c3d4e5f-abcdefgh.api.ecr.us-east-1.vpce.amazonaws.com', 'us-east-1', 'ecr'],
    ['vpce-0a1b2c3d4e5f-abcdefgh.cognito-identity.cn-north-1.vpce.amazonaws.com.cn', 'cn-north-1', 'cognito-identity'],
    ['sts.cn-northwest-1.amazonaws.com.cn', 'cn-northwest-1', 'sts'],
    ['my-bucket.s3.cn-north-1.amazonaws.com.cn', 'cn-north-1', 's3'],
    ['abc123defg.execute-api.eusc-de-east-1.amazonaws.eu', 'eusc-de-east-1', 'execute-api'],
    ['sts.us-iso-east-1.c2s.ic.gov', 'us-iso-east-1', 'sts'],
    ['sts.us-isob-east-1.sc2s.sgov.gov', 'us-isob-east-1', 'sts'],
    ['sts.eu-isoe-west-1.cloud.adc-e.uk', 'eu-isoe-west-1', 'sts'],
    ['sts.us-isof-south-1.csp.hci.ic.gov', 'us-isof-south-1', 'sts'],
    // Global endpoints outside the aws partition sign for a region of their own: the host does not say which.
    ['iam.amazonaws.com.cn', undefined, undefined],
    ['s3.amazonaws.com.cn', undefined, undefined],
    ['api.example.com', undefined, undefined],
    ['d111111abcdef8.cloudfront.net', undefined, undefined],
    ['localhost:3000', undefined, undefined],
    ['127.0.0.1:8080', undefined, undefined],
  ];
  for (const [host, region, service] of table) {
    it(`${host} -> ${region ?? 'no region'} / ${service ?? 'no service'}`, () => {
      expect(inferScope(host)).toEqual(region === undefined ? {} : { region, service });
    });
  }
});

describe('resolveScope: explicit values, defaults and the error', () => {
  it('explicit region and service win over the host', () => {
    expect(resolveScope('abc.execute-api.us-east-1.amazonaws.com', { region: 'eu-west-1', service: 'lambda' })).toEqual({ region: 'eu-west-1', service: 'lambda' });
  });
  it('a custom domain with a region given signs for execute-api', () => {
    expect(resolveScope('api.example.com', { region: 'eu-west-1' })).toEqual({ region: 'eu-west-1', service: 'execute-api' });
  });
  it('a host that gives no region, and no region given, names the field and the host', () => {
    expect(() => resolveScope('api.example.com:8443', {})).toThrowError(SigningInputError);
    expect(() => resolveScope('api.example.com:8443', {})).toThrowError('region: cannot be inferred from the host api.example.com:8443; set it, e.g. us-east-1');
  });
});
