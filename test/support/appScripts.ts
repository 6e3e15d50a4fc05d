/**
 * The two ways a collection in the Postman app runs postman-sigv4: the pasted dist script, and
 * the one-line script that loads the package (package.json `main`) with pm.require. Tests run
 * each through the sandbox6 harness and expect the same outcome.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distScript, collectionWith, runNewman, type RunResult, type Variables } from './newman';
import type { RequestJson, ScriptResult, ScriptRun, SandboxRun } from './sandbox6';

const ROOT = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string; main: string };

/** What a collection script writes to load the package: `npm:postman-sigv4@VERSION`. */
export const PACKAGE_NAME = `npm:${pkg.name}@${pkg.version}`;

export interface AppScript {
  name: string;
  script: string;
  packages?: Record<string, string>;
}

export function appScripts(kind: 'prerequest' | 'diagnose'): AppScript[] {
  return [
    { name: 'pasted script', script: distScript(kind === 'prerequest' ? 'sigv4-prerequest.js' : 'sigv4-diagnose.js') },
    {
      name: 'package via pm.require',
      script: `pm.require('${PACKAGE_NAME}').${kind}(pm);`,
      packages: { [PACKAGE_NAME]: readFileSync(join(ROOT, pkg.main), 'utf8') },
    },
  ];
}

export interface Item {
  name: string;
  request: RequestJson;
}

export interface SignedItem {
  item: Item;
  result: ScriptResult;
}

/** Runs the pre-request script for every item, in order, in one sandbox run (one collection run). */
export async function runForEach(sandbox: SandboxRun, script: AppScript, items: Item[], options: Omit<ScriptRun, 'script' | 'request' | 'packages'>): Promise<SignedItem[]> {
  const signed: SignedItem[] = [];
  for (const item of items) {
    signed.push({ item, result: await sandbox.run({ ...options, script: script.script, packages: script.packages, request: item.request }) });
  }
  return signed;
}

/**
 * Sends the requests as the script left them, with no script, through newman's runtime, so that
 * the API Gateway stand-in verifies each received signature with @smithy/signature-v4. newman's
 * runtime 7.39.1 puts the same bytes on the wire as the app's 7.56.1: diffed against the 7.56.1
 * package, postman-url-encoder 3.0.5 -> 3.0.8 only swaps Buffer.from for TextEncoder (the same
 * UTF-8) and lib/requester/core-body-builder.js only swaps hasOwnProperty.call for Object.hasOwn.
 */
export function sendAsSigned(signed: SignedItem[], collectionVariables: Variables): Promise<RunResult> {
  const items = signed.map(({ item, result }) => ({ name: item.name, request: result.request }));
  const collection = collectionWith(items, {}, { variable: Object.entries(collectionVariables).map(([key, value]) => ({ key, value })) });
  return runNewman({ collection });
}
