import type { Node } from 'commonmark';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorsOf, githubSlug } from '../../scripts/docs/slug';
import { markdownPaths, parse, readPage, renderedText, ROOT } from './markdown';

/** Every link and image destination in a page, as CommonMark reads them. */
function destinations(document: Node): string[] {
  const found: string[] = [];
  const walker = document.walker();
  for (let event = walker.next(); event; event = walker.next()) {
    if (event.entering && (event.node.type === 'link' || event.node.type === 'image') && event.node.destination) found.push(event.node.destination);
  }
  return found;
}

/** The anchors GitHub gives a page's headings. */
function anchors(path: string): string[] {
  const headings: string[] = [];
  const walker = parse(readPage(path)).walker();
  for (let event = walker.next(); event; event = walker.next()) {
    if (event.entering && event.node.type === 'heading') headings.push(renderedText(event.node));
  }
  return anchorsOf(headings);
}

/** What is wrong with a relative link of `page`, or undefined when it resolves, file and heading. */
function brokenLink(page: string, destination: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(destination)) return undefined; // https:, mailto: ...
  const [pathPart, anchor] = destination.split('#') as [string, string | undefined];
  const target = pathPart === '' ? page : normalize(join(dirname(page), decodeURIComponent(pathPart)));
  if (relative(ROOT, join(ROOT, target)).startsWith('..')) return `${destination}: outside the repository`;
  if (!existsSync(join(ROOT, target))) return `${destination}: no such file ${target}`;
  if (anchor === undefined) return undefined;
  if (!target.endsWith('.md') || statSync(join(ROOT, target)).isDirectory()) return `${destination}: an anchor into ${target}, which is no Markdown page`;
  return anchors(target).indexOf(anchor) >= 0 ? undefined : `${destination}: ${target} has no heading with the anchor #${anchor}`;
}

describe('every relative link in README.md, the other root .md files and docs/ resolves, file and heading anchor', () => {
  it.each(markdownPaths())('%s', (page) => {
    const broken = destinations(parse(readPage(page)))
      .map((destination) => brokenLink(page, destination))
      .filter((problem) => problem !== undefined);
    expect(broken).toEqual([]);
  });
});

describe("GitHub's heading anchors", () => {
  it('lower-case, punctuation dropped, spaces to hyphens, code spans as their text, repeats numbered', () => {
    expect(githubSlug("Start with doctor: run it, paste the variables")).toBe('start-with-doctor-run-it-paste-the-variables');
    expect(githubSlug("An HTTP API's bare \"Forbidden\"")).toBe('an-http-apis-bare-forbidden');
    expect(githubSlug('A custom error page (403 -> 200 /index.html)')).toBe('a-custom-error-page-403---200-indexhtml');
    expect(githubSlug('sigv4_signed_headers and x-amz-*')).toBe('sigv4_signed_headers-and-x-amz-');
    expect(anchorsOf(['Usage', 'Usage', 'Usage'])).toEqual(['usage', 'usage-1', 'usage-2']);
    expect(renderedText(parse('## Start with `doctor`: run *it*, [paste](x.md) the variables').firstChild!)).toBe('Start with doctor: run it, paste the variables');
  });

  it('the check finds a missing file, a missing heading and a link out of the repository', () => {
    expect(brokenLink('docs/cli.md', 'nosuch.md')).toBe('nosuch.md: no such file docs/nosuch.md');
    expect(brokenLink('docs/cli.md', '#no-such-heading')).toBe('#no-such-heading: docs/cli.md has no heading with the anchor #no-such-heading');
    expect(brokenLink('docs/cli.md', '../../outside.md')).toBe('../../outside.md: outside the repository');
    expect(brokenLink('docs/cli.md', '#running-the-cli')).toBeUndefined();
    expect(brokenLink('README.md', 'docs/cli.md#running-the-cli')).toBeUndefined();
    expect(brokenLink('README.md', 'https://example.com/#anything')).toBeUndefined();
  });
});
