import type { Locator, Page } from 'playwright-core';
import { browserSuite } from './support/suite';
import { screenshot } from './support/browser';
import { expectNoSeriousViolations } from './support/session';
import { expectCount } from './support/count';

const CAMPAIGN = 'Chiến dịch cao điểm 69 ngày đêm';
const INDICATORS = [
  {
    code: 'ONLINE_RESOLUTION',
    name: 'Tỷ lệ hồ sơ TTHC giải quyết trực tuyến',
    numerator: 'Hồ sơ giải quyết trực tuyến',
    denominator: 'Hồ sơ tiếp nhận',
  },
  {
    code: 'DIGITIZATION',
    name: 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC',
    numerator: 'Hồ sơ số hóa',
    denominator: 'Hồ sơ đã giải quyết',
  },
  {
    code: 'ONLINE_PAYMENT',
    name: 'Tỷ lệ thanh toán trực tuyến',
    numerator: 'Hồ sơ thanh toán trực tuyến',
    denominator: 'Hồ sơ có nghĩa vụ tài chính',
  },
];

/** Pastes text into a cell the way a spreadsheet's clipboard does (a paste event carrying text/plain). */
async function pasteInto(cell: Locator, text: string): Promise<void> {
  await cell.focus();
  await cell.evaluate((element, block) => {
    const data = new DataTransfer();
    data.setData('text/plain', block);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

const cell = (page: Page, indicator: string, row: string) =>
  page.getByRole('textbox', { name: `${indicator} – ${row}`, exact: false }).first();

describe('an administrator sets up the Cà Mau campaign through the screens', () => {
  const suite = browserSuite();

  it('logs in and finds the three indicators, creating those that are missing', async () => {
    await suite.page.goto(`${suite.server.url}/indicators`);
    await suite.page.getByLabel('Email').fill('admin@camau.demo');
    await suite.page.getByLabel('Mật khẩu').fill('thidua-demo');
    await suite.page.getByRole('button', { name: 'Đăng nhập' }).click();
    await suite.page.getByRole('heading', { name: 'Chỉ số', level: 1 }).waitFor();
    await suite.page.getByRole('table').or(suite.page.getByText('Chưa có chỉ số nào')).waitFor();
    for (const indicator of INDICATORS) {
      if (await suite.page.getByRole('cell', { name: indicator.code, exact: true }).count()) continue;
      await suite.page.getByRole('button', { name: 'Thêm chỉ số' }).click();
      const dialog = suite.page.getByRole('dialog');
      await dialog.getByLabel('Mã chỉ số').fill(indicator.code);
      await dialog.getByLabel('Tên chỉ số').fill(indicator.name);
      await dialog.getByLabel('Số đạt (tử số)').fill(indicator.numerator);
      await dialog.getByLabel('Tổng số (mẫu số)').fill(indicator.denominator);
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await dialog.waitFor({ state: 'hidden' });
    }
    for (const indicator of INDICATORS)
      await suite.page.getByRole('cell', { name: indicator.code, exact: true }).waitFor();
    await screenshot(suite.page, '10-indicators');
    await expectNoSeriousViolations(suite.page);

    await suite.page.getByRole('button', { name: 'Thêm chỉ số' }).click();
    await suite.page.getByRole('dialog').getByLabel('Mã chỉ số').waitFor();
    await screenshot(suite.page, '11-indicator-dialog');
    await expectNoSeriousViolations(suite.page);
    await suite.page.getByRole('dialog').getByRole('button', { name: 'Hủy' }).click();
  });

  it('creates the campaign, told first that the end date is before the start', async () => {
    await suite.page.getByRole('link', { name: 'Chiến dịch', exact: true }).click();
    await suite.page.getByRole('heading', { name: 'Chiến dịch', level: 1 }).waitFor();
    await suite.page.getByRole('table').or(suite.page.getByText('Chưa có chiến dịch nào')).waitFor();
    await screenshot(suite.page, '12-campaigns');
    await expectNoSeriousViolations(suite.page);

    await suite.page.getByRole('link', { name: 'Tạo chiến dịch' }).click();
    await suite.page.getByRole('heading', { name: 'Tạo chiến dịch', level: 1 }).waitFor();
    await suite.page.getByLabel('Tên chiến dịch').fill(CAMPAIGN);
    // Dates are typed day first, whatever the browser's locale: 01/03/2023 is 1 March.
    await suite.page.getByLabel('Từ ngày', { exact: true }).fill('01/03/2023');
    await suite.page.getByLabel('Đến ngày (tính cả ngày này)', { exact: true }).fill('09/02/2023');
    expect(await suite.page.getByLabel('Múi giờ').inputValue()).toBe('Asia/Ho_Chi_Minh');
    expect(await suite.page.getByLabel('Ngày hạn nộp').inputValue()).toBe('FRIDAY');
    expect(await suite.page.getByLabel('Giờ hạn nộp').inputValue()).toBe('16:00');
    for (let i = 0; i < INDICATORS.length; i++) {
      await suite.page.getByRole('button', { name: 'Thêm chỉ số' }).click();
      await suite.page.getByLabel(`Chỉ số thứ ${i + 1}`).selectOption(INDICATORS[i].code);
    }
    // The provincial committee itself is not ranked: only the three levels of docs/domain.md §1 take part.
    const committee = suite.page.getByRole('checkbox', { name: 'UBND tỉnh' });
    if (await committee.count()) await committee.uncheck();
    await suite.page.getByRole('button', { name: 'Tạo chiến dịch' }).click();
    await suite.page.getByText('Ngày kết thúc phải sau hoặc trùng ngày bắt đầu.').waitFor();
    expect(
      await suite.page.getByLabel('Đến ngày (tính cả ngày này)', { exact: true }).getAttribute('aria-invalid'),
    ).toBe('true');
    await screenshot(suite.page, '13-campaign-new-error');
    await expectNoSeriousViolations(suite.page);

    // An impossible date is refused by the field itself, then the calendar (in Vietnamese) picks the real one.
    const end = suite.page.getByLabel('Đến ngày (tính cả ngày này)', { exact: true });
    await end.fill('31/02/2023');
    await end.blur();
    await suite.page.getByText('Không có ngày 31/02/2023: tháng 2/2023 chỉ có 28 ngày.').waitFor();
    await end.fill('09/05/2023');
    await suite.page.getByRole('button', { name: 'Đến ngày (tính cả ngày này): mở lịch' }).click();
    await suite.page.getByRole('dialog', { name: 'Đến ngày (tính cả ngày này): chọn ngày' }).waitFor();
    await screenshot(suite.page, '13b-campaign-date-calendar');
    await expectNoSeriousViolations(suite.page);
    await suite.page.keyboard.press('Escape');
    expect(await end.inputValue()).toBe('09/05/2023');
    await suite.page.getByRole('button', { name: 'Tạo chiến dịch' }).click();
    await suite.page.getByRole('heading', { name: CAMPAIGN, level: 1 }).waitFor();
    expect(new URL(suite.page.url()).pathname).toMatch(/^\/campaigns\/[^/]+\/targets$/);
    await suite.page.getByText('Chưa có bộ chỉ tiêu nào').waitFor();
    await screenshot(suite.page, '14-targets-no-set');
    await expectNoSeriousViolations(suite.page);
  });

  it('enters the campaign targets per level by pasting a block, and saves them at once', async () => {
    await suite.page.getByRole('button', { name: 'Thêm bộ chỉ tiêu' }).click();
    const dialog = suite.page.getByRole('dialog');
    await dialog.getByLabel('Mã bộ').fill('campaign');
    await dialog.getByLabel('Tên bộ chỉ tiêu').fill('Chỉ tiêu Chiến dịch');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await pasteInto(cell(suite.page, INDICATORS[0].name, 'Cấp tỉnh'), '80\t80\t40\n70\t70\t35\n60\t65\t30\n');
    await suite.page.getByText('9 ô chưa lưu').waitFor();
    expect(await cell(suite.page, INDICATORS[2].name, 'Cấp xã').inputValue()).toBe('30');
    await screenshot(suite.page, '15-targets-pasted');
    await suite.page.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
    await suite.page.getByText('Đã lưu 9 chỉ tiêu.').waitFor();
    await suite.page.getByText('Không có thay đổi').waitFor();
  });

  it('finds Huyện Đầm Dơi by typing "dam doi", and gives it its own target, shown apart from the defaults', async () => {
    // No level or district to choose first: the search looks in every level.
    await suite.page.getByLabel('Tìm đơn vị').fill('dam doi');
    expect(await suite.page.getByLabel('Cấp', { exact: true }).locator('option:checked').textContent()).toBe('Mọi cấp');
    const damDoi = cell(suite.page, INDICATORS[0].name, 'Huyện Đầm Dơi');
    await damDoi.waitFor();
    expect(await damDoi.getAttribute('placeholder')).toBe('70');
    await damDoi.fill('72,5');
    await suite.page.getByText('1 ô chưa lưu').waitFor();
    await suite.page.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
    await suite.page.getByText('Đã lưu 1 chỉ tiêu.').waitFor();
    expect(await damDoi.inputValue()).toBe('72,5');
    await suite.page.getByRole('button', { name: /Bỏ chỉ tiêu riêng: .* – Huyện Đầm Dơi/ }).waitFor();
    await screenshot(suite.page, '16-targets-override');
    await expectNoSeriousViolations(suite.page);
  });

  it('adds the 2023 plan as a second, non-primary target set', async () => {
    await suite.page.getByRole('button', { name: 'Thêm bộ chỉ tiêu' }).click();
    const dialog = suite.page.getByRole('dialog');
    await dialog.getByLabel('Mã bộ').fill('plan-2023');
    await dialog.getByLabel('Tên bộ chỉ tiêu').fill('Chỉ tiêu Kế hoạch năm 2023');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await suite.page.getByRole('button', { name: /Chỉ tiêu Kế hoạch năm 2023/, pressed: true }).waitFor();

    await pasteInto(cell(suite.page, INDICATORS[0].name, 'Cấp tỉnh'), '30\t70\t30\n30\t60\t30\n30\t55\t30');
    await suite.page.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
    await suite.page.getByText('Đã lưu 9 chỉ tiêu.').waitFor();
    await screenshot(suite.page, '17-targets-plan-2023');

    await suite.page.getByRole('button', { name: /Chỉ tiêu Chiến dịch/ }).click();
    await suite.page.getByRole('button', { name: /Chỉ tiêu Chiến dịch.*Bộ chính/, pressed: true }).waitFor();
    expect(await cell(suite.page, INDICATORS[1].name, 'Cấp xã').inputValue()).toBe('65');
  });

  it('activates the campaign', async () => {
    await suite.page.getByRole('link', { name: 'Thông tin chung' }).click();
    await suite.page.getByRole('button', { name: 'Kích hoạt' }).click();
    await suite.page.getByText('Chiến dịch đã chuyển sang trạng thái “Đang diễn ra”.').waitFor();
    await suite.page.getByRole('button', { name: 'Đóng chiến dịch' }).waitFor();
    await screenshot(suite.page, '18-campaign-settings-active');
    await expectNoSeriousViolations(suite.page);
  });

  it('shows 11 reporting periods due on Fridays at 16:00 in Hồ Chí Minh City time', async () => {
    await suite.page.getByRole('link', { name: 'Kỳ báo cáo' }).click();
    const rows = suite.page.getByRole('table').getByRole('row');
    await rows.nth(1).waitFor();
    await expectCount(rows, 12);
    expect(await rows.nth(1).innerText()).toMatch(/1\s+01\/03\/2023\s+03\/03\/2023\s+Thứ Sáu 03\/03\/2023 16:00/);
    expect(await rows.nth(11).innerText()).toMatch(/11\s+06\/05\/2023\s+09\/05\/2023\s+Thứ Sáu 12\/05\/2023 16:00/);
    await screenshot(suite.page, '19-periods');
    await expectNoSeriousViolations(suite.page);
  });

  it('lists every target change with who made it', async () => {
    await suite.page.getByRole('link', { name: 'Lịch sử' }).click();
    await suite.page.getByRole('table').waitFor();
    await expectCount(suite.page.getByRole('table').getByRole('row'), 1 + 9 + 1 + 9);
    const override = suite.page.getByRole('row', { name: /Huyện Đầm Dơi/ });
    expect(await override.innerText()).toMatch(/Quản trị Văn phòng UBND tỉnh[\s\S]*không có → 72,5%/);
    await screenshot(suite.page, '20-history');
    await expectNoSeriousViolations(suite.page);
  });

  it('lists the campaign, active but past its end, as ended and awaiting closing, with its three indicators', async () => {
    await suite.page.getByRole('link', { name: 'Chiến dịch', exact: true }).click();
    const row = suite.page.getByRole('row', { name: new RegExp(`^${CAMPAIGN} \\d`) });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/01\/03\/2023 – 09\/05\/2023\s+Đã kết thúc — chờ đóng\s+3/);
    await screenshot(suite.page, '21-campaigns-after');
  });
});
