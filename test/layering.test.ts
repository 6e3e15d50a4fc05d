import { cruise, format, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');
const config = createRequire(__filename)(join(ROOT, '.dependency-cruiser.cjs')) as IConfiguration;

interface Layering {
  result: ICruiseResult;
  /** The names of the rules broken, one per violation. */
  broken: string[];
  /** dependency-cruiser's own `err` report, what `npm run layers` prints. */
  report: string;
}

/** Cruises `src` under `baseDir` with the project's rules. */
async function checkLayering(baseDir: string): Promise<Layering> {
  const { output } = await cruise(['src'], { ...config.options, baseDir, validate: true, ruleSet: { forbidden: config.forbidden } });
  const result = output as ICruiseResult;
  const report = (await format(result, { outputType: 'err' })).output as string;
  return { result, broken: result.summary.violations.map((violation) => violation.rule.name), report };
}

describe('the layering of src/ (.dependency-cruiser.cjs, docs/architecture.md)', () => {
  it('holds: no rule is broken', async () => {
    const { broken, report } = await checkLayering(ROOT);
    expect(broken, report).toEqual([]);
  });

  it('sees every module and every import, type-only ones included', async () => {
    const { result } = await checkLayering(ROOT);
    const modules = result.modules.filter((module) => module.source.startsWith('src/'));
    expect(modules.length).toBeGreaterThan(100);
    const unresolved = modules.flatMap((module) => module.dependencies.filter((dependency) => dependency.couldNotResolve).map((dependency) => `${module.source} -> ${dependency.module}`));
    expect(unresolved).toEqual([]);
    const presign = modules.find((module) => module.source === 'src/postman/presignPostmanRequest.ts');
    expect(presign?.dependencies.map((dependency) => dependency.resolved)).toContain('src/postman/effects.ts');
  });

  it('names every rule the issue asks for', () => {
    expect((config.forbidden ?? []).map((rule) => rule.name)).toEqual([
      'sigv4-imports-nothing-of-ours',
      'credentials-and-cloudfront-import-only-sigv4',
      'postman-and-diagnose-do-not-import-cli',
      'dist-entries-never-reach-cli',
      'no-circular',
    ]);
  });
});

describe('each rule fires on a tree that breaks it, and the report names it', () => {
  const trees: string[] = [];
  afterAll(() => trees.forEach((tree) => rmSync(tree, { recursive: true, force: true })));

  /** A throw-away tree of .ts files, path -> content. */
  function tree(files: Record<string, string>): string {
    const base = mkdtempSync(join(tmpdir(), 'postman-sigv4-layering-'));
    trees.push(base);
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(base, path)), { recursive: true });
      writeFileSync(join(base, path), content);
    }
    return base;
  }

  const exported = 'export const value = 1;\n';
  const cases: Array<[string, Record<string, string>, string[]]> = [
    [
      'src/sigv4 importing another folder of ours',
      { 'src/sigv4/sign.ts': "import { value } from '../postman/variables';\nexport const signed = value;\n", 'src/postman/variables.ts': exported },
      ['sigv4-imports-nothing-of-ours'],
    ],
    [
      'src/credentials importing src/postman',
      { 'src/credentials/parse.ts': "import { value } from '../postman/variables';\nexport const parsed = value;\n", 'src/postman/variables.ts': exported },
      ['credentials-and-cloudfront-import-only-sigv4'],
    ],
    [
      'src/cloudfront doing I/O (a Node module), beside an import of the core that is allowed',
      {
        'src/cloudfront/analyse.ts': "import { readFileSync } from 'node:fs';\nimport { value } from '../sigv4/sign';\nimport { rule } from './rules';\nexport const read = [readFileSync, value, rule];\n",
        'src/cloudfront/rules.ts': 'export const rule = 1;\n',
        'src/sigv4/sign.ts': exported,
      },
      ['credentials-and-cloudfront-import-only-sigv4'],
    ],
    [
      'src/postman importing src/cli',
      { 'src/postman/send.ts': "import { value } from '../cli/errors';\nexport const sent = value;\n", 'src/cli/errors.ts': exported },
      ['postman-and-diagnose-do-not-import-cli'],
    ],
    [
      'src/diagnose importing src/cli (type only)',
      { 'src/diagnose/explain.ts': "import type { Options } from '../cli/serve/serve';\nexport const explained: Options = {};\n", 'src/cli/serve/serve.ts': 'export interface Options {}\n' },
      ['postman-and-diagnose-do-not-import-cli'],
    ],
    [
      'a dist entry reaching src/cli through another module, beside the CLI entry that may',
      {
        'src/entries/prerequest.ts': "import { value } from '../shared/util';\nexport const run = value;\n",
        'src/shared/util.ts': "import { value } from '../cli/files';\nexport { value };\n",
        'src/cli/files.ts': exported,
        'src/entries/cli.ts': "import { value } from '../cli/files';\nexport const main = value;\n",
      },
      ['dist-entries-never-reach-cli'],
    ],
    [
      'two modules that import each other, through a type only',
      {
        'src/postman/signPostmanRequest.ts': "import { presign } from './presignPostmanRequest';\nexport interface Effects { now(): Date }\nexport const sign = presign;\n",
        'src/postman/presignPostmanRequest.ts': "import type { Effects } from './signPostmanRequest';\nexport const presign = (effects: Effects) => effects.now();\n",
      },
      ['no-circular'],
    ],
  ];

  it.each(cases)('%s', async (_name, files, rules) => {
    const { broken, report } = await checkLayering(tree(files));
    expect(broken).toEqual(rules);
    for (const rule of rules) expect(report).toContain(`error ${rule}:`);
  });
});
