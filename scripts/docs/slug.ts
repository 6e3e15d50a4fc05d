/**
 * GitHub's anchor for a heading, as github-slugger makes it (the library github.com's renderer
 * follows): the heading's text as rendered (code spans without their backticks, links as their
 * text), lower-cased, every character that is not a letter, a digit, a mark, `_`, `-` or a space
 * removed, then each space turned into `-`. A second heading with the same slug gets `-1`, a
 * third `-2`, and so on.
 */
export function githubSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** The anchors of headings in document order, numbered as GitHub numbers repeated ones. */
export function anchorsOf(headings: string[]): string[] {
  const seen = new Map<string, number>();
  return headings.map((text) => {
    const base = githubSlug(text);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count}`;
  });
}
