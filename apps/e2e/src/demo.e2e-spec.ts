import type { BrowserContext, Page } from 'playwright-core';
import { startAppServer, type AppServer } from './support/app-server';
import { launchBrowser, screenshot, SCREENSHOT_DIR } from './support/browser';
import { expectNoSeriousViolations, gql, logIn, tokenFor } from './support/session';

interface Figure {
  numerator: number;
  denominator: number;
  indicator: { code: string };
}

const vi = (value: number) => new Intl.NumberFormat('vi-VN').format(value);

describe('the full demo, as the emulation board finds it after `npm start`', () => {
  let server: AppServer;
  let browser: { context: BrowserContext; close(): Promise<void> };
  let page: Page;
  let campaignId: string;
  let provinceFigure: Figure;

  beforeAll(async () => {
    server = await startAppServer({ seed: 'demo' });
    const token = await tokenFor(server, 'hoidong@camau.demo');
    const { campaigns } = await gql<{ campaigns: { edges: { node: { id: string } }[] } }>(server, token, '{ campaigns(first: 1) { edges { node { id } } } }');
    campaignId = campaigns.edges[0].node.id;
    const { summary } = await gql<{ summary: { level: { key: string } | null; indicators: Figure[] }[] }>(
      server,
      token,
      'query ($id: ID!) { summary(campaignId: $id) { level { key } indicators { numerator denominator indicator { code } } } }',
      { id: campaignId },
    );
    provinceFigure = summary.find((row) => row.level?.key === 'province')?.indicators[0] as Figure;
    browser = await launchBrowser();
    page = await browser.context.newPage();
    await page.goto(`${server.url}/login`);
    await logIn(page, 'hoidong@camau.demo');
    await page.getByRole('link', { name: 'Chiến dịch' }).first().waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the dashboard with eleven weeks of figures', async () => {
    await page.goto(`${server.url}/campaigns/${campaignId}/dashboard`);
    const table = page.getByRole('table', { name: 'Tỷ lệ hồ sơ TTHC giải quyết trực tuyến: tỷ lệ theo cấp so với chỉ tiêu' });
    await table.waitFor();
    const provinceRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Cấp tỉnh' }) });
    await expect(provinceRow.textContent()).resolves.toContain(vi(provinceFigure.numerator));
    expect(provinceFigure.denominator).toBeGreaterThan(5000);
    await page.getByRole('img', { name: /^Biểu đồ xu hướng Tỷ lệ hồ sơ TTHC giải quyết trực tuyến/ }).waitFor();
    await screenshot(page, 'demo-dashboard');
    await expectNoSeriousViolations(page);
  });

  it('ranks the communes, with movement since the week before', async () => {
    await page.goto(`${server.url}/campaigns/${campaignId}/rankings`);
    await page.getByRole('link', { name: 'Cấp xã' }).click();
    const table = page.getByRole('table', { name: /^Xếp hạng Cấp xã tính đến kỳ 11,/ });
    await table.waitFor();
    await screenshot(page, 'demo-rankings-communes');
    await expectNoSeriousViolations(page);
  });

  it("prints the chairman's weekly report of the last period", async () => {
    await page.goto(`${server.url}/campaigns/${campaignId}/weekly-report?period=11`);
    await page.getByText('Cà Mau, ngày 12 tháng 5 năm 2023').waitFor();
    await page.getByText('Xã Trí Phải').first().waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/demo-weekly-report-top.png` });
    await screenshot(page, 'demo-weekly-report');
    await expectNoSeriousViolations(page);
  });

  it('lists the finalized mid-campaign review and the closing one in progress', async () => {
    await page.goto(`${server.url}/campaigns/${campaignId}/reviews`);
    await page.getByText('Sơ kết giữa Chiến dịch (kỳ 6)').waitFor();
    await page.getByText('Tổng kết Chiến dịch 69 ngày đêm').waitFor();
    await expect(page.getByText('Hoàn tất').count()).resolves.toBeGreaterThan(0);
    await expect(page.getByText('Đang xét').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'demo-reviews');
    await page.getByText('Tổng kết Chiến dịch 69 ngày đêm').click();
    await page.getByRole('heading', { name: /Tổng kết Chiến dịch 69 ngày đêm/ }).waitFor();
    await screenshot(page, 'demo-review-closing');
    await expectNoSeriousViolations(page);
  });
});
