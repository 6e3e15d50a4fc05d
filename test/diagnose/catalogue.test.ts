import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { readRejection } from '../../src/diagnose/rejection';
import { CATALOGUE } from './catalogue';
import { EXAMPLE_KEYS, runCase } from './catalogueRun';
import { DIAGNOSE_DIR, diagnoseExplanationSites, explanationSites, gives } from './explanationSites';

describe('the diagnosis catalogue (docs/diagnosis.md): each case, signed by the pre-request script and answered as AWS answers, gets exactly its diagnosis', () => {
  it.each(CATALOGUE.map((testCase) => [testCase.id, testCase] as const))('%s', (_id, testCase) => {
    const run = runCase(testCase);
    expect(run.signingFailures).toEqual([]);
    expect(run.diagnosis).toBe(testCase.diagnosis);
    for (const secret of [EXAMPLE_KEYS.long.secretAccessKey, EXAMPLE_KEYS.temporary.secretAccessKey, EXAMPLE_KEYS.temporary.sessionToken]) expect(run.diagnosis).not.toContain(secret);
  });

  it('ids and titles are unique (the ids name the tests, the titles are the headings of docs/diagnosis.md)', () => {
    const ids = CATALOGUE.map((testCase) => testCase.id);
    const titles = CATALOGUE.map((testCase) => testCase.title);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(titles).size).toBe(titles.length);
  });
});

describe('every explanation src/diagnose can give has a case in the catalogue', () => {
  it('every explanation site (a return with text, or a branch of one) is given by some case', () => {
    const sites = diagnoseExplanationSites();
    expect(sites.length).toBeGreaterThan(40);
    const missing = sites.filter((site) => !CATALOGUE.some((testCase) => gives(testCase.diagnosis, site))).map((site) => `${site.at}: ${site.pieces.join(' ... ')}`);
    expect(missing, 'add a case to test/diagnose/catalogue.ts for each, then `npm run docs`').toEqual([]);
  });

  it('every kind of rejection the diagnosis reads is answered by some case', () => {
    const kindsFile = join(DIAGNOSE_DIR, 'rejectionKinds.ts');
    const source = ts.createSourceFile(kindsFile, readFileSync(kindsFile, 'utf8'), ts.ScriptTarget.ES2019, true);
    const kinds: string[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isPropertySignature(node) && node.name.getText() === 'kind' && node.type && ts.isLiteralTypeNode(node.type) && ts.isStringLiteral(node.type.literal)) kinds.push(node.type.literal.text);
      ts.forEachChild(node, visit);
    };
    visit(source);
    expect(kinds.length).toBeGreaterThan(10);
    const answered = new Set<string | undefined>(CATALOGUE.map((testCase) => runCase(testCase).answer).map((answer) => readRejection(answer.status, answer.body)?.kind));
    expect(kinds.filter((kind) => !answered.has(kind))).toEqual([]);
  });

  it('the site finder finds a new return or branch with text, and not call arguments, kind names or the text inside a callback', () => {
    const source = [
      "function explainNew(x: string, y: boolean): string {",
      "  if (x === 'a') return `A new cause of ${x}: set sigv4_new to ${x}`;",
      "  const inner = [1].map(() => 'not this one here');",
      "  return explainOther('API Gateway', x) + (y ? ' first branch text' : ' second branch text');",
      "}",
      "function read(): { kind: string } { return { kind: 'missing-token' }; }",
    ].join('\n');
    const sites = explanationSites('example.ts', source);
    expect(sites.map((site) => site.pieces)).toEqual([['A new cause of ', ': set sigv4_new to '], [' first branch text'], [' second branch text']]);
    expect(gives('SigV4: A new cause of B: set sigv4_new to B.', sites[0])).toBe(true);
    expect(gives('set sigv4_new to B. A new cause of B', sites[0])).toBe(false);
  });
});
