import { MalformedAnswer } from './types';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML character data with its entity and character references replaced. */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (reference, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      // A reference beyond Unicode is no character: left as written.
      return code <= 0x10ffff ? String.fromCodePoint(code) : reference;
    }
    return Object.prototype.hasOwnProperty.call(ENTITIES, name) ? ENTITIES[name] : reference;
  });
}

/**
 * The text of the first `<name>` element inside `scope` (itself XML text), or undefined. Enough
 * for the flat, attribute-free answers of AWS's Query protocol; namespaces prefixes are not used there.
 */
export function elementText(scope: string, name: string): string | undefined {
  const match = new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`).exec(scope);
  return match ? unescapeXml(match[1].trim()) : undefined;
}

export function requireElement(scope: string, name: string, what: string): string {
  const text = elementText(scope, name);
  if (!text) throw new MalformedAnswer(`${what} has no ${name}`);
  return text;
}
