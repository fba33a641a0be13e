import { screenshot } from './support/browser';
import { browserSuite } from './support/suite';
import { expectNoSeriousViolations, logIn } from './support/session';

const URL_OK = 'https://hooks.example.org/thidua';

describe('an administrator registers a webhook and pauses it', () => {
  const suite = browserSuite();

  it('finds "Webhook" in the admin menu, with the demo\'s example endpoint, paused by its admin', async () => {
    const page = suite.page;
    await page.goto(`${suite.server.url}/login`);
    await logIn(page);
    await page.getByRole('button', { name: 'Thông báo, không có thông báo chưa đọc' }).waitFor();
    await page.getByRole('button', { name: 'Quản trị', exact: true }).click();
    await page.getByRole('link', { name: 'Webhook (gửi sự kiện)' }).click();
    await page.getByRole('heading', { name: 'Webhook (gửi sự kiện)', level: 1 }).waitFor();
    const demo = page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: 'https://dichvucong.camau.gov.vn/thidua/webhook' }) });
    await demo.getByText('Đã tắt (bởi quản trị viên)').waitFor();
    expect(new URL(page.url()).pathname).toBe('/webhooks');
    await screenshot(page, 'webhooks-01-list');
    await expectNoSeriousViolations(page);
  });

  it('is refused an internal address, said under the URL field', async () => {
    const page = suite.page;
    await page.getByRole('button', { name: 'Thêm webhook' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm webhook' });
    await dialog.getByLabel('Địa chỉ URL nhận').fill('http://127.0.0.1/x');
    await dialog.getByRole('checkbox', { name: /report\.submitted/ }).check();
    await dialog.getByRole('button', { name: 'Thêm webhook' }).click();
    const error = dialog.locator('#webhook-url-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('Không gửi webhook tới địa chỉ nội bộ');
    expect(await dialog.getByLabel('Địa chỉ URL nhận').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'webhooks-02-url-refused');
    await expectNoSeriousViolations(page);
  });

  it('adds it with a public address and sees it listed', async () => {
    const page = suite.page;
    const dialog = page.getByRole('dialog', { name: 'Thêm webhook' });
    await dialog.getByLabel('Địa chỉ URL nhận').fill(URL_OK);
    await dialog.getByLabel('Mô tả').fill('Cổng dữ liệu thử nghiệm');
    await dialog.getByRole('checkbox', { name: /unit\.changed/ }).check();
    await dialog.getByRole('button', { name: 'Thêm webhook' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(`Đã thêm webhook ${URL_OK}.`).waitFor();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: URL_OK }) });
    await row.getByText('Đang gửi').waitFor();
    await row.getByText('Báo cáo được nộp').waitFor();
    await row.getByText('unit.changed').waitFor();
    await screenshot(page, 'webhooks-03-listed');
  });

  it('opens its page: the secret hidden, how to verify, an empty delivery log', async () => {
    const page = suite.page;
    await page.getByRole('link', { name: URL_OK }).click();
    await page.getByRole('heading', { name: 'Cổng dữ liệu thử nghiệm', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/webhooks\/[^/]+$/);
    const secret = page.getByLabel('Khóa ký của webhook');
    expect(await secret.inputValue()).toMatch(/^whsec_•+/);
    await page.getByRole('button', { name: 'Hiện khóa', exact: true }).click();
    expect(await secret.inputValue()).toMatch(/^whsec_[A-Za-z0-9+/=]{20,}$/);
    await page.getByRole('heading', { name: 'Nhật ký gửi' }).waitFor();
    await page.getByText('Chưa gửi sự kiện nào').waitFor();
    await screenshot(page, 'webhooks-04-detail');
    await expectNoSeriousViolations(page);
  });

  it('pauses it, and the list says so', async () => {
    const page = suite.page;
    await page.getByRole('button', { name: 'Tạm dừng gửi' }).click();
    await page.getByText('Đã tạm dừng gửi tới webhook này.').waitFor();
    await page.getByText('Đã tắt (bởi quản trị viên)').waitFor();
    await page.getByRole('button', { name: 'Bật lại' }).waitFor();
    await page.getByRole('link', { name: 'Tất cả webhook' }).click();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: URL_OK }) });
    await row.getByText('Đã tắt (bởi quản trị viên)').waitFor();
  });
});
