import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { createDataSource } from './database/data-source';
import { createServer } from './server';
import { startTestApp, type TestApp } from '../test/harness';

describe('GET /healthz', () => {
  let app: TestApp;
  beforeAll(async () => (app = await startTestApp({ demo: false })));
  afterAll(() => app.close());

  it('answers 200 with the database up', async () => {
    const response = await fetch(`${app.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('answers 503 when the database cannot be reached', async () => {
    const unreachable = createDataSource('postgres://postgres@127.0.0.1:1/nowhere');
    const server = await createServer({
      dataSource: unreachable,
      sessionSecret: 'x'.repeat(40),
      log: pino({ level: 'silent' }),
      webDir: null,
    });
    await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/healthz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'degraded', database: 'down' });
    } finally {
      await server.stop();
    }
  });
});
