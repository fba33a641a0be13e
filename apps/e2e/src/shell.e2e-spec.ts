import type { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { expectNoSeriousViolations, logIn } from './support/session';
import { browserSuite } from './support/suite';
import { expectCount } from './support/count';

const CAMPAIGN =
  'Chiến dịch cao điểm 69 ngày đêm — Nâng cao hiệu quả sử dụng dịch vụ công trực tuyến trên địa bàn tỉnh Cà Mau';

/** Nothing in the page is wider than the window (no sideways scrolling). */
async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Điều hướng chính' });
const campaignTabs = (page: Page) => page.getByRole('navigation', { name: 'Các phần của chiến dịch' });

/** Signs out by forgetting the session in this browser, then signs in as another demo account. */
async function signInAs(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await logIn(page, email);
}

describe('the shell follows the role and the current campaign', () => {
  const suite = browserSuite({ seed: 'demo' });

  it('shows a board member the campaign being followed, which opens on its overview, and plain settings', async () => {
    await suite.page.setViewportSize({ width: 1440, height: 900 });
    await signInAs(suite.page, suite.server.url, 'hoidong@camau.demo');
    const following = suite.page.getByRole('link', { name: `Đang theo dõi: ${CAMPAIGN}` });
    await following.waitFor();
    await expectCount(mainNav(suite.page).getByRole('link', { name: 'Nộp báo cáo' }), 0);
    await following.click();
    await suite.page.getByRole('heading', { name: 'Tổng quan', level: 2 }).waitFor();
    expect(new URL(suite.page.url()).pathname).toMatch(/^\/campaigns\/[^/]+$/);
    await suite.page.locator('.campaign-header').getByText('Đã kết thúc — chờ đóng').waitFor();

    await campaignTabs(suite.page).getByRole('link', { name: 'Thông tin chung' }).click();
    await suite.page.getByRole('definition').filter({ hasText: 'Thứ Sáu, 16:00 hằng tuần' }).waitFor();
    // Plain settings: nothing to edit. The public page's address is shown (read-only, to copy) while published.
    const editable = suite.page.locator('.section-body :is(input, textarea, select):not([readonly], [type="hidden"])');
    await expectCount(editable, 0);
    await suite.page.getByRole('textbox', { name: 'Đường dẫn công khai' }).waitFor();
    await screenshot(suite.page, 'shell-01-board-settings-1440');
    await expectNoSeriousViolations(suite.page);
  });

  it('lands the top "Xếp hạng" on the campaign\'s rankings and highlights "Xếp hạng", not "Chiến dịch"', async () => {
    await mainNav(suite.page).getByRole('link', { name: 'Xếp hạng' }).click();
    await suite.page.waitForURL(/\/campaigns\/[^/]+\/rankings/);
    expect(await mainNav(suite.page).getByRole('link', { name: 'Xếp hạng' }).getAttribute('aria-current')).toBe('page');
    expect(await mainNav(suite.page).getByRole('link', { name: 'Chiến dịch' }).getAttribute('aria-current')).toBeNull();
  });

  it('offers a reporter no weekly report tab, and says plainly the page is not for its role', async () => {
    await signInAs(suite.page, suite.server.url, 'baocao@camau.demo');
    await suite.page.getByRole('link', { name: `Đang theo dõi: ${CAMPAIGN}` }).click();
    await campaignTabs(suite.page).getByRole('link', { name: 'Tổng quan' }).waitFor();
    await expectCount(campaignTabs(suite.page).getByRole('link', { name: 'Báo cáo tuần' }), 0);
    await expectCount(campaignTabs(suite.page).getByRole('link', { name: 'Hồ sơ điện tử' }), 0);

    await suite.page.goto(`${suite.page.url()}/weekly-report`);
    await suite.page.getByRole('heading', { name: 'Trang này không dành cho vai trò của bạn', level: 1 }).waitFor();
    await expectCount(suite.page.getByRole('button', { name: 'Thử lại' }), 0);
    await suite.page.getByRole('link', { name: 'Về trang chủ' }).waitFor();
    await expectNoSeriousViolations(suite.page);
  });

  it('fits a 390 px phone: a compact header with one menu button, the campaign tabs folded into one', async () => {
    await suite.page.setViewportSize({ width: 390, height: 844 });
    await suite.page.getByRole('link', { name: /^Đang theo dõi:/ }).click();
    const tabsButton = campaignTabs(suite.page).getByRole('button', { name: 'Tổng quan' });
    await tabsButton.waitFor();
    expect(await horizontalOverflow(suite.page)).toBeLessThanOrEqual(0);
    const header = await suite.page.getByRole('banner').boundingBox();
    expect(header?.height ?? 999).toBeLessThan(120);
    await screenshot(suite.page, 'shell-02-reporter-campaign-390');

    await tabsButton.click();
    await campaignTabs(suite.page).getByRole('link', { name: 'Xếp hạng' }).click();
    await suite.page.waitForURL(/\/rankings/);
    expect(await campaignTabs(suite.page).getByRole('button', { name: 'Xếp hạng' }).getAttribute('aria-expanded')).toBe(
      'false',
    );

    const menu = suite.page.getByRole('button', { name: 'Menu', exact: true });
    await menu.click();
    await mainNav(suite.page).getByRole('link', { name: 'Nộp báo cáo' }).waitFor();
    await suite.page.getByRole('button', { name: 'Đăng xuất', exact: true }).waitFor();
    expect(await horizontalOverflow(suite.page)).toBeLessThanOrEqual(0);
    await screenshot(suite.page, 'shell-03-reporter-menu-390');
    await expectNoSeriousViolations(suite.page);
    await suite.page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await suite.page.setViewportSize({ width: 1440, height: 900 });
  });
});
