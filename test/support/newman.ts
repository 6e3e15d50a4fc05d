/**
 * Runs collections in real newman (so in the real postman-sandbox), programmatically or through
 * its CLI, and hands back what a user would see.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import newman, { type NewmanRunSummary } from 'newman';

export const SCHEMA = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';
const ROOT = join(__dirname, '..', '..');

export interface RunResult {
  summary: NewmanRunSummary;
  /** Every console message the scripts logged. */
  console: string[];
  /** The message of every error a script threw that the sandbox caught. */
  exceptions: string[];
  /** `test name: message` of every failed assertion or script error. */
  failures: string[];
  /** Status code of each request that was sent, in order. */
  codes: number[];
}

export type Variables = Record<string, string>;

export function environment(values: Variables) {
  return { values: Object.entries(values).map(([key, value]) => ({ key, value, enabled: true })) };
}

export function runNewman(options: { collection: object; environment?: Variables; globals?: Variables; timeoutMs?: number; newmanOptions?: Record<string, unknown> }): Promise<RunResult> {
  const messages: string[] = [];
  const exceptions: string[] = [];
  return new Promise((resolve, reject) => {
    newman
      .run(
        {
          collection: options.collection as any,
          environment: options.environment ? (environment(options.environment) as any) : undefined,
          globals: options.globals ? (environment(options.globals) as any) : undefined,
          reporters: [],
          timeoutRequest: 10_000,
          timeout: options.timeoutMs ?? 120_000,
          ...options.newmanOptions,
        },
        (error, summary) => {
          if (error) return reject(error);
          resolve({
            summary,
            console: messages,
            exceptions,
            failures: summary.run.failures.map((f: any) => `${f.error.test || f.error.name}: ${f.error.message}`),
            codes: summary.run.executions.filter((e: any) => e.response).map((e: any) => e.response.code),
          });
        },
      )
      .on('console', (_error: unknown, args: any) => messages.push(args.messages.map(String).join(' ')))
      .on('exception', (_error: unknown, args: any) => exceptions.push(String(args.error && args.error.message)));
  });
}

export interface CliResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  /** The JSON reporter's file, as text. */
  jsonReport: string;
}

/** `newman run` as a user types it, with the CLI and JSON reporters. */
export async function runNewmanCli(collection: object, options: { environment?: Variables; data?: Variables[]; extraArgs?: string[] } = {}): Promise<CliResult> {
  const dir = mkdtempSync(join(tmpdir(), 'postman-sigv4-'));
  try {
    const args = [join(ROOT, 'node_modules', 'newman', 'bin', 'newman.js'), 'run', join(dir, 'collection.json'), '--color', 'off', '-r', 'cli,json', '--reporter-json-export', join(dir, 'report.json')];
    writeFileSync(join(dir, 'collection.json'), JSON.stringify(collection));
    if (options.environment) {
      writeFileSync(join(dir, 'env.json'), JSON.stringify(environment(options.environment)));
      args.push('-e', join(dir, 'env.json'));
    }
    if (options.data) {
      writeFileSync(join(dir, 'data.json'), JSON.stringify(options.data));
      args.push('-d', join(dir, 'data.json'));
    }
    args.push(...(options.extraArgs || []));
    const { exitCode, stdout, stderr } = await runProcess(process.execPath, args, 60_000);
    let jsonReport = '';
    try {
      jsonReport = readFileSync(join(dir, 'report.json'), 'utf8');
    } catch {
      jsonReport = '';
    }
    return { exitCode, stdout, stderr, jsonReport };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs a program to its end (killed after timeoutMs) without blocking the event loop: the stand-ins it calls may run in this process. */
export function runProcess(command: string, args: string[], timeoutMs: number, env?: NodeJS.ProcessEnv): Promise<{ exitCode: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      resolve({ exitCode, stdout, stderr });
    });
  });
}

/**
 * The executions of the collection's own requests. newman's summary (and its JSON report) also
 * lists each pm.sendRequest call as an execution of the item that made it, before the item's own.
 */
export function requestExecutions(executions: any[]): any[] {
  const last = new Map<string, any>();
  for (const execution of executions) last.set(`${execution.cursor.iteration}/${execution.item.id}`, execution);
  return Array.from(last.values());
}

/** The built pre-request script, as users paste it. */
export function distScript(name: 'sigv4-prerequest.js' | 'sigv4-diagnose.js' | 'sigv4-prerequest.compact.js' | 'sigv4-diagnose.compact.js'): string {
  return readFileSync(join(ROOT, 'dist', name), 'utf8');
}

/** A v2.1 collection with the given scripts at collection level. */
export function collectionWith(items: object[], scripts: { prerequest?: string; test?: string }, extra: object = {}): object {
  const event: object[] = [];
  if (scripts.prerequest) event.push({ listen: 'prerequest', script: { type: 'text/javascript', exec: scripts.prerequest.split('\n') } });
  if (scripts.test) event.push({ listen: 'test', script: { type: 'text/javascript', exec: scripts.test.split('\n') } });
  return { info: { name: 'postman-sigv4 test', schema: SCHEMA }, item: items, event, ...extra };
}
