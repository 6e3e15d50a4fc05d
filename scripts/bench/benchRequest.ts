/** The request both newman benchmarks send, the floor script, and the loopback server they send it to. */
import { createServer, type Server } from 'node:http';
import { REDACTED_TOKEN, VARIABLE } from '../../src/postman/variables';
import { signRequest } from '../../src/sigv4';

const SCHEMA = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';

export const credentials = {
  aws_access_key_id: 'ASIAIOSFODNN7EXAMPLE',
  aws_secret_access_key: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  aws_session_token: 'IQoJb3JpZ2luX2VjEXAMPLE'.padEnd(800, 'x'),
  aws_region: 'us-east-1',
};

export const BODY = JSON.stringify({ id: 42, name: 'a pet', tags: ['a', 'b'] });

/** A JSON body of about 1 MB, mostly ASCII with some 'ç', for the large-body rows of both benchmarks. */
export const LARGE_JSON_BODY = JSON.stringify({ items: Array.from({ length: 15400 }, (_, i) => ({ id: i, name: `item ${i}`, tags: ['a', 'b', 'ç'], price: i * 1.5 })) });

/** The pm calls the signer makes for this request, with the values it sets, and no signing. */
export function pmCallsOnly(baseUrl: string): string {
  const { host } = new URL(baseUrl);
  const signed = signRequest({
    method: 'POST', path: '/prod/items', query: 'page=2&sort=name', headers: [], body: BODY, host, region: credentials.aws_region, service: 'execute-api', date: new Date(),
    credentials: { accessKeyId: credentials.aws_access_key_id, secretAccessKey: credentials.aws_secret_access_key, sessionToken: credentials.aws_session_token },
  });
  const read = Object.values(VARIABLE).filter((name) => name !== VARIABLE.canonicalRequest && name !== VARIABLE.stringToSign);
  return [
    `var names = ${JSON.stringify(read)};`,
    'for (var i = 0; i < names.length; i++) pm.variables.get(names[i]);',
    'pm.request.url.update(pm.variables.replaceIn(pm.request.url.toString()));',
    'pm.request.headers.all();',
    ...signed.headers.map(([key, value]) => `pm.request.headers.add(${JSON.stringify({ key, value })});`),
    'pm.request.authorizeUsing("noauth");',
    `pm.variables.set(${JSON.stringify(VARIABLE.canonicalRequest)}, ${JSON.stringify(signed.canonicalRequest.split(credentials.aws_session_token).join(REDACTED_TOKEN))});`,
    `pm.variables.set(${JSON.stringify(VARIABLE.stringToSign)}, ${JSON.stringify(signed.stringToSign)});`,
  ].join('\n');
}

export function collection(variant: { exec?: string[]; auth?: object; body?: string }): object {
  const request = {
    method: 'POST',
    url: '{{baseUrl}}/prod/items?page=2&sort=name',
    header: [{ key: 'Content-Type', value: 'application/json' }],
    body: { mode: 'raw', raw: variant.body ?? BODY },
    ...(variant.auth ? { auth: variant.auth } : {}),
  };
  const event = variant.exec === undefined ? [] : [{ listen: 'prerequest', script: { type: 'text/javascript', exec: variant.exec } }];
  return { info: { name: 'bench', schema: SCHEMA }, item: [{ name: 'request', request }], event };
}

/** A loopback server that answers every request with a small JSON body. */
export async function listen(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.end('{"ok":true}'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}` };
}
