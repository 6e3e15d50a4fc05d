import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');

/** Every text a user copies a command from: the Markdown files and the CLI's own help texts. */
function userTexts(): Array<[string, string]> {
  const markdown = readdirSync(ROOT).filter((name) => name.endsWith('.md'));
  const cli = (readdirSync(join(ROOT, 'src', 'cli'), { recursive: true }) as string[]).filter((name) => name.endsWith('.ts')).map((name) => join('src', 'cli', name));
  return [...markdown, ...cli].map((path) => [path, readFileSync(join(ROOT, path), 'utf8')]);
}

/** `npx [flags] postman-sigv4` where the flags lack --no-install (e.g. `npx postman-sigv4`, `npx -y postman-sigv4`). */
function bareNpx(text: string): string[] {
  return [...text.matchAll(/\bnpx((?:\s+-\S+)*)\s+postman-sigv4\b/g)].filter((match) => !/(^|\s)--no-install\b/.test(match[1])).map((match) => match[0]);
}

describe('no example runs a bare `npx postman-sigv4` (the package is not published: npx would fetch whatever is)', () => {
  it('the check finds a bare npx with or without other flags', () => {
    expect(bareNpx('run `npx postman-sigv4 inject` or npx -y postman-sigv4, not npx --no-install postman-sigv4')).toEqual(['npx postman-sigv4', 'npx -y postman-sigv4']);
  });

  it.each(userTexts())('%s', (_path, text) => {
    expect(bareNpx(text)).toEqual([]);
  });

  it('the README says how to run the CLI from a clone or a packed tarball', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('npx --no-install postman-sigv4');
    expect(readme).toMatch(/npm pack/);
    expect(readme).toMatch(/npm install -g \.\/postman-sigv4-[\d.]+\.tgz/);
  });
});
