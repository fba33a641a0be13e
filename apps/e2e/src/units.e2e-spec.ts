import { browserSuite } from './support/suite';
import { screenshot } from './support/browser';
import { expectNoSeriousViolations } from './support/session';

describe('an administrator manages the Cà Mau unit tree', () => {
  const suite = browserSuite();

  it('is sent to the login screen, which has no serious accessibility violation', async () => {
    await suite.page.goto(`${suite.server.url}/units`);
    await suite.page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    expect(new URL(suite.page.url()).pathname).toBe('/login');
    await screenshot(suite.page, '01-login');
    await expectNoSeriousViolations(suite.page);
  });

  it('is told when the password is wrong', async () => {
    await suite.page.getByLabel('Email').fill('admin@camau.demo');
    await suite.page.getByLabel('Mật khẩu').fill('not-the-password');
    await suite.page.getByRole('button', { name: 'Đăng nhập' }).click();
    await suite.page.getByText('Email hoặc mật khẩu không đúng.').waitFor();
  });

  it('logs in and sees the tree, rooted at the provincial committee', async () => {
    await suite.page.getByLabel('Mật khẩu').fill('thidua-demo');
    await suite.page.getByRole('button', { name: 'Đăng nhập' }).click();
    await suite.page.getByRole('heading', { name: 'Đơn vị', level: 1 }).waitFor();
    await suite.page.getByRole('button', { name: 'UBND tỉnh Cà Mau', exact: true }).click();
    await suite.page.getByRole('button', { name: 'Huyện Đầm Dơi', exact: true }).waitFor();
    await screenshot(suite.page, '02-units-tree');
    await expectNoSeriousViolations(suite.page);
  });

  it('finds Huyện Đầm Dơi by typing "dam doi", without accents', async () => {
    await suite.page.getByRole('searchbox', { name: 'Tìm đơn vị' }).fill('dam doi');
    await suite.page.getByRole('rowheader', { name: 'Huyện Đầm Dơi' }).waitFor();
    await suite.page.getByRole('rowheader', { name: 'Thị trấn Đầm Dơi' }).waitFor();
    await screenshot(suite.page, '02b-units-search');
    await suite.page.getByRole('searchbox', { name: 'Tìm đơn vị' }).fill('');
    await suite.page.getByRole('button', { name: 'UBND tỉnh Cà Mau', exact: true }).waitFor();
    if (!(await suite.page.getByRole('button', { name: 'Huyện Đầm Dơi', exact: true }).count()))
      await suite.page.getByRole('button', { name: 'UBND tỉnh Cà Mau', exact: true }).click();
    await suite.page.getByRole('button', { name: 'Huyện Đầm Dơi', exact: true }).waitFor();
  });

  it('creates a commune under Huyện Đầm Dơi and finds it in the tree', async () => {
    await suite.page.getByRole('button', { name: 'Thêm đơn vị' }).click();
    const dialog = suite.page.getByRole('dialog');
    await dialog.getByLabel('Mã đơn vị').fill('E2E-01');
    await dialog.getByLabel('Tên đơn vị').fill('Xã Thử Nghiệm');
    await dialog.getByLabel('Cấp', { exact: true }).selectOption({ label: 'Cấp xã' });
    await dialog.getByRole('combobox', { name: 'Đơn vị cấp trên' }).fill('dam doi');
    await dialog.getByRole('option', { name: /Huyện Đầm Dơi/ }).click();
    await screenshot(suite.page, '03-create-unit');
    await expectNoSeriousViolations(suite.page);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await suite.page.getByRole('button', { name: 'Huyện Đầm Dơi', exact: true }).click();
    await suite.page.getByText('Xã Thử Nghiệm', { exact: true }).waitFor();
    await suite.page.getByText('E2E-01', { exact: true }).waitFor();
    await screenshot(suite.page, '04-unit-created');
  });

  it('refuses a duplicate code next to the code field', async () => {
    await suite.page.getByRole('button', { name: 'Thêm đơn vị' }).click();
    const dialog = suite.page.getByRole('dialog');
    await dialog.getByLabel('Mã đơn vị').fill('E2E-01');
    await dialog.getByLabel('Tên đơn vị').fill('Trùng mã');
    await dialog.getByLabel('Cấp', { exact: true }).selectOption({ label: 'Cấp xã' });
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.getByText('Mã đơn vị này đã được dùng.').waitFor();
    await screenshot(suite.page, '05-duplicate-code');
    await dialog.getByRole('button', { name: 'Hủy' }).click();
  });

  it('switches to English and back', async () => {
    await suite.page.getByLabel('Ngôn ngữ').selectOption('en');
    await suite.page.getByRole('heading', { name: 'Units', level: 1 }).waitFor();
    expect(await suite.page.locator('html').getAttribute('lang')).toBe('en');
    await screenshot(suite.page, '06-units-english');
    await suite.page.getByLabel('Language').selectOption('vi');
    await suite.page.getByRole('heading', { name: 'Đơn vị', level: 1 }).waitFor();
  });

  it('logs out and cannot come back without signing in', async () => {
    await suite.page.getByRole('button', { name: 'Đăng xuất', exact: true }).click();
    await suite.page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await suite.page.goto(`${suite.server.url}/units`);
    await suite.page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
  });
});
