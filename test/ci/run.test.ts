import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

/**
 * .ci/run with a stand-in `npm` first on PATH (node stays the real one): which npm commands it
 * runs, that it installs the pinned Postman CLI only when that exact version is missing, and that
 * a failed install or a broken binary fails the run before `npm test`.
 */

const RUN = join(__dirname, '..', '..', '.ci', 'run');

// Logs every call; `install` writes a postman-cli of FAKE_VERSION into --prefix, or fails.
const FAKE_NPM = `#!/usr/bin/env bash
echo "npm $*" >> "$FAKE_LOG"
case "$1" in
  install)
    [ "$FAKE_INSTALL" = fail ] && { echo 'npm error 404' >&2; exit 1; }
    prefix=""; while [ $# -gt 0 ]; do [ "$1" = --prefix ] && prefix="$2"; shift; done
    mkdir -p "$prefix/node_modules/postman-cli" "$prefix/node_modules/.bin"
    echo "{\\"version\\":\\"$FAKE_VERSION\\"}" > "$prefix/node_modules/postman-cli/package.json"
    printf '#!/usr/bin/env bash\\n[ "$FAKE_BIN" = broken ] && exit 127\\necho postman "$@" >> "$FAKE_LOG"\\n' > "$prefix/node_modules/.bin/postman"
    chmod +x "$prefix/node_modules/.bin/postman";;
  test) echo "POSTMAN_CLI=$POSTMAN_CLI" >> "$FAKE_LOG";;
esac
`;

const scratch: string[] = [];
afterEach(() => scratch.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function ciRun(options: { installed?: string; install?: 'fail'; bin?: 'broken'; prefix?: boolean } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'postman-sigv4-ci-'));
  scratch.push(dir);
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'npm'), FAKE_NPM);
  chmodSync(join(bin, 'npm'), 0o755);
  const home = join(dir, 'home');
  const prefix = options.prefix === false ? join(home, '.cache', 'postman-sigv4', 'postman-cli') : join(dir, 'cache', 'postman cli');
  const log = join(dir, 'log');
  writeFileSync(log, '');
  const env: Record<string, string> = {
    PATH: `${bin}:${dirname(process.execPath)}:/usr/bin:/bin`,
    HOME: home,
    FAKE_LOG: log,
    FAKE_VERSION: '1.34.0',
    FAKE_INSTALL: options.install ?? '',
    FAKE_BIN: options.bin ?? '',
    CI: 'true',
  };
  if (options.prefix !== false) env.POSTMAN_CLI_PREFIX = prefix;
  if (options.installed) {
    spawnSync(join(bin, 'npm'), ['install', '--prefix', prefix, 'postman-cli'], { env: { ...env, FAKE_VERSION: options.installed, FAKE_LOG: join(dir, 'setup.log') } });
  }
  const result = spawnSync('bash', [RUN], { env, encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, calls: readFileSync(log, 'utf8').trim().split('\n'), prefix, output: result.stdout + result.stderr };
}

const install = (prefix: string) => `npm install --no-audit --no-fund --prefix ${prefix} postman-cli@1.34.0`;

describe('.ci/run', () => {
  it('installs the pinned postman-cli into the cache, checks it runs, and runs npm test with POSTMAN_CLI set', () => {
    const { status, calls, prefix } = ciRun();
    expect(status).toBe(0);
    expect(calls).toEqual(['npm ci --no-audit --no-fund', install(prefix), 'postman --version', `npm test`, `POSTMAN_CLI=${prefix}/node_modules/.bin/postman`]);
  });

  it('by default installs under ~/.cache/postman-sigv4/postman-cli', () => {
    const { status, calls, prefix } = ciRun({ prefix: false });
    expect(status).toBe(0);
    expect(calls[1]).toBe(install(prefix));
    expect(existsSync(join(prefix, 'node_modules', '.bin', 'postman'))).toBe(true);
  });

  it('installs nothing when exactly 1.34.0 is there, and replaces another version', () => {
    expect(ciRun({ installed: '1.34.0' }).calls).toEqual(['npm ci --no-audit --no-fund', 'postman --version', 'npm test', expect.stringMatching(/^POSTMAN_CLI=/)]);
    const other = ciRun({ installed: '1.33.0' });
    expect(other.calls[1]).toBe(install(other.prefix));
  });

  it('fails, before npm test, when the install fails', () => {
    const { status, calls, output } = ciRun({ install: 'fail' });
    expect(status).not.toBe(0);
    expect(output).toContain('npm error 404');
    expect(calls).toEqual(['npm ci --no-audit --no-fund', expect.stringMatching(/^npm install /)]);
  });

  it('fails, before npm test, when the installed binary does not run', () => {
    const { status, calls } = ciRun({ bin: 'broken' });
    expect(status).not.toBe(0);
    expect(calls.filter((call) => call.startsWith('npm test'))).toEqual([]);
  });
});
