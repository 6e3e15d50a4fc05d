/**
 * Which Postman variables the built scripts read and set, found in their source by TypeScript's
 * type checker, so that docs/variables.md can be checked against what the code really does.
 *
 * Every call of `get`, `set` or `unset` on a PmVariables (src/postman/sandbox.ts) in the modules the
 * two script entries reach is a read or a write. Its name argument is followed back to constant
 * text: through `VARIABLE.x`, string literals, constants, array literals, conditionals, the
 * parameters of our own functions (to every call of that function) and of callbacks over an array
 * (`[...].map((name) => ...)`). A name that cannot be followed back fails the check, naming the
 * place: a new way of reading a variable cannot go unnoticed.
 */
import { join, relative } from 'node:path';
import ts from 'typescript';

const ROOT = join(__dirname, '..', '..');
/** The entries of the two pasted scripts (and of the package main, built from the same). */
const SCRIPT_ENTRIES = ['src/entries/prerequest.ts', 'src/entries/diagnose.ts'];
const ARRAY_CALLBACKS = new Set(['map', 'filter', 'some', 'every', 'forEach', 'find', 'findIndex', 'reduce']);

export interface VariableUse {
  /** 'read': get; 'write': set or unset. */
  use: 'read' | 'write';
  name: string;
  /** file:line of the get/set/unset call. */
  at: string;
}

export interface VariableUses {
  uses: VariableUse[];
  /** Places where a name could not be followed back to constant text, or text that reads a variable otherwise. */
  unresolved: string[];
}

/** The uses in the modules `entries` (relative to `root`) reach, within `root`/src. */
export function variableUses(root = ROOT, entries = SCRIPT_ENTRIES): VariableUses {
  const program = ts.createProgram(entries.map((path) => join(root, path)), { target: ts.ScriptTarget.ES2019, module: ts.ModuleKind.CommonJS, strict: true, resolveJsonModule: true, esModuleInterop: true });
  const checker = program.getTypeChecker();
  const sources = program.getSourceFiles().filter((file) => !file.isDeclarationFile && relative(root, file.fileName).startsWith('src/'));
  const calls: ts.CallExpression[] = [];
  for (const file of sources) {
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) calls.push(node);
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  const uses: VariableUse[] = [];
  const unresolved: string[] = [];
  const where = (node: ts.Node) => {
    const file = node.getSourceFile();
    return `${relative(root, file.fileName)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  };
  const isPmVariables = (expression: ts.Expression) => {
    const symbol = checker.getTypeAtLocation(expression).getSymbol();
    return !!symbol && symbol.getName() === 'PmVariables';
  };
  const symbolOf = (node: ts.Node): ts.Symbol | undefined => {
    const symbol = checker.getSymbolAtLocation(node);
    return symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  };
  /** Every call in src/ of the function declared by `declaration`. */
  const callsOf = (declaration: ts.Node): ts.CallExpression[] => {
    const target = declaration.parent && ts.isVariableDeclaration(declaration.parent) ? declaration.parent : declaration;
    return calls.filter((call) => {
      const symbol = symbolOf(call.expression);
      return !!symbol && (symbol.declarations || []).indexOf(target as ts.Declaration) >= 0;
    });
  };

  const resolve = (expression: ts.Expression, seen: Set<ts.Node>): string[] | undefined => {
    if (seen.has(expression)) return [];
    seen.add(expression);
    if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return [expression.text];
    if (ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression)) return resolve(expression.expression, seen);
    if (ts.isConditionalExpression(expression)) return both(resolve(expression.whenTrue, seen), resolve(expression.whenFalse, seen));
    if (ts.isArrayLiteralExpression(expression)) {
      let names: string[] | undefined = [];
      for (const element of expression.elements) names = both(names, resolve(ts.isSpreadElement(element) ? element.expression : element, seen));
      return names;
    }
    if (ts.isPropertyAccessExpression(expression) || ts.isIdentifier(expression)) {
      const declaration = (symbolOf(expression)?.declarations || [])[0];
      if (!declaration) return undefined;
      if (ts.isPropertyAssignment(declaration)) return resolve(declaration.initializer, seen);
      if (ts.isVariableDeclaration(declaration)) {
        const list = declaration.parent;
        if (ts.isForOfStatement(list.parent)) return resolve(list.parent.expression, seen);
        if (declaration.initializer && list.flags & ts.NodeFlags.Const) return resolve(declaration.initializer, seen);
        return undefined;
      }
      if (ts.isParameter(declaration)) return resolveParameter(declaration, seen);
    }
    return undefined;
  };

  const resolveParameter = (parameter: ts.ParameterDeclaration, seen: Set<ts.Node>): string[] | undefined => {
    const fn = parameter.parent;
    const index = fn.parameters.indexOf(parameter);
    // A callback over an array: `[...].map((name) => ...)` takes the array's elements.
    if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isCallExpression(fn.parent) && ts.isPropertyAccessExpression(fn.parent.expression)) {
      const method = fn.parent.expression.name.text;
      return ARRAY_CALLBACKS.has(method) && index === (method === 'reduce' ? 1 : 0) ? resolve(fn.parent.expression.expression, seen) : undefined;
    }
    const callers = callsOf(fn);
    if (callers.length === 0) return undefined;
    let names: string[] | undefined = [];
    for (const call of callers) names = both(names, call.arguments[index] ? resolve(call.arguments[index], seen) : undefined);
    return names;
  };

  for (const call of calls) {
    if (!ts.isPropertyAccessExpression(call.expression) || !isPmVariables(call.expression.expression)) continue;
    const method = call.expression.name.text;
    const argument = call.arguments[0];
    if (method === 'replaceIn') {
      // The request's own {{references}} and a value's nested ones: never a name of ours in a literal.
      if (!argument || ts.isStringLiteral(argument) || ts.isTemplateExpression(argument) || ts.isNoSubstitutionTemplateLiteral(argument)) unresolved.push(`${where(call)}: replaceIn of a literal reads a variable by name`);
      continue;
    }
    if (method !== 'get' && method !== 'set' && method !== 'unset') {
      unresolved.push(`${where(call)}: ${method} on pm.variables`);
      continue;
    }
    const names = argument && resolve(argument, new Set());
    if (!names) {
      unresolved.push(`${where(call)}: the name ${argument ? argument.getText() : '(none)'} cannot be followed back to a constant`);
      continue;
    }
    for (const name of names) uses.push({ use: method === 'get' ? 'read' : 'write', name, at: where(call) });
  }
  return { uses, unresolved };
}

function both(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  return a && b ? [...a, ...b.filter((name) => a.indexOf(name) < 0)] : undefined;
}
