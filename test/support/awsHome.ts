/**
 * A throwaway HOME for the CLI's credential tests: ~/.aws/config and ~/.aws/credentials written
 * from text, the SSO token cache, and the environment that points the AWS SDK at them and at the
 * stand-ins (AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL_SSO). Never the real ~/.aws.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runProcess } from './newman';

export const CLI = join(__dirname, '..', '..', 'dist', 'cli.cjs');

export interface AwsHome {
  home: string;
  env: NodeJS.ProcessEnv;
  /** Writes ~/.aws/sso/cache/<sha1(session)>.json as `aws sso login` does. */
  cacheSsoToken(session: string, token: { accessToken: string; expiresAt: Date; startUrl: string; region: string }): void;
  remove(): void;
}

export function awsHome(files: { config?: string; credentials?: string }, extraEnv: NodeJS.ProcessEnv = {}): AwsHome {
  const home = mkdtempSync(join(tmpdir(), 'postman-sigv4-home-'));
  mkdirSync(join(home, '.aws', 'sso', 'cache'), { recursive: true });
  writeFileSync(join(home, '.aws', 'config'), files.config ?? '');
  writeFileSync(join(home, '.aws', 'credentials'), files.credentials ?? '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    AWS_CONFIG_FILE: join(home, '.aws', 'config'),
    AWS_SHARED_CREDENTIALS_FILE: join(home, '.aws', 'credentials'),
    // No instance metadata lookups from the default chain.
    AWS_EC2_METADATA_DISABLED: 'true',
    ...extraEnv,
  };
  return {
    home,
    env,
    cacheSsoToken(session, token) {
      const file = join(home, '.aws', 'sso', 'cache', `${createHash('sha1').update(session).digest('hex')}.json`);
      writeFileSync(file, JSON.stringify({ ...token, expiresAt: token.expiresAt.toISOString() }));
    },
    remove: () => rmSync(home, { recursive: true, force: true }),
  };
}

export interface Serving {
  url: string;
  token: string;
  /** The first lines of stdout, as printed. */
  firstLines: string[];
  child: ChildProcess;
  output(): { stdout: string; stderr: string };
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** `postman-sigv4 credentials serve --port 0 ARGS` from dist/cli.cjs, until it printed its two variable lines. */
export function serveCredentials(home: AwsHome, args: string[] = []): Promise<Serving> {
  const child = spawn(process.execPath, [CLI, 'credentials', 'serve', '--port', '0', ...args], { env: home.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const kill = setTimeout(() => child.kill('SIGKILL'), 120_000);
  exited.then(() => clearTimeout(kill));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`credentials serve printed no URL within 20 s: ${stderr}`)), 20_000);
    exited.then((code) => reject(new Error(`credentials serve exited (${code}): ${stderr}`)));
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const lines = stdout.split('\n');
      if (lines.length < 3) return;
      clearTimeout(timer);
      const value = (line: string, name: string) => (line.startsWith(`${name}=`) ? line.slice(name.length + 1) : '');
      resolve({
        url: value(lines[0], 'aws_credentials_url'),
        token: value(lines[1], 'aws_credentials_token'),
        firstLines: lines.slice(0, 3),
        child,
        output: () => ({ stdout, stderr }),
        stop: (signal = 'SIGINT') => {
          child.kill(signal);
          return exited;
        },
      });
    });
  });
}

/** `postman-sigv4 ARGS` from dist/cli.cjs in this HOME, to its exit (killed after `timeoutMs`). */
export async function runCliIn(home: AwsHome, args: string[], timeoutMs = 30_000): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { exitCode, stdout, stderr } = await runProcess(process.execPath, [CLI, ...args], timeoutMs, home.env);
  return { code: exitCode, stdout, stderr };
}
