import { fromCognitoIdentityPool, fromHttp, fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CredentialStack, startCredentialStack } from './index';
import { LONG_TERM_CREDENTIALS } from './credentials';
import { callAwsJson, Pair, sendRaw, signRequest } from './testClient';

let stack: CredentialStack;
beforeAll(async () => {
  stack = await startCredentialStack({ stsLifetimeSeconds: 900 });
});
afterAll(() => stack?.close());

type Credentials = { accessKeyId: string; secretAccessKey: string; sessionToken?: string };

/** Signs for the API Gateway host and sends through the CloudFront stand-in. */
async function viaCloudFront(credentials: Credentials) {
  const signed = await signRequest({ method: 'GET', host: stack.apiGateway.domain, path: '/items', credentials });
  const headers: Pair[] = [['Host', `127.0.0.1:${stack.cloudFront.port}`], ...signed.headers.filter(([name]) => name !== 'host')];
  return sendRaw(stack.cloudFront.port, { method: 'GET', target: '/items', headers });
}

const sdkClient = (endpoint: string) => ({ endpoint, region: stack.config.region });

describe('startCredentialStack: every source signs a request through CloudFront', () => {
  it('container endpoint credentials, then AssumeRole on top of them', async () => {
    const base = await fromHttp({ awsContainerCredentialsFullUri: stack.container.url, awsContainerAuthorizationToken: stack.config.containerToken })();
    expect((await viaCloudFront(base)).status).toBe(200);

    const role = await fromTemporaryCredentials({
      params: { RoleArn: stack.config.roleArn, RoleSessionName: 'stack-test' },
      masterCredentials: base,
      clientConfig: sdkClient(stack.sts.url),
    })();
    expect((await viaCloudFront(role)).status).toBe(200);
    expect(role.expiration!.getTime() - Date.now()).toBeLessThanOrEqual(900_000);
    expect(stack.apiGateway.acceptedByAccessKeyId[base.accessKeyId]).toBe(1);
    expect(stack.apiGateway.acceptedByAccessKeyId[role.accessKeyId]).toBe(1);
    expect(stack.container.calls.GetCredentials).toBe(1);
    expect(stack.sts.calls.AssumeRole).toBe(1);
  });

  it('static keys may assume roleArn, not deniedRoleArn', async () => {
    const assume = (RoleArn: string) =>
      fromTemporaryCredentials({
        params: { RoleArn, RoleSessionName: 'stack-test' },
        // A copy: the SDK marks the object it is given, and the shared one is frozen.
        masterCredentials: { ...LONG_TERM_CREDENTIALS },
        clientConfig: sdkClient(stack.sts.url),
      })();
    expect((await viaCloudFront(await assume(stack.config.roleArn))).status).toBe(200);
    await expect(assume(stack.config.deniedRoleArn)).rejects.toMatchObject({ name: 'AccessDenied' });
  });

  it('user pool sign-in, then identity pool credentials', async () => {
    const { config } = stack;
    const signIn = await callAwsJson(stack.userPool.port, 'AWSCognitoIdentityProviderService.InitiateAuth', {
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: config.clientId,
      AuthParameters: { USERNAME: config.username, PASSWORD: config.password },
    });
    const credentials = await fromCognitoIdentityPool({
      identityPoolId: config.identityPoolId,
      logins: { [stack.userPool.providerName]: signIn.json.AuthenticationResult.IdToken },
      clientConfig: sdkClient(stack.identityPool.url),
    })();
    expect((await viaCloudFront(credentials)).status).toBe(200);
    expect(stack.userPool.providerName).toBe(`cognito-idp.us-east-1.amazonaws.com/${config.userPoolId}`);
  });

  it('unauthenticated identities from the second identity pool only', async () => {
    const unauth = (identityPoolId: string) =>
      fromCognitoIdentityPool({ identityPoolId, clientConfig: sdkClient(stack.identityPool.url) })();
    expect((await viaCloudFront(await unauth(stack.config.unauthIdentityPoolId))).status).toBe(200);
    await expect(unauth(stack.config.identityPoolId)).rejects.toMatchObject({ name: 'NotAuthorizedException' });
  });

  it('the challenge user gets NEW_PASSWORD_REQUIRED; the secret client needs SECRET_HASH', async () => {
    const { config } = stack;
    const auth = (ClientId: string, USERNAME: string, PASSWORD: string) =>
      callAwsJson(stack.userPool.port, 'AWSCognitoIdentityProviderService.InitiateAuth', {
        AuthFlow: 'USER_PASSWORD_AUTH',
        ClientId,
        AuthParameters: { USERNAME, PASSWORD },
      });
    expect((await auth(config.clientId, config.challengeUsername, config.challengePassword)).json.ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
    expect((await auth(config.secretClientId, config.username, config.password)).json.__type).toBe('NotAuthorizedException');
  });
});

describe('startCredentialStack close()', () => {
  it('stops every server', async () => {
    const other = await startCredentialStack();
    const ports = [other.sts, other.userPool, other.identityPool, other.container, other.apiGateway, other.cloudFront].map((s) => s.port);
    await other.close();
    for (const port of ports) {
      await expect(sendRaw(port, { method: 'GET', target: '/', headers: [['Host', 'x']] })).rejects.toThrow(/ECONNREFUSED/);
    }
  });
});
