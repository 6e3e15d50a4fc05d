/** The request both newman benchmarks send, the floor script, and the loopback server they send it to. */
import { createServer, type Server } from 'node:http';
import { errorBody, signatureMismatch } from '../../test/stack/gatewayErrors';
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

const signedFor = (host: string) =>
  signRequest({
    method: 'POST', path: '/prod/items', query: 'page=2&sort=name', headers: [], body: BODY, host, region: credentials.aws_region, service: 'execute-api', date: new Date(),
    credentials: { accessKeyId: credentials.aws_access_key_id, secretAccessKey: credentials.aws_secret_access_key, sessionToken: credentials.aws_session_token },
  });

/**
 * The pm effects the spec asks of this project's signer beyond what any signer does: every
 * variable the spec names read, the request's auth set to noauth, and the two local variables the
 * diagnosis reads, with the values it sets for this request.
 */
export function specEffects(baseUrl: string): string {
  const signed = signedFor(new URL(baseUrl).host);
  const read = Object.values(VARIABLE).filter((name) => name !== VARIABLE.canonicalRequest && name !== VARIABLE.stringToSign);
  return [
    `var names = ${JSON.stringify(read)};`,
    'for (var i = 0; i < names.length; i++) pm.variables.get(names[i]);',
    'pm.request.authorizeUsing("noauth");',
    `pm.variables.set(${JSON.stringify(VARIABLE.canonicalRequest)}, ${JSON.stringify(signed.canonicalRequest.split(credentials.aws_session_token).join(REDACTED_TOKEN))});`,
    `pm.variables.set(${JSON.stringify(VARIABLE.stringToSign)}, ${JSON.stringify(signed.stringToSign)});`,
  ].join('\n');
}

/**
 * The pm calls this project's signer makes for this request, with the values it sets, and no
 * signing: the URL resolved, the headers added (it removes stale ones, then adds), and
 * specEffects. Unlike floorSigner.js it does not resolve this body, which holds no {{variable}}
 * (the signer skips replaceIn then); labelled "floor + the spec's pm effects" in the tables.
 */
export function pmCallsOnly(baseUrl: string): string {
  const signed = signedFor(new URL(baseUrl).host);
  return [
    'pm.request.url.update(pm.variables.replaceIn(pm.request.url.toString()));',
    'pm.request.headers.all();',
    ...signed.headers.map(([key, value]) => `pm.request.headers.add(${JSON.stringify({ key, value })});`),
    specEffects(baseUrl),
  ].join('\n');
}

export function collection(variant: { exec?: string[]; test?: string[]; auth?: object; body?: string }): object {
  const request = {
    method: 'POST',
    url: '{{baseUrl}}/prod/items?page=2&sort=name',
    header: [{ key: 'Content-Type', value: 'application/json' }],
    body: { mode: 'raw', raw: variant.body ?? BODY },
    ...(variant.auth ? { auth: variant.auth } : {}),
  };
  const event = [
    ...(variant.exec === undefined ? [] : [{ listen: 'prerequest', script: { type: 'text/javascript', exec: variant.exec } }]),
    ...(variant.test === undefined ? [] : [{ listen: 'test', script: { type: 'text/javascript', exec: variant.test } }]),
  ];
  return { info: { name: 'bench', schema: SCHEMA }, item: [{ name: 'request', request }], event };
}

/** The path prefix under which the loopback server answers as API Gateway does a request signed for another host. */
export const DENIED = '/denied';

/**
 * A loopback server that answers every request with a small JSON body, and requests under DENIED
 * with API Gateway's 403 for a signature computed for the CloudFront host instead of the origin's.
 */
export async function listen(): Promise<{ server: Server; url: string }> {
  const expected = signedFor('abc123.execute-api.us-east-1.amazonaws.com');
  const mismatch = signatureMismatch(expected.canonicalRequest, expected.stringToSign);
  const denied = errorBody(mismatch);
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if ((req.url ?? '').startsWith(`${DENIED}/`)) res.writeHead(mismatch.status, { 'content-type': 'application/json', 'x-amzn-ErrorType': mismatch.type }).end(denied);
      else res.end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}` };
}
