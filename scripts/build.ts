/**
 * Builds the paste-able scripts into dist/, the same entries as the package `main` for
 * pm.require, and embeds the scripts at collection level in every collection under collections/. `npm run build` writes; the staleness test compares.
 */
import { build, transform, type Plugin } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { embedScripts, type SigV4Scripts } from '../src/cli/collection';
import { writeFileAtomic } from '../src/cli/files';

export const ROOT = join(__dirname, '..');
/** package.json `main`: what pm.require('npm:postman-sigv4@VERSION') loads. */
export const PACKAGE_MAIN = 'dist/index.cjs';
/**
 * Built files that are programs: package.json `bin`. Committed as 100755 (git keeps only that
 * bit), so the first `npx --no-install postman-sigv4`, which sets it, leaves a clone unmodified.
 */
export const EXECUTABLES = ['dist/cli.cjs'];
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };

const VARIABLES_READ = [
  'aws_access_key_id, aws_secret_access_key, aws_session_token (optional); any may be {{vault:NAME}}',
  'or fetches temporary credentials: aws_credentials_url + aws_credentials_token,',
  '  or aws_cognito_identity_pool_id (+ aws_cognito_user_pool_id with aws_cognito_id_token, or',
  '  aws_cognito_client_id, aws_cognito_username, aws_cognito_password, aws_cognito_client_secret);',
  '  aws_role_arn, aws_role_session_name, aws_role_external_id, aws_role_duration_seconds on top;',
  '  aws_sts_endpoint, aws_cognito_idp_endpoint, aws_cognito_identity_endpoint override endpoints',
  'aws_region, aws_service (inferred from the signing host when empty)',
  'sigv4_signing_host, sigv4_origin_path, sigv4_signed_headers',
  'sigv4_unsigned_payload, sigv4_debug, sigv4_skip',
  'sigv4_auth_location (header or query), sigv4_presign_expires (seconds, with query)',
  "sigv4_cloudfront_oac (CloudFront's origin access control signs: only x-amz-content-sha256 is sent, no credentials)",
];

function banner(title: string, lines: string[]): string {
  return [
    `// ${pkg.name} ${pkg.version}: ${title}`,
    '// https://github.com/postman-sigv4/postman-sigv4 - generated from src/ by `npm run build`; do not edit.',
    ...lines.map((line) => `// ${line}`),
  ].join('\n');
}

interface BundledEntry {
  kind: string;
  /** An expression that evaluates to the entry's exports (`{ run }`). */
  expression: string;
  /** Names this exact build, so a kept entry is never one of another version. */
  key: string;
}

/**
 * crypto-js as the sandbox's require() returns it, in a parameter of the script's wrapper
 * (keptEntry): bundling a copy would cost evaluation time per request, and leaving the import to
 * esbuild as an external adds its CommonJS interop helpers (__toESM, __require, __copyProps, ~2 KB
 * that every request ships) for this one module.
 */
const SANDBOX_CRYPTO_JS = 'sandboxCryptoJs';
const sandboxCryptoJs: Plugin = {
  name: 'sandbox-crypto-js',
  setup(plugins) {
    plugins.onResolve({ filter: /^crypto-js$/ }, () => ({ path: 'crypto-js', namespace: 'sandbox' }));
    plugins.onLoad({ filter: /^crypto-js$/, namespace: 'sandbox' }, () => ({ contents: `export default ${SANDBOX_CRYPTO_JS};`, loader: 'js' }));
  },
};

/** `export { a, b as c };`, the end of esbuild's ESM output, as the object literal `{ a, c: b }`. */
function exportsObject(code: string, entry: string): { body: string; exports: string } {
  const match = /\nexport \{\n([^}]*)\n\};\n$/.exec(code);
  if (!match || /^(import|export)\b/m.test(code.slice(0, match.index + 1))) throw new Error(`unexpected esbuild output for ${entry}`);
  const names = match[1].split(',').map((name) => name.trim().split(/\s+as\s+/));
  return { body: code.slice(0, match.index + 1), exports: `{ ${names.map(([local, exported]) => (exported ? `${exported}: ${local}` : local)).join(', ')} }` };
}

async function bundleEntry(kind: string, entry: string): Promise<BundledEntry> {
  const result = await build({
    entryPoints: [join(ROOT, 'src', 'entries', entry)],
    bundle: true,
    write: false,
    // ESM output is the modules' code at top level, without esbuild's export helpers (__export,
    // __toCommonJS) or the two spaces of indentation an IIFE adds to every line; it is wrapped in
    // a function that returns the exports below.
    format: 'esm',
    platform: 'browser',
    target: 'es2019',
    plugins: [sandboxCryptoJs],
    minify: false,
    legalComments: 'none',
    // ASCII only (other characters as \u escapes): one character beyond Latin-1 makes V8 keep
    // the whole source as a two-byte string, and newman compiles it for every request
    // (BENCHMARKS.md, 2026-12-03: +8% CPU per request for one "…" in an error message).
    charset: 'ascii',
  });
  const { body, exports } = exportsObject(result.outputFiles[0].text, entry);
  // Not re-indented: template literals in the bundle hold line breaks that are part of their text.
  const expression = `(() => {\n${body}return ${exports};\n})()`;
  const key = `${pkg.name} ${kind} ${pkg.version} ${createHash('sha256').update(expression).digest('hex').slice(0, 12)}`;
  return { kind, expression, key };
}

/**
 * The entry, kept on the sandbox's crypto-js module under its key, then `call`ed. newman
 * evaluates a script anew for every request (and pm.require a package anew for every execution),
 * but the sandbox keeps required modules for the whole run, so every request after the first
 * reuses the already evaluated (and JIT-compiled) bundle, ~2 ms less per request (BENCHMARKS.md),
 * and its run cache. Where the module cannot keep it, the entry is simply evaluated every time.
 */
function keptEntry(entry: BundledEntry, call: string, start = ''): string[] {
  return [
    `${start}(function (${SANDBOX_CRYPTO_JS}, key) {`,
    '  "use strict";',
    `  var entry = ${SANDBOX_CRYPTO_JS}[key];`,
    '  if (!entry) {',
    '    entry = ' + entry.expression + ';',
    '    try {',
    `      Object.defineProperty(${SANDBOX_CRYPTO_JS}, key, { value: entry });`,
    '    } catch (error) {',
    '      // Nothing to keep it on: the next request evaluates the script again.',
    '    }',
    '  }',
    `  ${call}`,
    `})(require("crypto-js"), ${JSON.stringify(entry.key)});`,
  ];
}

/** The paste-able script: runs the entry with the sandbox's own pm and console. */
function pastedScript(entry: BundledEntry, header: string): string {
  return [header, ...keptEntry(entry, 'entry.run(pm, console);'), ''].join('\n');
}

/**
 * The same program minified, for pasting and for embedding: the Postman app exports a pasted
 * script one exec element per line, and newman handles each element, ships the whole text into
 * its sandbox and back, and compiles it, on every request (~3.7 us per element, ~4-11 us per KB;
 * BENCHMARKS.md). So: a short banner, then one line. The bundle's own names are shortened by esbuild; the wrapper keeps
 * its names (pastedScript.ts finds pasted copies by them). The readable file stays the reference
 * to audit; test/build.test.ts minifies its bundle again and compares.
 */
export async function minifiedExpression(expression: string): Promise<string> {
  const { code } = await transform(expression, { minify: true, target: 'es2019', charset: 'ascii', legalComments: 'none' });
  // Minified code breaks lines only inside template literals, where the escape \n is the same
  // string (no tagged template in src/ reads .raw): so the code is one line, one exec element.
  return code.trimEnd().replace(/;$/, '').replace(/\n/g, '\\n');
}

async function compactScript(entry: BundledEntry, header: string, readableFile: string): Promise<string> {
  // The wrapper and the bundle apart: in one file esbuild would rename the wrapper's names too.
  const placeholder = 'postmanSigv4Bundle';
  const wrapper = (await transform(keptEntry({ ...entry, expression: placeholder }, 'entry.run(pm, console);').join('\n'), { minifyWhitespace: true, target: 'es2019', charset: 'ascii' })).code.trimEnd();
  const bundle = await minifiedExpression(entry.expression);
  const [title, source] = header.split('\n');
  const note = `// Compact form of ${readableFile}, the readable reference (its banner lists the variables; docs/variables.md too): the same program minified, for pasting and embedding.`;
  return [title, source, note, wrapper.replace(placeholder, () => bundle), ''].join('\n');
}

/**
 * The package `main` for pm.require('npm:NAME@VERSION'): CommonJS exporting one function per
 * entry that takes pm (a package sees no free pm in postman-sandbox 6: pm-require.js blocks it for
 * `npm:` names) and optionally a console. Loading it does nothing; crypto-js is required on the
 * first call, so Node can load the file without the sandbox or crypto-js.
 */
function packageMain(entries: BundledEntry[]): string {
  const lines = [
    `// ${pkg.name} ${pkg.version}: the package for pm.require('npm:${pkg.name}@${pkg.version}') in the Postman app and the Postman CLI.`,
    '// https://github.com/postman-sigv4/postman-sigv4 - generated from src/ by `npm run build`; do not edit.',
    ...entries.map((entry) => `// ${entry.kind}(pm[, console]) does what dist/sigv4-${entry.kind}.js does.`),
    '"use strict";',
    '',
    'var SILENT = { log: function () {}, warn: function () {} };',
    '',
    '/** The console to log to: the one given, else the sandbox\'s (packages see it in postman-sandbox 6.7.4), else none. */',
    'function consoleOf(log) {',
    '  if (log) return log;',
    '  return typeof console !== "undefined" ? console : SILENT;',
    '}',
    '',
    'function requirePm(pm, name) {',
    '  if (!pm || typeof pm !== "object" || !pm.request || !pm.variables) {',
    `    throw new TypeError("${pkg.name}: " + name + "(pm) needs the Postman script's pm object; in a collection script write pm.require('npm:${pkg.name}@${pkg.version}')." + name + "(pm)");`,
    '  }',
    '}',
  ];
  for (const entry of entries) {
    lines.push(
      '',
      `exports.${entry.kind} = function ${entry.kind}(pm, log) {`,
      `  requirePm(pm, ${JSON.stringify(entry.kind)});`,
      '  var console = consoleOf(log);',
      ...keptEntry(entry, 'return entry.run(pm, console);', 'return ').map((line) => (line.indexOf('    entry = ') === 0 ? line : '  ' + line)),
      '};',
    );
  }
  return lines.join('\n') + '\n';
}

const HEADERS = {
  prerequest: banner('pre-request script. Paste at collection level (Scripts > Pre-request).', [
    'Signs every request with AWS Signature V4 for the host and path the AWS service sees.',
    'Reads these variables (environment, collection or globals):',
    ...VARIABLES_READ.map((line) => '  ' + line),
    'Sets the local variables sigv4_canonical_request and sigv4_string_to_sign (token redacted), and sigv4_presigned_url with query auth (token redacted; the full link is pm.request.url.toString()).',
  ]),
  diagnose: banner('post-response script. Paste at collection level (Scripts > Post-response).', [
    'On a SigV4 rejection from API Gateway, adds one failing test "SigV4 diagnosis" naming the cause and the fix.',
    'Compares API Gateway\'s canonical string with the one the pre-request script kept in sigv4_canonical_request.',
  ]),
};

async function bundleEntries(): Promise<{ prerequest: BundledEntry; diagnose: BundledEntry }> {
  return { prerequest: await bundleEntry('prerequest', 'prerequest.ts'), diagnose: await bundleEntry('diagnose', 'diagnose.ts') };
}

/**
 * The `postman-sigv4` bin: Node, with commander and the AWS SDK's credential providers bundled.
 * Bundling freezes the SDK at the lockfile's versions, tested on Node 20: as a dependency, its
 * own `^` ranges would let `npx` install later @aws-sdk/* releases, and those published after
 * January 2027 require Node 22. newman stays a dependency (`run` loads it, and it finds the
 * user's newman-reporter-* packages from where it is installed).
 */
async function bundleCli(): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, 'src', 'entries', 'cli.ts')],
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    charset: 'utf8',
    external: ['newman'],
  });
  return result.outputFiles[0].text;
}

/** Every file the build writes, path relative to the repository root -> content. */
export async function buildOutputs(): Promise<Map<string, string>> {
  const entries = await bundleEntries();
  // The collections embed the compact forms: nobody reads an embedded exec element, and newman
  // ships its whole text into the sandbox for every request.
  const embedded: SigV4Scripts = {
    version: pkg.version,
    prerequest: await compactScript(entries.prerequest, HEADERS.prerequest, 'dist/sigv4-prerequest.js'),
    diagnose: await compactScript(entries.diagnose, HEADERS.diagnose, 'dist/sigv4-diagnose.js'),
  };
  const outputs = new Map<string, string>([
    ['dist/sigv4-prerequest.js', pastedScript(entries.prerequest, HEADERS.prerequest)],
    ['dist/sigv4-diagnose.js', pastedScript(entries.diagnose, HEADERS.diagnose)],
    [PACKAGE_MAIN, packageMain([entries.prerequest, entries.diagnose])],
    ['dist/sigv4-prerequest.compact.js', embedded.prerequest],
    ['dist/sigv4-diagnose.compact.js', embedded.diagnose as string],
  ]);
  outputs.set('dist/cli.cjs', await bundleCli());
  const collections = join(ROOT, 'collections');
  for (const name of readdirSync(collections).filter((file) => file.endsWith('.postman_collection.json')).sort()) {
    const path = join('collections', name);
    const collection = JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
    outputs.set(path, JSON.stringify(embedScripts(collection, embedded), null, 2) + '\n');
  }
  return outputs;
}

/** Windows has no executable bit to keep. */
function lacksExecutableBit(path: string): boolean {
  return EXECUTABLES.indexOf(path) >= 0 && process.platform !== 'win32' && (statSync(join(ROOT, path)).mode & 0o111) !== 0o111;
}

/** The built files whose committed copy differs from what the build writes now, content or executable bit. */
export function staleOutputs(outputs: Map<string, string>): string[] {
  return Array.from(outputs)
    .filter(([path, content]) => !existsSync(join(ROOT, path)) || readFileSync(join(ROOT, path), 'utf8') !== content || lacksExecutableBit(path))
    .map(([path]) => path);
}

async function main(): Promise<void> {
  const outputs = await buildOutputs();
  for (const [path, content] of outputs) writeFileAtomic(join(ROOT, path), content, EXECUTABLES.indexOf(path) >= 0 ? { mode: 0o755 } : {});
  console.log(`built ${Array.from(outputs.keys()).join(', ')}`);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
