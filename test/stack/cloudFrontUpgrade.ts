/**
 * WebSocket handshakes through the CloudFront stand-in. "WebSocket functionality is automatically
 * enabled to work with any distribution" (CloudFront Developer Guide, "Use WebSockets with
 * CloudFront distributions"): the upgrade request goes to the origin by the same rules as any
 * request (cloudFrontRequest.ts: Host set to the origin domain, the origin path prepended, the
 * query policy), keeping the `Connection: Upgrade` and `Upgrade` that a plain request's hop-by-hop
 * rule drops. The origin's answer comes back as it was: a 101 joins the two connections, anything
 * else (a 403 from an IAM WebSocket API) is passed on and the connection closed.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { buildOriginRequest, type OriginRequestSettings } from './cloudFrontRequest';
import { flattenHeaders, pairUp, requestHead, type HeaderPair } from './rawRequest';

export type UpgradeListener = (req: IncomingMessage, viewer: Duplex, head: Buffer) => void;

/** The `upgrade` listener of a CloudFront stand-in whose origin is `originUrl`; `settings` gives the rules for one viewer request. */
export function upgradeProxy(originUrl: URL, settings: () => OriginRequestSettings): UpgradeListener {
  return (req, viewer, head) => {
    viewer.on('error', () => viewer.destroy());
    const origin = buildOriginRequest({ ...requestHead(req), bodyLength: 0 }, settings());
    const headers: HeaderPair[] = origin.headers
      .filter(([name]) => name.toLowerCase() !== 'connection')
      .concat([
        ['Connection', 'Upgrade'],
        ['Upgrade', req.headers.upgrade ?? 'websocket'],
      ]);
    const outgoing = httpRequest({ host: originUrl.hostname, port: originUrl.port, method: req.method, path: origin.target, headers: flattenHeaders(headers) });
    outgoing.on('upgrade', (answer: IncomingMessage, originSocket: Duplex, originHead: Buffer) => {
      originSocket.on('error', () => viewer.destroy());
      originSocket.on('close', () => viewer.destroy());
      viewer.on('close', () => originSocket.destroy());
      viewer.write(Buffer.concat([answerHead(answer), originHead]));
      if (head.length > 0) originSocket.write(head);
      originSocket.pipe(viewer).pipe(originSocket);
    });
    outgoing.on('response', (answer: IncomingMessage) => {
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('error', () => viewer.destroy());
      answer.on('end', () => viewer.end(Buffer.concat([answerHead(answer), ...chunks])));
    });
    outgoing.on('error', () => viewer.destroy());
    outgoing.end();
  };
}

/** The status line and headers of the origin's answer, as received. */
function answerHead(answer: IncomingMessage): Buffer {
  const lines = [`HTTP/1.1 ${answer.statusCode} ${answer.statusMessage}`, ...pairUp(answer.rawHeaders).map(([name, value]) => `${name}: ${value}`)];
  return Buffer.from(lines.join('\r\n') + '\r\n\r\n', 'latin1');
}
