/**
 * Runs one script the way the Postman app does: in postman-sandbox 6.7.4, the version
 * postman-runtime 7.56.1 (npm `latest`) depends on (`npm view postman-runtime@7.56.1
 * dependencies`). One SandboxRun is one collection run: a single sandbox context, so state the
 * scripts keep between requests (the evaluated bundle, the credential cache) lives on like it does
 * in the app, where the runner keeps one context per run.
 *
 * The host side answers the events a script raises, as postman-runtime 7.56.1 does in
 * lib/runner/extensions/event.command.js:
 * - `execution.vault.<id>` (id, cmd, key): `dispatch(event, id, error, value)`; the runtime
 *   answers the string 'Vault access denied' when scripts may not read Vault, which the sandbox
 *   turns into `new Error(...)` (postman-sandbox lib/sandbox/vault.js). Without Vault the harness
 *   disables the API (`disabledAPIs: ['vault']`), so `pm.vault` is undefined as in newman 6.2.
 * - `execution.request.<id>` (cursor, id, requestId, request): answered on
 *   `execution.response.<id>` with (requestId, error, response); an error goes out serialised
 *   and without its stack (serialisedError, `delete error.stack`).
 * - `execution.skipRequest.<id>`: the request is not sent.
 * `resolvedPackages` feeds `pm.require` (without it the sandbox leaves pm.require undefined).
 * postman-sandbox's own tests drive it the same way: test/unit/sandbox-libraries/pm.test.js
 * (vault, sendRequest) and pm-require.test.js.
 */
import { request as httpRequest } from 'node:http';
import { createRequire } from 'node:module';
import { Url } from 'postman-collection';

const nodeRequire = createRequire(__filename);

/** A postman-collection Request definition (v2.1 `request` object). */
export type RequestJson = Record<string, any>;
export type Variables = Record<string, string>;

export interface ResponseAnswer {
  code: number;
  status?: string;
  headers?: Record<string, string>;
  body: string;
}

/** Answers one pm.sendRequest: resolve with the response, reject with a network-style error. */
export type SendRequestAnswer = (request: RequestJson) => Promise<ResponseAnswer>;

/**
 * Answers pm.sendRequest with a real HTTP call from Node (loopback stand-ins are http). Only raw
 * bodies, which is what the credential calls send; anything else is refused rather than guessed.
 */
export const overHttp: SendRequestAnswer = (request) =>
  new Promise((resolve, reject) => {
    const body = request.body as { mode?: string; raw?: string } | undefined;
    if (body && body.mode && body.mode !== 'raw') return reject(new Error(`overHttp sends raw bodies only, not ${body.mode}`));
    const url = new URL(new Url(request.url).toString());
    if (url.protocol !== 'http:') return reject(new Error(`overHttp calls http only, not ${url.protocol}`));
    const headers: Record<string, string> = {};
    for (const header of (request.header as Array<{ key: string; value: string; disabled?: boolean }>) || []) if (!header.disabled) headers[header.key] = header.value;
    const call = httpRequest(url, { method: request.method || 'GET', headers, timeout: 10_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ code: response.statusCode as number, status: response.statusMessage, headers: response.headers as Record<string, string>, body: Buffer.concat(chunks).toString('utf8') }),
      );
      response.on('error', reject);
    });
    call.on('timeout', () => call.destroy(Object.assign(new Error(`${url.host} did not answer within 10 s`), { code: 'ETIMEDOUT' })));
    call.on('error', reject);
    call.end(body && body.raw !== undefined ? body.raw : undefined);
  });

export interface ScriptRun {
  /** The script's source, exactly as pasted into the collection. */
  script: string;
  request: RequestJson;
  /** Variable scopes (pm.variables reads local > data > environment > collection > global). */
  variables?: { local?: Variables; data?: Variables; environment?: Variables; collection?: Variables; globals?: Variables };
  /**
   * Postman Vault: name -> value (a name not in the map reads as undefined, like an unset
   * secret); 'denied' when scripts may not read it; absent: no pm.vault at all.
   */
  vault?: Record<string, string> | 'denied';
  sendRequest?: SendRequestAnswer;
  /** Packages pm.require loads: name (`npm:postman-sigv4@0.1.0`) -> CommonJS source. */
  packages?: Record<string, string>;
  /** 'prerequest' (default) or 'test'. */
  listen?: 'prerequest' | 'test';
  /** For post-response scripts: the response the script sees. */
  response?: ResponseAnswer;
  timeoutMs?: number;
}

export interface TestResult {
  name: string;
  passed: boolean;
  error?: string;
}

export interface ScriptResult {
  /** pm.request as the script left it (what the runtime goes on to send). */
  request: RequestJson;
  tests: TestResult[];
  /** Every console call, its arguments joined by a space. */
  console: string[];
  skipped: boolean;
  /** A script error the sandbox reported (an uncaught throw or rejection). */
  errors: string[];
  /** Names the script asked Vault for, in order. */
  vaultReads: string[];
  /** Every request pm.sendRequest made. */
  sentRequests: RequestJson[];
  /** The local variables (pm.variables.set) after the script. */
  localVariables: Variables;
}

interface SandboxContext {
  on(event: string, listener: (...args: any[]) => void): void;
  removeAllListeners(event: string): void;
  dispatch(event: string, ...args: unknown[]): void;
  execute(event: object, options: object, callback: (error: Error | null, result: any) => void): void;
  dispose(): void;
}

interface SandboxModule {
  createContext(options: object, callback: (error: Error | null, context: SandboxContext) => void): void;
}

const DEFAULT_TIMEOUT_MS = 20_000;

function scope(values: Variables = {}) {
  return Object.entries(values).map(([key, value]) => ({ key, value, type: 'any' }));
}

function responseJson(answer: ResponseAnswer) {
  return {
    code: answer.code,
    status: answer.status ?? '',
    header: Object.entries(answer.headers ?? {}).map(([key, value]) => ({ key, value })),
    body: answer.body,
  };
}

function serialisedError(error: unknown) {
  const { name, message, code } = error as { name?: string; message?: string; code?: string };
  return { name: name ?? 'Error', message: message ?? String(error), ...(code ? { code } : {}) };
}

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

export interface SandboxRun {
  run(options: ScriptRun): Promise<ScriptResult>;
  dispose(): void;
}

/** Opens one sandbox context (one collection run). Dispose it when done. */
export async function openSandbox(): Promise<SandboxRun> {
  const Sandbox = nodeRequire('postman-sandbox') as SandboxModule;
  const context = await withTimeout(
    new Promise<SandboxContext>((resolve, reject) => Sandbox.createContext({ timeout: DEFAULT_TIMEOUT_MS }, (error, ctx) => (error ? reject(error) : resolve(ctx)))),
    30_000,
    'postman-sandbox createContext',
  );
  let executions = 0;
  const consoleLines = new Map<string, string[]>();
  context.on('console', (cursor: { execution?: string }, _level: string, ...args: unknown[]) => {
    const lines = cursor && cursor.execution ? consoleLines.get(cursor.execution) : undefined;
    if (lines) lines.push(args.map(text).join(' '));
  });

  const run = (options: ScriptRun): Promise<ScriptResult> => {
    const id = `execution-${++executions}`;
    const result: Omit<ScriptResult, 'request' | 'localVariables'> = { tests: [], console: [], skipped: false, errors: [], vaultReads: [], sentRequests: [] };
    consoleLines.set(id, result.console);
    const events = ['vault', 'request', 'assertion', 'error', 'skipRequest'].map((name) => `execution.${name}.${id}`);

    context.on(`execution.assertion.${id}`, (_cursor: unknown, assertions: Array<{ name: string; passed: boolean; error?: { message?: string } | null }>) => {
      for (const assertion of assertions) {
        result.tests.push({ name: assertion.name, passed: assertion.passed, ...(assertion.error ? { error: assertion.error.message } : {}) });
      }
    });
    context.on(`execution.error.${id}`, (_cursor: unknown, error: { message?: string }) => result.errors.push(error && error.message ? error.message : text(error)));
    context.on(`execution.skipRequest.${id}`, () => {
      result.skipped = true;
    });
    context.on(`execution.vault.${id}`, (eventId: string, command: string, key: string) => {
      const vault = options.vault;
      const answer = (error: string | null, value?: string) => context.dispatch(`execution.vault.${id}`, eventId, error, value);
      if (command === 'get') result.vaultReads.push(key);
      if (typeof vault !== 'object') return answer('Vault access denied');
      if (command !== 'get') return answer(`Invalid vault command: ${command}`);
      answer(null, Object.prototype.hasOwnProperty.call(vault, key) ? vault[key] : undefined);
    });
    context.on(`execution.request.${id}`, (_cursor: unknown, executionId: string, requestId: string, request: RequestJson) => {
      result.sentRequests.push(request);
      const respond = (...args: unknown[]) => context.dispatch(`execution.response.${executionId}`, requestId, ...args);
      if (!options.sendRequest) return respond(serialisedError(new Error('this test gives pm.sendRequest no answer')));
      options.sendRequest(request).then(
        (response) => respond(null, responseJson(response)),
        (error) => respond(serialisedError(error)),
      );
    });

    const variables = options.variables ?? {};
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const execution = new Promise<ScriptResult>((resolve, reject) => {
      context.execute(
        { listen: options.listen ?? 'prerequest', script: { type: 'text/javascript', exec: options.script.split('\n') } },
        {
          id,
          timeout: timeoutMs,
          ...(options.vault === undefined ? { disabledAPIs: ['vault'] } : {}),
          ...(options.packages ? { resolvedPackages: Object.fromEntries(Object.entries(options.packages).map(([name, data]) => [name, { data }])) } : {}),
          context: {
            request: options.request,
            ...(options.response ? { response: responseJson(options.response) } : {}),
            _variables: scope(variables.local),
            data: variables.data ?? {},
            environment: scope(variables.environment),
            collectionVariables: scope(variables.collection),
            globals: scope(variables.globals),
          },
        },
        (error, execution) => {
          if (error) return reject(error);
          const localVariables: Variables = {};
          for (const variable of (execution._variables && execution._variables.values) || []) localVariables[variable.key] = variable.value;
          resolve({ ...result, request: execution.request, localVariables });
        },
      );
    });
    return withTimeout(execution, timeoutMs + 5_000, `script execution ${id}`).finally(() => {
      for (const event of events) context.removeAllListeners(event);
      consoleLines.delete(id);
    });
  };

  return { run, dispose: () => context.dispose() };
}
