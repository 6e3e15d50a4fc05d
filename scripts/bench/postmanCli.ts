/**
 * The same request as bench:newman, run by the official Postman CLI (the Postman app's newer
 * runtime), which users run too: an empty pre-request script, the floor (the spec's pm calls
 * without signing) and this project's readable script. The CLI is a separate process with a start-up
 * cost, so each figure is (time for 220 requests - time for 20) / 200, the variants interleaved
 * per round. postman-cli is large and not a dependency:
 *   npm install --prefix /tmp/pcli postman-cli
 *   POSTMAN_CLI=/tmp/pcli/node_modules/.bin/postman npm run bench:postman-cli
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collection, credentials, listen, pmCallsOnly } from './benchRequest';
import { machine, markdownTable, median } from './stats';

const ROUNDS = 5;
const LONG = 220;
const SHORT = 20;
const ROOT = join(__dirname, '..', '..');
const CLI = process.env.POSTMAN_CLI;

function runMs(collectionFile: string, environmentFile: string, iterations: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = Date.now();
    const args = ['collection', 'run', collectionFile, '-e', environmentFile, '-n', String(iterations), '--reporters', 'cli', '--disable-unicode'];
    const child = spawn(CLI as string, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (status) => (status === 0 ? resolve(Date.now() - start) : reject(new Error(`postman exited ${status}:\n${output.slice(-2000)}`))));
  });
}

async function main(): Promise<void> {
  if (!CLI) throw new Error('Set POSTMAN_CLI to the postman binary of postman-cli (npm install --prefix /tmp/pcli postman-cli).');
  const { server, url } = await listen();
  const dir = mkdtempSync(join(tmpdir(), 'sigv4-bench-'));
  try {
    const readable = readFileSync(join(ROOT, 'dist', 'sigv4-prerequest.js'), 'utf8');
    const variants: Record<string, string[]> = {
      'empty pre-request script': [''],
      'floor: the same pm calls, no signing': [pmCallsOnly(url)],
      'dist/sigv4-prerequest.js, readable, one exec element': [readable],
    };
    const environmentFile = join(dir, 'environment.json');
    writeFileSync(environmentFile, JSON.stringify({ name: 'bench', values: Object.entries({ ...credentials, baseUrl: url }).map(([key, value]) => ({ key, value, enabled: true })) }));
    const files = Object.keys(variants).map((name, index) => {
      const file = join(dir, `collection-${index}.json`);
      writeFileSync(file, JSON.stringify(collection({ exec: variants[name] })));
      return file;
    });
    const samples: number[][] = files.map(() => []);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [index, file] of files.entries()) {
        const long = await runMs(file, environmentFile, LONG);
        const short = await runMs(file, environmentFile, SHORT);
        samples[index].push((long - short) / (LONG - SHORT));
      }
    }
    const [empty, floor] = samples;
    const ratio = (values: number[], to: number[]) => median(values.map((ms, round) => ms / to[round])).toFixed(2);
    console.log(`${machine()}; ${CLI}; ${ROUNDS} interleaved rounds of (${LONG} - ${SHORT} requests) per variant\n`);
    console.log(
      markdownTable(
        ['variant', 'median ms per request', 'median ratio to the empty script, same round', 'median ratio to the floor, same round'],
        Object.keys(variants).map((name, index) => [name, median(samples[index]).toFixed(2), ratio(samples[index], empty), ratio(samples[index], floor)]),
      ),
    );
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
