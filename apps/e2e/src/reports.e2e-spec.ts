import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { browserSuite } from './support/suite';
import { screenshot } from './support/browser';
import { expectNoSeriousViolations, logIn } from './support/session';
import { expectCount } from './support/count';

const CAMPAIGN = 'Chiến dịch cao điểm 69 ngày đêm';
const RESOLUTION = 'Tỷ lệ hồ sơ TTHC giải quyết trực tuyến';
const DIGITIZATION = 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC';
const PAYMENT = 'Tỷ lệ thanh toán trực tuyến';

/** Axe over the board's 130 rows (and a dialog above them) takes a while on a busy 2-core machine. */
const HEAVY = 150_000;

const box = (page: Page, label: 'Số đạt' | 'Tổng số', indicator: string) =>
  page.getByRole('textbox', { name: `${label} – ${indicator}`, exact: true });

describe('a reporter submits and revises a weekly report; the administrator reads the status board', () => {
  const suite = browserSuite();

  it('the reporter of Huyện Đầm Dơi opens the weekly report: every 2023 period is past and missing', async () => {
    await suite.page.goto(`${suite.server.url}/report`);
    await logIn(suite.page, 'baocao@camau.demo');
    await suite.page.getByRole('heading', { name: 'Nộp báo cáo', level: 1 }).waitFor();
    expect(await suite.page.getByLabel('Chiến dịch').locator('option:checked').textContent()).toContain(CAMPAIGN);
    expect(await suite.page.getByLabel('Đơn vị', { exact: true }).locator('option:checked').textContent()).toBe(
      'Huyện Đầm Dơi',
    );
    await suite.page
      .getByText('Chiến dịch đã hết hạn nộp báo cáo: kỳ cuối (kỳ 11) hết hạn Thứ Sáu 12/05/2023 16:00.')
      .waitFor();
    const periods = suite.page.getByRole('table', { name: 'Các kỳ báo cáo của Huyện Đầm Dơi' });
    await expectCount(periods.getByText('Chưa nộp'), 11);
    // Its communes are there to pick too.
    expect(await suite.page.getByLabel('Đơn vị', { exact: true }).locator('option').count()).toBeGreaterThan(10);
    await screenshot(suite.page, '30-report-periods');
    await expectNoSeriousViolations(suite.page);
  });

  it('is told as it types that a count must be whole and not above the total', async () => {
    await suite.page.getByRole('button', { name: 'Mở kỳ 5' }).click();
    await suite.page.getByRole('heading', { name: 'Số liệu kỳ 5 (25/03/2023 – 31/03/2023)' }).waitFor();
    await box(suite.page, 'Số đạt', RESOLUTION).fill('12,5');
    await suite.page.getByText('Phải là số nguyên.').waitFor();
    await box(suite.page, 'Số đạt', RESOLUTION).fill('120');
    await box(suite.page, 'Tổng số', RESOLUTION).fill('100');
    await suite.page.getByText('Số đạt không được lớn hơn Tổng số.').waitFor();
    expect(await box(suite.page, 'Số đạt', RESOLUTION).getAttribute('aria-invalid')).toBe('true');
    await screenshot(suite.page, '31-report-validation');
    await expectNoSeriousViolations(suite.page);
  });

  it('submits period 5 and sees it recorded as late, with the rates beside the targets', async () => {
    await box(suite.page, 'Số đạt', RESOLUTION).fill('65');
    await box(suite.page, 'Số đạt', DIGITIZATION).fill('72');
    await box(suite.page, 'Tổng số', DIGITIZATION).fill('100');
    await box(suite.page, 'Số đạt', PAYMENT).fill('1.200');
    await box(suite.page, 'Tổng số', PAYMENT).fill('3.000');
    const resolution = suite.page
      .getByRole('row')
      .filter({ has: suite.page.getByRole('rowheader', { name: new RegExp(`^${RESOLUTION}`) }) });
    await resolution.getByText('65,00%').waitFor();
    await resolution.getByText('Chưa đạt').waitFor();
    const payment = suite.page
      .getByRole('row')
      .filter({ has: suite.page.getByRole('rowheader', { name: new RegExp(`^${PAYMENT}`) }) });
    await payment.getByText('40,00%').waitFor();
    await payment.getByText('Đạt', { exact: true }).waitFor();
    await suite.page.getByRole('button', { name: 'Nộp báo cáo' }).click();
    await suite.page.getByText('Đã ghi nhận báo cáo kỳ 5 (Trễ hạn).').waitFor();
    const row5 = suite.page.getByRole('row').filter({ has: suite.page.getByRole('button', { name: 'Mở kỳ 5' }) });
    await row5.getByText('Trễ hạn').waitFor();
    await suite.page.getByRole('button', { name: 'Nộp điều chỉnh' }).waitFor();
    await screenshot(suite.page, '32-report-submitted');
    await expectNoSeriousViolations(suite.page);
  });

  it('revises it and sees two revisions in the history, old → new', async () => {
    await box(suite.page, 'Số đạt', RESOLUTION).fill('75');
    await suite.page.getByRole('button', { name: 'Nộp điều chỉnh' }).click();
    await suite.page.getByText('Đã ghi nhận lần điều chỉnh 2 của báo cáo kỳ 5.').waitFor();
    const history = suite.page.getByRole('table', { name: 'Các lần điều chỉnh báo cáo kỳ 5' });
    await history.getByRole('rowheader', { name: '2', exact: true }).waitFor();
    await expectCount(history.getByRole('row'), 3);
    await history.getByText('65 / 100 → 75 / 100').waitFor();
    await expectCount(history.getByText('Cán bộ báo cáo Huyện Đầm Dơi'), 2);
    // Still late: timeliness is decided by the first submission.
    const row5 = suite.page.getByRole('row').filter({ has: suite.page.getByRole('button', { name: 'Mở kỳ 5' }) });
    await row5.getByText('Trễ hạn').waitFor();
    await screenshot(suite.page, '33-report-revised');
    await expectNoSeriousViolations(suite.page);
  });

  it(
    'the administrator sees Huyện Đầm Dơi late and the others to remind on the status board of period 5',
    async () => {
      await suite.page.getByRole('button', { name: 'Đăng xuất', exact: true }).click();
      await suite.page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
      await logIn(suite.page, 'admin@camau.demo');
      await suite.page.getByRole('heading', { name: 'Việc cần làm', level: 1 }).waitFor();
      await suite.page.getByRole('link', { name: 'Chiến dịch', exact: true }).click();
      await suite.page.getByRole('main').getByRole('link', { name: CAMPAIGN }).click();
      await suite.page.getByRole('link', { name: 'Tình hình báo cáo' }).click();
      await suite.page.getByRole('heading', { name: 'Tình hình báo cáo', level: 2 }).waitFor();
      // Every period is past: the board opens on the last one.
      expect(await suite.page.getByLabel('Kỳ báo cáo').inputValue()).toBe('11');
      await suite.page.getByLabel('Kỳ báo cáo').selectOption('5');
      await suite.page.getByText('Hạn nộp Thứ Sáu 31/03/2023 16:00').waitFor();

      const units = suite.page.getByRole('table', { name: 'Tình hình nộp báo cáo kỳ 5' });
      const damDoi = units
        .getByRole('row')
        .filter({ has: suite.page.getByRole('rowheader', { name: 'Huyện Đầm Dơi', exact: true }) });
      await damDoi.getByText('Trễ hạn').waitFor();
      const caiNuoc = units
        .getByRole('row')
        .filter({ has: suite.page.getByRole('rowheader', { name: 'Huyện Cái Nước', exact: true }) });
      await caiNuoc.getByText('Chưa nộp').waitFor();

      const remind = suite.page.getByRole('list', { name: /^Đơn vị cần nhắc/ });
      await remind.getByText('Huyện Cái Nước', { exact: true }).waitFor();
      await expectCount(remind.getByText('Huyện Đầm Dơi', { exact: true }), 0);
      const late = suite.page
        .getByRole('table', { name: 'Số đơn vị theo cấp, kỳ 5' })
        .getByRole('row', { name: /^Cấp huyện/ });
      expect((await late.locator('td').allTextContents()).slice(0, 2)).toEqual(['0', '1']);
      await screenshot(suite.page, '34-status-board');
      await expectNoSeriousViolations(suite.page);
    },
    HEAVY,
  );

  it('filters the board to the late units and exports the CSV', async () => {
    await suite.page.getByLabel('Tình trạng').selectOption({ label: 'Trễ hạn' });
    const units = suite.page.getByRole('table', { name: 'Tình hình nộp báo cáo kỳ 5' });
    await units.getByRole('rowheader', { name: 'Huyện Cái Nước' }).waitFor({ state: 'detached' });
    await expectCount(units.getByRole('row'), 2);
    await screenshot(suite.page, '35-status-board-late');

    const [download] = await Promise.all([
      suite.page.waitForEvent('download'),
      suite.page.getByRole('button', { name: 'Xuất CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('tinh-hinh-bao-cao-ky-5.csv');
    const csv = fs.readFileSync(await download.path(), 'utf8');
    expect(csv).toContain('STT,Mã đơn vị,Đơn vị,Cấp,Trạng thái,Thời điểm nộp,Số lần nộp');
    expect(csv).toMatch(/1,970,Huyện Đầm Dơi,Cấp huyện,Trễ hạn,\d\d\/\d\d\/\d{4} \d\d:\d\d,2/);
    await suite.page.getByLabel('Tình trạng').selectOption({ label: 'Tất cả' });
  });

  it(
    'imports a period from CSV: every bad row listed first, then the corrected file applied',
    async () => {
      await suite.page.getByRole('button', { name: 'Nhập số liệu' }).click();
      const dialog = suite.page.getByRole('dialog', { name: 'Nhập số liệu báo cáo' });
      expect(await dialog.getByLabel('Kỳ báo cáo').inputValue()).toBe('5');
      const header = 'unitCode,indicatorCode,numerator,denominator';
      const good = (code: string) => [
        `${code},ONLINE_RESOLUTION,50,100`,
        `${code},DIGITIZATION,40,80`,
        `${code},ONLINE_PAYMENT,3,10`,
      ];
      const bad = [
        header,
        '969,ONLINE_RESOLUTION,120,100',
        '969,DIGITIZATION,abc,80',
        '969,ONLINE_PAYMENT,3,10',
        ...good('XX-999'),
      ].join('\n');
      await dialog.getByLabel('Hoặc dán nội dung CSV').fill(bad);
      await dialog.getByRole('button', { name: 'Nhập', exact: true }).click();
      const errors = dialog.getByRole('table', { name: 'Các ô lỗi' });
      await errors.waitFor();
      await dialog.getByText(/Không nhập được vì có \d+ lỗi/).waitFor();
      expect(
        await errors
          .getByRole('row')
          .filter({ hasText: 'Số đạt không được lớn hơn Tổng số.' })
          .locator('td')
          .first()
          .textContent(),
      ).toBe('2');
      await screenshot(suite.page, '36-report-import-errors');
      await expectNoSeriousViolations(suite.page);

      await dialog.getByLabel('Hoặc dán nội dung CSV').fill([header, ...good('969'), ...good('964')].join('\n'));
      await dialog.getByRole('button', { name: 'Nhập', exact: true }).click();
      await dialog.getByText('Đã nhập kỳ 5: 2 báo cáo mới, 0 báo cáo được điều chỉnh, 0 báo cáo không đổi.').waitFor();
      await screenshot(suite.page, '37-report-import-done');
      await expectNoSeriousViolations(suite.page);
      await dialog.getByRole('button', { name: 'Đóng', exact: true }).last().click();
      await dialog.waitFor({ state: 'hidden' });

      const units = suite.page.getByRole('table', { name: 'Tình hình nộp báo cáo kỳ 5' });
      const caiNuoc = units
        .getByRole('row')
        .filter({ has: suite.page.getByRole('rowheader', { name: 'Huyện Cái Nước', exact: true }) });
      await caiNuoc.getByText('Trễ hạn').waitFor();
    },
    HEAVY,
  );

  it('the administrator opens the weekly report of any unit and sees the imported figures in its history', async () => {
    await suite.page.getByRole('link', { name: 'Nộp báo cáo' }).click();
    await suite.page.getByRole('heading', { name: 'Nộp báo cáo', level: 1 }).waitFor();
    await suite.page.getByText('Chọn một đơn vị để xem các kỳ báo cáo và nhập số liệu.').waitFor();
    await suite.page.getByRole('combobox', { name: 'Đơn vị' }).fill('cai nuoc');
    await suite.page.getByRole('option', { name: /^Huyện Cái Nước/ }).click();
    await suite.page.getByRole('button', { name: 'Mở kỳ 5' }).click();
    await suite.page.getByRole('heading', { name: 'Số liệu kỳ 5 (25/03/2023 – 31/03/2023)' }).waitFor();
    expect(await box(suite.page, 'Số đạt', RESOLUTION).inputValue()).toBe('50');
    const history = suite.page.getByRole('table', { name: 'Các lần điều chỉnh báo cáo kỳ 5' });
    await history.getByText('Nhập từ tệp').waitFor();
    await history.getByText('Quản trị Văn phòng UBND tỉnh').waitFor();
    await screenshot(suite.page, '38-report-admin');
    await expectNoSeriousViolations(suite.page);
  });
});
