import fc from 'fast-check';

/**
 * The requests of the generated collection: every body mode, disabled params and headers,
 * nested and dynamic variables, path variables, unicode, reserved and percent-encoded
 * characters, duplicate, empty and valueless query params, `+`, and request-level auth.
 * URLs start with {{baseUrl}} so one list runs direct and through CloudFront.
 */

type Header = { key: string; value: string; disabled?: boolean };
type Item = { name: string; request: Record<string, unknown> };

/** Collection variables the requests refer to. */
export const REQUEST_VARIABLES: Record<string, string> = {
  inner: 'inner value',
  nested: '{{inner}}/{{$randomInt}}',
  qv: 'x y+z',
  pathVar: '{{pathInner}}',
  pathInner: 'seg ü',
  hdrName: 'X-Amz-Meta-From-Var',
  apiKey: 'key-123',
  userId: 'user 42',
};

const QUERIES = [
  'q=a+b',
  'a=1&a=2&a=',
  'flag',
  'flag&x=',
  'q=%2B%20%3D',
  'q=ü€',
  "q=!'()*",
  'q=a=b=c',
  'k=v&&k2=v2',
  '=v',
  'q={{qv}}',
  'q={{$guid}}&t={{$timestamp}}',
  'Z=1&a=2&B=3&b=4',
  'q=%7e%7E~',
  'e=&f=',
  'q=a%26b&r=%23',
  'q=/?:@',
  'q=%c3%bc&Q=%C3%BC',
  'dup=b&dup=a&dup=b',
  'sp=a%20b&plus=a%2Bb',
];

const PATHS = [
  '/a b/c',
  '/ü/é€',
  "/!'()*:@,;=+$",
  '/a%2Fb/%20c/%2f',
  '/x/./y/../z',
  '//double//slash',
  '/trailing/',
  '/emoji/😀',
  '/percent/100%',
  '/tilde/~user',
  '/caps/%c3%a9',
  '/{{pathVar}}/x',
  '/nested/{{nested}}',
  '/dyn/{{$randomInt}}',
  '/semi;colon/and,comma',
  '/',
];

const JSON_BODY = '{"id":"{{$guid}}","at":{{$timestamp}},"name":"{{inner}}","emoji":"😀","q":"a+b c"}';

function headers(extra: Header[] = []): Header[] {
  return [{ key: 'X-Api-Key', value: '{{apiKey}}' }, ...extra];
}

function item(name: string, method: string, path: string, rest: Record<string, unknown> = {}): Item {
  const header = (rest.header as Header[]) || [];
  return { name, request: { method, url: `{{baseUrl}}${path}`, ...rest, header: headers(header) } };
}

export function generatedItems(): Item[] {
  const items: Item[] = [];
  QUERIES.forEach((query, i) => items.push(item(`query ${i}: ${query}`, 'GET', `/q/${i}?${query}`)));
  PATHS.forEach((path, i) => items.push(item(`path ${i}: ${path}`, 'GET', path)));

  items.push({
    name: 'disabled query params',
    request: {
      method: 'GET',
      header: headers(),
      url: {
        raw: '{{baseUrl}}/disabled?on=1&off=2',
        host: ['{{baseUrl}}'],
        path: ['disabled'],
        query: [{ key: 'on', value: '1' }, { key: 'off', value: '2', disabled: true }, { key: 'also', value: '{{qv}}' }],
      },
    },
  });
  items.push({
    name: 'all query params disabled',
    request: { method: 'GET', header: headers(), url: { raw: '{{baseUrl}}/none', host: ['{{baseUrl}}'], path: ['none'], query: [{ key: 'off', value: '1', disabled: true }] } },
  });
  items.push({
    name: 'path variables',
    request: {
      method: 'GET',
      header: headers(),
      url: { raw: '{{baseUrl}}/users/:id/items/:item', host: ['{{baseUrl}}'], path: ['users', ':id', 'items', ':item'], variable: [{ key: 'id', value: '{{userId}}' }, { key: 'item', value: 'é 7' }] },
    },
  });

  const headerCases: Array<[string, Header[]]> = [
    ['nested variable in a signed header', [{ key: 'X-Amz-Meta-Nested', value: '{{nested}}' }]],
    ['whitespace runs in a signed header', [{ key: 'X-Amz-Meta-Spaces', value: '  a   b \t c  ' }]],
    ['disabled headers', [{ key: 'X-Amz-Meta-Off', value: 'x', disabled: true }, { key: 'X-Other', value: 'y', disabled: true }]],
    ['repeated signed header', [{ key: 'X-Amz-Meta-Dup', value: 'one' }, { key: 'X-Amz-Meta-Dup', value: 'two' }]],
    ['header name from a variable', [{ key: '{{hdrName}}', value: '{{inner}}' }]],
    ['stale signature headers from an earlier run', [{ key: 'Authorization', value: 'AWS4-HMAC-SHA256 stale' }, { key: 'x-amz-date', value: '20000101T000000Z', disabled: true }, { key: 'X-Amz-Security-Token', value: 'stale' }]],
  ];
  for (const [name, extra] of headerCases) items.push(item(name, 'GET', '/headers', { header: extra }));

  for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
    items.push(item(`raw json ${method}`, method, '/json', { body: { mode: 'raw', raw: JSON_BODY, options: { raw: { language: 'json' } } } }));
  }
  items.push(item('raw text unicode', 'POST', '/text', { body: { mode: 'raw', raw: 'héllo {{inner}} € 😀\r\nline 2' } }));
  items.push(item('raw xml', 'POST', '/xml', { body: { mode: 'raw', raw: '<a b="{{qv}}">ü</a>', options: { raw: { language: 'xml' } } } }));
  items.push(item('raw empty', 'POST', '/empty', { body: { mode: 'raw', raw: '' } }));
  items.push(item('lone surrogates in the path and a raw body', 'POST', '/lone/a\ud800b', { body: { mode: 'raw', raw: 'x\udc00y\ud83d' } }));
  items.push(item('no body POST', 'POST', '/nobody'));
  items.push(item('GET with a body (pruned)', 'GET', '/get-body', { body: { mode: 'raw', raw: 'not sent' } }));
  items.push(item('DELETE with a body (sent)', 'DELETE', '/delete-body', { body: { mode: 'raw', raw: '{"really":true}' } }));
  items.push(item('OPTIONS', 'OPTIONS', '/options'));

  const urlencoded = [
    [{ key: 'b', value: '2' }, { key: '2', value: 'two' }, { key: 'a', value: 'x' }, { key: 'b', value: '3' }, { key: '1', value: 'one' }],
    [{ key: 'space', value: 'a b+c' }, { key: 'uni', value: 'ü€😀' }, { key: 'reserved', value: "!'()*~-._" }, { key: 'pct', value: '%41%' }],
    [{ key: 'on', value: '{{qv}}' }, { key: 'off', value: 'x', disabled: true }, { key: 'novalue' }, { key: 'empty', value: '' }],
    [{ key: '10', value: 'ten' }, { key: '9', value: 'nine' }, { key: 'k', value: '{{$guid}}' }, { key: '10', value: 'again' }],
  ];
  urlencoded.forEach((params, i) => items.push(item(`urlencoded ${i}`, i % 2 ? 'PUT' : 'POST', '/form', { body: { mode: 'urlencoded', urlencoded: params } })));

  const graphql = [
    { query: '{ pets { id name } }' },
    { query: 'query Q($id: ID!) { pet(id: $id) { name } }', variables: '{\n  "id": "{{$guid}}"\n}' },
    { query: '{ a(x: "{{inner}}") }', variables: '' },
    { query: 'mutation { add(n: "ü") }', variables: '{"n": 1}' },
  ];
  graphql.forEach((content, i) => items.push(item(`graphql ${i}`, 'POST', '/graphql', { body: { mode: 'graphql', graphql: content } })));

  const formdata = [
    [{ key: 'a', value: '1', type: 'text' }, { key: 'b', value: 'two words', type: 'text' }],
    [{ key: 'uni', value: 'ü€😀', type: 'text' }, { key: 'json', value: '{"x":1}', type: 'text', contentType: 'application/json' }],
    [{ key: 'var', value: '{{inner}}', type: 'text' }, { key: 'off', value: 'x', type: 'text', disabled: true }, { key: 'dyn', value: '{{$guid}}', type: 'text' }],
  ];
  formdata.forEach((params, i) => items.push(item(`formdata ${i}`, 'POST', '/upload', { body: { mode: 'formdata', formdata: params } })));

  items.push(item('request-level apikey auth is replaced', 'GET', '/auth', { auth: { type: 'apikey', apikey: [{ key: 'key', value: 'Authorization' }, { key: 'value', value: 'nope' }] } }));
  items.push(item('request-level bearer auth is replaced', 'POST', '/auth', { auth: { type: 'bearer', bearer: [{ key: 'token', value: 'nope' }] }, body: { mode: 'raw', raw: 'x' } }));
  return items;
}

/**
 * Requests drawn at random, from a fixed seed so a failure can be replayed: paths and queries
 * from a character soup (unicode, reserved, escapes, `+`), bodies in every readable mode, and
 * signed header values with whitespace runs and Latin-1.
 */
export function randomItems(seed: number, count: number): Item[] {
  const soup = fc.constantFrom(...Array.from('aZ09-._~!$&\'()*+,;=:@ é€😀'), '%20', '%2F', '%c3%bc', '%25', 'ü');
  const text = (max: number) => fc.array(soup, { maxLength: max }).map((parts) => parts.join(''));
  const segment = text(6).filter((part) => part !== '.' && part !== '..');
  const queryItem = fc.tuple(text(5), fc.option(text(5), { nil: undefined })).map(([key, value]) => (value === undefined ? key : `${key}=${value}`));
  const headerValue = fc.array(fc.constantFrom('a', 'B', '1', ' ', '  ', '\t', '"', ',', ';', '%C3%A9'), { maxLength: 8 }).map((parts) => parts.join(''));
  const body = fc.oneof(
    fc.record({ mode: fc.constant('raw'), raw: fc.string({ unit: 'grapheme', maxLength: 60 }) }),
    fc.record({ mode: fc.constant('urlencoded'), urlencoded: fc.array(fc.record({ key: text(4), value: fc.string({ unit: 'grapheme', maxLength: 10 }) }), { minLength: 1, maxLength: 4 }) }),
    fc.record({ mode: fc.constant('graphql'), graphql: fc.record({ query: fc.string({ maxLength: 30 }), variables: fc.constantFrom('', '{"a":1}', '{\n "b": "ü"\n}') }) }),
    fc.record({ mode: fc.constant('formdata'), formdata: fc.array(fc.record({ key: text(4), value: fc.string({ unit: 'grapheme', maxLength: 10 }), type: fc.constant('text') }), { minLength: 1, maxLength: 3 }) }),
  );
  const request = fc.record({
    method: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE'),
    path: fc.array(segment, { minLength: 1, maxLength: 4 }),
    query: fc.array(queryItem, { maxLength: 4 }),
    meta: headerValue,
    body,
  });
  return fc.sample(request, { seed, numRuns: count }).map((r, i) => {
    // '#' would end the URL and '?' start its query: keep them out of the typed path and query.
    const path = r.path.map((part) => part.replace(/[#?]/g, '')).join('/');
    const query = r.query.map((part) => part.replace(/[#&]/g, '')).join('&');
    return item(`random ${i}`, r.method, `/random/${i}/${path}${query ? '?' + query : ''}`, {
      header: [{ key: 'X-Amz-Meta-Random', value: r.meta }],
      body: r.body,
    });
  });
}

/** Requests to a literal host (no {{baseUrl}}), where path variables holding `?` or `#` must still sign as sent. */
export function literalHostItems(origin: string): Item[] {
  const withVariables = (name: string, path: string[], variable: Array<{ key: string; value: string }>) => ({
    name,
    request: { method: 'GET', header: [], url: { raw: `${origin}/${path.join('/')}`, protocol: 'http', host: origin.replace(/^http:\/\//, '').split(':')[0].split('.'), port: origin.split(':').pop(), path, variable } },
  });
  return [
    withVariables('path variable holding ?', ['users', ':id'], [{ key: 'id', value: 'a?b=c' }]),
    withVariables('path variable holding #', ['users', ':id', 'x'], [{ key: 'id', value: 'a#b' }]),
    withVariables('path variable holding a slash and a space', ['users', ':id'], [{ key: 'id', value: 'a/b c' }]),
    { name: 'literal host, plain', request: { method: 'POST', url: `${origin}/plain?x=1`, body: { mode: 'raw', raw: 'x' } } },
  ];
}
