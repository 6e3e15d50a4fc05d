import { describe, expect, it } from 'vitest';
import { POSTMAN_CLI, runCollectionInPostmanCli } from '../support/postmanCli';
import { COLLECTION_FILE, localEnvironment, readJson, startDemoStack } from '../support/demoScenarios';

/**
 * The example collection in the official Postman CLI, which runs local files offline with the
 * Postman app's newer runtime and sandbox. .ci/run installs it and sets POSTMAN_CLI; locally,
 * set POSTMAN_CLI to its `postman` binary (CONTRIBUTING.md, "The Postman CLI tests, and CI").
 */

/** Runs the example collection through a fresh demo stack with the given variable overrides. */
async function runThroughCloudFront(overrides: (domain: string) => Record<string, string>) {
  const stack = await startDemoStack();
  try {
    const values = { ...localEnvironment(), baseUrl: stack.cloudFront.url, ...overrides(stack.apiGateway.domain) };
    const result = await runCollectionInPostmanCli(readJson(COLLECTION_FILE), values);
    return { ...result, received: stack.apiGateway.requests.length, domain: stack.apiGateway.domain };
  } finally {
    await stack.close();
  }
}

describe.skipIf(!POSTMAN_CLI)('the Postman CLI (app runtime) runs the example collection through the stand-ins (needs POSTMAN_CLI)', () => {
  it('accepts every request signed for the origin host through CloudFront', async () => {
    const result = await runThroughCloudFront((domain) => ({ sigv4_signing_host: domain, sigv4_origin_path: '/prod' }));
    expect(result.output).toMatch(/assertions\s*\|\s*10\s*\|\s*0\s*\|/);
    expect(result.code).toBe(0);
    expect(result.received).toBe(5);
  });

  it('diagnoses the requests signed for the CloudFront host', async () => {
    const result = await runThroughCloudFront(() => ({ sigv4_signing_host: '', sigv4_origin_path: '' }));
    expect(result.code).not.toBe(0);
    const output = result.output.replace(/\s+/g, ' ');
    expect(output).toContain('SigV4 diagnosis');
    expect(output).toContain(`set sigv4_signing_host to ${result.domain}`);
    expect(output).toContain('set sigv4_origin_path to /prod');
  });
});
