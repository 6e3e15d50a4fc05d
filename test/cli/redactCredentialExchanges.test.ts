import { EventEmitter } from 'node:events';
// newman's own model (its dependency, 4.4.0 with newman 6.2.2): the objects a `request` event carries.
import { Request, Response } from 'postman-collection';
import { describe, expect, it } from 'vitest';
import { assumeRoleForm, GET_CREDENTIALS_TARGET, GET_ID_TARGET, getCredentialsBody, getIdBody, INITIATE_AUTH_TARGET, initiateAuthBody } from '../../src/credentials';
import { REDACTED, redactCredentialExchanges } from '../../src/cli/redactCredentialExchanges';

/**
 * Every exchange the pre-request script makes for credentials reaches a reporter's listener with
 * its secrets replaced, in both bodies and the credential headers; other exchanges, and the
 * runtime's own objects, are left as they are. Bodies are built with src/credentials, as the
 * script builds them, and answered as the services answer (test/stack).
 */
const ENDPOINT = 'http://127.0.0.1:9911/credentials';
const SECRET_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const SESSION_TOKEN = 'IQoJb3JpZ2luX2VjSESSIONTOKEN+/==';
const PASSWORD = 'Stack-Passw0rd!';
const ID_TOKEN = 'eyJraWQiOiJrIn0.eyJzdWIiOiJ1In0.c2lnbmF0dXJl';

interface Seen {
  request: Request;
  response?: Response;
}

/** Emits one `request` event as newman does and returns what a reporter's listener, added before the redaction, sees. */
function seenByReporter(request: Request, response?: Response): Seen {
  const run = new EventEmitter();
  let seen: Seen | undefined;
  run.on('request', (_error: unknown, event: Seen) => (seen = { request: event.request, response: event.response }));
  redactCredentialExchanges(run, ENDPOINT);
  run.emit('request', null, { request, response, item: {}, cursor: {} });
  return seen!;
}

const post = (url: string, body: string, header: Array<{ key: string; value: string }> = []) => new Request({ url, method: 'POST', header, body: { mode: 'raw', raw: body } });
const answer = (body: string) => new Response({ code: 200, status: 'OK', header: [], body } as any);
const shown = (seen: Seen) => [seen.request.body ? seen.request.body.toString() : '', seen.response ? seen.response.text() : '', JSON.stringify(seen.request.headers.toJSON())].join('\n');

describe('redactCredentialExchanges', () => {
  it("the credentials endpoint: the answer's SecretAccessKey and Token, and the Authorization token", () => {
    const request = new Request({ url: ENDPOINT, method: 'GET', header: [{ key: 'Authorization', value: 'endpoint-token-0000' }] });
    const response = answer(JSON.stringify({ AccessKeyId: 'ASIAEXAMPLE', SecretAccessKey: SECRET_KEY, Token: SESSION_TOKEN, Expiration: '2030-01-01T00:00:00Z' }));
    const seen = seenByReporter(request, response);
    expect(JSON.parse(seen.response!.text()!)).toEqual({ AccessKeyId: 'ASIAEXAMPLE', SecretAccessKey: REDACTED, Token: REDACTED, Expiration: '2030-01-01T00:00:00Z' });
    expect(shown(seen)).not.toContain('endpoint-token-0000');
    // The runtime's own objects, which the sandbox reads, are untouched.
    expect(response.text()).toContain(SECRET_KEY);
    expect(request.headers.get('Authorization')).toBe('endpoint-token-0000');
  });

  it('the credentials endpoint: an answer that is not JSON is redacted whole', () => {
    const seen = seenByReporter(new Request({ url: ENDPOINT, method: 'GET' }), answer(`AccessKeyId=ASIA SecretAccessKey=${SECRET_KEY}`));
    expect(seen.response!.text()).toBe(REDACTED);
  });

  it("STS AssumeRole: the Credentials' SecretAccessKey and SessionToken, and the base credentials' X-Amz-Security-Token; the form and the rest of the XML stay", () => {
    const form = assumeRoleForm({ roleArn: 'arn:aws:iam::123456789012:role/R', roleSessionName: 'postman-sigv4' });
    const xml = `<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult><Credentials><AccessKeyId>ASIAEXAMPLE</AccessKeyId><SecretAccessKey>${SECRET_KEY}</SecretAccessKey><SessionToken>${SESSION_TOKEN}</SessionToken><Expiration>2030-01-01T00:00:00Z</Expiration></Credentials></AssumeRoleResult></AssumeRoleResponse>`;
    const seen = seenByReporter(post('https://sts.us-east-1.amazonaws.com/', form, [{ key: 'X-Amz-Security-Token', value: 'BASE-SESSION-TOKEN' }]), answer(xml));
    expect(shown(seen)).not.toContain(SECRET_KEY);
    expect(shown(seen)).not.toContain(SESSION_TOKEN);
    expect(shown(seen)).not.toContain('BASE-SESSION-TOKEN');
    expect(seen.response!.text()).toContain('<AccessKeyId>ASIAEXAMPLE</AccessKeyId><SecretAccessKey>&lt;redacted by postman-sigv4&gt;</SecretAccessKey>');
    expect(seen.request.body!.toString()).toBe(form);
  });

  it("Cognito InitiateAuth: the PASSWORD and SECRET_HASH sent, the AuthenticationResult's tokens answered", () => {
    const body = initiateAuthBody({ clientId: 'client', username: 'user', password: PASSWORD, clientSecret: 'client-secret' });
    const result = JSON.stringify({ AuthenticationResult: { AccessToken: ID_TOKEN + 'a', ExpiresIn: 3600, IdToken: ID_TOKEN, RefreshToken: 'refresh-token-value', TokenType: 'Bearer' } });
    const seen = seenByReporter(post('https://cognito-idp.us-east-1.amazonaws.com/', body, [{ key: 'X-Amz-Target', value: INITIATE_AUTH_TARGET }]), answer(result));
    for (const secret of [PASSWORD, JSON.parse(body).AuthParameters.SECRET_HASH, ID_TOKEN, 'refresh-token-value']) expect(shown(seen)).not.toContain(secret);
    expect(JSON.parse(seen.request.body!.toString()).AuthParameters).toEqual({ USERNAME: 'user', PASSWORD: REDACTED, SECRET_HASH: REDACTED });
    expect(JSON.parse(seen.response!.text()!).AuthenticationResult.ExpiresIn).toBe(3600);
  });

  it("Cognito GetId and GetCredentialsForIdentity: the Logins' ID token sent, the Credentials' SecretKey and SessionToken answered", () => {
    const logins = { 'cognito-idp.us-east-1.amazonaws.com/us-east-1_Pool': ID_TOKEN };
    const getId = seenByReporter(post('https://cognito-identity.us-east-1.amazonaws.com/', getIdBody('us-east-1:pool', logins), [{ key: 'X-Amz-Target', value: GET_ID_TARGET }]), answer('{"IdentityId":"us-east-1:id"}'));
    expect(shown(getId)).not.toContain(ID_TOKEN);
    expect(getId.response!.text()).toBe('{"IdentityId":"us-east-1:id"}');
    const credentials = JSON.stringify({ IdentityId: 'us-east-1:id', Credentials: { AccessKeyId: 'ASIAEXAMPLE', SecretKey: SECRET_KEY, SessionToken: SESSION_TOKEN, Expiration: 1893456000 } });
    const getCredentials = seenByReporter(post('https://cognito-identity.us-east-1.amazonaws.com/', getCredentialsBody('us-east-1:id', logins), [{ key: 'X-Amz-Target', value: GET_CREDENTIALS_TARGET }]), answer(credentials));
    for (const secret of [ID_TOKEN, SECRET_KEY, SESSION_TOKEN]) expect(shown(getCredentials)).not.toContain(secret);
    expect(JSON.parse(getCredentials.response!.text()!).Credentials.AccessKeyId).toBe('ASIAEXAMPLE');
  });

  it('recognises a credential answer by its shape alone, whatever the URL and headers (a VPC endpoint, a proxy)', () => {
    const seen = seenByReporter(post('https://vpce-0123.sts.us-east-1.vpce.amazonaws.com/', 'Action=AssumeRole'), answer(`<AssumeRoleResponse><AssumeRoleResult><Credentials><SecretAccessKey>${SECRET_KEY}</SecretAccessKey><SessionToken>${SESSION_TOKEN}</SessionToken></Credentials></AssumeRoleResult></AssumeRoleResponse>`));
    expect(shown(seen)).not.toContain(SECRET_KEY);
    expect(shown(seen)).not.toContain(SESSION_TOKEN);
  });

  it("leaves the collection's own exchanges as they are, its Authorization and X-Amz-Security-Token included (newman's report keeps what it sent)", () => {
    const request = new Request({ url: 'https://d111.cloudfront.net/pets', method: 'POST', header: [{ key: 'X-Amz-Security-Token', value: SESSION_TOKEN }], body: { mode: 'raw', raw: '{"Token":"an app\'s own field"}' } });
    const response = answer('{"Token":"an app\'s own field"}');
    const seen = seenByReporter(request, response);
    expect(seen.request).toBe(request);
    expect(seen.response).toBe(response);
  });
});
