import { createServer, type IncomingHttpHeaders } from 'node:http';
import { collection, credentials } from '../../scripts/bench/benchRequest';
import { runNewman } from '../support/newman';

/** What newman sends for the bench request with this pre-request script, to a loopback server of its own. */
export async function sentBy(exec: string[]): Promise<{ failures: string[]; headers: IncomingHttpHeaders; url: string }> {
  const seen: Array<{ url: string; headers: IncomingHttpHeaders }> = [];
  const server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    req.resume();
    req.on('end', () => res.end('{}'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const baseUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const result = await runNewman({ collection: collection({ exec }), environment: { ...credentials, baseUrl } });
    return { failures: result.failures, ...seen[0] };
  } finally {
    server.close();
  }
}
