/**
 * newman's time per request, the variants interleaved in rounds against one loopback server.
 * The yardstick is a naive signer (naiveSigner.js: host, date and token, naive canonicalization,
 * crypto-js): each variant's CPU time is divided by the naive signer's in the same round, and
 * the median of those per-round ratios is reported (the machine drifts between rounds by more
 * than the effects measured; pairing within a round cancels most of it). The ratio to the empty
 * script is kept for reference, and the floor: a script that makes only the pm calls this
 * project's signer makes, with values of the real sizes, and signs nothing.
 *
 * Then a 1 MB JSON POST, where hashing the body dominates, against Postman's built-in awsv4
 * (Node's OpenSSL, outside the sandbox).
 *
 * Run: npm run bench:newman [-- --rounds 5 --requests 300 --large-requests 10]
 * Extra variants, e.g. modified copies of the built script kept outside the repository:
 *   --script 'name=path' (one exec element) or --pasted 'name=path' (one element per line),
 *   --large-script 'name=path' (one exec element, in the 1 MB table). Each flag repeats.
 *   --samples file.json writes each round's figures, to pair any two variants afterwards.
 *   --only 'regexp' keeps only the variants whose name matches, besides the two bases.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import newman from 'newman';
import { collection, credentials, LARGE_JSON_BODY, listen, pmCallsOnly } from './benchRequest';
import { machine, markdownTable, median } from './stats';

const ROOT = join(__dirname, '..', '..');
const { values: options } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    requests: { type: 'string', default: '300' },
    'large-requests': { type: 'string', default: '10' },
    script: { type: 'string', multiple: true, default: [] },
    pasted: { type: 'string', multiple: true, default: [] },
    'large-script': { type: 'string', multiple: true, default: [] },
    'skip-large': { type: 'boolean', default: false },
    /** Measures only the variants whose name matches (and the naive signer and the empty script, the ratios' bases). */
    only: { type: 'string' },
    /** Writes every round's ms per request by variant, to pair any two variants afterwards. */
    samples: { type: 'string' },
  },
});
const ROUNDS = Number(options.rounds);

interface Variant {
  name: string;
  spec: object;
}

/**
 * Wall and CPU ms per request. newman, its sandbox and the loopback server all run in this
 * process, so its CPU time (user + system) is the work a request costs, and unlike the wall time
 * it does not grow when other processes take the shared cores.
 */
function runMs(spec: object, baseUrl: string, requests: number): Promise<{ wall: number; cpu: number }> {
  return new Promise((resolve, reject) => {
    const cpuBefore = process.cpuUsage();
    newman.run(
      {
        collection: spec as any,
        iterationCount: requests,
        environment: { values: Object.entries({ ...credentials, baseUrl }).map(([key, value]) => ({ key, value })) } as any,
        reporters: [],
      },
      (error, summary) => {
        if (error) return reject(error);
        if (summary.run.failures.length) return reject(new Error(JSON.stringify(summary.run.failures[0].error)));
        const cpu = process.cpuUsage(cpuBefore);
        resolve({
          wall: ((summary.run.timings.completed ?? 0) - (summary.run.timings.started ?? 0)) / requests,
          cpu: (cpu.user + cpu.system) / 1000 / requests,
        });
      },
    );
  });
}

interface Samples {
  wall: number[][];
  cpu: number[][];
}

/** ms per request of every variant in every round, the variants interleaved within each round. */
async function measure(variants: Variant[], baseUrl: string, requests: number): Promise<Samples> {
  const samples: Samples = { wall: variants.map(() => []), cpu: variants.map(() => []) };
  for (const variant of variants) await runMs(variant.spec, baseUrl, Math.max(1, requests >> 3)); // warm-up
  for (let round = 0; round < ROUNDS; round++) {
    for (const [index, variant] of variants.entries()) {
      const { wall, cpu } = await runMs(variant.spec, baseUrl, requests);
      samples.wall[index].push(wall);
      samples.cpu[index].push(cpu);
    }
  }
  return samples;
}

const perRound = (values: number[], to: number[]) => values.map((ms, round) => ms / to[round]);
const ratio = (values: number[], to: number[]) => median(perRound(values, to)).toFixed(2);
const range = (values: number[], to: number[]) => `${Math.min(...perRound(values, to)).toFixed(2)}-${Math.max(...perRound(values, to)).toFixed(2)}`;

function extra(flags: string[], exec: (text: string) => string[]): Variant[] {
  return flags.map((flag) => {
    const [name, path] = flag.split('=');
    const text = readFileSync(path, 'utf8');
    return { name: `${name} (${(text.length / 1024).toFixed(1)} KB, ${exec(text).length} exec elements)`, spec: collection({ exec: exec(text) }) };
  });
}

const kb = (text: string) => `${(text.length / 1024).toFixed(1)} KB`;
const lines = (text: string) => text.split('\n');

async function main(): Promise<void> {
  const { server, url } = await listen();
  const naive = readFileSync(join(__dirname, 'naiveSigner.js'), 'utf8');
  const script = readFileSync(join(ROOT, 'dist', 'sigv4-prerequest.js'), 'utf8');
  const compact = readFileSync(join(ROOT, 'dist', 'sigv4-prerequest.compact.js'), 'utf8');
  const floor = pmCallsOnly(url);
  const awsv4 = {
    type: 'awsv4',
    awsv4: Object.entries({ accessKey: credentials.aws_access_key_id, secretKey: credentials.aws_secret_access_key, sessionToken: credentials.aws_session_token, region: 'us-east-1', service: 'execute-api' }).map(([key, value]) => ({ key, value })),
  };
  const requests = Number(options.requests);
  console.log(`${machine()}; newman ${require('newman/package.json').version}; ${ROUNDS} interleaved rounds per variant\n`);

  const variants: Variant[] = [
    { name: `naive signer, scripts/bench/naiveSigner.js (${lines(naive).length} lines, ${kb(naive)}), pasted line by line`, spec: collection({ exec: lines(naive) }) },
    { name: 'no script', spec: collection({}) },
    { name: 'empty pre-request script', spec: collection({ exec: [''] }) },
    { name: `dist/sigv4-prerequest.js (${kb(script)}) pasted: ${lines(script).length} exec elements, as the Postman app exports it`, spec: collection({ exec: lines(script) }) },
    { name: 'dist/sigv4-prerequest.js as one exec element, as build and inject embed it', spec: collection({ exec: [script] }) },
    { name: `dist/sigv4-prerequest.compact.js (${kb(compact)}) pasted: ${lines(compact).length} exec elements`, spec: collection({ exec: lines(compact) }) },
    { name: "Postman's built-in awsv4 auth", spec: collection({ auth: awsv4 }) },
    { name: `floor: this signer's pm calls, no signing (${kb(floor)}, one element)`, spec: collection({ exec: [floor] }) },
    ...extra(options.script, (text) => [text]),
    ...extra(options.pasted, lines),
  ].filter((variant, index) => index === 0 || index === 2 || !options.only || new RegExp(options.only).test(variant.name));
  const { wall, cpu } = await measure(variants, url, requests);
  const naiveMs = cpu[0];
  const emptyMs = cpu[variants.findIndex((variant) => variant.name === 'empty pre-request script')];
  console.log(`Small JSON POST, ${requests} requests per variant and round (${requests * ROUNDS} each); ratios of CPU time\n`);
  console.log(
    markdownTable(
      ['variant', 'median CPU ms per request', 'median ratio to the naive signer, same round', 'range of that ratio', 'median ratio to the empty script, same round', 'median wall ms per request'],
      variants.map((variant, index) => [variant.name, median(cpu[index]).toFixed(2), ratio(cpu[index], naiveMs), range(cpu[index], naiveMs), ratio(cpu[index], emptyMs), median(wall[index]).toFixed(2)]),
    ),
  );
  if (options.samples) writeFileSync(options.samples, JSON.stringify(Object.fromEntries(variants.map((variant, index) => [variant.name, { cpu: cpu[index], wall: wall[index] }])), null, 1));
  console.log('\nThe published kuboyumi script is not measured: its text is not in this repository or the team notes (only a description of it is).');

  if (!options['skip-large']) {
    const largeRequests = Number(options['large-requests']);
    const body = LARGE_JSON_BODY;
    const large: Variant[] = [
      { name: 'empty pre-request script', spec: collection({ exec: [''], body }) },
      { name: 'no script', spec: collection({ body }) },
      { name: 'naive signer (crypto-js SHA256 of the body)', spec: collection({ exec: lines(naive), body }) },
      { name: 'dist/sigv4-prerequest.js, one exec element', spec: collection({ exec: [script], body }) },
      { name: "Postman's built-in awsv4 auth", spec: collection({ auth: awsv4, body }) },
      ...options['large-script'].map((flag) => {
        const [name, path] = flag.split('=');
        return { name, spec: collection({ exec: [readFileSync(path, 'utf8')], body }) };
      }),
    ];
    const largeSamples = (await measure(large, url, largeRequests)).cpu;
    const [largeEmpty, largeNone] = largeSamples;
    const over = (values: number[], to: number[]) => median(values.map((ms, round) => ms - to[round])).toFixed(2);
    console.log(`\nPOST with a ${(Buffer.byteLength(body) / 1048576).toFixed(2)} MB JSON body, ${largeRequests} requests per variant and round\n`);
    console.log(
      markdownTable(
        ['variant', 'median CPU ms per request', 'median CPU ms over the empty script, same round', 'median CPU ms over no script, same round'],
        large.map((variant, index) => [variant.name, median(largeSamples[index]).toFixed(2), over(largeSamples[index], largeEmpty), over(largeSamples[index], largeNone)]),
      ),
    );
  }
  server.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
