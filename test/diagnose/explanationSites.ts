/**
 * Every explanation the diagnosis can write, found in its source: each `return` in src/diagnose
 * whose value holds text in words (a literal or the fixed parts of a template), and each branch
 * of a conditional (`a ? '...' : '...'`) inside one. An explanation is its fixed text in order;
 * what is interpolated (a host, a variable's name) is a gap. A new explanation is a new return or
 * branch, so it shows up here without anyone listing it (catalogue.test.ts needs a case for each).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const ROOT = join(__dirname, '..', '..');
export const DIAGNOSE_DIR = join(ROOT, 'src', 'diagnose');

export interface ExplanationSite {
  /** file:line */
  at: string;
  /** The fixed text, in order. */
  pieces: string[];
}

/** Text in words: two words with a space between, not a kind name or a header name. */
const WORDS = /[A-Za-z]{2,}[^ ]* +[^ ]*[A-Za-z]/;

export function explanationSites(fileName: string, source: string): ExplanationSite[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2019, true);
  const sites: ExplanationSite[] = [];
  const at = (node: ts.Node) => `${fileName}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;

  /** The fixed text of an expression in order; each conditional inside becomes a site of its own. */
  const piecesOf = (node: ts.Node): string[] => {
    const pieces: string[] = [];
    const collect = (child: ts.Node): void => {
      if (ts.isStringLiteral(child) || ts.isNoSubstitutionTemplateLiteral(child)) {
        // An argument of a call (a verifier's name, a separator) is not text of this explanation.
        if (!(ts.isCallExpression(child.parent) && child.parent.arguments.indexOf(child as ts.Expression) >= 0)) pieces.push(child.text);
      } else if (ts.isTemplateExpression(child)) {
        pieces.push(child.head.text);
        for (const span of child.templateSpans) {
          collect(span.expression);
          pieces.push(span.literal.text);
        }
      } else if (ts.isConditionalExpression(child)) {
        addSite(child.whenTrue);
        addSite(child.whenFalse);
      } else if (!ts.isFunctionLike(child)) {
        ts.forEachChild(child, collect);
      }
    };
    collect(node);
    return pieces.filter((piece) => WORDS.test(piece));
  };
  const addSite = (node: ts.Node): void => {
    const pieces = piecesOf(node);
    if (pieces.length) sites.push({ at: at(node), pieces });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isReturnStatement(node) && node.expression) addSite(node.expression);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return sites;
}

/** Every explanation site of src/diagnose. */
export function diagnoseExplanationSites(): ExplanationSite[] {
  return readdirSync(DIAGNOSE_DIR)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .flatMap((name) => explanationSites(relative(ROOT, join(DIAGNOSE_DIR, name)), readFileSync(join(DIAGNOSE_DIR, name), 'utf8')));
}

/** Whether a message holds the site's fixed text, in order. */
export function gives(message: string, site: ExplanationSite): boolean {
  let from = 0;
  for (const piece of site.pieces) {
    const found = message.indexOf(piece, from);
    if (found < 0) return false;
    from = found + piece.length;
  }
  return true;
}
