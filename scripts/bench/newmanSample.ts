/**
 * One sample of bench:newman, in a process of its own: `tsx newmanSample.ts SPEC.json`, where the
 * file holds { collection, environment, requests, warmUp, failuresPerRequest }. It runs newman on
 * the collection warmUp times, then `requests` times, and prints the CPU ms (user + system) per
 * request of that second run. A fresh process per sample: in one long-lived process newman's heap
 * grew to ~650 MB over a run and its garbage collection moved single samples by +-20%
 * (2026-12-04, BENCHMARKS.md). The loopback server stays in the parent, outside this figure.
 */
import { readFileSync } from 'node:fs';
import newman from 'newman';

interface SampleSpec {
  name: string;
  collection: object;
  environment: Record<string, string>;
  requests: number;
  warmUp: number;
  /** Failures newman must report per request: the diagnosis's one failing test on a 403. */
  failuresPerRequest: number;
}

function run(spec: SampleSpec, requests: number): Promise<void> {
  return new Promise((resolve, reject) => {
    newman.run(
      {
        collection: spec.collection as any,
        iterationCount: requests,
        environment: { values: Object.entries(spec.environment).map(([key, value]) => ({ key, value })) } as any,
        reporters: [],
      },
      (error, summary) => {
        if (error) return reject(error);
        const failures = summary.run.failures;
        const expected = requests * spec.failuresPerRequest;
        if (failures.length !== expected || failures.some((failure) => !/SigV4 diagnosis/.test(JSON.stringify(failure.error)))) {
          return reject(new Error(`${spec.name}: ${failures.length} failures, ${expected} expected: ${JSON.stringify(failures[0]?.error)}`));
        }
        resolve();
      },
    );
  });
}

async function main(): Promise<void> {
  // tsx turns source maps on, and Node then scans every script vm compiles for a sourceURL
  // comment: a cost per byte that newman's own CLI does not pay (measured with --cpu-prof).
  process.setSourceMapsEnabled(false);
  const spec = JSON.parse(readFileSync(process.argv[2], 'utf8')) as SampleSpec;
  await run(spec, spec.warmUp);
  const before = process.cpuUsage();
  await run(spec, spec.requests);
  const cpu = process.cpuUsage(before);
  process.stdout.write(`${(cpu.user + cpu.system) / 1000 / spec.requests}\n`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
