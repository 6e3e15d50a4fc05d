/**
 * Finds copies of the built scripts that a user pasted by hand (README: paste
 * dist/sigv4-prerequest.js or dist/sigv4-diagnose.js), from the banner line to the end of the
 * bundle, so that inject replaces them instead of adding a second copy. A copy whose end cannot
 * be found for certain is refused rather than guessed: a wrong guess would delete the user's code.
 */
import { ScriptBlockError } from './scriptBlockError';

const TITLE: Record<string, string> = { prerequest: 'pre-request', diagnose: 'post-response' };

const bare = (line: string): string => line.replace(/\s+$/, '');
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The version named by a pasted script's banner line, or undefined when the line is none. */
export function bannerVersion(line: string, kind: string): string | undefined {
  const match = new RegExp(`^// postman-sigv4 (\\S+): ${TITLE[kind]} script\\.`).exec(line);
  return match ? match[1] : undefined;
}

/**
 * The line index that ends the copy whose banner is at `start`, or -1. Builds since the bundle is
 * kept per newman run end with the call that names the build; earlier builds were esbuild's bare
 * IIFE, indented inside, whose only unindented `})();` is its last line.
 */
function endOf(exec: string[], start: number, kind: string, version: string): number {
  let code = start + 1;
  while (code < exec.length && bare(exec[code]).indexOf('//') === 0) code++;
  let isEnd: (line: string) => boolean;
  // The wrapper's first parameter was named store until the bundle took crypto-js from it; the
  // compact files (dist/*.compact.js) hold the same wrapper without white space, on one line.
  if (/^\(function ?\((store|sandboxCryptoJs), ?key\) ?\{/.test(bare(exec[code] ?? ''))) {
    const last = new RegExp(`\\}\\)\\(require\\("crypto-js"\\), ?"postman-sigv4 ${kind} ${escape(version)} [0-9a-f]+"\\);$`);
    isEnd = (line) => last.test(line);
  } else if (bare(exec[code] ?? '') === '"use strict";' && bare(exec[code + 1] ?? '') === '(() => {') {
    isEnd = (line) => line === '})();';
  } else {
    return -1;
  }
  for (let index = code; index < exec.length; index++) {
    const line = bare(exec[index]);
    if (bannerVersion(line, kind) !== undefined) return -1;
    if (isEnd(line)) return index;
  }
  return -1;
}

/** The script lines without the pasted copies of the `kind` script; `where` names the script in errors. */
export function withoutPastedCopies(exec: string[], kind: string, where: string): string[] {
  const out: string[] = [];
  for (let index = 0; index < exec.length; index++) {
    const version = bannerVersion(bare(exec[index]), kind);
    if (version === undefined) {
      out.push(exec[index]);
      continue;
    }
    const end = endOf(exec, index, kind, version);
    if (end < 0) {
      throw new ScriptBlockError(
        `line ${index + 1} of the ${where} starts a hand-pasted copy of the postman-sigv4 ${version} ${TITLE[kind]} script whose end cannot be found (it was edited or cut short); ` +
          `delete the pasted copy from that script in Postman, export the collection again, and run inject again.`,
      );
    }
    index = end;
  }
  return out;
}
