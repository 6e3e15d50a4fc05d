import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');

/** Every text a user copies a command from: the README and the CLI's own help texts. */
function userTexts(): Array<[string, string]> {
  const cli = readdirSync(join(ROOT, 'src', 'cli')).map((name) => join('src', 'cli', name));
  return ['README.md', ...cli].map((path) => [path, readFileSync(join(ROOT, path), 'utf8')]);
}

describe('no example runs a bare `npx postman-sigv4` (the package is not published: npx would fetch whatever is)', () => {
  it.each(userTexts())('%s', (_path, text) => {
    expect(text.match(/npx (?!--no-install )postman-sigv4/g) || []).toEqual([]);
  });

  it('the README says how to run the CLI from a clone or a packed tarball', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('npx --no-install postman-sigv4');
    expect(readme).toMatch(/npm pack/);
    expect(readme).toMatch(/npm install -g \.\/postman-sigv4-[\d.]+\.tgz/);
  });
});
