import { describe, expect, it } from 'vitest';
import { readRejection } from '../../src/diagnose/rejection';

/** Verbatim bodies quoted in notes/sigv4-rules.md §4 and the sources named there. */
const POSTMAN_5815 =
  '{"message":"The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.\\n\\nThe Canonical String for this request should have been\\n\'POST\\n/services/sfs/v1/ownerships/1003234576898765/telematics/remote-engine/async-request\\n\\ncontent-type:application/json\\nhost:pri-q1-eu.gtc20.com\\nx-api-key:YUYC…\\nx-event-time:2018-11-07T05:55:10+00:00\\nx-gtc-external-system-id:TSP\\nx-one-time-uuid:fb5a68d8-…\\nx-vin:93210000000000000\\n\\ncontent-type;host;x-api-key;x-event-time;x-gtc-external-system-id;x-one-time-uuid;x-vin\\n0d7b357bf5e4e4e27adf8b58537526719757200f60d7f601ac337e27b3542566\'\\n\\nThe String-to-Sign should have been\\n\'AWS4-HMAC-SHA256\\n20190123T095948Z\\n20190123/eu-west-1/execute-api/aws4_request\\n61d38f17aee9808e2c23939b04e74a10f9d35984ebab8ab282babc77d1c85d1d\'\\n"}';

describe('readRejection on API Gateway bodies', () => {
  it('splits the mismatch body (postman-app-support#5815) into the canonical string and the string to sign', () => {
    const rejection = readRejection(403, POSTMAN_5815);
    expect(rejection).toEqual({
      kind: 'mismatch',
      canonicalRequest:
        'POST\n/services/sfs/v1/ownerships/1003234576898765/telematics/remote-engine/async-request\n\ncontent-type:application/json\nhost:pri-q1-eu.gtc20.com\nx-api-key:YUYC…\nx-event-time:2018-11-07T05:55:10+00:00\nx-gtc-external-system-id:TSP\nx-one-time-uuid:fb5a68d8-…\nx-vin:93210000000000000\n\ncontent-type;host;x-api-key;x-event-time;x-gtc-external-system-id;x-one-time-uuid;x-vin\n0d7b357bf5e4e4e27adf8b58537526719757200f60d7f601ac337e27b3542566',
      stringToSign: 'AWS4-HMAC-SHA256\n20190123T095948Z\n20190123/eu-west-1/execute-api/aws4_request\n61d38f17aee9808e2c23939b04e74a10f9d35984ebab8ab282babc77d1c85d1d',
    });
  });

  it('keeps a quote inside the canonical string', () => {
    const body = JSON.stringify({
      message:
        "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.\n\nThe Canonical String for this request should have been\n'GET\n/\n\nhost:a\nx-note:it's'\n\nhost;x-note\ne3b0'\n\nThe String-to-Sign should have been\n'AWS4-HMAC-SHA256\n20190123T095948Z\nscope\nabc'\n",
    });
    expect(readRejection(403, body)).toMatchObject({ canonicalRequest: "GET\n/\n\nhost:a\nx-note:it's'\n\nhost;x-note\ne3b0", stringToSign: 'AWS4-HMAC-SHA256\n20190123T095948Z\nscope\nabc' });
  });

  const cases: Array<[string, string, object]> = [
    ['Missing Authentication Token (aws/chalice#12)', '{"message":"Missing Authentication Token"}', { kind: 'missing-token' }],
    [
      'Signature expired (aws-amplify/aws-sdk-android#253)',
      '{"message":"Signature expired: 20170212T175938Z is now earlier than 20170215T145534Z (20170215T150034Z - 5 min.)"}',
      { kind: 'expired', signedAt: '20170212T175938Z', serverTime: '20170215T150034Z' },
    ],
    [
      'Signature not yet current (serverless/enterprise#11)',
      '{"message":"Signature not yet current: 20200408T205932Z is still later than 20200408T203856Z (20200408T203356Z + 5 min.)"}',
      { kind: 'not-yet-current', signedAt: '20200408T205932Z', serverTime: '20200408T203356Z' },
    ],
    ['invalid security token (kndt84/aws-api-gateway-client#31)', '{"message":"The security token included in the request is invalid."}', { kind: 'token-invalid' }],
    ['expired security token', '{"message":"The security token included in the request is expired"}', { kind: 'token-expired' }],
    ['wrong region (joona/aws-es-curl#15)', '{"message":"Credential should be scoped to a valid region, not \'us-east-1\'. "}', { kind: 'wrong-region', region: 'us-east-1' }],
    ['wrong service (aws-sdk-js-v3#1831)', '{"message":"Credential should be scoped to correct service: \'execute-api\'. "}', { kind: 'wrong-service', service: 'execute-api' }],
    ["HTTP API's bare Forbidden (FantasticFiasco#1198)", '{"message":"Forbidden"}', { kind: 'http-api-forbidden' }],
    [
      'IAM denies the call',
      '{"Message":"User: arn:aws:iam::123456789012:user/bob is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:123456789012:abc/prod/GET/items"}',
      { kind: 'not-authorized', message: 'User: arn:aws:iam::123456789012:user/bob is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:123456789012:abc/prod/GET/items' },
    ],
    [
      'incomplete signature (aws/chalice#828), without echoing the Authorization value',
      '{"message":"Authorization header requires \'Credential\' parameter. Authorization header requires \'Signature\' parameter. Authorization=Bearer eyJhbGciOi"}',
      { kind: 'incomplete', message: "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter." },
    ],
  ];
  for (const [name, body, expected] of cases) it(name, () => expect(readRejection(403, body)).toEqual(expected));

  it('ignores what is not a SigV4 rejection', () => {
    expect(readRejection(200, '{"message":"Missing Authentication Token"}')).toBeUndefined();
    expect(readRejection(404, '{"message":"Not Found"}')).toBeUndefined();
    expect(readRejection(403, '{"message":"Access denied by the WAF"}')).toBeUndefined();
    expect(readRejection(403, '<html>The request could not be satisfied</html>')).toBeUndefined();
    expect(readRejection(403, '')).toBeUndefined();
  });
});
