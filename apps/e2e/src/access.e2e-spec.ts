import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { AppServer } from './support/app-server';
import { SCREENSHOT_DIR, screenshot } from './support/browser';
import { browserSuite } from './support/suite';
import { expectNoSeriousViolations, logIn } from './support/session';
import { expectCount } from './support/count';

const REPORTER_EMAIL = 'e2e.canbo@camau.demo';
const REPORTER_PASSWORD = 'matkhau-thu-2026';
const TOKEN_NAME = 'Ứng dụng thử nghiệm E2E';

interface GraphQLAnswer {
  data?: { units?: { totalCount: number } } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** The header alone, at the window's current width, for a person to look at. */
async function headerShot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.getByRole('banner').screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

/** Nothing in the page is wider than the window (no sideways scrolling). */
async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** The top edges of the header's brand, navigation and tools: one row when they are (nearly) the same. */
async function headerRowTops(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    ['.brand', '.shell__nav', '.shell__tools'].map((selector) => {
      const box = document.querySelector(selector)?.getBoundingClientRect();
      return box ? Math.round(box.top + box.height / 2) : -1;
    }),
  );
}

function adminMenu(page: Page) {
  return page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('button', { name: 'Quản trị' });
}

/** Opens the "Quản trị" menu from the keyboard and follows one of its links. */
async function goToAdminScreen(page: Page, link: string): Promise<void> {
  await adminMenu(page).focus();
  await page.keyboard.press('ArrowDown');
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await nav.getByRole('link', { name: link }).waitFor();
  await nav.getByRole('link', { name: link }).click();
}

/** What another app sees: one query with the API token, straight against /graphql. */
async function unitCountWith(server: AppServer, token: string): Promise<GraphQLAnswer> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ units(first: 1) { totalCount } }' }),
  });
  return (await response.json()) as GraphQLAnswer;
}

describe('an administrator manages users and API tokens, and reads the audit log', () => {
  const suite = browserSuite();
  let secret = '';

  it('has a one-row header at 1280 px with the admin screens under "Quản trị", wrapping without overflow at 768 px', async () => {
    await suite.page.goto(`${suite.server.url}/login`);
    await logIn(suite.page, 'admin@camau.demo', 'thidua-demo');
    const nav = suite.page.getByRole('navigation', { name: 'Điều hướng chính' });
    await nav.getByRole('link', { name: 'Đơn vị' }).waitFor();
    await expectCount(nav.getByRole('link', { name: 'Người dùng' }), 0);
    const [brand, navRow, tools] = await headerRowTops(suite.page);
    expect(Math.abs((navRow ?? 0) - (brand ?? 0))).toBeLessThan(8);
    expect(Math.abs((tools ?? 0) - (brand ?? 0))).toBeLessThan(8);
    expect(await horizontalOverflow(suite.page)).toBeLessThanOrEqual(0);
    await headerShot(suite.page, 'access-00a-header-admin-1280');
    // English words are longer; the row holds in English too.
    await suite.page.getByLabel('Ngôn ngữ').selectOption('en');
    await suite.page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('button', { name: 'Administration' })
      .waitFor();
    const [brandEn, navEn, toolsEn] = await headerRowTops(suite.page);
    expect(Math.abs((navEn ?? 0) - (brandEn ?? 0))).toBeLessThan(8);
    expect(Math.abs((toolsEn ?? 0) - (brandEn ?? 0))).toBeLessThan(8);
    await headerShot(suite.page, 'access-00a-header-admin-1280-en');
    await suite.page.getByLabel('Language').selectOption('vi');
    await adminMenu(suite.page).waitFor();

    await adminMenu(suite.page).click();
    expect(await adminMenu(suite.page).getAttribute('aria-expanded')).toBe('true');
    await nav.getByRole('link', { name: 'Nhật ký' }).waitFor();
    await screenshot(suite.page, 'access-00b-admin-menu-open-1280');
    await expectNoSeriousViolations(suite.page);
    await suite.page.keyboard.press('Escape');
    await nav.getByRole('link', { name: 'Nhật ký' }).waitFor({ state: 'hidden' });

    await suite.page.setViewportSize({ width: 768, height: 900 });
    expect(await horizontalOverflow(suite.page)).toBeLessThanOrEqual(0);
    await headerShot(suite.page, 'access-00c-header-admin-768');
    await adminMenu(suite.page).click();
    await nav.getByRole('link', { name: 'Nhật ký' }).waitFor();
    expect(await horizontalOverflow(suite.page)).toBeLessThanOrEqual(0);
    await screenshot(suite.page, 'access-00d-admin-menu-open-768');
    await suite.page.mouse.click(700, 600);
    await nav.getByRole('link', { name: 'Nhật ký' }).waitFor({ state: 'hidden' });
    await suite.page.setViewportSize({ width: 1280, height: 800 });
  });

  it('sees the users screen from the admin menu', async () => {
    await goToAdminScreen(suite.page, 'Người dùng');
    await suite.page.getByRole('heading', { name: 'Người dùng', level: 1 }).waitFor();
    await suite.page
      .getByRole('rowheader', { name: /\(bạn\)/ })
      .first()
      .waitFor();
    await suite.page.getByRole('cell', { name: 'baocao@camau.demo' }).waitFor();
    await screenshot(suite.page, 'access-01-users');
    await expectNoSeriousViolations(suite.page);
  });

  it('is told about a weak password beside the field, then creates a reporter for Huyện Đầm Dơi', async () => {
    await suite.page.getByRole('button', { name: 'Thêm người dùng' }).click();
    const dialog = suite.page.getByRole('dialog', { name: 'Thêm người dùng' });
    await dialog.getByLabel('Email').fill(REPORTER_EMAIL);
    await dialog.getByLabel('Họ và tên').fill('Cán Bộ Thử Nghiệm');
    await dialog.getByLabel('Vai trò').selectOption('REPORTER');
    await dialog.getByRole('combobox', { name: 'Đơn vị (bắt buộc)' }).fill('dam doi');
    await dialog.getByRole('option', { name: /Huyện Đầm Dơi/ }).click();
    await dialog.getByLabel('Mật khẩu').fill('ngan');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.getByText('Mật khẩu quá yếu: cần ít nhất 10 ký tự, có cả chữ cái và chữ số.').waitFor();
    await screenshot(suite.page, 'access-02-create-user-error');
    await expectNoSeriousViolations(suite.page);

    await dialog.getByLabel('Mật khẩu').fill(REPORTER_PASSWORD);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await suite.page.getByText('Đã thêm người dùng Cán Bộ Thử Nghiệm.').waitFor();
    const row = suite.page
      .getByRole('row')
      .filter({ has: suite.page.getByRole('rowheader', { name: 'Cán Bộ Thử Nghiệm' }) });
    await row.getByRole('cell', { name: 'Cán bộ báo cáo' }).waitFor();
    await row.getByRole('cell', { name: 'Huyện Đầm Dơi' }).waitFor();
    await screenshot(suite.page, 'access-03-user-created');
  });

  it('creates a read:units API token and sees its secret once', async () => {
    await goToAdminScreen(suite.page, 'Mã truy cập API');
    await suite.page.getByRole('heading', { name: 'Mã truy cập API', level: 1 }).waitFor();
    await suite.page.getByRole('button', { name: 'Tạo mã truy cập' }).click();
    const form = suite.page.getByRole('dialog', { name: 'Tạo mã truy cập API' });
    await form.getByLabel('Tên ứng dụng').fill(TOKEN_NAME);
    await form.getByRole('checkbox', { name: /Đọc đơn vị/ }).check();
    await screenshot(suite.page, 'access-04-create-token');
    await expectNoSeriousViolations(suite.page);
    await form.getByRole('button', { name: 'Tạo mã' }).click();

    const shown = suite.page.getByRole('dialog', { name: 'Mã truy cập đã tạo' });
    const field = shown.getByLabel(`Mã truy cập của “${TOKEN_NAME}”`);
    secret = await field.inputValue();
    expect(secret).toMatch(/^thidua_[0-9a-f]{32}_[A-Za-z0-9_-]{43}$/);
    expect(await field.getAttribute('readonly')).not.toBeNull();
    await shown.getByText('Mã chỉ hiện một lần').waitFor();
    await shown.getByText(`authorization: Bearer ${secret}`, { exact: false }).waitFor();
    await screenshot(suite.page, 'access-05-token-secret');
    await expectNoSeriousViolations(suite.page);
    await shown.getByRole('button', { name: 'Tôi đã lưu mã, đóng' }).click();
    await shown.waitFor({ state: 'hidden' });

    const row = suite.page.getByRole('row').filter({ has: suite.page.getByRole('rowheader', { name: TOKEN_NAME }) });
    await row.getByText('chưa dùng').waitFor();
    expect(await suite.page.content()).not.toContain(secret);
  });

  it('lets another app read units with the token, until it is revoked', async () => {
    const allowed = await unitCountWith(suite.server, secret);
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data?.units?.totalCount).toBeGreaterThan(100);

    await suite.page.reload();
    const row = suite.page.getByRole('row').filter({ has: suite.page.getByRole('rowheader', { name: TOKEN_NAME }) });
    await row.getByText('chưa dùng').waitFor({ state: 'detached' });
    await row.getByRole('button', { name: `Thu hồi mã ${TOKEN_NAME}` }).click();
    const confirm = suite.page.getByRole('alertdialog', { name: 'Thu hồi mã truy cập' });
    await screenshot(suite.page, 'access-06-revoke-confirm');
    await confirm.getByRole('button', { name: 'Thu hồi' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await row.getByText(/^Đã thu hồi \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/).waitFor();
    await screenshot(suite.page, 'access-07-token-revoked');

    const refused = await unitCountWith(suite.server, secret);
    expect(refused.data?.units).toBeUndefined();
    expect(refused.errors?.map((error) => error.extensions?.code)).toContain('UNAUTHENTICATED');
  });

  it('finds the new user, the token and its revocation in the audit log, with the values before and after', async () => {
    await goToAdminScreen(suite.page, 'Nhật ký');
    await suite.page.getByRole('heading', { name: 'Nhật ký thay đổi', level: 1 }).waitFor();
    const revoked = suite.page
      .getByRole('row')
      .filter({ hasText: 'Thu hồi mã truy cập API' })
      .filter({ hasText: TOKEN_NAME });
    await revoked.waitFor();
    await suite.page
      .getByRole('row')
      .filter({ hasText: 'Tạo mã truy cập API' })
      .filter({ hasText: TOKEN_NAME })
      .waitFor();
    const created = suite.page
      .getByRole('row')
      .filter({ hasText: 'Thêm người dùng' })
      .filter({ hasText: 'Cán Bộ Thử Nghiệm' });
    await created.waitFor();
    await expectCount(created.getByText('Hệ thống'), 0);
    await created.getByRole('button', { name: /^Xem thay đổi/ }).click();
    const diff = suite.page.getByRole('table', { name: 'Giá trị trước và sau' });
    await diff.getByRole('rowheader', { name: 'Vai trò (đã đổi)' }).waitFor();
    await diff.getByRole('cell', { name: 'Cán bộ báo cáo' }).waitFor();
    // The unit is named, not shown by its id.
    await diff.getByRole('cell', { name: 'Huyện Đầm Dơi' }).waitFor();
    await expectCount(diff.getByRole('cell', { name: 'REPORTER' }), 0);
    await screenshot(suite.page, 'access-08-audit');
    await expectNoSeriousViolations(suite.page);

    await suite.page.getByLabel('Loại đối tượng').selectOption('ApiToken');
    await suite.page.getByRole('row').filter({ hasText: 'Thêm người dùng' }).first().waitFor({ state: 'detached' });
    await suite.page.getByRole('row').filter({ hasText: 'Thu hồi mã truy cập API' }).first().waitFor();
    await screenshot(suite.page, 'access-09-audit-filtered');
  });

  it('lets the new reporter sign in without any admin link or screen', async () => {
    await suite.page.getByRole('button', { name: 'Đăng xuất', exact: true }).click();
    await logIn(suite.page, REPORTER_EMAIL, REPORTER_PASSWORD);
    const nav = suite.page.getByRole('navigation', { name: 'Điều hướng chính' });
    await nav.getByRole('link', { name: 'Đơn vị' }).waitFor();
    await expectCount(nav.getByRole('link', { name: 'Người dùng' }), 0);
    await expectCount(nav.getByRole('link', { name: 'Mã truy cập API' }), 0);
    await expectCount(nav.getByRole('link', { name: 'Nhật ký' }), 0);
    await expectCount(adminMenu(suite.page), 0);
    await screenshot(suite.page, 'access-10-reporter-nav');
    const [brand, navRow, tools] = await headerRowTops(suite.page);
    expect(Math.abs((navRow ?? 0) - (brand ?? 0))).toBeLessThan(8);
    expect(Math.abs((tools ?? 0) - (brand ?? 0))).toBeLessThan(8);
    await headerShot(suite.page, 'access-10a-header-reporter-1280');
    await suite.page.setViewportSize({ width: 768, height: 900 });
    expect(await horizontalOverflow(suite.page)).toBeLessThanOrEqual(0);
    await headerShot(suite.page, 'access-10b-header-reporter-768');
    await suite.page.setViewportSize({ width: 1280, height: 800 });

    await suite.page.goto(`${suite.server.url}/users`);
    await suite.page.getByRole('heading', { name: 'Trang này không dành cho vai trò của bạn', level: 1 }).waitFor();
    await suite.page.getByRole('link', { name: 'Về trang chủ' }).waitFor();
    await expectCount(suite.page.getByRole('button', { name: 'Thử lại' }), 0);
    await expectCount(suite.page.getByRole('cell', { name: 'admin@camau.demo' }), 0);
    await screenshot(suite.page, 'access-11-reporter-forbidden');
    await expectNoSeriousViolations(suite.page);
  });
});
