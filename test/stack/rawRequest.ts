/**
 * A request exactly as it arrived on the wire: raw request target (no decoding, no
 * normalization), headers in arrival order with their original case and repetitions, and the
 * body bytes.
 */
import type { IncomingMessage } from 'node:http';

export type HeaderPair = [name: string, value: string];

export interface ReceivedRequest {
  method: string;
  /** The request target as sent, e.g. `/prod/items/a%20b?x=1+2`. */
  url: string;
  /** The raw path: the target up to `?` (an absolute-form target loses its scheme and authority). */
  path: string;
  /** The raw query after the first `?`, or ''. */
  query: string;
  rawHeaders: HeaderPair[];
  body: Buffer;
  /** The peer's IP address (IPv4-mapped IPv6 addresses are given as plain IPv4). */
  remoteAddress: string;
}

export async function readRequest(req: IncomingMessage): Promise<ReceivedRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return requestHead(req, Buffer.concat(chunks));
}

/** The request line and headers as they arrived, with `body`: an upgrade (WebSocket) request has none to read. */
export function requestHead(req: IncomingMessage, body: Buffer = Buffer.alloc(0)): ReceivedRequest {
  const url = req.url ?? '/';
  const { path, query } = splitTarget(url);
  return {
    method: req.method ?? 'GET',
    url,
    path,
    query,
    rawHeaders: pairUp(req.rawHeaders),
    body,
    remoteAddress: plainAddress(req.socket.remoteAddress),
  };
}

/** Splits a request target into raw path and raw query; `http://h/p?q` gives `/p` and `q`. */
export function splitTarget(target: string): { path: string; query: string } {
  let rest = target;
  const absolute = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(rest);
  if (absolute) rest = rest.slice(absolute[0].length);
  const hash = rest.indexOf('#');
  if (hash >= 0) rest = rest.slice(0, hash);
  const q = rest.indexOf('?');
  const path = q < 0 ? rest : rest.slice(0, q);
  return { path: path === '' ? '/' : path, query: q < 0 ? '' : rest.slice(q + 1) };
}

/** Node's flat `rawHeaders` list as name/value pairs. */
export function pairUp(flat: readonly string[]): HeaderPair[] {
  const pairs: HeaderPair[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) pairs.push([flat[i], flat[i + 1]]);
  return pairs;
}

/** The inverse of pairUp: name/value pairs as a flat list (what node:http accepts as headers). */
export function flattenHeaders(pairs: readonly HeaderPair[]): string[] {
  const flat: string[] = [];
  for (const [name, value] of pairs) flat.push(name, value);
  return flat;
}

/** Every value of a header (case-insensitive name), in arrival order. */
export function headerValues(headers: readonly HeaderPair[], name: string): string[] {
  const wanted = name.toLowerCase();
  return headers.filter(([key]) => key.toLowerCase() === wanted).map(([, value]) => value);
}

/** The values of a repeated header joined with `,` in arrival order (SigV4's rule), or undefined. */
export function joinedHeader(headers: readonly HeaderPair[], name: string): string | undefined {
  const values = headerValues(headers, name);
  return values.length === 0 ? undefined : values.join(',');
}

function plainAddress(address: string | undefined): string {
  if (!address) return '';
  return address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
}
