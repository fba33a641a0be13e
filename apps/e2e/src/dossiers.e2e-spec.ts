import type { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { browserSuite } from './support/suite';
import { expectNoSeriousViolations, gql, logIn, tokenFor } from './support/session';

const HEADER =
  'source,external_id,unit_code,procedure_code,received_at,channel,resolved_at,resolved_online,digitised,fee_required,paid_online';
/** Two dossiers of Phường 4 in period 1 (one digitised), and a line for a unit that does not exist. */
const CSV = [
  HEADER,
  'MOTCUA,E2E-1,32002,1.001,2023-03-02T09:00:00+07:00,ONLINE,2023-03-02T15:00:00+07:00,1,1,0,0',
  'MOTCUA,E2E-2,32002,1.001,2023-03-02T10:00:00+07:00,IN_PERSON,2023-03-03T10:00:00+07:00,0,0,0,0',
  'MOTCUA,E2E-3,KHONG-CO,1.001,2023-03-02T10:00:00+07:00,POST,,0,0,0,0',
].join('\n');

function nav(page: Page) {
  return page.getByRole('navigation', { name: 'Điều hướng chính' });
}

/** Opens the "Quản trị" menu from the keyboard and follows "Hồ sơ điện tử". */
async function openDossiers(page: Page): Promise<void> {
  await nav(page).getByRole('button', { name: 'Quản trị' }).focus();
  await page.keyboard.press('ArrowDown');
  await nav(page).getByRole('link', { name: 'Hồ sơ điện tử' }).click();
  await page.getByRole('heading', { name: 'Hồ sơ điện tử', level: 1 }).waitFor();
}

describe('an administrator feeds the indicators from dossier records', () => {
  const suite = browserSuite();
  let campaignId = '';

  beforeAll(async () => {
    const token = await tokenFor(suite.server, 'admin@camau.demo');
    const { campaigns } = await gql<{ campaigns: { edges: { node: { id: string } }[] } }>(
      suite.server,
      token,
      'query { campaigns(first: 1) { edges { node { id } } } }',
    );
    campaignId = campaigns.edges[0]?.node.id ?? '';
  });

  it('finds no rule yet, and sets how records count the digitisation indicator', async () => {
    await suite.page.goto(`${suite.server.url}/login`);
    await logIn(suite.page);
    await openDossiers(suite.page);
    await suite.page.getByText('Chưa có chỉ số nào lấy số liệu từ hồ sơ').waitFor();

    await suite.page
      .getByRole('combobox', { name: /^Số đạt của Tỷ lệ số hóa/ })
      .selectOption({ label: 'Số hóa hồ sơ, kết quả' });
    await suite.page
      .getByRole('combobox', { name: /^Tổng số của Tỷ lệ số hóa/ })
      .selectOption({ label: 'Hồ sơ đã giải quyết' });
    await suite.page.getByRole('button', { name: /^Lưu cách tính của Tỷ lệ số hóa/ }).click();
    await suite.page.getByText(/^Đã lưu cách tính chỉ số Tỷ lệ số hóa/).waitFor();
    await suite.page.getByText('Chưa có chỉ số nào lấy số liệu từ hồ sơ').waitFor({ state: 'detached' });
  });

  it("marks Phường 4 as fed from records in the campaign's Hồ sơ điện tử tab", async () => {
    await suite.page.goto(`${suite.server.url}/campaigns/${campaignId}/records`);
    await suite.page.getByRole('heading', { name: 'Đơn vị lấy số liệu từ hồ sơ' }).waitFor();
    await suite.page.getByText('0 đơn vị của chiến dịch đang lấy số liệu từ hồ sơ.').waitFor();
    await suite.page.getByLabel('Cấp', { exact: true }).selectOption({ label: 'Cấp xã' });
    await suite.page.getByRole('checkbox', { name: 'Chọn Phường 4' }).check();
    await suite.page.getByRole('button', { name: 'Lấy từ hồ sơ', exact: true }).click();
    await suite.page.getByText('Đã chuyển 1 đơn vị sang lấy số liệu từ hồ sơ.').waitFor();
    await suite.page.getByText('1 đơn vị của chiến dịch đang lấy số liệu từ hồ sơ.', { exact: true }).waitFor();
    const row = suite.page
      .getByRole('row')
      .filter({ has: suite.page.getByRole('rowheader', { name: 'Phường 4', exact: true }) });
    await row.getByText('Từ hồ sơ').waitFor();
    await screenshot(suite.page, 'dossiers-01-campaign-feeds');
    await expectNoSeriousViolations(suite.page);
  });

  it('uploads a small CSV and reads the summary in Vietnamese numbers, with the rejected line and its reason', async () => {
    await openDossiers(suite.page);
    await suite.page
      .getByLabel('Tệp hồ sơ')
      .setInputFiles({ name: 'ho-so-e2e.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
    await suite.page.getByRole('button', { name: 'Nhập hồ sơ', exact: true }).click();

    const summary = suite.page.getByRole('region', { name: 'Kết quả nhập ho-so-e2e.csv' });
    await summary.waitFor();
    const count = async (label: string) =>
      (await summary.locator('.dossier-summary__count').filter({ hasText: label }).locator('dd').textContent())?.trim();
    expect(await count('Số dòng đã đọc')).toBe('3');
    expect(await count('Đã thêm')).toBe('2');
    expect(await count('Đã cập nhật')).toBe('0');
    expect(await count('Bị từ chối')).toBe('1');
    // Phường 4 is fed: every period of the campaign is counted (11), period 1 from the two dossiers.
    await summary.getByText(/^Đã tính lại 11 ô số liệu của 1 chiến dịch/).waitFor();
    const rejected = summary.getByRole('table', { name: 'Các dòng bị từ chối' }).getByRole('row').nth(1);
    expect(await rejected.getByRole('cell').allTextContents()).toEqual([
      '4',
      'unit_code',
      'Không có đơn vị nào mang mã "KHONG-CO"',
    ]);
    await screenshot(suite.page, 'dossiers-02-upload-summary');
    await expectNoSeriousViolations(suite.page);
  });
});
