import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEMPORARY_CREDENTIALS, type Stack } from '../stack';
import { COLLECTION_FILE, LOCAL_ENVIRONMENT_FILE, localEnvironment, readJson, startDemoStack, type PostmanEnvironment } from '../support/demoScenarios';
import { distScript, runNewmanCli, SCHEMA } from '../support/newman';

/** The example collection and environments in collections/, as users import them. */

const collection = readJson(COLLECTION_FILE);
const local = readJson<PostmanEnvironment>(LOCAL_ENVIRONMENT_FILE);
const template = readJson<PostmanEnvironment>(join(__dirname, '..', '..', 'collections', 'aws.postman_environment.template.json'));

const valueOf = (environment: PostmanEnvironment, key: string) => environment.values.find((value) => value.key === key);
const scriptOf = (listen: string): string[] => collection.event.filter((event: any) => event.listen === listen).flatMap((event: any) => event.script.exec);
const count = (text: string, part: string) => text.split(part).length - 1;

let stack: Stack;
beforeAll(async () => {
  stack = await startDemoStack();
});
afterAll(async () => {
  await stack?.close();
});

describe('collections/cloudfront-apigw.postman_collection.json', () => {
  it('is a described v2.1 collection of five requests under {{baseUrl}}, each with tests', () => {
    expect(collection.info.schema).toBe(SCHEMA);
    expect(collection.info.description).toContain('sigv4_signing_host');
    const requests = collection.item.map((item: any) => `${item.request.method} ${item.request.url.raw} ${item.request.body?.mode || '-'}`);
    expect(requests).toEqual([
      'GET {{baseUrl}}/pets?type=dog&page=2 -',
      'POST {{baseUrl}}/pets raw',
      'PUT {{baseUrl}}/pets/42 urlencoded',
      'POST {{baseUrl}}/graphql graphql',
      'DELETE {{baseUrl}}/pets/42 -',
    ]);
    for (const item of collection.item) {
      const tests = item.event.filter((event: any) => event.listen === 'test').flatMap((event: any) => event.script.exec).join('\n');
      expect(tests).toContain('pm.response.to.have.status(200)');
      expect(tests).toContain('pm.response.json()');
    }
  });

  it('has collection variables with placeholders for a real deployment', () => {
    expect(collection.variable.map((variable: any) => [variable.key, variable.value])).toEqual([
      ['baseUrl', 'https://dxxxxxxxxxxxxx.cloudfront.net'],
      ['sigv4_signing_host', 'abc123defg.execute-api.us-east-1.amazonaws.com'],
      ['sigv4_origin_path', '/prod'],
    ]);
  });

  it('embeds both built scripts at collection level, one marked block each, after the own test script', () => {
    const text = JSON.stringify(collection);
    for (const kind of ['prerequest', 'diagnose']) {
      expect(count(text, `// >>> postman-sigv4 ${kind} `)).toBe(1);
      expect(count(text, `// <<< postman-sigv4 ${kind}`)).toBe(1);
    }
    const prerequest = scriptOf('prerequest').join('\n');
    const test = scriptOf('test');
    // The compact forms (issue 25: newman ships the whole text into its sandbox on every request).
    expect(prerequest).toContain(distScript('sigv4-prerequest.compact.js').replace(/\n$/, ''));
    expect(test.join('\n')).toContain(distScript('sigv4-diagnose.compact.js').replace(/\n$/, ''));
    expect(test[0]).toMatch(/^\/\/ Collection-level tests of your own/);
    expect(test[1]).toMatch(/^\/\/ >>> postman-sigv4 diagnose /);
    const itemScripts = JSON.stringify(collection.item);
    expect(itemScripts).not.toContain('postman-sigv4');
  });

  it('all five requests pass through CloudFront with the local environment (newman CLI)', async () => {
    const result = await runNewmanCli(collection, { environment: { ...localEnvironment(), baseUrl: stack.cloudFront.url } });
    expect(result.exitCode, result.stdout).toBe(0);
    const run = JSON.parse(result.jsonReport).run;
    expect(run.executions.map((execution: any) => execution.response.code)).toEqual([200, 200, 200, 200, 200]);
    expect(run.stats.assertions).toMatchObject({ total: 10, failed: 0 });
    expect(run.failures).toEqual([]);
  });
});

describe('collections/local.postman_environment.json', () => {
  it("holds the stack's temporary credentials, the secret and the token as secrets", () => {
    expect(valueOf(local, 'aws_access_key_id')).toMatchObject({ value: TEMPORARY_CREDENTIALS.accessKeyId, enabled: true });
    expect(valueOf(local, 'aws_secret_access_key')).toMatchObject({ value: TEMPORARY_CREDENTIALS.secretAccessKey, type: 'secret', enabled: true });
    expect(valueOf(local, 'aws_session_token')).toMatchObject({ value: TEMPORARY_CREDENTIALS.sessionToken, type: 'secret', enabled: true });
    expect(valueOf(local, 'aws_region')?.value).toBe('us-east-1');
  });

  it('points at the stack started with the command in its name', () => {
    const flag = (name: string) => new RegExp(`--${name} (\\S+)`).exec(local.name)?.[1];
    expect(local.name).toContain('npm run stack -- ');
    expect(flag('stage')).toBe('prod');
    expect(valueOf(local, 'sigv4_origin_path')?.value).toBe(flag('origin-path'));
    expect(valueOf(local, 'baseUrl')?.value).toBe(`http://127.0.0.1:${flag('port-cloudfront')}`);
    expect(valueOf(local, 'sigv4_signing_host')?.value).toBe(stack.apiGateway.domain);
  });
});

describe('collections/aws.postman_environment.template.json', () => {
  it('has the same variables as the local environment, secrets typed secret', () => {
    expect(template.values.map((value) => value.key).sort()).toEqual(local.values.map((value) => value.key).sort());
    expect(valueOf(template, 'aws_secret_access_key')?.type).toBe('secret');
    expect(valueOf(template, 'aws_session_token')?.type).toBe('secret');
  });

  it('holds placeholders only: no value looks like a real key, secret or token', () => {
    for (const key of ['aws_access_key_id', 'aws_secret_access_key', 'aws_session_token']) {
      expect(valueOf(template, key)?.value).toMatch(/^<your [^<>]+>$/);
    }
    for (const { key, value } of template.values) {
      expect(value, key).not.toMatch(/(AKIA|ASIA)[A-Z0-9]{12,}/);
      expect(value, key).not.toMatch(/[A-Za-z0-9/+=]{30,}/);
    }
  });
});

describe('collections/cognito.postman_environment.template.json', () => {
  const cognito = readJson<PostmanEnvironment>(join(__dirname, '..', '..', 'collections', 'cognito.postman_environment.template.json'));

  it('sets the Amplify recipe: signing for the origin, an identity pool and a user pool sign-in, the secrets typed secret', () => {
    expect(cognito.values.map((value) => value.key)).toEqual([
      'baseUrl',
      'sigv4_signing_host',
      'sigv4_origin_path',
      'aws_cognito_identity_pool_id',
      'aws_cognito_user_pool_id',
      'aws_cognito_client_id',
      'aws_cognito_client_secret',
      'aws_cognito_username',
      'aws_cognito_password',
    ]);
    expect(valueOf(cognito, 'aws_cognito_password')?.type).toBe('secret');
    expect(valueOf(cognito, 'aws_cognito_client_secret')?.type).toBe('secret');
  });

  it('holds placeholders only (the optional client secret empty)', () => {
    for (const { key, value } of cognito.values) {
      if (key === 'aws_cognito_client_secret') expect(value).toBe('');
      else expect(value, key).toMatch(/^(https:\/\/)?<[^<>]+>/);
    }
  });
});
