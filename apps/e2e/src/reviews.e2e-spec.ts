import fs from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { startAppServer, type AppServer } from './support/app-server';
import { launchBrowser, screenshot } from './support/browser';
import { expectNoSeriousViolations, gql, logIn, tokenFor } from './support/session';

const CAMPAIGN = 'Chiến dịch cao điểm 69 ngày đêm';
const HEAVY = 150_000;

/** Period 1 for every provincial agency and district: three agencies and two districts meet every target, Đầm Dơi has 0 online payments. */
const PROVINCE = ['96-VPUBND', '96-SNV', '96-STP', '96-SKHDT', '96-STC', '96-SCT', '96-SNNPTNT', '96-SGTVT', '96-SXD', '96-STNMT', '96-STTTT', '96-SLDTBXH', '96-SVHTTDL', '96-SKHCN', '96-SGDDT', '96-SYT', '96-TTT', '96-BDT', '96-BQLKKT'];
const DISTRICTS = ['964', '966', '967', '968', '969', '970', '971', '972', '973'];
const STARS = new Set(['96-VPUBND', '96-SNV', '96-STP', '964', '966']);

function periodOneCsv(): string {
  const rows = ['unitCode,indicatorCode,numerator,denominator'];
  for (const unit of [...PROVINCE, ...DISTRICTS]) {
    const star = STARS.has(unit);
    rows.push(`${unit},ONLINE_RESOLUTION,${star ? 95 : 55},100`);
    rows.push(`${unit},DIGITIZATION,${star ? 90 : 50},100`);
    rows.push(`${unit},ONLINE_PAYMENT,${unit === '970' ? 0 : star ? 60 : 25},${unit === '970' ? 50 : 100}`);
  }
  return rows.join('\n');
}

describe('the board reviews period 1: decides every proposal, finalizes, prints the decision list', () => {
  let server: AppServer;
  let browser: { context: BrowserContext; close(): Promise<void> };
  let page: Page;

  beforeAll(async () => {
    server = await startAppServer();
    const token = await tokenFor(server, 'admin@camau.demo');
    const { campaigns } = await gql<{ campaigns: { edges: { node: { id: string; name: string } }[] } }>(server, token, 'query { campaigns(first: 10) { edges { node { id name } } } }');
    const campaign = campaigns.edges.map((edge) => edge.node).find((node) => node.name.startsWith(CAMPAIGN));
    const imported = await gql<{ importReports: { created: number; userErrors: unknown[] } }>(
      server,
      token,
      'mutation($input: ImportReportsInput!) { importReports(input: $input) { created userErrors { code field message } } }',
      { input: { campaignId: campaign?.id, period: 1, csv: periodOneCsv(), submittedAt: '2023-03-03T08:00:00Z' } },
    );
    expect(imported.importReports.userErrors).toEqual([]);
    expect(imported.importReports.created).toBe(28);
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.setDefaultTimeout(10_000);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the administrator reads the rules and previews a drafted one', async () => {
    await page.goto(`${server.url}/campaigns`);
    await logIn(page, 'admin@camau.demo');
    await page.getByRole('link', { name: CAMPAIGN }).click();
    await page.getByRole('link', { name: 'Tiêu chí thi đua' }).click();
    await page.getByRole('heading', { name: 'Tiêu chí thi đua', level: 2 }).waitFor();
    const rules = page.getByRole('table', { name: 'Các tiêu chí thi đua' });
    await rules.getByRole('rowheader', { name: 'Bằng khen' }).waitFor();
    expect(await rules.getByRole('row').count()).toBe(5);
    await screenshot(page, '60-rules');
    await expectNoSeriousViolations(page);

    await page.getByRole('button', { name: 'Sửa tiêu chí Bằng khen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sửa tiêu chí thi đua' });
    await dialog.getByRole('group', { name: 'Điều kiện 4' }).waitFor();
    await dialog.getByLabel('Tính đến kỳ').selectOption('1');
    await dialog.getByRole('button', { name: 'Xem trước' }).click();
    const preview = dialog.getByRole('table', { name: 'Đơn vị sẽ được đề xuất tính đến kỳ 1' });
    await preview.getByRole('rowheader', { name: 'Sở Nội vụ' }).waitFor();
    await screenshot(page, '61-rule-editor-preview');
    await expectNoSeriousViolations(page);
    await dialog.getByRole('button', { name: 'Hủy' }).click();
  }, HEAVY);

  it('the board member creates a review for period 1 with the rules’ proposals', async () => {
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await logIn(page, 'hoidong@camau.demo');
    await page.getByRole('link', { name: 'Chiến dịch', exact: true }).click();
    await page.getByRole('link', { name: CAMPAIGN }).click();
    await page.getByRole('link', { name: 'Đợt xét' }).click();
    await page.getByText('Chưa có đợt xét nào.').waitFor();
    await page.getByRole('button', { name: 'Tạo đợt xét' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tạo đợt xét' });
    await dialog.getByLabel('Tên đợt xét').fill('Xét khen thưởng, xử lý kỳ 1');
    await dialog.getByLabel('Tính đến kỳ').selectOption('1');
    await screenshot(page, '62-review-create');
    await expectNoSeriousViolations(page);
    await dialog.getByRole('button', { name: 'Tạo đợt xét' }).click();
    await page.getByRole('heading', { name: 'Xét khen thưởng, xử lý kỳ 1', level: 2 }).waitFor();
    const commended = page.getByRole('table', { name: /^Khen thưởng – Bằng khen của Chủ tịch UBND tỉnh/ });
    await commended.getByRole('rowheader', { name: 'Sở Nội vụ' }).waitFor();
    expect(await commended.getByRole('rowheader').count()).toBe(5);
    const criticised = page.getByRole('table', { name: /^Xử lý – Phê bình/ });
    await criticised.getByRole('rowheader', { name: 'Huyện Đầm Dơi' }).waitFor();
    await criticised.getByText('Tỷ lệ Tỷ lệ thanh toán trực tuyến: 0,00%').or(criticised.getByText('Có chỉ số bằng 0%: Có')).first().waitFor();
    await page.getByRole('table', { name: /^Xếp hạng Cấp tỉnh/ }).waitFor();
    await screenshot(page, '63-review');
    await expectNoSeriousViolations(page);
  }, HEAVY);

  it('adds a reminder by hand, decides every proposal but one, and is refused finalization', async () => {
    await page.getByRole('button', { name: 'Thêm đề xuất' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm đề xuất' });
    await dialog.getByLabel('Đơn vị').selectOption({ label: 'Huyện Cái Nước' });
    await dialog.getByLabel('Loại').selectOption({ label: 'Xử lý' });
    await dialog.getByLabel('Hình thức').fill('Nhắc nhở');
    await dialog.getByLabel('Lý do').fill('Tỷ lệ thanh toán trực tuyến thấp, chưa đạt chỉ tiêu.');
    await screenshot(page, '64-review-add-proposal');
    await expectNoSeriousViolations(page);
    await dialog.getByRole('button', { name: 'Thêm đề xuất' }).click();
    await page.getByText('Đã thêm đề xuất cho Huyện Cái Nước.').waitFor();

    await page.getByLabel('Ghi chú cho Sở Tư pháp – Bằng khen của Chủ tịch UBND tỉnh').fill('Chưa đủ thời gian đánh giá');
    await page.getByRole('button', { name: 'Không đồng ý đề xuất Bằng khen của Chủ tịch UBND tỉnh cho Sở Tư pháp' }).click();
    const approve = page.getByRole('button', { name: /^Đồng ý đề xuất/ });
    const count = await approve.count();
    for (let i = 0; i < count; i += 1) {
      const button = approve.nth(i);
      const name = (await button.getAttribute('aria-label')) ?? '';
      if (name.endsWith('Huyện Cái Nước') || name.endsWith('Sở Tư pháp')) continue;
      await button.click();
      await page.waitForFunction((label) => document.querySelector(`[aria-label="${label}"]`)?.getAttribute('aria-pressed') === 'true', name);
    }
    await page.getByText('Còn 1 đề xuất chờ xét.').waitFor();

    await page.getByRole('button', { name: 'Hoàn tất', exact: true }).click();
    const finalize = page.getByRole('alertdialog', { name: 'Hoàn tất đợt xét' });
    await finalize.getByLabel('Quyết định số').fill('456/QĐ-UBND');
    await finalize.getByLabel('Ngày quyết định').fill('2023-03-10');
    await finalize.getByRole('button', { name: 'Hoàn tất' }).click();
    await finalize.getByText('Còn đề xuất chưa được xét').waitFor();
    await screenshot(page, '65-review-finalize-refused');
    await expectNoSeriousViolations(page);
    await finalize.getByRole('button', { name: 'Hủy' }).click();
  }, HEAVY);

  it('approves the last one and finalizes: everything is read-only with the decision number', async () => {
    await page.getByRole('button', { name: 'Đồng ý đề xuất Nhắc nhở cho Huyện Cái Nước', exact: true }).click();
    await page.getByText('Tất cả đề xuất đã được xét.').waitFor();
    await screenshot(page, '66-review-decided');
    await page.getByRole('button', { name: 'Hoàn tất', exact: true }).click();
    const finalize = page.getByRole('alertdialog', { name: 'Hoàn tất đợt xét' });
    await finalize.getByLabel('Quyết định số').fill('456/QĐ-UBND');
    await finalize.getByLabel('Ngày quyết định').fill('2023-03-10');
    await finalize.getByRole('button', { name: 'Hoàn tất' }).click();
    await page.getByText('Đã hoàn tất: Quyết định số 456/QĐ-UBND ngày 10/03/2023.').waitFor();
    expect(await page.getByRole('button', { name: /^Đồng ý đề xuất/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Hoàn tất', exact: true }).count()).toBe(0);
    await screenshot(page, '67-review-finalized');
    await expectNoSeriousViolations(page);
  }, HEAVY);

  it('opens the printable decision list and downloads the XLSX annex', async () => {
    await page.getByRole('link', { name: 'Danh sách kèm quyết định' }).click();
    await page.getByRole('heading', { name: 'DANH SÁCH TẬP THỂ ĐƯỢC KHEN THƯỞNG' }).waitFor();
    await page.getByText('ỦY BAN NHÂN DÂN').waitFor();
    expect(await page.getByText('(Kèm theo Quyết định số 456/QĐ-UBND ngày 10/03/2023 của Chủ tịch UBND tỉnh)').count()).toBe(2);
    const commended = page.getByRole('region', { name: 'DANH SÁCH TẬP THỂ ĐƯỢC KHEN THƯỞNG' });
    expect(await commended.getByRole('rowheader').count()).toBe(4);
    expect(await commended.getByRole('rowheader', { name: 'Sở Tư pháp' }).count()).toBe(0);
    const disciplined = page.getByRole('region', { name: 'DANH SÁCH TẬP THỂ BỊ PHÊ BÌNH, NHẮC NHỞ' });
    await disciplined.getByRole('rowheader', { name: 'Huyện Đầm Dơi' }).waitFor();
    await disciplined.getByRole('rowheader', { name: 'Huyện Cái Nước' }).waitFor();
    await screenshot(page, '68-decision-list');
    await expectNoSeriousViolations(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'In' }).isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Điều hướng chính' }).isVisible()).toBe(false);
    await screenshot(page, '69-decision-list-print');
    await page.emulateMedia({ media: 'screen' });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const bytes = fs.readFileSync(await download.path());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
  }, HEAVY);

  it('lists the review as finalized, with its decision', async () => {
    await page.getByRole('link', { name: /Về đợt xét/ }).click();
    await page.getByRole('link', { name: /Các đợt xét/ }).click();
    const reviews = page.getByRole('table', { name: 'Các đợt xét' });
    const row = reviews.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Xét khen thưởng, xử lý kỳ 1' }) });
    await row.getByText('Hoàn tất').waitFor();
    await row.getByText('Số 456/QĐ-UBND ngày 10/03/2023').waitFor();
    await row.getByText('7/7 đã xét').waitFor();
    await screenshot(page, '70-reviews');
    await expectNoSeriousViolations(page);
  });
});
