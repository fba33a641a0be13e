import type { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { expectNoSeriousViolations, logIn } from './support/session';
import { browserSuite } from './support/suite';

const WIDTHS = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
];

/** Nothing in the page is wider than the window (no sideways scrolling). */
async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Signs out by forgetting the session in this browser, then signs in from the login screen as a demo account. */
async function signInAs(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await logIn(page, email);
}

const card = (page: Page, name: string | RegExp) => page.getByRole('region', { name });

/** Lands on "/" after login, with the home's heading; the page fits the window and passes axe. */
async function landsHome(page: Page, baseUrl: string, email: string): Promise<void> {
  await signInAs(page, baseUrl, email);
  await page.getByRole('heading', { name: 'Việc cần làm', level: 1 }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/');
}

async function fitsAndPasses(page: Page, name: string, width: number): Promise<void> {
  await page.waitForLoadState('networkidle');
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await screenshot(page, `home-${name}-${width}`);
  await expectNoSeriousViolations(page);
}

describe('each role lands on its home page after login and finds its week’s work there', () => {
  const suite = browserSuite({ seed: 'demo', pageTimeout: 20_000 });

  describe.each(WIDTHS)('at $width px', (viewport) => {
    beforeAll(async () => {
      await suite.page.setViewportSize(viewport);
    });

    it('the reporter of Huyện Đầm Dơi sees period 11, overdue, and one click opens its report form', async () => {
      await landsHome(suite.page, suite.server.url, 'baocao@camau.demo');
      const period = card(suite.page, 'Kỳ báo cáo hiện tại');
      await period.getByText('Kỳ 11 (06/05/2023 – 09/05/2023)').waitFor();
      await period.getByText('quá hạn').waitFor();
      await period.getByRole('heading', { name: /^Chưa báo cáo kỳ này \(\d+\)$/ }).waitFor();
      const standing = card(suite.page, 'Vị trí xếp hạng (đến kỳ 11)');
      await standing.getByRole('heading', { name: 'Huyện Đầm Dơi', level: 3 }).waitFor();
      await standing.getByText(/^Hạng \d+\/9 \(Cấp huyện\)/).waitFor();
      await fitsAndPasses(suite.page, 'reporter', viewport.width);

      // One click from the home page: the form of the first unit without a report (or, all sent, its own) for period 11.
      const cta = period.locator('.home-cta');
      const unit = /(?:cho|của) (.+)$/.exec((await cta.textContent()) ?? '')?.[1] ?? '';
      expect(unit).not.toBe('');
      await cta.click();
      await suite.page.getByRole('heading', { name: 'Số liệu kỳ 11 (06/05/2023 – 09/05/2023)' }).waitFor();
      expect(await suite.page.getByLabel('Đơn vị').locator('option:checked').textContent()).toContain(unit);
      expect(await suite.page.getByRole('button', { name: 'Mở kỳ 11' }).getAttribute('aria-pressed')).toBe('true');
    });

    it('the board member sees the closing review waiting with its proposals still to decide, and the standings', async () => {
      await landsHome(suite.page, suite.server.url, 'hoidong@camau.demo');
      const reviews = card(suite.page, 'Đợt xét chờ quyết định');
      const waiting = reviews.getByRole('link', { name: 'Tổng kết Chiến dịch 69 ngày đêm' });
      await waiting.waitFor();
      await reviews.getByText(/^Đến kỳ 11 · Còn \d+\/\d+ đề xuất chờ xét$/).waitFor();
      const standings = card(suite.page, 'Xếp hạng hiện tại (đến kỳ 11)');
      await standings
        .getByRole('region', { name: /^Cấp huyện/ })
        .getByText('Dẫn đầu')
        .waitFor();
      await fitsAndPasses(suite.page, 'board', viewport.width);

      await waiting.click();
      await suite.page.waitForURL(/\/campaigns\/[^/]+\/reviews\/[^/]+$/);
      await suite.page
        .getByRole('button', { name: /^Đồng ý/ })
        .first()
        .waitFor();
    });

    it('the admin sees the campaign ended, the reporting rate and the units not reported, by district', async () => {
      await landsHome(suite.page, suite.server.url, 'admin@camau.demo');
      await card(suite.page, 'Chiến dịch đang triển khai').getByText('Đã kết thúc — chờ đóng').waitFor();
      await card(suite.page, 'Tỷ lệ báo cáo kỳ 11')
        .getByText(/đơn vị đã báo cáo/)
        .waitFor();
      const missing = card(suite.page, /^Chưa báo cáo kỳ 11 \(\d+\)$/);
      await missing
        .getByRole('region', { name: /^Huyện|^Thành phố|^UBND/ })
        .first()
        .waitFor();
      await card(suite.page, 'Vấn đề cần xử lý').getByText('Đơn vị có chỉ số 0% (đến kỳ 11)').waitFor();
      await card(suite.page, 'Đợt xét đang thực hiện').getByText('Tổng kết Chiến dịch 69 ngày đêm').waitFor();
      await fitsAndPasses(suite.page, 'admin', viewport.width);
    });

    it('the viewer sees the standings per level and a link to the dashboard', async () => {
      await landsHome(suite.page, suite.server.url, 'xem@camau.demo');
      const standings = card(suite.page, 'Xếp hạng hiện tại (đến kỳ 11)');
      await standings
        .getByRole('region', { name: /^Cấp xã/ })
        .getByText('Cuối bảng')
        .waitFor();
      await fitsAndPasses(suite.page, 'viewer', viewport.width);

      await suite.page.getByRole('link', { name: 'Mở trang Tổng quan' }).click();
      await suite.page.waitForURL(/\/campaigns\/[^/]+$/);
    });
  });
});
