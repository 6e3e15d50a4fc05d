import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCredentialIssuer, type CredentialIssuer } from '../stack/credentialIssuer';
import { STATIC_PRINCIPAL_ARN } from '../stack/credentials';
import { startSts, type StsStandIn } from '../stack/sts';
import { LONG_TERM_CREDENTIALS, startApiGateway, type ApiGatewayStandIn } from '../stack';
import { collectionWith, distScript, runNewmanCli, type Variables } from '../support/newman';

/**
 * A credential source that fails stops the request before it is sent: newman exits non-zero and
 * the `SigV4 signing` message names the variable and quotes AWS's error code (SPEC "Credential
 * sources"). Each case runs the newman CLI, as users do.
 */
const ROLE = 'arn:aws:iam::123456789012:role/ApiCaller';
const FORBIDDEN_ROLE = 'arn:aws:iam::123456789012:role/NotForYou';
const POOL = 'us-east-1:1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d';

let issuer: CredentialIssuer;
let apiGateway: ApiGatewayStandIn;
let sts: StsStandIn;
beforeAll(async () => {
  issuer = createCredentialIssuer();
  apiGateway = await startApiGateway({ issuer });
  sts = await startSts({ issuer, roles: [{ arn: ROLE, allowedPrincipals: [STATIC_PRINCIPAL_ARN] }, { arn: FORBIDDEN_ROLE, allowedPrincipals: [] }] });
});
afterAll(async () => {
  await sts?.close();
  await apiGateway?.close();
});

const KEYS: Variables = { aws_access_key_id: LONG_TERM_CREDENTIALS.accessKeyId, aws_secret_access_key: LONG_TERM_CREDENTIALS.secretAccessKey };

interface Failure {
  name: string;
  environment: () => Variables;
  /** The start of the message after "SigV4: ", or a pattern for it. */
  message: string | RegExp;
}

const ROLE_AND_SETUP_FAILURES: Failure[] = [
  { name: 'a denied role', environment: () => ({ ...KEYS, aws_role_arn: FORBIDDEN_ROLE, aws_sts_endpoint: sts.url }), message: `aws_role_arn: STS AssumeRole failed with AccessDenied: User: ${STATIC_PRINCIPAL_ARN} is not authorized to perform: sts:AssumeRole on resource: ${FORBIDDEN_ROLE}. Check that the role's trust policy` },
  { name: 'a bad STS signature (wrong base secret)', environment: () => ({ ...KEYS, aws_secret_access_key: 'WRONG/K7MDENG/bPxRfiCYEXAMPLEKEYwrongxx', aws_role_arn: ROLE, aws_sts_endpoint: sts.url }), message: 'aws_secret_access_key: STS AssumeRole failed with SignatureDoesNotMatch: The request signature we calculated does not match the signature you provided.' },
  { name: 'an access key STS does not know', environment: () => ({ ...KEYS, aws_access_key_id: 'AKIAUNKNOWNKEY000000', aws_role_arn: ROLE, aws_sts_endpoint: sts.url }), message: 'aws_access_key_id: STS AssumeRole failed with InvalidClientTokenId: The security token included in the request is invalid.' },
  { name: 'STS that is down', environment: () => ({ ...KEYS, aws_role_arn: ROLE, aws_sts_endpoint: 'http://127.0.0.1:9/' }), message: /^aws_role_arn: STS AssumeRole failed: could not reach 127\.0\.0\.1:9 \(ECONNREFUSED\)\. Fix aws_sts_endpoint/ },
  { name: 'a role ARN that is not one', environment: () => ({ ...KEYS, aws_role_arn: 'ApiCaller' }), message: 'aws_role_arn "ApiCaller" is not a role ARN.' },
  { name: 'a duration STS refuses', environment: () => ({ ...KEYS, aws_role_arn: ROLE, aws_role_duration_seconds: '60' }), message: 'aws_role_duration_seconds "60" is not a number of seconds from 900 to 43200' },
  { name: 'two sources at once', environment: () => ({ ...KEYS, aws_credentials_url: 'http://127.0.0.1:9/credentials' }), message: 'aws_access_key_id and aws_credentials_url are both set, but a request takes its credentials from one source.' },
  { name: 'a non-loopback http endpoint', environment: () => ({ aws_credentials_url: 'http://credentials.example.com/creds', aws_credentials_token: 't' }), message: 'aws_credentials_url uses http to credentials.example.com, which is not a loopback address' },
  { name: 'an endpoint that is down', environment: () => ({ aws_credentials_url: 'http://127.0.0.1:9/credentials', aws_credentials_token: 't' }), message: /^aws_credentials_url: the credentials endpoint 127\.0\.0\.1:9 failed: could not reach 127\.0\.0\.1:9 \(ECONNREFUSED\)\. Start it/ },
  { name: 'a missing username', environment: () => ({ aws_cognito_identity_pool_id: POOL, aws_cognito_user_pool_id: 'us-east-1_AbC123', aws_cognito_client_id: 'client', aws_cognito_password: 'pw' }), message: 'aws_cognito_username is not set to sign in to aws_cognito_user_pool_id; or set aws_cognito_id_token instead.' },
  { name: 'an identity pool id that is not one', environment: () => ({ aws_cognito_identity_pool_id: 'my-pool' }), message: 'aws_cognito_identity_pool_id "my-pool" is not an identity pool id.' },
  { name: 'a role on a Cognito identity', environment: () => ({ aws_cognito_identity_pool_id: POOL, aws_role_arn: ROLE }), message: 'aws_role_arn is set together with aws_cognito_identity_pool_id' },
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
  if (typeof failure.message === 'string') expect(message.slice('SigV4: '.length)).toContain(failure.message);
  else expect(message.slice('SigV4: '.length)).toMatch(failure.message);
}

describe.concurrent('a credential source that fails: not sent, newman exits non-zero, the variable and AWS error named', () => {
  for (const failure of ROLE_AND_SETUP_FAILURES) it(failure.name, () => expectStopped(failure, apiGateway));
});
