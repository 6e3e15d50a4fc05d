import { lstatSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { environmentWith, writeEnvironmentFile } from '../../src/cli/doctorEnvironment';
import { CliError } from '../../src/cli/errors';

/** `doctor --env FILE`'s write, at the moment of writing: what doctor's CLI tests cannot time. */
const scratch = mkdtempSync(join(tmpdir(), 'postman-sigv4-doctor-env-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const environment = environmentWith(undefined, { sigv4_signing_host: 'abc.execute-api.us-east-1.amazonaws.com' }, 'test');

describe('writeEnvironmentFile', () => {
  it('replaces a symbolic link that appeared at FILE after the check, never writing through it (review S3)', () => {
    const target = join(scratch, 'elsewhere.json');
    writeFileSync(target, 'not doctor\'s to change');
    const file = join(scratch, 'raced.postman_environment.json');
    symlinkSync(target, file);
    writeEnvironmentFile(file, environment);
    expect(readFileSync(target, 'utf8')).toBe('not doctor\'s to change');
    expect(lstatSync(file).isSymbolicLink()).toBe(false);
    expect(JSON.parse(readFileSync(file, 'utf8')).values[0].value).toBe('abc.execute-api.us-east-1.amazonaws.com');
  });

  it('a write that fails is a CliError naming --env and the file (review C3)', () => {
    const notAFolder = join(scratch, 'a-file');
    writeFileSync(notAFolder, '');
    const file = join(notAFolder, 'aws.postman_environment.json');
    expect(() => writeEnvironmentFile(file, environment)).toThrow(CliError);
    expect(() => writeEnvironmentFile(file, environment)).toThrow(`--env ${file}: cannot write it`);
  });
});
