/**
 * newman's CPU time per request, the variants interleaved in rounds against one loopback server.
 * The yardstick is the floor (floorSigner.js): what any signer must do in pm, without signing.
 * Each variant's CPU time is divided by the floor's in the same round, and the median of those
 * per-round ratios is reported (the machine drifts between rounds by more than the effects
 * measured; pairing within a round cancels most of it). To isolate what no script can avoid,
 * this project's forms are also paired with the floor plus the spec's pm effects, padded with
 * comments to the form's size and exec elements, and with the naive signer plus those effects,
 * padded the same way (the cheapest signer doing what the spec asks): what is left above that is
 * our own work.
 *
 * Then the diagnosis (post-response) script on a 200 and on a 403, and a 1 MB JSON POST, where
 * hashing the body dominates, against Postman's built-in awsv4 (Node's OpenSSL, outside the sandbox).
 *
 * Run: npm run bench:newman [-- --rounds 9 --requests 300 --large-requests 10 --skip-large --post-only]
 * Extra variants, e.g. an earlier build kept outside the repository:
 *   --script 'name=path' (one exec element), --pasted 'name=path' (one element per line),
 *   --post 'name=path' (a post-response script, one element), --large-script 'name=path'.
 *   Each flag repeats.
 *   --samples file.json writes each round's figures, to pair any two variants afterwards.
 *   --only 'regexp' keeps only the variants whose name matches, besides the bases.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { collection, credentials, DENIED, LARGE_JSON_BODY, listen, pmCallsOnly, specEffects } from './benchRequest';
import { characters, describe, embeddedBlock, EXAMPLE_COLLECTION, lines, padded, readRoot } from './forms';
import { machine, markdownTable, median } from './stats';

const { values: options } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    requests: { type: 'string', default: '300' },
    'large-requests': { type: 'string', default: '10' },
    script: { type: 'string', multiple: true, default: [] },
    pasted: { type: 'string', multiple: true, default: [] },
    post: { type: 'string', multiple: true, default: [] },
    'large-script': { type: 'string', multiple: true, default: [] },
    'skip-large': { type: 'boolean', default: false },
    'post-only': { type: 'boolean', default: false },
    only: { type: 'string' },
    samples: { type: 'string' },
  },
});
const ROUNDS = Number(options.rounds);

interface Variant {
  name: string;
  spec: object;
  /** The base URL's path prefix: DENIED for the 403 rows. */
  under?: string;
  /** Failures newman must report per request: the diagnosis's one failing test on a 403 (checked by newmanSample.ts). */
  failuresPerRequest?: number;
  /** The padded floor this variant is paired with: the same size and exec elements. */
  against?: string;
  /** The padded naive signer with the spec's effects this variant is paired with. */
  againstSigner?: string;
}

const SAMPLE = join(__dirname, 'newmanSample.ts');
const specs = mkdtempSync(join(tmpdir(), 'sigv4-bench-'));
process.on('exit', () => rmSync(specs, { recursive: true, force: true }));

/**
 * CPU ms per request of one sample, measured by newmanSample.ts in a fresh process (see there
 * why): newman and its sandbox only, without the loopback server. Bounded at 10 minutes.
 */
function runMs(variant: Variant, baseUrl: string, requests: number): Promise<number> {
  const file = join(specs, `${createHash('sha256').update(variant.name + requests).digest('hex').slice(0, 16)}.json`);
  writeFileSync(file, JSON.stringify({
    name: variant.name,
    collection: variant.spec,
    environment: { ...credentials, baseUrl: baseUrl + (variant.under ?? '') },
    requests,
    warmUp: Math.max(1, requests >> 2),
    failuresPerRequest: variant.failuresPerRequest ?? 0,
  }));
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', SAMPLE, file], { timeout: 600_000 }, (error, stdout, stderr) => {
      const ms = Number(stdout.trim());
      if (error || !(ms > 0)) return reject(new Error(`${variant.name}: ${stderr.trim() || error?.message || `no figure in ${JSON.stringify(stdout)}`}`));
      resolve(ms);
    });
  });
}

/** CPU ms per request of every variant in every round, the variants interleaved within each round. */
async function measure(variants: Variant[], baseUrl: string, requests: number): Promise<number[][]> {
  const samples = variants.map((): number[] => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [index, variant] of variants.entries()) samples[index].push(await runMs(variant, baseUrl, requests));
  }
  return samples;
}

const perRound = (values: number[], to: number[]) => values.map((ms, round) => ms / to[round]);
const ratio = (values: number[], to: number[]) => median(perRound(values, to)).toFixed(3);
const range = (values: number[], to: number[]) => `${Math.min(...perRound(values, to)).toFixed(2)}-${Math.max(...perRound(values, to)).toFixed(2)}`;
const over = (values: number[], to: number[]) => median(values.map((ms, round) => ms - to[round])).toFixed(2);

function extra(flags: string[], exec: (text: string) => string[], make: (exec: string[]) => object): Variant[] {
  return flags.map((flag) => {
    const at = flag.indexOf('=');
    const [name, path] = [flag.slice(0, at), flag.slice(at + 1)];
    const elements = exec(readFileSync(path, 'utf8'));
    return { name: `${name} (${describe(elements)})`, spec: make(elements) };
  });
}

const keep = (variants: Variant[], bases: number) => variants.filter((variant, index) => index < bases || !options.only || new RegExp(options.only).test(variant.name));

function preRequestVariants(url: string): Variant[] {
  const floor = readRoot('scripts/bench/floorSigner.js');
  const naive = lines(readRoot('scripts/bench/naiveSigner.js'));
  const effects = pmCallsOnly(url);
  const embedded = embeddedBlock('prerequest');
  const compact = lines(readRoot('dist/sigv4-prerequest.compact.js'));
  const readable = readRoot('dist/sigv4-prerequest.js');
  const awsv4 = {
    type: 'awsv4',
    awsv4: Object.entries({ accessKey: credentials.aws_access_key_id, secretKey: credentials.aws_secret_access_key, sessionToken: credentials.aws_session_token, region: 'us-east-1', service: 'execute-api' }).map(([key, value]) => ({ key, value })),
  };
  const paddedTo = (code: string, like: string[]) => padded(code, characters(like), like.length);
  const pre = (exec: string[]) => collection({ exec });
  const PADDED_EMBEDDED = 'floor + the spec\'s pm effects, padded to the embedded form';
  const PADDED_COMPACT = 'floor + the spec\'s pm effects, padded to the compact file pasted';
  const PADDED_READABLE = 'floor + the spec\'s pm effects, padded to the readable file pasted';
  // The cheapest signer that does what the spec asks of the pm side: what is left above it is ours.
  const naiveWithEffects = [...naive, specEffects(url)].join('\n');
  const SIGNER_EMBEDDED = 'naive signer + the spec\'s pm effects, padded to the embedded form';
  const SIGNER_COMPACT = 'naive signer + the spec\'s pm effects, padded to the compact file pasted';
  return keep([
    { name: `floor: scripts/bench/floorSigner.js (${describe([floor])})`, spec: pre([floor]) },
    { name: 'empty pre-request script', spec: pre(['']) },
    { name: 'no script', spec: collection({}) },
    { name: `floor + the spec's pm effects: every variable read, headers, noauth, the two local variables (${describe([effects])})`, spec: pre([effects]) },
    { name: `floor padded to the embedded form (${describe(embedded)})`, spec: pre(paddedTo(floor, embedded)) },
    { name: `${PADDED_EMBEDDED} (${describe(embedded)})`, spec: pre(paddedTo(effects, embedded)) },
    { name: `${PADDED_COMPACT} (${describe(compact)})`, spec: pre(paddedTo(effects, compact)) },
    { name: `${PADDED_READABLE} (${describe(lines(readable))})`, spec: pre(paddedTo(effects, lines(readable))) },
    { name: `naive signer: scripts/bench/naiveSigner.js pasted (${describe(naive)})`, spec: pre(naive) },
    { name: `${SIGNER_EMBEDDED} (${describe(embedded)})`, spec: pre(paddedTo(naiveWithEffects, embedded)) },
    { name: `${SIGNER_COMPACT} (${describe(compact)})`, spec: pre(paddedTo(naiveWithEffects, compact)) },
    { name: `embedded form: the pre-request block of ${EXAMPLE_COLLECTION}, as build and inject store it (${describe(embedded)})`, spec: pre(embedded), against: PADDED_EMBEDDED, againstSigner: SIGNER_EMBEDDED },
    { name: `dist/sigv4-prerequest.compact.js pasted line by line (${describe(compact)})`, spec: pre(compact), against: PADDED_COMPACT, againstSigner: SIGNER_COMPACT },
    { name: `dist/sigv4-prerequest.js pasted line by line (${describe(lines(readable))})`, spec: pre(lines(readable)), against: PADDED_READABLE },
    { name: `dist/sigv4-prerequest.js as one exec element (${describe([readable])})`, spec: pre([readable]) },
    { name: "Postman's built-in awsv4 auth", spec: collection({ auth: awsv4 }) },
    ...extra(options.script, (text) => [text], pre),
    ...extra(options.pasted, lines, pre),
  ], 2);
}

function postResponseVariants(): Variant[] {
  const prerequest = embeddedBlock('prerequest');
  const diagnosis = embeddedBlock('test');
  const post = (exec: string[]) => collection({ exec: prerequest, test: exec });
  const variants: Variant[] = [];
  for (const [status, under] of [['200', undefined], ['403 (signed for the CloudFront host)', DENIED]] as const) {
    const failuresPerRequest = under ? 1 : 0;
    variants.push(
      { name: `${status}: empty post-response script`, spec: post(['']), under },
      // Any script of that size, doing nothing: what newman charges for running and shipping it.
      { name: `${status}: a no-op padded to the diagnosis's size (${describe(diagnosis)})`, spec: post(padded(';', characters(diagnosis), diagnosis.length)), under },
      { name: `${status}: the diagnosis, the test block of ${EXAMPLE_COLLECTION} (${describe(diagnosis)})`, spec: post(diagnosis), under, failuresPerRequest },
      ...extra(options.post, (text) => [text], post).map((variant) => ({ ...variant, name: `${status}: ${variant.name}`, under, failuresPerRequest })),
    );
  }
  return variants;
}

async function main(): Promise<void> {
  const { server, url } = await listen();
  const requests = Number(options.requests);
  console.log(`${machine()}; newman ${require('newman/package.json').version}, a fresh process per sample; ${ROUNDS} interleaved rounds, ${requests} requests per variant and round\n`);

  const variants = options['post-only'] ? [] : preRequestVariants(url);
  const cpu = await measure(variants, url, requests);
  const [floorMs, emptyMs] = cpu;
  const naiveMs = cpu[variants.findIndex((variant) => variant.name.startsWith('naive signer:'))];
  const paired = (variant: Variant, name: string | undefined) => {
    const against = name ? variants.findIndex((other) => other.name.startsWith(name)) : -1;
    return against < 0 ? '' : ratio(cpu[variants.indexOf(variant)], cpu[against]);
  };
  if (variants.length) {
    console.log('Small JSON POST, pre-request script; CPU time per request, medians of ratios paired within a round\n');
    console.log(
      markdownTable(
        ['variant', 'CPU ms per request', 'ms over the empty script', 'ratio to the floor', 'range of that ratio', 'ratio to the padded floor with the spec\'s effects, same size and elements', 'ratio to the padded naive signer with the spec\'s effects', 'ratio to the naive signer'],
        variants.map((variant, index) => [variant.name, median(cpu[index]).toFixed(2), over(cpu[index], emptyMs), ratio(cpu[index], floorMs), range(cpu[index], floorMs), paired(variant, variant.against), paired(variant, variant.againstSigner), naiveMs ? ratio(cpu[index], naiveMs) : '']),
      ),
    );
  }

  const post = postResponseVariants();
  const postCpu = await measure(post, url, requests);
  console.log('\nThe diagnosis script after the embedded pre-request script, on a 200 and on a 403; paired with the empty post-response script on the same status\n');
  console.log(
    markdownTable(
      ['variant', 'CPU ms per request', 'ms over the empty post-response script', 'ratio to it', 'ms over the no-op of the same size'],
      post.map((variant, index) => {
        const base = postCpu[post.findIndex((other) => other.under === variant.under)];
        const noOp = postCpu[post.findIndex((other) => other.under === variant.under && other.name.includes('a no-op padded'))];
        return [variant.name, median(postCpu[index]).toFixed(2), over(postCpu[index], base), ratio(postCpu[index], base), over(postCpu[index], noOp)];
      }),
    ),
  );
  if (options.samples) {
    const all = [...variants, ...post];
    const samples = [...cpu, ...postCpu];
    writeFileSync(options.samples, JSON.stringify(Object.fromEntries(all.map((variant, index) => [variant.name, samples[index]])), null, 1));
  }

  if (!options['skip-large']) await largeBody(url);
  server.close();
}

async function largeBody(url: string): Promise<void> {
  const largeRequests = Number(options['large-requests']);
  const body = LARGE_JSON_BODY;
  const awsv4 = { type: 'awsv4', awsv4: Object.entries({ accessKey: credentials.aws_access_key_id, secretKey: credentials.aws_secret_access_key, region: 'us-east-1', service: 'execute-api' }).map(([key, value]) => ({ key, value })) };
  const large: Variant[] = [
    { name: 'empty pre-request script', spec: collection({ exec: [''], body }) },
    { name: 'no script', spec: collection({ body }) },
    { name: 'naive signer (crypto-js SHA256 of the body)', spec: collection({ exec: lines(readRoot('scripts/bench/naiveSigner.js')), body }) },
    { name: 'the embedded form', spec: collection({ exec: embeddedBlock('prerequest'), body }) },
    { name: "Postman's built-in awsv4 auth", spec: collection({ auth: awsv4, body }) },
    ...extra(options['large-script'], (text) => [text], (exec) => collection({ exec, body })),
  ];
  const samples = await measure(large, url, largeRequests);
  const [largeEmpty, largeNone] = samples;
  console.log(`\nPOST with a ${(Buffer.byteLength(body) / 1048576).toFixed(2)} MB JSON body, ${largeRequests} requests per variant and round\n`);
  console.log(
    markdownTable(
      ['variant', 'CPU ms per request', 'ms over the empty script, same round', 'ms over no script, same round'],
      large.map((variant, index) => [variant.name, median(samples[index]).toFixed(2), over(samples[index], largeEmpty), over(samples[index], largeNone)]),
    ),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
