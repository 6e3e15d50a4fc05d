/**
 * Reading the project's Markdown for the documentation tests: which pages there are, a page's
 * sections, its tables, its links and headings as CommonMark (commonmark.js, the reference
 * parser) reads them.
 */
import { Parser, type Node } from 'commonmark';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

export const ROOT = join(__dirname, '..', '..');

/** README.md and every other .md at the root (SECURITY.md, CONTRIBUTING.md, BENCHMARKS.md, ...), and every page in docs/. */
export function markdownPaths(): string[] {
  const root = readdirSync(ROOT).filter((name) => name.endsWith('.md'));
  const docs = existsSync(join(ROOT, 'docs')) ? readdirSync(join(ROOT, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`) : [];
  return [...root.sort(), ...docs.sort()];
}

export function readPage(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

/** The text under a heading (given with its #s), up to the next heading of the same level or higher. */
export function section(page: string, heading: string): string {
  const level = /^#+/.exec(heading)![0].length;
  const start = page.split('\n').indexOf(heading);
  expect(start, `no heading "${heading}"`).toBeGreaterThanOrEqual(0);
  const lines = page.split('\n').slice(start + 1);
  const end = lines.findIndex((line) => {
    const match = /^(#+) /.exec(line);
    return !!match && match[1].length <= level;
  });
  return (end < 0 ? lines : lines.slice(0, end)).join('\n');
}

/** Each body row of the tables in a text, as its cells: no header rows, no separator rows. */
export function tableRows(text: string): string[][] {
  const lines = text.split('\n');
  const isRow = (line: string | undefined) => line !== undefined && line.startsWith('|');
  return lines
    .filter((line, index) => isRow(line) && isRow(lines[index - 1]) && !/^\|[\s|:-]+\|$/.test(line))
    .map((line) => line.replace(/^\|\s*|\s*\|$/g, '').split(/\s+\|\s+/));
}

/** A table row's cells, by its first cell. */
export function row(text: string, firstCell: string): string[] {
  const found = tableRows(text).find((cells) => cells[0] === firstCell);
  expect(found, firstCell).toBeDefined();
  return found!;
}

/** The text of a node as rendered: text, code spans' contents, and the text of links and emphasis. */
export function renderedText(node: Node): string {
  let text = '';
  const walker = node.walker();
  for (let event = walker.next(); event; event = walker.next()) {
    if (event.entering && (event.node.type === 'text' || event.node.type === 'code')) text += event.node.literal || '';
    else if (event.entering && (event.node.type === 'softbreak' || event.node.type === 'linebreak')) text += ' ';
  }
  return text;
}

export function parse(markdown: string): Node {
  return new Parser().parse(markdown);
}
