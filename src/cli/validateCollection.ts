import type { Collection } from './collection';
import { CliError } from './errors';

const V21_SCHEMA = /\/json\/collection\/v2\.1\.\d+\/collection\.json$/;
const EXPORT = 'export it from Postman as Collection v2.1 (collection menu > Export)';

function convertHint(file: string, from: string): string {
  return `${EXPORT}, or convert it: npx postman-collection-transformer convert -i ${file} -o converted.json -j ${from} -p 2.1.0 -P`;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** The JSON text, parsed; a syntax error is reported with its line and column. */
function parseJson(text: string, file: string): unknown {
  if (text.trim() === '') throw new CliError(`${file} is empty; pass a Postman collection file: ${EXPORT}.`);
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message);
    let where = '';
    if (position) {
      const before = text.slice(0, Number(position[1])).split('\n');
      where = ` at line ${before.length} column ${before[before.length - 1].length + 1}`;
    }
    // V8 quotes the text around the error ("..." is not valid JSON): a collection may hold tokens, so that part is left out.
    const reason = message.replace(/ in JSON at position \d+.*$/, '').replace(/, (\.\.\.)?".*$/s, '');
    throw new CliError(`${file} is not valid JSON${where} (${reason}); fix the file or ${EXPORT}.`);
  }
}

/** Why a JSON document that is not a v2.1 collection is not one, with what to do instead. */
function refusal(doc: Record<string, unknown>, file: string): string | undefined {
  const scope = doc._postman_variable_scope;
  if (scope === 'environment' || scope === 'globals' || (Array.isArray(doc.values) && !('item' in doc))) {
    return `${file} is a Postman ${scope === 'globals' ? 'globals' : 'environment'} file, not a collection; pass the collection file (*.postman_collection.json).`;
  }
  if (Array.isArray(doc.requests) || (!('info' in doc) && Array.isArray(doc.order))) {
    return `${file} is a Postman Collection v1 file, which postman-sigv4 does not read; ${convertHint(file, '1.0.0')}.`;
  }
  if (!('info' in doc) && doc.collection && typeof doc.collection === 'object' && 'info' in (doc.collection as object)) {
    return `${file} holds the collection inside a "collection" property (a Postman API response); save the value of "collection" as the file, or ${EXPORT}.`;
  }
  const info = doc.info as Record<string, unknown> | undefined;
  if (!info || typeof info !== 'object' || Array.isArray(info) || !Array.isArray(doc.item)) {
    return `${file} is JSON but not a Postman collection (it needs "info" and an "item" array); pass a collection file: ${EXPORT}.`;
  }
  const schema = info.schema;
  if (typeof schema !== 'string') return `${file} has no info.schema, so it is not an exported collection; ${EXPORT}.`;
  if (/\/v2\.0\.\d+\//.test(schema)) return `${file} is a Postman Collection v2.0 file; ${convertHint(file, '2.0.0')}.`;
  if (!V21_SCHEMA.test(schema)) return `${file} has schema ${schema}, which is not Postman Collection v2.1; ${EXPORT}.`;
  for (const key of ['event', 'variable'] as const) {
    if (doc[key] !== undefined && !Array.isArray(doc[key])) return `${file}: "${key}" is ${kindOf(doc[key])}, not an array as v2.1 requires; ${EXPORT}.`;
  }
  if (((doc.event || []) as unknown[]).some(isMalformedEvent)) {
    return `${file}: a collection-level "event" entry is not a script event (it needs "listen", and "script.exec" as text or a list of lines); ${EXPORT}.`;
  }
  return undefined;
}

function isMalformedEvent(event: unknown): boolean {
  if (!event || typeof event !== 'object') return true;
  const { listen, script } = event as { listen?: unknown; script?: { exec?: unknown } };
  if (typeof listen !== 'string') return true;
  if (script === undefined) return false;
  if (!script || typeof script !== 'object') return true;
  const exec = script.exec;
  return !(exec === undefined || typeof exec === 'string' || (Array.isArray(exec) && exec.every((line) => typeof line === 'string')));
}

/** The collection in `text` (the contents of `file`), or a CliError saying what the file is instead. */
export function parseCollection(text: string, file: string): Collection {
  const doc = parseJson(text.replace(/^\uFEFF/, ''), file);
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new CliError(`${file} holds ${kindOf(doc)} of JSON, not a Postman collection; pass a collection file: ${EXPORT}.`);
  }
  const problem = refusal(doc as Record<string, unknown>, file);
  if (problem) throw new CliError(problem);
  return doc as Collection;
}
