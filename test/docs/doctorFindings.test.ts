import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage, ROOT, section } from './markdown';

/** Every finding code src/cloudfront can report (`code: '...'` in its findings). */
function findingCodes(): string[] {
  const dir = join(ROOT, 'src', 'cloudfront');
  const codes = readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .flatMap((name) => [...readFileSync(join(dir, name), 'utf8').matchAll(/\bcode: '([a-z-]+)'/g)].map((match) => match[1]));
  return [...new Set(codes)].sort();
}

describe("docs/cloudfront.md lists every finding code doctor can report, and no other", () => {
  it('the "Finding codes" item of "What doctor judges"', () => {
    const judges = section(readPage('docs/cloudfront.md'), '## What `doctor` judges');
    const item = judges.slice(judges.indexOf('**Finding codes:**'), judges.indexOf('\n- **', judges.indexOf('**Finding codes:**')));
    const listed = [...item.matchAll(/`([a-z-]+)`/g)].map((match) => match[1]).sort();
    expect(findingCodes().length).toBeGreaterThan(10);
    expect(listed).toEqual(findingCodes());
  });
});
