/**
 * Signs per second, side by side in one process: aws4, @smithy/signature-v4 and this core.
 * Rounds are interleaved so that a noisy neighbour slows all three alike; the median is reported.
 * Run: npm run bench
 */
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import aws4 from 'aws4';
import CryptoJS from 'crypto-js';
import { performance } from 'node:perf_hooks';
import { sha256Hex, signRequest, type SignedHeaders } from '../../src/sigv4';
import { signerFor } from '../../src/sigv4/signingKey';
import { LARGE_JSON_BODY } from './benchRequest';
import { machine, markdownTable, median } from './stats';

const ROUNDS = 7;
const HOST = 'abc123defg.execute-api.eu-west-1.amazonaws.com';
const credentials = {
  accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  sessionToken: 'IQoJb3JpZ2luX2VjEXAMPLE'.padEnd(800, 'x'),
};
const smithy = new SignatureV4({ credentials, region: 'eu-west-1', service: 'execute-api', sha256: Sha256, applyChecksum: false });

interface Case {
  name: string;
  iterations: number;
  method: string;
  path: string;
  query: string;
  body: string;
}
const cases: Case[] = [
  { name: 'API Gateway GET with a session token', iterations: 2000, method: 'GET', path: '/prod/pets/42', query: 'type=dog&page=2&sort=name', body: '' },
  { name: `POST with a ${(Buffer.byteLength(LARGE_JSON_BODY) / 1048576).toFixed(2)} MB JSON body`, iterations: 8, method: 'POST', path: '/prod/pets', query: '', body: LARGE_JSON_BODY },
];

type Signer = (c: Case) => unknown | Promise<unknown>;
const signers: Record<string, Signer> = {
  'postman-sigv4 core': (c) =>
    signRequest({ method: c.method, path: c.path, query: c.query, headers: [['content-type', 'application/json']], body: c.body, host: HOST, credentials, region: 'eu-west-1', service: 'execute-api', date: new Date() }),
  aws4: (c) =>
    aws4.sign({ host: HOST, method: c.method, path: c.query ? `${c.path}?${c.query}` : c.path, headers: { 'content-type': 'application/json' }, body: c.body, service: 'execute-api', region: 'eu-west-1' }, credentials),
  '@smithy/signature-v4': (c) =>
    smithy.sign({ method: c.method, protocol: 'https:', hostname: HOST, path: c.path, query: Object.fromEntries(new URLSearchParams(c.query)), headers: { host: HOST, 'content-type': 'application/json' }, body: c.body }),
};

async function opsPerSecond(signer: Signer, c: Case): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < c.iterations; i++) await signer(c);
  return (c.iterations * 1000) / (performance.now() - start);
}

function timeMs(fn: () => unknown, iterations: number): number {
  const start = performance.now();
  for (let i = 0; i < iterations; i++) fn();
  return (performance.now() - start) / iterations;
}

async function main(): Promise<void> {
  const rows: Array<Array<string | number>> = [];
  for (const c of cases) {
    const samples: Record<string, number[]> = {};
    for (const name of Object.keys(signers)) await opsPerSecond(signers[name], { ...c, iterations: Math.max(1, c.iterations >> 3) });
    for (let round = 0; round < ROUNDS; round++) {
      for (const name of Object.keys(signers)) (samples[name] = samples[name] || []).push(await opsPerSecond(signers[name], c));
    }
    const ours = median(samples['postman-sigv4 core']);
    for (const name of Object.keys(signers)) {
      const ops = median(samples[name]);
      rows.push([c.name, name, ops.toFixed(ops < 100 ? 1 : 0), (ops / ours).toFixed(2)]);
    }
  }
  console.log(`${machine()}; median of ${ROUNDS} interleaved rounds\n`);
  console.log(markdownTable(['request', 'signer', 'signs/s', 'relative to this core'], rows));

  // Where the time goes, for one request of each kind.
  const small = cases[0];
  const get = signers['postman-sigv4 core'](small) as SignedHeaders;
  const sign = signerFor(credentials.secretAccessKey, get.amzDate.slice(0, 8), 'eu-west-1', 'execute-api');
  const parts: Array<[string, number]> = [
    ['whole signRequest, GET', timeMs(() => signers['postman-sigv4 core'](small), 2000)],
    [`SHA-256 of its canonical request (${get.canonicalRequest.length} B)`, timeMs(() => sha256Hex(get.canonicalRequest), 2000)],
    ['HMAC of its string to sign, cached key', timeMs(() => sign(get.stringToSign), 2000)],
    ['signing key derivation (4 HMACs, uncached) and its HMAC', timeMs(() => signerFor(credentials.secretAccessKey + Math.random(), '20261125', 'eu-west-1', 'execute-api'), 2000)],
    ['SHA-256 of the 1 MB body', timeMs(() => sha256Hex(LARGE_JSON_BODY), 8)],
    ['whole signRequest, 1 MB POST', timeMs(() => signers['postman-sigv4 core'](cases[1]), 8)],
  ];
  console.log('\n' + markdownTable(['step', 'ms per call'], parts.map(([name, ms]) => [name, ms.toFixed(3)])));
  bodyHashes();
}

/** SHA-256 of the 1 MB body (a string, UTF-8 encoded by each), interleaved rounds, ratio to @aws-crypto/sha256-js per round. */
function bodyHashes(): void {
  const hashes: Record<string, () => unknown> = {
    '@aws-crypto/sha256-js (Sha256.update, digestSync)': () => {
      const hash = new Sha256();
      hash.update(LARGE_JSON_BODY);
      return hash.digestSync();
    },
    'this core, sha256Hex (typed arrays, sha256Bytes.ts)': () => sha256Hex(LARGE_JSON_BODY),
    'crypto-js 3.3.0, CryptoJS.SHA256(text) (what a naive signer calls)': () => CryptoJS.SHA256(LARGE_JSON_BODY).toString(),
  };
  const names = Object.keys(hashes);
  const samples: number[][] = names.map(() => []);
  for (const name of names) timeMs(hashes[name], 2);
  for (let round = 0; round < ROUNDS; round++) names.forEach((name, index) => samples[index].push(timeMs(hashes[name], 4)));
  const [reference] = samples;
  console.log(`\nSHA-256 of the ${(Buffer.byteLength(LARGE_JSON_BODY) / 1048576).toFixed(2)} MB body, ${ROUNDS} interleaved rounds of 4\n`);
  console.log(
    markdownTable(
      ['hash', 'median ms', 'median ratio to @aws-crypto/sha256-js, same round'],
      names.map((name, index) => [name, median(samples[index]).toFixed(1), median(samples[index].map((ms, round) => ms / reference[round])).toFixed(2)]),
    ),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
