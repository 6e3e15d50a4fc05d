import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VARIABLE } from '../../src/postman/variables';
import { readPage, section, tableRows } from './markdown';
import { variableUses } from './variableNames';

const sorted = (names: Iterable<string>) => [...new Set(names)].sort();
/** The first cell of each row, a code span: the variable's name. */
const names = (text: string) => tableRows(text).map((cells) => cells[0].replace(/^`|`$/g, ''));

describe('docs/variables.md lists exactly the variables the scripts read and set', () => {
  const { uses, unresolved } = variableUses();
  const read = sorted(uses.filter((use) => use.use === 'read').map((use) => use.name));
  const written = sorted(uses.filter((use) => use.use === 'write').map((use) => use.name));
  const page = readPage('docs/variables.md');

  it('every pm.variables call in the scripts names its variable through a constant the check can follow', () => {
    expect(unresolved).toEqual([]);
    expect(read.length).toBeGreaterThan(25);
  });

  it('"Variables you set" holds every variable the scripts read and do not set themselves, and no other', () => {
    expect(sorted(names(section(page, '## Variables you set')))).toEqual(read.filter((name) => written.indexOf(name) < 0));
  });

  it('"Variables the scripts set" holds every variable they set, and no other', () => {
    expect(sorted(names(section(page, '## Variables the scripts set')))).toEqual(written);
  });

  it("the code's own list (src/postman/variables.ts VARIABLE) is exactly what the scripts read and set", () => {
    expect(sorted(Object.values(VARIABLE))).toEqual(sorted([...read, ...written]));
  });

  it('aws_secret_access_key is required as aws_access_key_id is (issue 23 item 21)', () => {
    const rows = tableRows(section(page, '## Variables you set'));
    const required = (name: string) => rows.find((cells) => cells[0] === `\`${name}\``)![1];
    expect(required('aws_secret_access_key')).toBe(required('aws_access_key_id'));
    expect(required('aws_access_key_id')).toMatch(/unless another \[credential source\]/);
  });
});

describe('the check follows names through constants, arrays, callbacks and parameters, and refuses what it cannot follow', () => {
  it('on a fixture with each form (test/fixtures/variableUses)', () => {
    const { uses, unresolved } = variableUses(join(__dirname, '..', 'fixtures', 'variableUses'), ['src/entries/prerequest.ts']);
    expect(sorted(uses.filter((use) => use.use === 'read').map((use) => use.name))).toEqual(['sigv4_known', 'sigv4_literal', 'sigv4_other']);
    expect(sorted(uses.filter((use) => use.use === 'write').map((use) => use.name))).toEqual(['sigv4_also_written', 'sigv4_known', 'sigv4_other', 'sigv4_written']);
    expect(unresolved).toEqual([
      'src/entries/prerequest.ts:15: the name source.name cannot be followed back to a constant',
      'src/entries/prerequest.ts:16: replaceIn of a literal reads a variable by name',
    ]);
  });
});
