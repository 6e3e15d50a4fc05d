/** A real WebSocket client (the `ws` package) for the tests: one message out, its echo back. */
import WebSocket from 'ws';

export type Outcome = { echoed: string } | { refusedWith: number };

/** A real WebSocket client: connects to `url` as given, sends `message`, and gives back the echo, or the status of a refused handshake. */
export function connectAndSend(url: string, message: string): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    const timer = setTimeout(() => {
      socket.terminate();
      reject(new Error(`no answer from ${url.split('?')[0]} within 10 s`));
    }, 10_000);
    const finish = (outcome: Outcome) => {
      clearTimeout(timer);
      resolve(outcome);
    };
    socket.on('open', () => socket.send(message));
    socket.on('message', (data) => {
      finish({ echoed: data.toString() });
      socket.close();
    });
    socket.on('unexpected-response', (request, response) => {
      finish({ refusedWith: response.statusCode ?? 0 });
      request.destroy();
    });
    socket.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
