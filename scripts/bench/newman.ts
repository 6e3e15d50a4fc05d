/**
 * newman's time per request with: no script, an empty pre-request script, this project's script
 * (readable as shipped, stored as one exec element as the build and `inject` embed it, or line by
 * line as the Postman app exports a pasted script; and minified), and Postman's built-in awsv4
 * auth, and the floor any signer meeting the spec pays: a small script that only makes the pm calls
 * this one makes (reads its variables, re-parses the URL, sets the same headers, the auth and the
 * two local variables, with values of the real sizes) and signs nothing. The variants run
 * interleaved in rounds against one loopback server. Reported: the median
 * time per request, and the median and range of each round's ratio to the empty script of the
 * same round (pairing within a round cancels most of the machine's drift). Run: npm run bench:newman
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import newman from 'newman';
import { collection, credentials, listen, pmCallsOnly } from './benchRequest';
import { machine, markdownTable, median } from './stats';

const ROUNDS = 15;
const REQUESTS_PER_ROUND = 100;
const ROOT = join(__dirname, '..', '..');

async function minified(source: string): Promise<string> {
  const result = await build({ stdin: { contents: source, loader: 'js' }, write: false, minify: true, target: 'es2019', format: 'iife' });
  return result.outputFiles[0].text;
}

function runMs(spec: object, baseUrl: string): Promise<number> {
  return new Promise((resolve, reject) => {
    newman.run(
      {
        collection: spec as any,
        iterationCount: REQUESTS_PER_ROUND,
        environment: { values: Object.entries({ ...credentials, baseUrl }).map(([key, value]) => ({ key, value })) } as any,
        reporters: [],
      },
      (error, summary) => {
        if (error) return reject(error);
        if (summary.run.failures.length) return reject(new Error(JSON.stringify(summary.run.failures[0].error)));
        resolve(((summary.run.timings.completed ?? 0) - (summary.run.timings.started ?? 0)) / REQUESTS_PER_ROUND);
      },
    );
  });
}

async function main(): Promise<void> {
  const { server, url } = await listen();
  const readable = readFileSync(join(ROOT, 'dist', 'sigv4-prerequest.js'), 'utf8');
  const small = await minified(readable);
  const floor = pmCallsOnly(url);
  const awsv4 = {
    type: 'awsv4',
    awsv4: Object.entries({ accessKey: credentials.aws_access_key_id, secretKey: credentials.aws_secret_access_key, sessionToken: credentials.aws_session_token, region: 'us-east-1', service: 'execute-api' }).map(([key, value]) => ({ key, value })),
  };
  const variants: Record<string, object> = {
    'no script': collection({}),
    'empty pre-request script': collection({ exec: [''] }),
    [`dist/sigv4-prerequest.js, readable (${(readable.length / 1024).toFixed(1)} KB), one exec element (as embedded)`]: collection({ exec: [readable] }),
    [`the same, ${readable.split('\n').length} exec elements (as the app exports a pasted script)`]: collection({ exec: readable.split('\n') }),
    [`the same, minified (${(small.length / 1024).toFixed(1)} KB, ${small.split('\n').length} lines)`]: collection({ exec: small.split('\n') }),
    "Postman's built-in awsv4 auth": collection({ auth: awsv4 }),
    [`floor: the same pm calls, no signing (${(floor.length / 1024).toFixed(1)} KB)`]: collection({ exec: [floor] }),
  };
  const names = Object.keys(variants);
  const samples: Record<string, number[]> = {};
  for (const name of names) await runMs(variants[name], url); // warm-up
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of names) (samples[name] = samples[name] || []).push(await runMs(variants[name], url));
  }
  server.close();
  const empty = samples['empty pre-request script'];
  const floorName = names[names.length - 1];
  const ratios = (name: string, to = empty) => samples[name].map((ms, round) => ms / to[round]);
  console.log(`${machine()}; newman ${require('newman/package.json').version}; ${ROUNDS} interleaved rounds of ${REQUESTS_PER_ROUND} requests per variant (${ROUNDS * REQUESTS_PER_ROUND} each)\n`);
  console.log(
    markdownTable(
      ['variant', 'median ms per request', 'median ratio to the empty script, same round', 'range of that ratio', 'median ratio to the floor, same round'],
      names.map((name) => [
        name,
        median(samples[name]).toFixed(2),
        median(ratios(name)).toFixed(2),
        `${Math.min(...ratios(name)).toFixed(2)}-${Math.max(...ratios(name)).toFixed(2)}`,
        median(ratios(name, samples[floorName])).toFixed(2),
      ]),
    ),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
