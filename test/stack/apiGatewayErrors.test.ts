import { describe, expect, it } from 'vitest';
import { EXPIRED_CREDENTIALS, LONG_TERM_CREDENTIALS, TEMPORARY_CREDENTIALS } from './credentials';
import { useApiGateway } from './gatewayFixture';
import { sendRaw, signRequest } from './testClient';

const MISSING_TOKEN = '{"message":"Missing Authentication Token"}';
const INVALID_TOKEN = '{"message":"The security token included in the request is invalid."}';

describe('API Gateway stand-in error answers (REST API, stage prod)', () => {
  const { gw, host, signedSend } = useApiGateway({ stage: 'prod' });

  it('answers a request without authentication with Missing Authentication Token', async () => {
    const response = await sendRaw(gw().port, { method: 'GET', target: '/prod/pets', headers: [['Host', host()]] });
    expect(response.status).toBe(403);
    expect(response.headers['x-amzn-errortype']).toBe('MissingAuthenticationTokenException');
    expect(response.body).toBe(MISSING_TOKEN);
  });

  it('answers a signed request to another stage or an unknown route with Missing Authentication Token', async () => {
    for (const path of ['/dev/pets', '/', '/production/pets']) {
      const { response } = await signedSend({ method: 'GET', path, credentials: LONG_TERM_CREDENTIALS });
      expect(response.status).toBe(403);
      expect(response.headers['x-amzn-errortype']).toBe('MissingAuthenticationTokenException');
      expect(response.body).toBe(MISSING_TOKEN);
    }
  });

  it('answers a non-SigV4 Authorization header with IncompleteSignatureException', async () => {
    const response = await sendRaw(gw().port, {
      method: 'GET',
      target: '/prod/pets',
      headers: [['Host', host()], ['Authorization', 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.x']],
    });
    expect(response.status).toBe(403);
    expect(response.headers['x-amzn-errortype']).toBe('IncompleteSignatureException');
    expect(response.body).toBe(
      JSON.stringify({
        message:
          "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. " +
          "Authorization header requires 'SignedHeaders' parameter. Authorization header requires existence of either " +
          "a 'X-Amz-Date' or a 'Date' header. Authorization=Bearer eyJhbGciOiJIUzI1NiJ9.e30.x",
      }),
    );
  });

  it('lists only the missing parts of an incomplete SigV4 Authorization header', async () => {
    const authorization =
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260115/us-east-1/execute-api/aws4_request, Signature=abc';
    const response = await sendRaw(gw().port, {
      method: 'GET',
      target: '/prod/pets',
      headers: [['Host', host()], ['X-Amz-Date', '20260115T120000Z'], ['Authorization', authorization]],
    });
    expect(response.status).toBe(403);
    expect(response.headers['x-amzn-errortype']).toBe('IncompleteSignatureException');
    expect(response.body).toBe(
      JSON.stringify({
        message: `Authorization header requires 'SignedHeaders' parameter. Authorization=${authorization}`,
      }),
    );
  });

  it('answers a stray space in the Credential with the key=value IncompleteSignatureException', async () => {
    const authorization =
      'AWS4-HMAC-SHA256 Credential= AKIAIOSFODNN7EXAMPLE/20260115/us-east-1/execute-api/aws4_request, ' +
      'SignedHeaders=host;x-amz-date, Signature=abc';
    const response = await sendRaw(gw().port, {
      method: 'GET',
      target: '/prod/pets',
      headers: [['Host', host()], ['X-Amz-Date', '20260115T120000Z'], ['Authorization', authorization]],
    });
    expect(response.status).toBe(403);
    expect(response.headers['x-amzn-errortype']).toBe('IncompleteSignatureException');
    expect(response.body).toBe(
      JSON.stringify({
        message:
          "'AKIAIOSFODNN7EXAMPLE/20260115/us-east-1/execute-api/aws4_request' not a valid key=value pair " +
          `(missing equal-sign) in Authorization header: '${authorization}'.`,
      }),
    );
  });

  it('rejects a credential scoped to another region or service', async () => {
    const region = await signedSend({ method: 'GET', path: '/prod/pets', region: 'eu-west-1', credentials: LONG_TERM_CREDENTIALS });
    expect(region.response.status).toBe(403);
    expect(region.response.headers['x-amzn-errortype']).toBe('InvalidSignatureException');
    expect(region.response.body).toBe('{"message":"Credential should be scoped to a valid region, not \'eu-west-1\'. "}');

    const service = await signedSend({ method: 'GET', path: '/prod/pets', service: 'apigateway', credentials: LONG_TERM_CREDENTIALS });
    expect(service.response.status).toBe(403);
    expect(service.response.headers['x-amzn-errortype']).toBe('InvalidSignatureException');
    expect(service.response.body).toBe('{"message":"Credential should be scoped to correct service: \'execute-api\'. "}');
  });

  it('rejects an unknown access key, a missing token and a wrong token as an invalid security token', async () => {
    const attempts = [
      { accessKeyId: 'AKIAUNKNOWNEXAMPLE00', secretAccessKey: LONG_TERM_CREDENTIALS.secretAccessKey },
      { accessKeyId: TEMPORARY_CREDENTIALS.accessKeyId, secretAccessKey: TEMPORARY_CREDENTIALS.secretAccessKey },
      { ...TEMPORARY_CREDENTIALS, sessionToken: 'IQoJb3JpZ2luX2VjWRONGTOKEN==' },
      { ...LONG_TERM_CREDENTIALS, sessionToken: 'IQoJb3JpZ2luX2VjUNEXPECTED==' },
    ];
    for (const credentials of attempts) {
      const { response } = await signedSend({ method: 'GET', path: '/prod/pets', credentials });
      expect(response.status).toBe(403);
      expect(response.headers['x-amzn-errortype']).toBe('UnrecognizedClientException');
      expect(response.body).toBe(INVALID_TOKEN);
    }
  });

  it('rejects an expired session token', async () => {
    const { response } = await signedSend({ method: 'GET', path: '/prod/pets', credentials: EXPIRED_CREDENTIALS });
    expect(response.status).toBe(403);
    expect(response.headers['x-amzn-errortype']).toBe('ExpiredTokenException');
    expect(response.body).toBe('{"message":"The security token included in the request is expired"}');
  });

  it('requires host to be signed', async () => {
    const signed = await signRequest({
      method: 'GET',
      host: host(),
      path: '/prod/pets',
      credentials: LONG_TERM_CREDENTIALS,
      unsignableHeaders: new Set(['host']),
    });
    const response = await sendRaw(gw().port, { method: 'GET', target: '/prod/pets', headers: signed.headers });
    expect(response.status).toBe(403);
    expect(response.headers['x-amzn-errortype']).toBe('InvalidSignatureException');
    expect(response.body).toBe('{"message":"\'Host\' must be a \'SignedHeader\' in the AWS Authorization."}');
  });

});
