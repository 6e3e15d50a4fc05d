import { Parser } from 'commonmark';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { program } from '../src/cli/main';
import { markdownPaths, readPage, row, section } from './docs/markdown';

const ROOT = join(__dirname, '..');

/** Every text a user copies a command from: the Markdown files at the root and in docs/, and the CLI's own help texts. */
function userTexts(): Array<[string, string]> {
  const cli = (readdirSync(join(ROOT, 'src', 'cli'), { recursive: true }) as string[]).filter((name) => name.endsWith('.ts')).map((name) => join('src', 'cli', name));
  return [...markdownPaths(), ...cli].map((path) => [path, readFileSync(join(ROOT, path), 'utf8')]);
}

/** `npx [flags] postman-sigv4` where the flags lack --no-install (e.g. `npx postman-sigv4`, `npx -y postman-sigv4`). */
function bareNpx(text: string): string[] {
  return [...text.matchAll(/\bnpx((?:\s+-\S+)*)\s+postman-sigv4\b/g)].filter((match) => !/(^|\s)--no-install\b/.test(match[1])).map((match) => match[0]);
}

describe('no example runs a bare `npx postman-sigv4` (the package is not published: npx would fetch whatever is)', () => {
  it('the check finds a bare npx with or without other flags', () => {
    expect(bareNpx('run `npx postman-sigv4 inject` or npx -y postman-sigv4, not npx --no-install postman-sigv4')).toEqual(['npx postman-sigv4', 'npx -y postman-sigv4']);
  });

  it('the texts checked include README.md, the other root pages, every docs/ page and the CLI', () => {
    const paths = userTexts().map(([path]) => path);
    expect(paths).toEqual(expect.arrayContaining(['README.md', 'SECURITY.md', 'CONTRIBUTING.md', 'docs/cli.md', 'docs/cloudfront.md', join('src', 'cli', 'main.ts')]));
  });

  it.each(userTexts())('%s', (_path, text) => {
    expect(bareNpx(text)).toEqual([]);
  });

  it('docs/cli.md says how to run the CLI from a clone or a packed tarball', () => {
    const cli = readPage('docs/cli.md');
    expect(cli).toContain('npx --no-install postman-sigv4');
    expect(cli).toMatch(/npm pack/);
    expect(cli).toMatch(/npm install -g \.\/postman-sigv4-[\d.]+\.tgz/);
  });
});

/**
 * A line that runs something, as a user would copy it; not prose that starts with a tool's name
 * ("newman handles each line ...").
 */
const COMMAND_LINE = /^(npx \S|npm (run|ci|install|test|pack|view)\b|node ([./~-]|\S+\.(c?js|mjs|ts)\b)|postman-sigv4 (inject|print|canonical|presign|credentials|run|doctor|-)|newman run\b|bash \S|curl \S|aws [a-z]|git (clone|show)\b|wscat \S)/;

/**
 * The lines that start with a command but are not in a fenced block or a code span, as
 * CommonMark (commonmark.js, the reference parser) reads the page: a command in rendered prose
 * (e.g. indented under a list item, which renders as part of the item's paragraph), and a
 * command in an indented code block, which does not survive being moved into a list and is
 * easy to miss as code.
 */
function commandsOutsideCode(markdown: string): string[] {
  const walker = new Parser().parse(markdown).walker();
  const lines = markdown.split('\n');
  const found: string[] = [];
  let lineStart = false;
  for (let event = walker.next(); event; event = walker.next()) {
    if (!event.entering) continue;
    const { node } = event;
    if (node.type === 'code_block') {
      // A fenced block's first source line is its fence; an indented block's is code.
      const first = lines[node.sourcepos[0][0] - 1].trimStart();
      if (!/^(```|~~~)/.test(first)) found.push(...(node.literal || '').split('\n').filter((line) => COMMAND_LINE.test(line.trimStart())).map((line) => line.trim()));
      lineStart = false;
    } else if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'softbreak' || node.type === 'linebreak') lineStart = true;
    else if (node.type === 'text') {
      if (lineStart && COMMAND_LINE.test((node.literal || '').trimStart())) found.push((node.literal || '').trim());
      lineStart = false;
    } else if (node.type !== 'document' && node.type !== 'list' && node.type !== 'item' && node.type !== 'block_quote') lineStart = false;
  }
  return found;
}

describe('every command line in the root .md files and docs/ is in a fenced block or a code span under CommonMark (issue 23 item 18)', () => {
  it('the check finds a command in prose or in an indented block, and passes fenced blocks and code spans', () => {
    expect(commandsOutsideCode('- in a clone:\n\n    npx --no-install postman-sigv4 print prerequest\n')).toEqual(['npx --no-install postman-sigv4 print prerequest']);
    expect(commandsOutsideCode('Run\nnpm test\nto test.\n')).toEqual(['npm test']);
    expect(commandsOutsideCode('Text.\n\n    npm ci\n    # a comment\n')).toEqual(['npm ci']);
    expect(commandsOutsideCode('See\nnewman handles each line on every request, and\nnode modules are large.\n')).toEqual([]);
    expect(commandsOutsideCode('```\nnpm test\n```\n\n~~~sh\nnpm ci\n~~~\n\n- item\n\n  ```sh\n  npx newman run c.json\n  ```\n\nRun `npm test` or\n`npx --no-install postman-sigv4`.\n')).toEqual([]);
  });

  it.each(markdownPaths().map((path) => [path, readPage(path)]))('%s', (_path, text) => {
    expect(commandsOutsideCode(text)).toEqual([]);
  });
});

describe('README.md is a front door', () => {
  const readme = readPage('README.md');

  it('of at most ~150 lines', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(150);
  });

  it('its test command is `npm test`, and .ci/run runs exactly that command last', () => {
    const develop = section(readme, '## Develop and test');
    const fenced = [...develop.matchAll(/```sh\n([^`]*)```/g)].map((match) => match[1].trim());
    expect(fenced).toEqual(['npm test']);
    const ciLines = readFileSync(join(ROOT, '.ci', 'run'), 'utf8').trim().split('\n');
    expect(ciLines[ciLines.length - 1]).toBe('npm test');
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.test).toBe('tsc --noEmit && vitest run');
  });

  it('links every page of docs/ in its table of pages', () => {
    const docs = section(readme, '## Documentation');
    for (const path of markdownPaths().filter((page) => page.startsWith('docs/') || page === 'SECURITY.md' || page === 'CONTRIBUTING.md')) expect(docs).toContain(`](${path})`);
  });

  it('the comparison table has the rows for OAC, custom error pages, WebSocket APIs and OpenSearch Serverless / VPC Lattice', () => {
    const comparison = section(readme, "## Compared with Postman's built-in AWS Signature auth");
    for (const first of ['OAC in front of a Lambda function URL', 'custom error pages explained', 'WebSocket APIs with IAM authorization (`wss://`)', 'OpenSearch Serverless, VPC Lattice', 'sign for another host and path (CloudFront origin)', 'explain a 403']) {
      expect(row(comparison, first)).toHaveLength(3);
    }
  });

  it('item 21: the top table names every CLI command', () => {
    const commands = program().commands.flatMap((command) => (command.commands.length ? command.commands.map((sub) => `${command.name()} ${sub.name()}`) : [command.name()]));
    expect(commands).toEqual(expect.arrayContaining(['inject', 'print', 'canonical', 'credentials serve', 'run', 'doctor', 'presign']));
    const cliRow = row(readme, '`npx --no-install postman-sigv4`').join(' | ');
    for (const command of commands) expect(cliRow).toContain(`\`${command}\``);
  });
});

describe('statements from issue 23, on the pages where they now live', () => {
  const flat = (text: string) => text.replace(/\s+/g, ' ');

  it('item 19 (docs/cli.md): npx --no-install works only in the clone, and elsewhere node /path/to/clone/dist/cli.cjs does', () => {
    const running = flat(section(readPage('docs/cli.md'), '## Running the CLI'));
    expect(running).toMatch(/`npx --no-install postman-sigv4` works only with the clone as the current directory/);
    expect(running).toContain('node /path/to/clone/dist/cli.cjs');
  });

  it('item 22 (docs/local-stack.md, and the README quick start): the newman command for the local stack', () => {
    const command = 'npx newman run collections/cloudfront-apigw.postman_collection.json -e collections/local.postman_environment.json';
    expect(readPage('docs/local-stack.md')).toContain(command);
    expect(readPage('README.md')).toContain(command);
  });

  it('item 27 (docs/s3.md): next to the presign recipe, that newman prints a presigned URL whole, session token included', () => {
    expect(flat(section(readPage('docs/s3.md'), '## A presigned URL carries the session token'))).toMatch(/newman's CLI output prints the presigned URL whole, `X-Amz-Security-Token` included/);
  });

  it("item 2 (docs/credentials.md): next to the credentials serve recipe, that plain newman --verbose prints the endpoint's answer, and that `run` redacts it", () => {
    const serve = flat(section(readPage('docs/credentials.md'), '## Any AWS profile in the Postman app: `credentials serve`'));
    expect(serve).toMatch(/`--verbose` prints the credentials\.\*\* newman's CLI reporter prints every request and response body with `--verbose`, the script's own credential calls included: the credentials endpoint's answer/);
    expect(serve).toMatch(/STS `AssumeRole`'s `SecretAccessKey` and `SessionToken`/);
    expect(serve).toMatch(/`postman-sigv4 run` replaces every secret of these calls/);
    expect(flat(readPage('SECURITY.md'))).toMatch(/Plain `newman --verbose`\*\* prints every request and response body, the script's own credential calls included/);
  });
});
