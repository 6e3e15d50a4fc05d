import fc from 'fast-check';
import { Url } from 'postman-collection';
import { describe, expect, it } from 'vitest';
import { wireTarget } from '../../src/postman/wire';
import { NewmanUrl } from '../../src/cli/url';

/** What the pre-request script reads, after it re-parses the URL text as it does in freezeRequest. */
function parts(url: { toString(): string; update(text: string): void; getHost(): string; getPath(): string; getQueryString(): string; port?: unknown }) {
  url.update(url.toString());
  return { host: url.getHost(), port: url.port ?? undefined, path: url.getPath(), query: url.getQueryString(), text: url.toString() };
}

const URLS = [
  'https://Example.COM/a/b?x=1',
  'http://127.0.0.1:80/',
  'http://127.0.0.1/',
  'https://127.0.0.1:443',
  'http://localhost:8080',
  'http://h:/x',
  'h.example.com/no/scheme?q',
  '  http://h/leading-space',
  'http://h/a b/c?x=a b',
  'http://h/ü/é€?q=ü€',
  "http://h/!'()*:@,;=+$/x?q=!'()*:@,;=+$/?&k=v",
  'http://h/a%2Fb/%20c/%2f?q=%2F%20%3D%3d',
  'http://h//double//slash',
  'http://h/./a/../b/.',
  'http://h/x?',
  'http://h/x?a',
  'http://h/x?a=',
  'http://h/x?a=1&a=2&b',
  'http://h/x?a=1&&b=2',
  'http://h/x?=v',
  'http://h/x?&',
  'http://h/x#frag',
  'http://h/x?q=a#b',
  'http://h/x?q=a#b?c',
  'http://h/a\\b\\c?x=\\y',
  'http:\\\\h\\p',
  'http:///h/extra-slashes',
  'http://user:pa:ss@h:81/p',
  'http://@h/p',
  'http://u@h@i/p',
  'http://[::1]:8080/p',
  'http://[::1]/p',
  'http://h/:id/x',
  'http://h/x?q="<>`{}|\\^[]\'',
  'http://h/"<>`{}|\\^[]',
  'http://h/x?q=%zz&r=100%',
  'http://h/tab\there',
  'http://h.example.com.:8443/dot',
  'http://H/x?A=B&a=b',
  'http://h',
  'http://h?only=query',
];

describe('NewmanUrl', () => {
  it.each(URLS)('reads %s as postman-collection does', (text) => {
    expect(parts(new NewmanUrl(text))).toEqual(parts(new Url(text) as never));
  });

  it('agrees on any URL text without {{variables}}', () => {
    // The CLI refuses {{variables}}, the one thing postman-url-encoder parses specially.
    const piece = fc.constantFrom('http', 'FILE', '://', ':', '/', '\\', '?', '#', '@', '&', '=', '[', ']', '.', ' ', 'a', 'B', '8', '%2F', 'ü', '');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const text = pieces.join('');
        expect(parts(new NewmanUrl(text))).toEqual(parts(new Url(text) as never));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the wire target the script computes', () => {
    expect(wireTarget(new NewmanUrl('http://LocalHost:18080/a b/ü?x=a b&y=\'#f'))).toEqual({ host: 'localhost:18080', path: '/a%20b/%C3%BC', query: 'x=a%20b&y=%27' });
    expect(wireTarget(new NewmanUrl('https://h.example.com/x'))).toEqual({ host: 'h.example.com', path: '/x', query: '' });
  });
});
