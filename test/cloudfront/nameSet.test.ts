import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allExcept, contains, NO_NAMES, only, union, type NameSet } from '../../src/cloudfront/nameSet';

const NAMES = ['a', 'b', 'c', 'd'];
const nameSet = fc.oneof(
  fc.subarray(NAMES).map((names) => only(names)),
  fc.subarray(NAMES).map((names) => allExcept(names)),
);

describe('NameSet', () => {
  it('union holds exactly what either holds (the table of "how policies work together")', () => {
    fc.assert(
      fc.property(nameSet, nameSet, (a: NameSet, b: NameSet) => {
        for (const name of [...NAMES, 'other']) expect(contains(union(a, b), name)).toBe(contains(a, name) || contains(b, name));
      }),
    );
  });

  it('an allow list overrides a block list, both ways', () => {
    expect(contains(union(allExcept(['host', 'x']), only(['x'])), 'x')).toBe(true);
    expect(contains(union(only(['x']), allExcept(['host', 'x'])), 'host')).toBe(false);
    expect(contains(NO_NAMES, 'a')).toBe(false);
  });
});
