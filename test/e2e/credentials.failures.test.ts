import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startContainerCredentials, type ContainerCredentialsStandIn, type ContainerFailure } from '../stack/containerCredentials';
import { STATIC_PRINCIPAL_ARN } from '../stack/credentials';
import { LONG_TERM_CREDENTIALS, startCredentialStack, TEMPORARY_CREDENTIALS, type ApiGatewayStandIn, type CredentialStack } from '../stack';
import { sourceVariables } from '../support/credentialRuns';
import { collectionWith, distScript, runNewmanCli, type Variables } from '../support/newman';

/**
 * A credential source that fails stops the request before it is sent: newman exits non-zero and
 * the `SigV4 signing` message names the variable and quotes AWS's error code (SPEC "Credential
 * sources"). Each case runs the newman CLI, as users do.
 */
const POOL = 'us-east-1:1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d';

let stack: CredentialStack;
/** A container endpoint per failure mode: a mode is the whole stand-in's. */
const failing: Partial<Record<ContainerFailure, ContainerCredentialsStandIn>> = {};
beforeAll(async () => {
  stack = await startCredentialStack();
  for (const mode of ['not-json', 'missing-fields', 'expired', 'server-error'] as ContainerFailure[]) {
    failing[mode] = await startContainerCredentials({ issuer: stack.issuer, token: stack.config.containerToken, failure: mode });
  }
});
afterAll(async () => {
  for (const endpoint of Object.values(failing)) await endpoint?.close();
  await stack?.close();
});

const endpoint = (mode: ContainerFailure): Variables => ({ aws_credentials_url: failing[mode]!.url, aws_credentials_token: stack.config.containerToken });
const password = (): Variables => sourceVariables(stack, 'cognito password');
const KEYS: Variables = { aws_access_key_id: LONG_TERM_CREDENTIALS.accessKeyId, aws_secret_access_key: LONG_TERM_CREDENTIALS.secretAccessKey };

interface Failure {
  name: string;
  environment: () => Variables;
  /** The start of the message after "SigV4: ", or a pattern for it. */
  message: string | RegExp | (() => string);
}

const FAILURES: Failure[] = [
  { name: 'a denied role', environment: () => ({ ...KEYS, aws_role_arn: stack.config.deniedRoleArn, aws_sts_endpoint: stack.sts.url }), message: () => `aws_role_arn: STS AssumeRole failed with AccessDenied: User: ${STATIC_PRINCIPAL_ARN} is not authorized to perform: sts:AssumeRole on resource: ${stack.config.deniedRoleArn}. Check that the role's trust policy` },
  { name: 'a bad STS signature (wrong base secret)', environment: () => ({ ...KEYS, aws_secret_access_key: 'WRONG/K7MDENG/bPxRfiCYEXAMPLEKEYwrongxx', aws_role_arn: stack.config.roleArn, aws_sts_endpoint: stack.sts.url }), message: 'aws_secret_access_key: STS AssumeRole failed with SignatureDoesNotMatch: The request signature we calculated does not match the signature you provided.' },
  {
    name: 'a bad STS signature with a session token: the canonical string STS appends is not quoted',
    environment: () => ({ aws_access_key_id: TEMPORARY_CREDENTIALS.accessKeyId, aws_secret_access_key: 'WRONG/K7MDENG/bPxRfiCYEXAMPLEKEYwrongxx', aws_session_token: TEMPORARY_CREDENTIALS.sessionToken as string, aws_role_arn: stack.config.roleArn, aws_sts_endpoint: stack.sts.url }),
    message: /^aws_secret_access_key: STS AssumeRole failed with SignatureDoesNotMatch: The request signature we calculated does not match the signature you provided\. Check your AWS Secret Access Key and signing method\. Consult the service documentation for details\. The base credentials' secret key is wrong \(or this computer's clock is off\): copy aws_secret_access_key again\.$/,
  },
  { name: 'an access key STS does not know', environment: () => ({ ...KEYS, aws_access_key_id: 'AKIAUNKNOWNKEY000000', aws_role_arn: stack.config.roleArn, aws_sts_endpoint: stack.sts.url }), message: 'aws_access_key_id: STS AssumeRole failed with InvalidClientTokenId: The security token included in the request is invalid.' },
  { name: 'STS that is down', environment: () => ({ ...KEYS, aws_role_arn: stack.config.roleArn, aws_sts_endpoint: 'http://127.0.0.1:9/' }), message: /^aws_role_arn: STS AssumeRole failed: could not reach 127\.0\.0\.1:9 \(ECONNREFUSED\)\. Fix aws_sts_endpoint/ },
  { name: 'a role that needs an external id', environment: () => ({ ...KEYS, aws_role_arn: stack.config.externalIdRoleArn, aws_sts_endpoint: stack.sts.url }), message: 'aws_role_arn: STS AssumeRole failed with AccessDenied: ' },
  { name: 'an STS endpoint naming an undefined variable, on the endpoint (read before any call)', environment: () => ({ aws_credentials_url: stack.container.url, aws_credentials_token: stack.config.containerToken, aws_role_arn: stack.config.roleArn, aws_sts_endpoint: '{{nope}}' }), message: 'aws_sts_endpoint refers to {{nope}}, which is not defined.' },
  { name: 'a wrong endpoint token', environment: () => ({ aws_credentials_url: stack.container.url, aws_credentials_token: 'not-the-token' }), message: /^aws_credentials_token: the credentials endpoint 127\.0\.0\.1:\d+ failed with \w+: .*Set aws_credentials_token to the token the endpoint printed/ },
  { name: 'no endpoint token', environment: () => ({ aws_credentials_url: stack.container.url }), message: /^aws_credentials_token: the credentials endpoint 127\.0\.0\.1:\d+ failed with / },
  { name: 'a malformed answer (not JSON)', environment: () => endpoint('not-json'), message: 'aws_credentials_url: The credentials endpoint answered with a body that is not a JSON object, so no credentials could be read' },
  { name: 'a malformed answer (no Token)', environment: () => endpoint('missing-fields'), message: "aws_credentials_url: The credentials endpoint's answer has no Token" },
  { name: 'expired credentials returned', environment: () => endpoint('expired'), message: /^aws_credentials_url: the credentials endpoint returned credentials that expired at \d{4}-\d\d-\d\dT/ },
  { name: 'an endpoint error', environment: () => endpoint('server-error'), message: /^aws_credentials_url: the credentials endpoint 127\.0\.0\.1:\d+ failed with / },
  { name: 'a wrong password', environment: () => ({ ...password(), aws_cognito_password: 'Wrong-Passw0rd!' }), message: 'aws_cognito_password: Cognito InitiateAuth failed with NotAuthorizedException: Incorrect username or password. Check aws_cognito_username and aws_cognito_password' },
  { name: 'an unknown user', environment: () => ({ ...password(), aws_cognito_username: 'nobody' }), message: 'aws_cognito_username: Cognito InitiateAuth failed with UserNotFoundException' },
  { name: 'a client secret not given', environment: () => ({ ...password(), aws_cognito_client_id: stack.config.secretClientId }), message: () => `aws_cognito_password: Cognito InitiateAuth failed with NotAuthorizedException: Client ${stack.config.secretClientId} is configured for secret but secret was not received. Check aws_cognito_username and aws_cognito_password; if the app client has a secret, set aws_cognito_client_secret.` },
  { name: 'a new-password challenge', environment: () => ({ ...password(), aws_cognito_username: stack.config.challengeUsername, aws_cognito_password: stack.config.challengePassword }), message: 'aws_cognito_username: Cognito answered the sign-in with the NEW_PASSWORD_REQUIRED challenge, which a script cannot answer.' },
  { name: 'an unknown identity pool', environment: () => ({ ...password(), aws_cognito_identity_pool_id: POOL }), message: `aws_cognito_identity_pool_id: Cognito GetId failed with ResourceNotFoundException: IdentityPool '${POOL}' not found.` },
  { name: 'a forged ID token', environment: () => ({ ...sourceVariables(stack, 'cognito id token', 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln') }), message: 'aws_cognito_id_token: Cognito GetId failed with NotAuthorizedException' },
  { name: 'guest access not allowed', environment: () => ({ aws_cognito_identity_pool_id: stack.config.identityPoolId, aws_cognito_identity_endpoint: stack.identityPool.url }), message: 'aws_cognito_identity_pool_id: Cognito GetId failed with NotAuthorizedException: Unauthenticated access is not supported for this identity pool. Turn on guest' },
  { name: 'a role ARN that is not one', environment: () => ({ ...KEYS, aws_role_arn: 'ApiCaller' }), message: 'aws_role_arn "ApiCaller" is not a role ARN.' },
  { name: 'an external id STS would refuse', environment: () => ({ ...KEYS, aws_role_arn: stack.config.roleArn, aws_role_external_id: 'x' }), message: 'aws_role_external_id is not an external id STS accepts: use 2 to 1224 letters' },
  { name: 'a stray Cognito client id without a user pool', environment: () => ({ aws_cognito_identity_pool_id: stack.config.unauthIdentityPoolId, aws_cognito_client_id: 'client' }), message: 'aws_cognito_client_id is set, but aws_cognito_user_pool_id is not.' },
  { name: 'a duration STS refuses', environment: () => ({ ...KEYS, aws_role_arn: stack.config.roleArn, aws_role_duration_seconds: '60' }), message: 'aws_role_duration_seconds "60" is not a number of seconds from 900 to 43200' },
  { name: 'two sources at once', environment: () => ({ ...KEYS, aws_credentials_url: 'http://127.0.0.1:9/credentials' }), message: 'aws_access_key_id and aws_credentials_url are both set, but a request takes its credentials from one source.' },
  { name: 'a non-loopback http endpoint', environment: () => ({ aws_credentials_url: 'http://credentials.example.com/creds', aws_credentials_token: 't' }), message: 'aws_credentials_url uses http to credentials.example.com, which is not a loopback address' },
  { name: 'an endpoint that is down', environment: () => ({ aws_credentials_url: 'http://127.0.0.1:9/credentials', aws_credentials_token: 't' }), message: /^aws_credentials_url: the credentials endpoint 127\.0\.0\.1:9 failed: could not reach 127\.0\.0\.1:9 \(ECONNREFUSED\)\. Start it/ },
  { name: 'a missing username', environment: () => ({ aws_cognito_identity_pool_id: POOL, aws_cognito_user_pool_id: 'us-east-1_AbC123', aws_cognito_client_id: 'client', aws_cognito_password: 'pw' }), message: 'aws_cognito_username is not set to sign in to aws_cognito_user_pool_id; or set aws_cognito_id_token instead.' },
  { name: 'an identity pool id that is not one', environment: () => ({ aws_cognito_identity_pool_id: 'my-pool' }), message: 'aws_cognito_identity_pool_id "my-pool" is not an identity pool id.' },
  { name: 'a role on a Cognito identity', environment: () => ({ aws_cognito_identity_pool_id: POOL, aws_role_arn: stack.config.roleArn }), message: 'aws_role_arn is set together with aws_cognito_identity_pool_id' },
  { name: 'a Vault value in newman', environment: () => ({ ...KEYS, aws_secret_access_key: '{{vault:aws-secret}}' }), message: 'aws_secret_access_key is {{vault:aws-secret}}, but this runner cannot read Postman Vault (newman has no Vault). Pass the value instead: --env-var "aws_secret_access_key=..."' },
  { name: 'a Vault reference mixed with text', environment: () => ({ ...KEYS, aws_secret_access_key: 'abc{{vault:aws-secret}}' }), message: 'aws_secret_access_key mixes a {{vault:...}} reference with other text.' },
];

/** Runs one failing case and checks it the way a user and CI would see it. */
async function expectStopped(failure: Failure, gateway: ApiGatewayStandIn): Promise<void> {
  const path = `/prod/${encodeURIComponent(failure.name.replace(/ /g, '-'))}`;
  const item = { name: 'the request', request: { method: 'POST', url: `{{baseUrl}}${path}`, header: [], body: { mode: 'raw', raw: '{}' } } };
  const environment = { aws_region: 'us-east-1', ...failure.environment(), baseUrl: gateway.url };
  const result = await runNewmanCli(collectionWith([item], { prerequest: distScript('sigv4-prerequest.js') }), { environment });

  expect(gateway.requests.filter((received) => received.url.startsWith(path))).toEqual([]);
  expect(result.exitCode).not.toBe(0);
  const failures: any[] = JSON.parse(result.jsonReport).run.failures;
  // Besides the signer's test, newman reports a credentials call that could not connect.
  expect(failures.filter((f) => f.error.test !== 'SigV4 signing').map((f) => f.error.message)).toEqual(failures.length > 1 ? [expect.stringMatching(/ECONNREFUSED/)] : []);
  const signing = failures.filter((f) => f.error.test === 'SigV4 signing');
  expect(signing).toHaveLength(1);
  const message: string = signing[0].error.message;
  expect(message.startsWith('SigV4: ')).toBe(true);
  const expected = typeof failure.message === 'function' ? failure.message() : failure.message;
  if (typeof expected === 'string') expect(message.slice('SigV4: '.length)).toContain(expected);
  else expect(message.slice('SigV4: '.length)).toMatch(expected);
}

describe.concurrent('a credential source that fails: not sent, newman exits non-zero, the variable and AWS error named', () => {
  for (const failure of FAILURES) it(failure.name, () => expectStopped(failure, stack.apiGateway));
});
