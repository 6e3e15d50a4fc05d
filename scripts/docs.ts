/**
 * Writes the generated parts of docs/: each command's `--help` in docs/cli.md (from
 * `node dist/cli.cjs ... --help`, so run `npm run build` first), and the diagnosis catalogue in
 * docs/diagnosis.md (from test/diagnose/catalogue.ts). A generated part sits between
 *   <!-- BEGIN generated KEY: `npm run docs` writes this part; do not edit it -->
 *   <!-- END generated KEY -->
 * and everything around it is written by hand. `npm run docs` writes; test/docs/generated.test.ts compares.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { writeFileAtomic } from '../src/cli/files';
import { program } from '../src/cli/main';
import { renderCatalogue } from './docs/diagnosisCatalogue';

export const ROOT = join(__dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.cjs');

/** Every command line whose --help docs/cli.md holds: the top level, each command and each subcommand. */
export function helpCommands(): string[][] {
  const walk = (command: Command, path: string[]): string[][] => [path, ...command.commands.flatMap((sub) => walk(sub, [...path, sub.name()]))];
  return walk(program(), []);
}

export function helpKey(path: string[]): string {
  return `help ${['postman-sigv4', ...path].join(' ')}`;
}

/** What `node dist/cli.cjs ... --help` prints, as a fenced block. Piped, so commander wraps at 80 columns. */
export function helpBlock(path: string[]): string {
  const output = execFileSync(process.execPath, [CLI, ...path, '--help'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, COLUMNS: '' } });
  return ['```text', output.trimEnd(), '```'].join('\n');
}

const GENERATORS: Record<string, () => Map<string, string>> = {
  'docs/cli.md': () => new Map(helpCommands().map((path) => [helpKey(path), helpBlock(path)])),
  'docs/diagnosis.md': () => new Map([['diagnosis catalogue', renderCatalogue()]]),
};

const BEGIN = /^<!-- BEGIN generated (.+?): `npm run docs` writes this part; do not edit it -->$/;

export function beginMarker(key: string): string {
  return `<!-- BEGIN generated ${key}: \`npm run docs\` writes this part; do not edit it -->`;
}

export function endMarker(key: string): string {
  return `<!-- END generated ${key} -->`;
}

/**
 * The page with each generated part written anew. Every part the generator makes must have its
 * markers in the page, and every marked part a generator: a part cannot go missing unnoticed.
 */
export function regenerate(page: string, parts: Map<string, string>, path: string): string {
  const lines = page.split('\n');
  const out: string[] = [];
  const seen = new Set<string>();
  for (let index = 0; index < lines.length; index++) {
    out.push(lines[index]);
    const begin = BEGIN.exec(lines[index]);
    if (!begin) continue;
    const key = begin[1];
    const part = parts.get(key);
    if (part === undefined) throw new Error(`${path}: no generator for the part "${key}"`);
    const end = lines.indexOf(endMarker(key), index + 1);
    if (end < 0) throw new Error(`${path}: "${beginMarker(key)}" has no "${endMarker(key)}"`);
    out.push('', part, '', endMarker(key));
    seen.add(key);
    index = end;
  }
  const missing = [...parts.keys()].filter((key) => !seen.has(key));
  if (missing.length) throw new Error(`${path}: add the markers for ${missing.map((key) => `"${key}"`).join(', ')}`);
  return out.join('\n');
}

/** Each page with generated parts, as `npm run docs` would write it. */
export function generatedPages(): Map<string, string> {
  const pages = new Map<string, string>();
  for (const [path, generate] of Object.entries(GENERATORS)) pages.set(path, regenerate(readFileSync(join(ROOT, path), 'utf8'), generate(), path));
  return pages;
}

if (require.main === module) {
  for (const [path, text] of generatedPages()) {
    if (readFileSync(join(ROOT, path), 'utf8') === text) continue;
    writeFileAtomic(join(ROOT, path), text);
    process.stdout.write(`wrote ${path}\n`);
  }
}
