import { describe, expect, it } from 'vitest';
import { beginMarker, endMarker, generatedPages, helpBlock, helpCommands, helpKey, regenerate } from '../../scripts/docs';
import { readPage } from './markdown';

describe('the generated parts of docs/ are what `npm run docs` writes (run it if this fails)', () => {
  const pages = generatedPages();

  it.each([...pages.keys()])('%s', (path) => {
    expect(readPage(path)).toBe(pages.get(path));
  });
});

describe("docs/cli.md holds each command's --help verbatim, as node dist/cli.cjs prints it", () => {
  const page = readPage('docs/cli.md');
  const commands = helpCommands();

  it('every command and subcommand of the CLI is there: the top level, inject, print, canonical, presign, credentials, credentials serve, run, doctor', () => {
    expect(commands.map((path) => path.join(' '))).toEqual(expect.arrayContaining(['', 'inject', 'print', 'canonical', 'presign', 'credentials', 'credentials serve', 'run', 'doctor']));
  });

  it.each(commands.map((path) => [['postman-sigv4', ...path].join(' '), path] as const))('%s --help', (_name, path) => {
    const part = `${beginMarker(helpKey(path))}\n\n${helpBlock(path)}\n\n${endMarker(helpKey(path))}`;
    expect(page).toContain(part);
  });
});

describe('regenerate', () => {
  const parts = new Map([['a', 'new A']]);
  it('writes each marked part anew and keeps the text around it', () => {
    const page = ['# Page', beginMarker('a'), 'old', endMarker('a'), 'after'].join('\n');
    expect(regenerate(page, parts, 'page.md')).toBe(['# Page', beginMarker('a'), '', 'new A', '', endMarker('a'), 'after'].join('\n'));
  });
  it('refuses a page without the markers of a part, and a marked part nothing generates', () => {
    expect(() => regenerate('# Page', parts, 'page.md')).toThrow('page.md: add the markers for "a"');
    expect(() => regenerate([beginMarker('b'), endMarker('b')].join('\n'), parts, 'page.md')).toThrow('page.md: no generator for the part "b"');
    expect(() => regenerate(beginMarker('a'), parts, 'page.md')).toThrow('has no');
  });
});
