/** How a JSON file is laid out, so that a rewrite changes only what it must. */
export interface JsonFormat {
  indent: string | number;
  eol: '\n' | '\r\n';
  finalNewline: boolean;
  bom: boolean;
}

/** Postman exports use tabs; hand-written files often two spaces; API downloads are on one line. */
export function detectFormat(text: string): JsonFormat {
  const firstIndent = /\r?\n([ \t]+)\S/.exec(text);
  const oneLine = text.trim().indexOf('\n') < 0;
  return {
    indent: firstIndent ? (firstIndent[1][0] === '\t' ? '\t' : firstIndent[1].length) : oneLine ? 0 : 2,
    eol: text.indexOf('\r\n') >= 0 ? '\r\n' : '\n',
    finalNewline: /\n$/.test(text),
    bom: text.charCodeAt(0) === 0xfeff,
  };
}

export function formatJson(value: unknown, format: JsonFormat): string {
  const text = JSON.stringify(value, null, format.indent) + (format.finalNewline ? '\n' : '');
  return (format.bom ? '\uFEFF' : '') + (format.eol === '\n' ? text : text.replace(/\n/g, '\r\n'));
}
