/**
 * A set of header, cookie or query string names as CloudFront's policies describe them: a list of
 * names, or everything except a list. Names are compared exactly: the caller lowercases header
 * names (case-insensitive), and keeps query string names as they are (case-sensitive).
 */
export type NameSet = { all: false; names: string[] } | { all: true; except: string[] };

export const NO_NAMES: NameSet = { all: false, names: [] };
export const ALL_NAMES: NameSet = { all: true, except: [] };

export const only = (names: readonly string[]): NameSet => ({ all: false, names: names.slice() });
export const allExcept = (names: readonly string[]): NameSet => ({ all: true, except: names.slice() });

export function contains(set: NameSet, name: string): boolean {
  return set.all ? set.except.indexOf(name) < 0 : set.names.indexOf(name) >= 0;
}

/**
 * What two policies together include: CloudFront sends the origin everything either includes
 * (CloudFront Developer Guide, "Understand how origin request policies and cache policies work
 * together": an allow list in one overrides a block list in the other).
 */
export function union(a: NameSet, b: NameSet): NameSet {
  if (a.all && b.all) return allExcept(a.except.filter((name) => b.except.indexOf(name) >= 0));
  if (a.all) return allExcept(a.except.filter((name) => !contains(b, name)));
  if (b.all) return union(b, a);
  return only(a.names.concat(b.names.filter((name) => a.names.indexOf(name) < 0)));
}
