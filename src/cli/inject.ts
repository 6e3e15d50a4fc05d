import { Command } from 'commander';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { version } from '../../package.json';
import { VARIABLE } from '../postman/variables';
import { embedScripts, type Collection, type SigV4Scripts } from './collection';
import { setCollectionVariables, storedSecrets } from './collectionVariables';
import { CliError, report, runAction } from './errors';
import { refuseReadOnly, writeFileAtomic } from './files';
import { detectFormat, formatJson } from './jsonFormat';
import { ScriptBlockError } from './scriptBlockError';
import { findScript, readScript, scriptFile } from './scripts';
import { settingsFromFlags } from './settings';
import { parseCollection } from './validateCollection';

export interface InjectOptions {
  output?: string;
  signingHost?: string;
  originPath?: string;
}

function fileError(error: unknown, action: string, file: string): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new CliError(action === 'read' ? `${file} does not exist; pass the path of a collection file.` : `cannot write ${file}: its folder does not exist.`);
  if (code === 'EISDIR') return new CliError(`${file} is a folder; pass a collection file.`);
  if (code === 'EACCES' || code === 'EPERM') return new CliError(`cannot ${action} ${file}: permission denied.`);
  return new CliError(`cannot ${action} ${file}: ${(error as Error).message}.`);
}

/** The variables to set, checked by the pre-request script's own rules unless they refer to {{variables}}. */
function variablesToSet(options: InjectOptions): Array<[string, string]> {
  const given = [
    { name: VARIABLE.signingHost, flag: '--signing-host', setting: 'signingHost', value: options.signingHost },
    { name: VARIABLE.originPath, flag: '--origin-path', setting: 'originPath', value: options.originPath },
  ] as const;
  const values: Array<[string, string]> = [];
  for (const { name, flag, setting, value } of given) {
    if (value === undefined) continue;
    if (value.trim() === '') throw new CliError(`${flag} is empty; give a value, or leave the flag out.`);
    if (value.indexOf('{{') < 0) settingsFromFlags({ [setting]: value });
    values.push([name, value.trim()]);
  }
  return values;
}

function readInput(file: string): string {
  try {
    if (statSync(file).isDirectory()) throw new CliError(`${file} is a folder; pass a collection file.`);
    return readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw fileError(error, 'read', file);
  }
}

function write(target: string, text: string): boolean {
  try {
    if (existsSync(target)) {
      const stats = statSync(target);
      if (stats.isDirectory()) throw new CliError(`${target} is a folder; give -o a file name.`);
      if (readFileSync(target, 'utf8') === text) return false;
      refuseReadOnly(target, stats.mode, target, 'write the result elsewhere with -o');
    }
    writeFileAtomic(target, text);
    return true;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw fileError(error, 'write', target);
  }
}

/** The collection with the scripts embedded; a script it cannot edit safely is bad input, named with its file. */
function embedInto(collection: Collection, scripts: SigV4Scripts, file: string): Collection {
  try {
    return embedScripts(collection, scripts);
  } catch (error) {
    if (error instanceof ScriptBlockError) throw new CliError(`${file}: ${error.message}`);
    throw error;
  }
}

/** The collection file, read and checked. */
export function readCollection(file: string): { input: string; collection: Collection } {
  const input = readInput(file);
  return { input, collection: parseCollection(input, file) };
}

// The compact forms, as the build embeds them in collections/: nobody reads an embedded exec
// element, and newman ships its whole text into the sandbox for every request.
const EMBEDDED = { compact: true };

/** A copy of the collection with this package's scripts at collection level; `diagnose` is false when this package lacks that script. */
export function withSigV4Scripts(collection: Collection, file: string): { injected: Collection; diagnose: boolean } {
  const prerequest = readScript('prerequest', EMBEDDED);
  const diagnose = findScript('diagnose', EMBEDDED);
  return { injected: embedInto(collection, { version, prerequest, diagnose }, file), diagnose: diagnose !== undefined };
}

/** Everything is checked before anything is written; the write itself is atomic. */
export function inject(file: string, options: InjectOptions): void {
  const variables = variablesToSet(options);
  const { input, collection } = readCollection(file);
  const { injected, diagnose } = withSigV4Scripts(collection, file);
  const format = detectFormat(input);
  // The file as it would be with the scripts alone: equal to the input when only variables change.
  const scriptsChanged = formatJson(injected, format) !== input;
  setCollectionVariables(injected, variables);

  const target = options.output || file;
  const changed = write(target, formatJson(injected, format));
  for (const name of storedSecrets(collection)) {
    report(`warning: ${file} stores ${name} as a collection variable, which is shared with the collection. Kept as is; move it to an environment variable of type secret and delete it from the collection.`);
  }
  if (!diagnose) report(`note: this package has no ${scriptFile('diagnose', EMBEDDED)}; only the pre-request script was injected.`);
  const scripts = diagnose ? 'pre-request and diagnose scripts' : 'pre-request script';
  const set = variables.length ? `; set ${variables.map(([name, value]) => `${name}=${value}`).join(', ')}` : '';
  const done = !changed
    ? `${target} is already up to date.`
    : scriptsChanged
      ? `${scripts} injected at collection level into ${target}${set}.`
      : `${target}: ${variables.length ? set.slice(2) : `written from ${file}`}; its scripts were already up to date.`;
  process.stdout.write(`postman-sigv4 ${version}: ${done}\n`);
  process.stdout.write(`Next: set ${VARIABLE.accessKeyId} and ${VARIABLE.secretAccessKey} (and ${VARIABLE.sessionToken} for temporary credentials) in a Postman environment, as secret values.\n`);
}

export function injectCommand(): Command {
  return new Command('inject')
    .description('add the postman-sigv4 scripts at collection level of a Postman v2.1 collection (again: updates them)')
    .argument('<collection>', 'a Postman Collection v2.1 JSON file')
    .option('-o, --output <file>', 'write the result here; without it, <collection> is replaced (only after it parsed)')
    .option('--signing-host <host>', `set the collection variable ${VARIABLE.signingHost}: the host API Gateway sees, e.g. abc123.execute-api.us-east-1.amazonaws.com`)
    .option('--origin-path <path>', `set the collection variable ${VARIABLE.originPath}: CloudFront's origin path, e.g. /prod`)
    .addHelpText(
      'after',
      [
        '',
        'The scripts go between "// >>> postman-sigv4" and "// <<< postman-sigv4" marker lines, after your own',
        'collection-level scripts, so the signer runs last; running inject again replaces them, and so does a',
        'copy of dist/sigv4-*.js pasted by hand at collection level. Folder and request scripts are not',
        'touched. Credentials are never written: keep aws_access_key_id, aws_secret_access_key and',
        'aws_session_token in an environment (secret type).',
        '',
        'Example: npx --no-install postman-sigv4 inject api.postman_collection.json --signing-host abc123.execute-api.us-east-1.amazonaws.com --origin-path /prod',
      ].join('\n'),
    )
    .action((file: string, options: InjectOptions) => runAction(() => inject(file, options)));
}
