import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { environment } from '../support/newman';
import { COLLECTION_FILE, localEnvironment, readJson, startDemoStack } from '../support/demoScenarios';

/**
 * The example collection in the official Postman CLI, which runs local files offline with the
 * Postman app's newer runtime and sandbox. postman-cli is 237 MB, so CI does not install it:
 * set POSTMAN_CLI to its `postman` binary (npm install postman-cli) to run this.
 */
const POSTMAN_CLI = process.env.POSTMAN_CLI;

function run(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(POSTMAN_CLI as string, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/** Runs the example collection through a fresh demo stack with the given variable overrides. */
async function runThroughCloudFront(overrides: (domain: string) => Record<string, string>) {
  const stack = await startDemoStack();
  const dir = mkdtempSync(join(tmpdir(), 'postman-sigv4-cli-'));
  try {
    writeFileSync(join(dir, 'collection.json'), JSON.stringify(readJson(COLLECTION_FILE)));
    const values = { ...localEnvironment(), baseUrl: stack.cloudFront.url, ...overrides(stack.apiGateway.domain) };
    writeFileSync(join(dir, 'env.json'), JSON.stringify({ name: 'local', ...environment(values) }));
    const result = await run(['collection', 'run', join(dir, 'collection.json'), '-e', join(dir, 'env.json'), '--disable-unicode']);
    return { ...result, received: stack.apiGateway.requests.length, domain: stack.apiGateway.domain };
  } finally {
    rmSync(dir, { recursive: true, force: true });
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
