import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCredentialStack, TEMPORARY_CREDENTIALS, type CredentialStack } from '../stack';
import { sourceVariables } from '../support/credentialRuns';
import { appScripts, runForEach, sendAsSigned, type AppScript } from '../support/appScripts';
import { collectionWith, distScript, runNewman } from '../support/newman';
import { openSandbox, overHttp, type SandboxRun, type ScriptResult, type ScriptRun } from '../support/sandbox6';

/**
 * Credential variables holding exactly {{vault:NAME}}, read with pm.vault.get in the app's engine
 * (postman-sandbox 6.7.4), with the pasted script and with the package. The harness answers the
 * Vault events as postman-runtime 7.56.1 does: the value, or 'Vault access denied'.
 */

let stack: CredentialStack;
let VAULT: Record<string, string>;
const VAULT_KEYS = {
  aws_access_key_id: '{{vault:aws-access-key-id}}',
  aws_secret_access_key: '{{vault:aws-secret-access-key}}',
  aws_session_token: '{{vault:aws-session-token}}',
  aws_region: 'us-east-1',
};
const DENIED_MESSAGE = 'Vault access denied';

beforeAll(async () => {
  // The Cognito stand-ins (user pool, identity pool) answer the script's pm.sendRequest calls over HTTP.
  stack = await startCredentialStack();
  VAULT = {
    'aws-access-key-id': TEMPORARY_CREDENTIALS.accessKeyId,
    'aws-secret-access-key': TEMPORARY_CREDENTIALS.secretAccessKey,
    'aws-session-token': TEMPORARY_CREDENTIALS.sessionToken as string,
    'cognito-password': stack.config.password,
  };
});
afterAll(async () => {
  await stack?.close();
});

const cognito = () => ({ ...sourceVariables(stack, 'cognito password'), aws_cognito_password: '{{vault:cognito-password}}', aws_region: 'us-east-1' });

/** Vault values and the Cognito credentials bought with one, found in what the scripts showed. */
const leakedSecrets = (results: ScriptResult[]) => {
  const output = JSON.stringify(results.map((result) => [result.console, result.tests, result.errors, result.localVariables]));
  const secrets = [...Object.values(VAULT), ...stack.issuer.issued.flatMap((credential) => [credential.secretAccessKey, credential.sessionToken])];
  return secrets.filter((value) => output.indexOf(value) >= 0);
};

for (const script of appScripts('prerequest')) {
  describe(`postman-sandbox 6.7.4, ${script.name}: {{vault:...}} credential variables`, () => {
    let sandbox: SandboxRun;
    beforeAll(async () => {
      sandbox = await openSandbox();
    });
    afterAll(() => sandbox?.dispose());
    const results: ScriptResult[] = [];
    const run = async (options: Omit<ScriptRun, 'script' | 'packages'>) => {
      const result = await sandbox.run({ ...options, script: (script as AppScript).script, packages: script.packages });
      results.push(result);
      return result;
    };
    const item = (name: string) => ({ name, request: { method: 'POST', url: `${stack.apiGateway.url}/vault/${name}`, body: { mode: 'raw', raw: '{"from":"vault"}' } } });

    it('keys and session token held in Vault sign a request API Gateway accepts', async () => {
      const signed = await runForEach(sandbox, script, [item('keys')], { vault: VAULT, variables: { environment: { ...VAULT_KEYS, sigv4_debug: 'true' } } });
      results.push(signed[0].result);
      expect(signed[0].result.tests).toEqual([]);
      expect(signed[0].result.vaultReads.sort()).toEqual(['aws-access-key-id', 'aws-secret-access-key', 'aws-session-token']);
      const sent = await sendAsSigned(signed, {});
      expect(sent.codes).toEqual([200]);
      expect(JSON.parse((sent.summary.run.executions[0].response as any).stream.toString()).signedHeaders).toEqual(['host', 'x-amz-date', 'x-amz-security-token']);
    });

    it('the Cognito password held in Vault signs in, and its credentials sign a request API Gateway accepts', async () => {
      const before = [stack.userPool.calls.InitiateAuth || 0, stack.identityPool.calls.GetId || 0, stack.identityPool.calls.GetCredentialsForIdentity || 0];
      const signed = await runForEach(sandbox, script, [item('cognito')], { vault: VAULT, sendRequest: overHttp, variables: { environment: { ...cognito(), sigv4_debug: 'true' } } });
      results.push(signed[0].result);
      expect(signed[0].result.tests).toEqual([]);
      expect(signed[0].result.vaultReads).toEqual(['cognito-password']);
      expect([stack.userPool.calls.InitiateAuth, stack.identityPool.calls.GetId, stack.identityPool.calls.GetCredentialsForIdentity]).toEqual(before.map((count) => count + 1));
      expect(signed[0].result.console.some((line) => line.indexOf('SigV4: credentials from ') === 0)).toBe(true);
      const sent = await sendAsSigned(signed, {});
      expect(sent.codes).toEqual([200]);
      expect(JSON.parse((sent.summary.run.executions[0].response as any).stream.toString()).accessKeyId).toBe(stack.issuer.issued[stack.issuer.issued.length - 1].accessKeyId);
    });

    it('a failure after a Vault read still stops the request with its message (not an unhandled rejection)', async () => {
      const result = await run({ request: item('vault-then-bad-endpoint').request, vault: VAULT, variables: { environment: { ...VAULT_KEYS, aws_role_arn: stack.config.roleArn, aws_sts_endpoint: 'http://sts.example.com/' } } });
      expect(result.skipped).toBe(true);
      expect(result.tests).toHaveLength(1);
      expect(result.tests[0]).toMatchObject({ name: 'SigV4 signing', passed: false });
      expect(result.tests[0].error).toContain('aws_sts_endpoint uses http to sts.example.com, which is not a loopback address');
    });

    it('denied Vault stops the request, quoting the runtime and saying how to allow scripts', async () => {
      const result = await run({ request: item('denied').request, vault: 'denied', variables: { environment: { ...VAULT_KEYS, sigv4_debug: 'true' } } });
      expect(result.skipped).toBe(true);
      expect(result.tests).toHaveLength(1);
      expect(result.tests[0]).toMatchObject({ name: 'SigV4 signing', passed: false });
      expect(result.tests[0].error).toContain(`reading it from Postman Vault failed: ${DENIED_MESSAGE}.`);
      expect(result.tests[0].error).toContain('"Enable support in scripts"');
      expect(result.tests[0].error).toContain('allow this collection');
      expect(result.tests[0].error).toContain('--env-var "aws_access_key_id=..."');
    });

    it('no pm.vault (the newman case) stops the request, saying how to pass the value instead', async () => {
      const result = await run({ request: item('missing').request, variables: { environment: { ...VAULT_KEYS, sigv4_debug: 'true' } } });
      expect(result.skipped).toBe(true);
      expect(result.vaultReads).toEqual([]);
      expect(result.tests.map((test) => test.name)).toEqual(['SigV4 signing']);
      expect(result.tests[0].error).toContain('this runner cannot read Postman Vault');
      expect(result.tests[0].error).toContain('--env-var');
    });

    it('a value mixing {{vault:...}} with other text is refused before Vault is asked', async () => {
      const result = await run({ request: item('mixed').request, vault: VAULT, variables: { environment: { ...VAULT_KEYS, aws_secret_access_key: 'prefix-{{vault:aws-secret-access-key}}', sigv4_debug: 'true' } } });
      expect(result.skipped).toBe(true);
      expect(result.vaultReads).toEqual([]);
      expect(result.tests[0].error).toContain('aws_secret_access_key mixes a {{vault:...}} reference with other text');
    });

    it('a Vault name with no secret stops the request naming it', async () => {
      const result = await run({ request: item('absent').request, vault: { ...VAULT, 'aws-session-token': '' }, variables: { environment: VAULT_KEYS } });
      expect(result.skipped).toBe(true);
      expect(result.tests[0].error).toContain('has no secret named aws-session-token');
    });

    it('no Vault value (nor the ID token or credentials it bought) appears in any console line, test message or local variable, debug on', () => {
      expect(results.length).toBeGreaterThanOrEqual(6);
      expect(results.some((result) => result.console.length > 0)).toBe(true);
      expect(leakedSecrets(results)).toEqual([]);
    });
  });
}

describe('real newman 6.2 (postman-sandbox 4.7.1, no pm.vault)', () => {
  it('does not send a request whose keys are {{vault:...}}, and says how to pass them', async () => {
    const before = stack.apiGateway.requests.length;
    const collection = collectionWith([{ name: 'vault keys', request: { method: 'GET', url: `${stack.apiGateway.url}/vault/newman` } }], { prerequest: distScript('sigv4-prerequest.js') });
    const result = await runNewman({ collection, environment: VAULT_KEYS });
    expect(result.codes).toEqual([]);
    expect(stack.apiGateway.requests.length).toBe(before);
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]).toMatch(/^SigV4 signing: SigV4: aws_\w+ is \{\{vault:[\w-]+\}\}, but this runner cannot read Postman Vault/);
    expect(result.failures[0]).toContain('--env-var');
  });
});
