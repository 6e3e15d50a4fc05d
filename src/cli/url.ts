import type { PmUrl } from '../postman/sandbox';

/**
 * A URL parsed the way postman-url-encoder 3.0.5 (`parser.parse`) and postman-collection 4.4's
 * Url do it, for URLs without {{variables}}: the parts the pre-request script reads come out the
 * same (test/cli/url.test.ts compares them with postman-collection itself).
 */
export class NewmanUrl implements PmUrl {
  protocol?: string;
  auth?: string;
  host?: string;
  port?: string;
  /** Segments after the first `/`; absent when the URL has no path. */
  path?: string[];
  /** Everything between `?` and `#`, as typed; absent without `?`. */
  query?: string;
  hash?: string;

  constructor(text: string) {
    this.update(text);
  }

  update(text: string): void {
    let rest = text.replace(/^\s+/, '');
    Object.assign(this, { protocol: undefined, auth: undefined, host: undefined, port: undefined, path: undefined, query: undefined, hash: undefined });
    const hash = rest.indexOf('#');
    if (hash >= 0) [rest, this.hash] = [rest.slice(0, hash), rest.slice(hash + 1)];
    const query = rest.indexOf('?');
    if (query >= 0) [rest, this.query] = [rest.slice(0, query), rest.slice(query + 1)];
    // Only before the query: a `\` in the path is sent as `/`.
    rest = rest.replace(/\\/g, '/');
    const scheme = rest.indexOf('://');
    if (scheme >= 0) {
      this.protocol = rest.slice(0, scheme);
      rest = rest.slice(scheme + 3).replace(/^\/+/, this.protocol.toLowerCase() === 'file' ? '/' : '');
    }
    const slash = rest.indexOf('/');
    if (slash >= 0) [rest, this.path] = [rest.slice(0, slash), rest.slice(slash + 1).split('/')];
    const at = rest.lastIndexOf('@');
    if (at >= 0) [this.auth, rest] = [rest.slice(0, at), rest.slice(at + 1)];
    const colon = rest.lastIndexOf(':');
    if (colon >= 0 && rest.indexOf(']', colon) < 0) [rest, this.port] = [rest.slice(0, colon), rest.slice(colon + 1)];
    this.host = rest || undefined;
  }

  getHost(): string {
    return this.host || '';
  }

  getPath(): string {
    return '/' + (this.path || []).join('/');
  }

  /** postman-collection re-joins the parsed parameters, which gives back the typed text. */
  getQueryString(): string {
    return this.query || '';
  }

  toString(): string {
    let text = this.protocol ? `${this.protocol}://` : '';
    if (this.auth !== undefined) text += `${this.auth}@`;
    text += this.getHost();
    if (this.port !== undefined) text += `:${this.port}`;
    if (this.path) text += this.getPath();
    if (this.query !== undefined) text += `?${this.query}`;
    if (this.hash !== undefined) text += `#${this.hash}`;
    return text;
  }
}
