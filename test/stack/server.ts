/**
 * Lifecycle shared by the stand-ins: listen on the loopback interface only, stop by itself after
 * a maximum lifetime (so a forgotten server never outlives a test run), and close every open
 * connection on close(), upgraded (WebSocket) ones included.
 */
import type { Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export const DEFAULT_MAX_LIFETIME_MS = 10 * 60 * 1000;
export const LOOPBACK_HOST = '127.0.0.1';

export interface ServeOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Closes the server after this long even if nobody calls close(). */
  maxLifetimeMs?: number;
  /** Runs once when the server closes (release agents, timers, ...). */
  onClose?: () => void;
}

export interface Serving {
  port: number;
  url: string;
  close(): Promise<void>;
}

export async function serveOnLoopback(server: Server, options: ServeOptions = {}): Promise<Serving> {
  await new Promise<void>((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen(options.port ?? 0, LOOPBACK_HOST, () => {
      server.off('error', onError);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  // closeAllConnections() ends the HTTP connections only; an upgraded (WebSocket) one is ended here.
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    if (!closing) {
      clearTimeout(lifetime);
      closing = new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        for (const socket of sockets) socket.destroy();
        if (options.onClose) options.onClose();
      });
    }
    return closing;
  };
  const lifetime = setTimeout(() => void close(), options.maxLifetimeMs ?? DEFAULT_MAX_LIFETIME_MS);
  lifetime.unref();

  return { port, url: `http://${LOOPBACK_HOST}:${port}`, close };
}
