import type { AppServer } from './support/app-server';
import { startAppServer } from './support/app-server';
import { launchBrowser } from './support/browser';

/** A name that is not localhost: browsers treat localhost as secure, and would hide the problem there. */
const HOST = 'thidua.test';

/**
 * Served over plain HTTP on a host name (an intranet server without TLS), the app must still load: a
 * Content-Security-Policy with `upgrade-insecure-requests` would send its scripts to https, which is not there, and
 * leave the page blank.
 */
describe('the app over plain HTTP on a host name other than localhost', () => {
  let server: AppServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;

  beforeAll(async () => {
    server = await startAppServer();
    // thidua.test resolves to the server, as an intranet's DNS would; Chromium's defaults are kept otherwise.
    browser = await launchBrowser({ args: [`--host-resolver-rules=MAP ${HOST} 127.0.0.1`] });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the login form, its scripts and styles loaded over http', async () => {
    const page = await browser.context.newPage();
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
    const url = new URL(server.url);
    url.hostname = HOST;
    const response = await page.goto(`${url.origin}/login`);
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor({ timeout: 15_000 });
    await expect(page.getByLabel('Email').isVisible()).resolves.toBe(true);
    expect(failed).toEqual([]);
    expect(response?.headers()['content-security-policy']).not.toContain('upgrade-insecure-requests');
    await page.close();
  });
});
