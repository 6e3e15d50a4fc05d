/**
 * Builds the paste-able scripts into dist/ and embeds them at collection level in every
 * collection under collections/. `npm run build` writes; the staleness test compares.
 */
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { embedScripts, type SigV4Scripts } from '../src/cli/collection';
import { writeFileAtomic } from '../src/cli/files';

export const ROOT = join(__dirname, '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };

const VARIABLES_READ = [
  'aws_access_key_id, aws_secret_access_key, aws_session_token (optional)',
  'aws_region, aws_service (inferred from the signing host when empty)',
  'sigv4_signing_host, sigv4_origin_path, sigv4_signed_headers',
  'sigv4_unsigned_payload, sigv4_debug, sigv4_skip',
];

function banner(title: string, lines: string[]): string {
  return [
    `// ${pkg.name} ${pkg.version}: ${title}`,
    '// https://github.com/postman-sigv4/postman-sigv4 - generated from src/ by `npm run build`; do not edit.',
    ...lines.map((line) => `// ${line}`),
  ].join('\n');
}

/**
 * The entry bundled as an expression that evaluates to its exports, kept on the sandbox's
 * crypto-js module under a key naming this exact build. newman evaluates a script anew for every
 * request, but the sandbox keeps required modules for the whole run, so every request after the
 * first reuses the already evaluated (and JIT-compiled) bundle: ~2 ms less per request
 * (BENCHMARKS.md). Where the module cannot keep it, the script simply evaluates every time.
 */
async function bundle(kind: string, entry: string, header: string): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, 'src', 'entries', entry)],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'bundled',
    platform: 'browser',
    target: 'es2019',
    // The sandbox's require() supplies crypto-js 3.3.0; bundling a copy would cost evaluation time per request.
    external: ['crypto-js'],
    minify: false,
    legalComments: 'none',
    charset: 'utf8',
  });
  const code = result.outputFiles[0].text;
  const prefix = '"use strict";\nvar bundled = ';
  if (code.indexOf(prefix) !== 0 || !code.endsWith('})();\n')) throw new Error(`unexpected esbuild output for ${entry}`);
  const expression = code.slice(prefix.length, -2);
  const key = `${pkg.name} ${kind} ${pkg.version} ${createHash('sha256').update(expression).digest('hex').slice(0, 12)}`;
  return [
    header,
    '(function (store, key) {',
    '  "use strict";',
    '  var entry = store && store[key];',
    '  if (!entry) {',
    // Not re-indented: template literals in the bundle hold line breaks that are part of their text.
    '    entry = ' + expression + ';',
    '    try {',
    '      Object.defineProperty(store, key, { value: entry });',
    '    } catch (error) {',
    '      // Nothing to keep it on: the next request evaluates the script again.',
    '    }',
    '  }',
    '  entry.run(pm, console);',
    `})(require("crypto-js"), ${JSON.stringify(key)});`,
    '',
  ].join('\n');
}

export async function buildScripts(): Promise<SigV4Scripts> {
  const prerequest = await bundle(
    'prerequest',
    'prerequest.ts',
    banner('pre-request script. Paste at collection level (Scripts > Pre-request).', [
      'Signs every request with AWS Signature V4 for the host and path the AWS service sees.',
      'Reads these variables (environment, collection or globals):',
      ...VARIABLES_READ.map((line) => '  ' + line),
      'Sets the local variables sigv4_canonical_request and sigv4_string_to_sign (token redacted).',
    ]),
  );
  const diagnose = await bundle(
    'diagnose',
    'diagnose.ts',
    banner('post-response script. Paste at collection level (Scripts > Post-response).', [
      'On a SigV4 rejection from API Gateway, adds one failing test "SigV4 diagnosis" naming the cause and the fix.',
      'Compares API Gateway\'s canonical string with the one the pre-request script kept in sigv4_canonical_request.',
    ]),
  );
  return { version: pkg.version, prerequest, diagnose };
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
  const scripts = await buildScripts();
  const outputs = new Map<string, string>([
    ['dist/sigv4-prerequest.js', scripts.prerequest],
    ['dist/sigv4-diagnose.js', scripts.diagnose as string],
  ]);
  outputs.set('dist/cli.cjs', await bundleCli());
  const collections = join(ROOT, 'collections');
  for (const name of readdirSync(collections).filter((file) => file.endsWith('.postman_collection.json')).sort()) {
    const path = join('collections', name);
    const collection = JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
    outputs.set(path, JSON.stringify(embedScripts(collection, scripts), null, 2) + '\n');
  }
  return outputs;
}

/** The built files whose committed copy differs from what the build writes now. */
export function staleOutputs(outputs: Map<string, string>): string[] {
  return Array.from(outputs)
    .filter(([path, content]) => !existsSync(join(ROOT, path)) || readFileSync(join(ROOT, path), 'utf8') !== content)
    .map(([path]) => path);
}

async function main(): Promise<void> {
  const outputs = await buildOutputs();
  for (const [path, content] of outputs) writeFileAtomic(join(ROOT, path), content);
  console.log(`built ${Array.from(outputs.keys()).join(', ')}`);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
