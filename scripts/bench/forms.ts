/**
 * The scripts bench:newman measures, each as the exec elements of a collection script: this
 * project's forms as users get them, the floor (floorSigner.js) and the floor padded to each
 * form's size, which isolates what newman charges for a script's bytes and elements.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
export const EXAMPLE_COLLECTION = 'collections/cloudfront-apigw.postman_collection.json';

export const lines = (text: string): string[] => text.split('\n');
export const characters = (exec: string[]): number => exec.reduce((sum, element) => sum + element.length, 0);
export const describe = (exec: string[]): string => `${(characters(exec) / 1024).toFixed(1)} KB, ${exec.length} exec element${exec.length > 1 ? 's' : ''}`;

export const readRoot = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

/**
 * `code` followed by comment lines, `length` characters in `elements` exec elements in all:
 * what newman charges for a script of that size and shape beyond the work `code` does. On
 * 2026-12-03 a string literal, a comment and code cost the same per byte (BENCHMARKS.md).
 */
export function padded(code: string, length: number, elements: number): string[] {
  const comments = Math.max(1, elements - 1);
  const missing = length - code.length - (elements === 1 ? 1 : 0);
  if (missing < comments * 3) throw new Error(`cannot pad ${code.length} characters to ${length} in ${elements} elements`);
  const each = Math.floor(missing / comments);
  const padding = Array.from({ length: comments }, (_, index) => '//' + 'x'.repeat((index === comments - 1 ? missing - each * (comments - 1) : each) - 2));
  const exec = elements === 1 ? [`${code}\n${padding[0]}`] : [code, ...padding];
  if (characters(exec) !== length || exec.length !== elements) throw new Error('padding miscounted');
  return exec;
}

/** The postman-sigv4 block of the example collection's `listen` script, exactly as the build embeds it. */
export function embeddedBlock(listen: 'prerequest' | 'test'): string[] {
  const collection = JSON.parse(readRoot(EXAMPLE_COLLECTION)) as { event: Array<{ listen: string; script: { exec: string[] } }> };
  const exec = collection.event.find((event) => event.listen === listen)?.script.exec ?? [];
  const block = exec.filter((element) => element.includes('// >>> postman-sigv4 '));
  if (block.length !== 1) throw new Error(`${EXAMPLE_COLLECTION} has no postman-sigv4 ${listen} block in one element`);
  return block;
}
