import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  headers: http.IncomingHttpHeaders;
  body: string;
  answered: number;
}

/** A real HTTP server standing for another app: it answers each request with the status `answer` picks. */
export async function startWebhookReceiver(answer: (count: number, body: string) => number = () => 200) {
  const received: ReceivedRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const status = answer(received.length + 1, body);
      received.push({ headers: req.headers, body, answered: status });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/thidua`,
    received,
    /** Waits until `predicate` holds of what was received, or fails after `ms`. */
    async waitFor(predicate: (requests: ReceivedRequest[]) => boolean, ms = 20_000): Promise<void> {
      const until = Date.now() + ms;
      while (!predicate(received)) {
        if (Date.now() > until)
          throw new Error(`receiver: condition not met in ${ms} ms (${received.length} received)`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
