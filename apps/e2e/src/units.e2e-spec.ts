import type { BrowserContext, Page } from 'playwright-core';
import { startAppServer, type AppServer } from './support/app-server';
import { launchBrowser, screenshot, seriousAccessibilityViolations } from './support/browser';

describe('an administrator manages the Cà Mau unit tree', () => {
  let server: AppServer;
  let browser: { context: BrowserContext; close(): Promise<void> };
  let page: Page;

  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.setDefaultTimeout(10_000);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('is sent to the login screen, which has no serious accessibility violation', async () => {
    await page.goto(`${server.url}/units`);
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    await screenshot(page, '01-login');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('is told when the password is wrong', async () => {
    await page.getByLabel('Email').fill('admin@camau.demo');
    await page.getByLabel('Mật khẩu').fill('not-the-password');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByText('Email hoặc mật khẩu không đúng.').waitFor();
  });

  it('logs in and sees the tree, rooted at the provincial committee', async () => {
    await page.getByLabel('Mật khẩu').fill('thidua-demo');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: 'Đơn vị', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'UBND tỉnh Cà Mau', exact: true }).click();
    await page.getByRole('button', { name: 'Huyện Đầm Dơi', exact: true }).waitFor();
    await screenshot(page, '02-units-tree');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('creates a commune under Huyện Đầm Dơi and finds it in the tree', async () => {
    await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Mã đơn vị').fill('E2E-01');
    await dialog.getByLabel('Tên đơn vị').fill('Xã Thử Nghiệm');
    await dialog.getByLabel('Cấp', { exact: true }).selectOption({ label: 'Cấp xã' });
    await dialog.getByRole('combobox', { name: 'Đơn vị cấp trên' }).fill('dam doi');
    await dialog.getByRole('option', { name: /Huyện Đầm Dơi/ }).click();
    await screenshot(page, '03-create-unit');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Huyện Đầm Dơi', exact: true }).click();
    await page.getByText('Xã Thử Nghiệm').waitFor();
    await page.getByText('E2E-01').waitFor();
    await screenshot(page, '04-unit-created');
  });

  it('refuses a duplicate code next to the code field', async () => {
    await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Mã đơn vị').fill('E2E-01');
    await dialog.getByLabel('Tên đơn vị').fill('Trùng mã');
    await dialog.getByLabel('Cấp', { exact: true }).selectOption({ label: 'Cấp xã' });
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.getByText('Mã đơn vị này đã được dùng.').waitFor();
    await screenshot(page, '05-duplicate-code');
    await dialog.getByRole('button', { name: 'Hủy' }).click();
  });

  it('switches to English and back', async () => {
    await page.getByLabel('Ngôn ngữ').selectOption('en');
    await page.getByRole('heading', { name: 'Units', level: 1 }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await screenshot(page, '06-units-english');
    await page.getByLabel('Language').selectOption('vi');
    await page.getByRole('heading', { name: 'Đơn vị', level: 1 }).waitFor();
  });

  it('logs out and cannot come back without signing in', async () => {
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await page.goto(`${server.url}/units`);
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
  });
});
