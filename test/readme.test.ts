import { Parser } from 'commonmark';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { program } from '../src/cli/main';

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

/** A line that runs something, as a user would copy it. */
const COMMAND_LINE = /^(npx|npm|node|postman-sigv4|newman|bash|curl|aws) /;

/**
 * The lines of rendered prose that start with a command: text that CommonMark (the reference
 * parser, commonmark.js) puts outside every code block and code span, e.g. a command indented
 * under a list item, which renders as part of the item's paragraph.
 */
function commandsOutsideCode(markdown: string): string[] {
  const walker = new Parser().parse(markdown).walker();
  const found: string[] = [];
  let lineStart = false;
  for (let event = walker.next(); event; event = walker.next()) {
    if (!event.entering) continue;
    const { node } = event;
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'softbreak' || node.type === 'linebreak') lineStart = true;
    else if (node.type === 'text') {
      if (lineStart && COMMAND_LINE.test((node.literal || '').trimStart())) found.push((node.literal || '').trim());
      lineStart = false;
    } else if (node.type !== 'document' && node.type !== 'list' && node.type !== 'item' && node.type !== 'block_quote') lineStart = false;
  }
  return found;
}

/** README.md and every docs/ page. */
function markdownPages(): Array<[string, string]> {
  const docs = existsSync(join(ROOT, 'docs')) ? readdirSync(join(ROOT, 'docs')).filter((name) => name.endsWith('.md')).map((name) => join('docs', name)) : [];
  return ['README.md', ...docs].map((path) => [path, readFileSync(join(ROOT, path), 'utf8')]);
}

describe('every command line in README.md and docs/ renders as code (a fenced block or a code span) under CommonMark (issue 23 item 18)', () => {
  it('the check finds a command indented under a list item, and passes fenced blocks, indented blocks and code spans', () => {
    expect(commandsOutsideCode('- in a clone:\n\n    npx --no-install postman-sigv4 print prerequest\n')).toEqual(['npx --no-install postman-sigv4 print prerequest']);
    expect(commandsOutsideCode('Run\nnpm test\nto test.\n')).toEqual(['npm test']);
    expect(commandsOutsideCode('```\nnpm test\n```\n\n    npm ci\n\nRun `npm test` or\n`npx --no-install postman-sigv4`.\n')).toEqual([]);
  });

  it.each(markdownPages())('%s', (_path, text) => {
    expect(commandsOutsideCode(text)).toEqual([]);
  });
});

/** The README's section under a `## ` or `### ` heading, up to the next heading of any level. */
function section(readme: string, heading: string): string {
  const start = readme.indexOf(`${heading}\n`);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const rest = readme.slice(start + heading.length);
  const end = rest.search(/^#{2,3} /m);
  return end < 0 ? rest : rest.slice(0, end);
}

/** A table row's cells, by its first cell. */
function row(readme: string, firstCell: string): string[] {
  const line = readme.split('\n').find((text) => text.startsWith(`| ${firstCell} |`));
  expect(line, firstCell).toBeDefined();
  return line!.split(' | ').map((cell) => cell.replace(/^\| |\s*\|$/g, '').trim());
}

describe('README statements from issue 23', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const flat = readme.replace(/\s+/g, ' ');

  it('item 19: npx --no-install works only in the clone, and elsewhere node /path/to/clone/dist/cli.cjs does', () => {
    const cli = section(readme, '## The CLI').replace(/\s+/g, ' ');
    expect(cli).toMatch(/`npx --no-install postman-sigv4` works only with the clone as the current directory/);
    expect(cli).toContain('node /path/to/clone/dist/cli.cjs');
  });

  it('item 21: aws_secret_access_key is required as aws_access_key_id is, and the top table names every CLI command', () => {
    expect(row(readme, '`aws_secret_access_key`')[1]).toBe(row(readme, '`aws_access_key_id`')[1]);
    const commands = program().commands.flatMap((command) => (command.commands.length ? command.commands.map((sub) => `${command.name()} ${sub.name()}`) : [command.name()]));
    expect(commands).toEqual(expect.arrayContaining(['inject', 'print', 'canonical', 'credentials serve', 'run']));
    const cliRow = row(readme, '`npx --no-install postman-sigv4`').join(' | ');
    for (const command of commands) expect(cliRow).toContain(`\`${command}\``);
  });

  it('item 22: the local stack section gives the newman command for it', () => {
    expect(section(readme, '## The local stack')).toContain('npx newman run collections/cloudfront-apigw.postman_collection.json -e collections/local.postman_environment.json');
  });

  it('item 27: next to the presign recipe, that newman prints a presigned URL whole, session token included', () => {
    expect(section(readme, '### S3 and presigned URLs').replace(/\s+/g, ' ')).toMatch(/newman's CLI output prints the presigned URL whole, `X-Amz-Security-Token` included/);
  });

  it('item 2: next to the credentials serve recipe, that plain newman --verbose prints the endpoint\'s answer', () => {
    expect(section(readme, '### Any AWS profile in the Postman app: SSO, `credential_process`, assumed roles').replace(/\s+/g, ' ')).toMatch(/plain `newman --verbose` prints the endpoint's answer, secret key and session token included/);
    expect(flat).toMatch(/`postman-sigv4 run` redacts it/);
  });
});
