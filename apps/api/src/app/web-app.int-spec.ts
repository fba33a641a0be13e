import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import pino from 'pino';
import { createDataSource } from './database/data-source';
import { createServer, type RunningServer } from './server';

/** The built web app as the server sends it: compressed, built files cached for good, client routes to index.html. */
describe('the web app on the API port', () => {
  const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-web-'));
  const script = `export const page = ${JSON.stringify('Xếp hạng '.repeat(2_000))};\n`;
  let server: RunningServer;
  let base: string;

  beforeAll(async () => {
    fs.mkdirSync(path.join(webDir, 'assets'));
    fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>ThiĐua</title>');
    fs.writeFileSync(path.join(webDir, 'assets', 'page-AbC123.js'), script);
    // No database is needed for files; GraphQL is not asked here.
    const dataSource = createDataSource('postgres://postgres@127.0.0.1:1/nowhere');
    server = await createServer({ dataSource, sessionSecret: 'x'.repeat(40), log: pino({ level: 'silent' }), webDir });
    await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await server.stop();
    fs.rmSync(webDir, { recursive: true, force: true });
  });

  /** Raw bytes and headers, without fetch's own decompression. */
  const get = async (url: string, headers: Record<string, string> = {}) => {
    return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
      (resolve, reject) => {
        http
          .get(`${base}${url}`, { headers }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () =>
              resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
            );
          })
          .on('error', reject);
      },
    );
  };

  it('sends a built file gzipped to a browser that accepts it, kept a year', async () => {
    const response = await get('/assets/page-AbC123.js', { 'accept-encoding': 'gzip' });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.body.length).toBeLessThan(Buffer.byteLength(script) / 3);
    expect(gunzipSync(response.body).toString()).toBe(script);
  });

  it('answers 404 for a built file that is not there (an older build), and index.html for a client route', async () => {
    expect((await get('/assets/page-Old999.js')).status).toBe(404);
    const route = await get('/campaigns/42/rankings');
    expect(route.status).toBe(200);
    expect(route.body.toString()).toContain('<title>ThiĐua</title>');
  });
});

/** `upgrade-insecure-requests` only when the page is served over HTTPS: on plain HTTP it blanks the app. */
describe('the Content-Security-Policy over HTTP and HTTPS', () => {
  const servers: RunningServer[] = [];
  afterAll(() => Promise.all(servers.map((server) => server.stop())));

  /** The CSP and HSTS headers of `/` from a server started with `options`, asked with `headers`. */
  async function securityHeadersOf(
    options: { publicUrl?: string | null; trustProxy?: number | string | false },
    headers: Record<string, string> = {},
  ): Promise<{ csp: string; hsts: string | null }> {
    const dataSource = createDataSource('postgres://postgres@127.0.0.1:1/nowhere');
    const server = await createServer({
      dataSource,
      sessionSecret: 'x'.repeat(40),
      log: pino({ level: 'silent' }),
      webDir: null,
      ...options,
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
    const port = (server.httpServer.address() as AddressInfo).port;
    const response = await fetch(`http://127.0.0.1:${port}/healthz`, { headers });
    await response.arrayBuffer();
    return {
      csp: response.headers.get('content-security-policy') ?? '',
      hsts: response.headers.get('strict-transport-security'),
    };
  }

  it('leaves it out on plain HTTP, even when a client claims https without a trusted proxy', async () => {
    for (const headers of [{}, { 'x-forwarded-proto': 'https' }] as Record<string, string>[]) {
      const { csp, hsts } = await securityHeadersOf({}, headers);
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(hsts).toBeNull();
    }
    expect((await securityHeadersOf({ publicUrl: 'http://thidua.test:4000' })).csp).not.toContain('upgrade-insecure');
  });

  it('keeps it when a trusted proxy forwards https, or when PUBLIC_URL is https', async () => {
    for (const { csp, hsts } of [
      await securityHeadersOf({ trustProxy: 'loopback' }, { 'x-forwarded-proto': 'https' }),
      await securityHeadersOf({ publicUrl: 'https://thidua.camau.gov.vn' }),
    ]) {
      expect(csp).toContain('upgrade-insecure-requests');
      expect(hsts).toContain('max-age=');
    }
    const plainBehindProxy = await securityHeadersOf({ trustProxy: 'loopback' }, { 'x-forwarded-proto': 'http' });
    expect(plainBehindProxy.csp).not.toContain('upgrade-insecure-requests');
  });
});
