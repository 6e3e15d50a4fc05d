/**
 * The same request as bench:newman, run by the official Postman CLI (the Postman app's newer
 * runtime), which users run too: an empty pre-request script, the floor (floorSigner.js: what any
 * signer must do in pm), the floor with the spec's pm effects, and this project's forms. The CLI
 * is a separate process with a start-up cost, so each figure is (CPU time for 220 requests - for
 * 20) / 200, the CPU time (user + system) of the CLI and its children as bash's `times` reports
 * it, the variants interleaved per round. postman-cli is large and not a
 * dependency:
 *   npm install --prefix /tmp/pcli postman-cli
 *   POSTMAN_CLI=/tmp/pcli/node_modules/.bin/postman npm run bench:postman-cli [-- --rounds 5]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { collection, credentials, listen, pmCallsOnly } from './benchRequest';
import { embeddedBlock, EXAMPLE_COLLECTION, lines, readRoot } from './forms';
import { machine, markdownTable, median } from './stats';

const ROUNDS = Number(parseArgs({ options: { rounds: { type: 'string', default: '5' } } }).values.rounds);
const LONG = 220;
const SHORT = 20;
const CLI = process.env.POSTMAN_CLI;

const seconds = (time: string): number => {
  const [, minutes, rest] = /^(\d+)m([\d.]+)s$/.exec(time) ?? [];
  if (minutes === undefined) throw new Error(`unexpected time ${time}`);
  return Number(minutes) * 60 + Number(rest);
};

/** CPU ms of one CLI run: bash runs it, then prints its children's user and system time last. */
function runMs(collectionFile: string, environmentFile: string, iterations: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const args = ['collection', 'run', collectionFile, '-e', environmentFile, '-n', String(iterations), '--reporters', 'cli', '--disable-unicode'];
    // LC_ALL=C: `times` prints the locale's decimal separator. Bounded at 10 minutes a run.
    const child = spawn('bash', ['-c', '"$@" >/dev/null 2>&1 || { echo "postman exited $?"; exit 1; }; times', 'bench', CLI as string, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LC_ALL: 'C' },
      timeout: 600_000,
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      if (status !== 0) return reject(new Error(`${output.slice(-2000)} (run it by hand: ${CLI} ${args.join(' ')})`));
      try {
        const [user, system] = output.trim().split('\n').pop()!.split(/\s+/);
        resolve((seconds(user) + seconds(system)) * 1000);
      } catch (error) {
        reject(error);
      }
    });
  });
}

async function main(): Promise<void> {
  if (!CLI) throw new Error('Set POSTMAN_CLI to the postman binary of postman-cli (npm install --prefix /tmp/pcli postman-cli).');
  const { server, url } = await listen();
  const dir = mkdtempSync(join(tmpdir(), 'sigv4-bench-'));
  try {
    const variants: Record<string, string[]> = {
      'empty pre-request script': [''],
      'floor: what any signer must do in pm (scripts/bench/floorSigner.js)': [readRoot('scripts/bench/floorSigner.js')],
      "floor + the spec's pm effects (the diagnosis's local variables)": [pmCallsOnly(url)],
      [`embedded form, as ${EXAMPLE_COLLECTION} stores it`]: embeddedBlock('prerequest'),
      'dist/sigv4-prerequest.compact.js pasted line by line': lines(readRoot('dist/sigv4-prerequest.compact.js')),
      'dist/sigv4-prerequest.js, readable, one exec element': [readRoot('dist/sigv4-prerequest.js')],
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
    const ratio = (values: number[], to: number[]) => median(values.map((ms, round) => ms / to[round])).toFixed(3);
    console.log(`${machine()}; ${CLI}; ${ROUNDS} interleaved rounds of (${LONG} - ${SHORT} requests) per variant\n`);
    console.log(
      markdownTable(
        ['variant', 'median CPU ms per request', 'median ratio to the empty script, same round', 'median ratio to the floor, same round'],
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
