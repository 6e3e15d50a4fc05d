/**
 * `doctor --env FILE`: a Postman environment with the variables doctor names, and empty
 * placeholders for the credentials (never a credential). An existing FILE is updated in place,
 * atomically (files.ts), keeping its other values and mode; a new one is readable by its owner
 * only, since the user fills credentials into it. A symbolic link is refused, and one that appears
 * after the check is replaced, never written through (doctor writes only to a file the user named).
 */
import { randomUUID } from 'node:crypto';
import { lstatSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { DOCTOR_VARIABLES } from '../cloudfront';
import { VARIABLE } from '../postman/variables';
import { CliError } from './errors';
import { refuseReadOnly, writeFileAtomic } from './files';

export interface EnvironmentValue {
  key: string;
  value: string;
  type?: string;
  enabled?: boolean;
  [other: string]: unknown;
}

export interface PostmanEnvironment {
  id?: string;
  name?: string;
  values: EnvironmentValue[];
  [other: string]: unknown;
}

/** Added empty when absent, so the user sees where the credentials go; `secret` hides them in Postman. */
const CREDENTIAL_PLACEHOLDERS: Array<{ key: string; type: string }> = [
  { key: VARIABLE.accessKeyId, type: 'default' },
  { key: VARIABLE.secretAccessKey, type: 'secret' },
  { key: VARIABLE.sessionToken, type: 'secret' },
];

function isEnvironment(value: unknown): value is PostmanEnvironment {
  const values = (value as { values?: unknown } | null)?.values;
  return Array.isArray(values) && values.every((entry) => entry !== null && typeof entry === 'object' && typeof (entry as { key?: unknown }).key === 'string');
}

/** A new FILE needs a folder to be created in; checked before any call, like everything about FILE. */
function refuseMissingFolder(path: string): void {
  const folder = dirname(path);
  let isFolder: boolean;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new CliError(`--env ${path}: the folder ${folder} does not exist; create it, or give --env a file in a folder that does.`);
    throw new CliError(`--env ${path}: ${(error as Error).message}`);
  }
  if (!isFolder) throw new CliError(`--env ${path}: ${folder} is not a folder; give --env a file in a folder.`);
}

/** The environment in FILE, or undefined when there is none yet; refused: a link, a folder, a read-only file, anything not a Postman environment. */
export function readEnvironmentFile(path: string): PostmanEnvironment | undefined {
  let kind: 'link' | 'folder' | 'file';
  let mode: number;
  try {
    const stat = lstatSync(path);
    kind = stat.isSymbolicLink() ? 'link' : stat.isDirectory() ? 'folder' : 'file';
    mode = stat.mode;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new CliError(`--env ${path}: ${(error as Error).message}`);
    refuseMissingFolder(path);
    return undefined;
  }
  if (kind === 'link') throw new CliError(`--env ${path} is a symbolic link; doctor does not write through links: give the path of the file itself.`);
  if (kind === 'folder') throw new CliError(`--env ${path} is a folder; give a file name, e.g. ${path}/aws.postman_environment.json.`);
  refuseReadOnly(path, mode, `--env ${path}`, 'give --env another file');
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CliError(`--env ${path} is not JSON (${(error as Error).message}); give a Postman environment file, or a new file name.`);
  }
  if (!isEnvironment(parsed)) throw new CliError(`--env ${path} is not a Postman environment (no "values" list of {key, value}); give an exported environment, or a new file name.`);
  return parsed;
}

/** sigv4_signed_headers of the environment, lowercase: doctor checks that they reach the origin too. */
export function signedHeadersOf(environment: PostmanEnvironment | undefined): string[] {
  const entry = environment?.values.find((value) => value.key === VARIABLE.signedHeaders && value.enabled !== false);
  return String(entry?.value ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '');
}

/**
 * The environment with doctor's variables: each one it names gets its value, each one it does not
 * name is emptied (a stale signing host or origin path would break the signature), the credential
 * placeholders are added when missing, and everything else is kept as it was.
 */
export function environmentWith(existing: PostmanEnvironment | undefined, variables: Record<string, string>, name: string): PostmanEnvironment {
  const environment: PostmanEnvironment = existing
    ? { ...existing, values: existing.values.map((value) => ({ ...value })) }
    : { id: randomUUID(), name, values: [], _postman_variable_scope: 'environment' };
  const upsert = (key: string, value: string, type: string) => {
    const entry = environment.values.find((candidate) => candidate.key === key);
    if (entry) {
      entry.value = value;
      entry.enabled = true;
    } else environment.values.push({ key, value, type, enabled: true });
  };
  for (const key of DOCTOR_VARIABLES) upsert(key, variables[key] ?? '', 'default');
  for (const { key, type } of CREDENTIAL_PLACEHOLDERS) {
    if (!environment.values.some((value) => value.key === key)) environment.values.push({ key, value: '', type, enabled: true });
  }
  return environment;
}

/** Owner-only, as the credentials the user fills in deserve; an existing file keeps its own mode. */
const NEW_FILE_MODE = 0o600;

export function writeEnvironmentFile(path: string, environment: PostmanEnvironment): void {
  let mode: number | undefined;
  try {
    // lstat: a link that appeared since the check is replaced, so its target's mode is not wanted either.
    mode = lstatSync(path).isFile() ? undefined : NEW_FILE_MODE;
  } catch {
    mode = NEW_FILE_MODE;
  }
  try {
    writeFileAtomic(path, JSON.stringify(environment, null, 2) + '\n', { mode, replaceSymlink: true });
  } catch (error) {
    throw new CliError(`--env ${path}: cannot write it (${(error as Error).message}); check the folder and its permissions, or give --env another file.`);
  }
}
