import type { AddressInfo } from 'node:net';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { createServer } from '@thidua/api';

type ServerOptions = Parameters<typeof createServer>[0];

/**
 * The API server a bench measures, on a port of its own on 127.0.0.1: silent, no web app unless given, and whatever
 * else the bench sets (e.g. `rankingCacheSeconds`). `base` is the server's address, `url` its GraphQL endpoint.
 */
export async function startBenchServer(
  dataSource: DataSource,
  options: Partial<Omit<ServerOptions, 'dataSource'>> = {},
): Promise<{ server: Awaited<ReturnType<typeof createServer>>; base: string; url: string }> {
  const server = await createServer({
    dataSource,
    sessionSecret: 'bench-secret-'.padEnd(48, 'x'),
    log: pino({ level: 'silent' }),
    webDir: null,
    ...options,
  });
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
  return { server, base, url: `${base}/graphql` };
}
