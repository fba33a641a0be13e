import type { Locator, Page } from 'playwright-core';
import { logIn } from './support/session';
import { browserSuite } from './support/suite';
import { expectCount } from './support/count';

/**
 * The four weekly tasks, done from each role's home page the way a person would, counting what the person does:
 * a click (on a link, a button, or into a field before typing) or a choice in a list counts one; typing and moving
 * between fields with Tab count nothing. Each task must take no more clicks than the bound stated in its name.
 */
class Clicks {
  count = 0;

  constructor(private readonly page: Page) {}

  async click(target: Locator): Promise<void> {
    await target.click();
    this.count += 1;
  }

  /** Clicks into a field and types `text` (replacing what it held). */
  async type(field: Locator, text: string): Promise<void> {
    await this.click(field);
    await field.fill(text);
  }

  /** Types each value into the next field, moving on with Tab after the first field was clicked. */
  async typeInTurn(first: Locator, values: readonly string[]): Promise<void> {
    await this.click(first);
    for (const [i, value] of values.entries()) {
      if (i > 0) await this.page.keyboard.press('Tab');
      await this.page.keyboard.press('ControlOrMeta+A');
      await this.page.keyboard.type(value);
    }
  }
}

async function signInAs(page: Page, baseUrl: string, email: string): Promise<Clicks> {
  await page.goto(`${baseUrl}/login`);
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await logIn(page, email);
  await page.getByRole('heading', { name: 'Việc cần làm', level: 1 }).waitFor();
  return new Clicks(page);
}

const measured: Record<string, number> = {};

describe('the four weekly tasks take few clicks from the home page (1440 px, the demo)', () => {
  const suite = browserSuite({ seed: 'demo', pageTimeout: 20_000 });

  afterAll(() => {
    // The figures quoted in the note and the README.
    process.stdout.write(`clicks per task: ${JSON.stringify(measured)}\n`);
  });

  it('an admin changes one commune’s target in at most 5 clicks (was 9)', async () => {
    const clicks = await signInAs(suite.page, suite.server.url, 'admin@camau.demo');
    const running = suite.page.getByRole('region', { name: 'Chiến dịch đang triển khai' });
    await clicks.click(running.getByRole('link', { name: /69 ngày đêm/ }));
    await clicks.click(
      suite.page
        .getByRole('navigation', { name: 'Các phần của chiến dịch' })
        .getByRole('link', { name: 'Chỉ tiêu', exact: true }),
    );
    await clicks.type(suite.page.getByLabel('Tìm đơn vị'), 'tri luc');
    const target = suite.page.getByRole('textbox', { name: /– Xã Trí Lực/ }).first();
    await clicks.type(target, '77');
    await clicks.click(suite.page.getByRole('button', { name: 'Lưu chỉ tiêu' }));
    await suite.page.getByText('Đã lưu 1 chỉ tiêu.').waitFor();
    expect(await target.inputValue()).toBe('77');
    measured.target = clicks.count;
    expect(clicks.count).toBeLessThanOrEqual(5);
  });

  it('a reporter submits its period’s report and then corrects it in at most 5 clicks (was 14)', async () => {
    const clicks = await signInAs(suite.page, suite.server.url, 'baocao@camau.demo');
    await clicks.click(suite.page.getByRole('region', { name: 'Kỳ báo cáo hiện tại' }).locator('.home-cta'));
    await suite.page.getByRole('heading', { name: /^Số liệu kỳ 11/ }).waitFor();
    const boxes = suite.page.getByRole('textbox', { name: /^(Số đạt|Tổng số) – / });
    await expectCount(boxes, 6);
    await clicks.typeInTurn(boxes.first(), ['60', '100', '70', '100', '30', '100']);
    await clicks.click(suite.page.getByRole('button', { name: /^Nộp (báo cáo|điều chỉnh)$/ }));
    await suite.page.getByText(/^Đã ghi nhận (báo cáo kỳ 11|lần điều chỉnh \d+ của báo cáo kỳ 11)/).waitFor();

    await clicks.type(boxes.first(), '65');
    await clicks.click(suite.page.getByRole('button', { name: 'Nộp điều chỉnh' }));
    await suite.page.getByText(/^Đã ghi nhận lần điều chỉnh \d+ của báo cáo kỳ 11\.$/).waitFor();
    measured.reportAndCorrection = clicks.count;
    expect(clicks.count).toBeLessThanOrEqual(5);
  });

  it('a board member decides a proposal of the review waiting in at most 2 clicks (was 7)', async () => {
    const clicks = await signInAs(suite.page, suite.server.url, 'hoidong@camau.demo');
    const waiting = suite.page.getByRole('region', { name: 'Đợt xét chờ quyết định' });
    await clicks.click(waiting.getByRole('link', { name: 'Tổng kết Chiến dịch 69 ngày đêm' }));
    // The review opens on the proposals still pending.
    const first = suite.page.getByRole('button', { name: /^Đồng ý đề xuất .+ cho .+$/ }).first();
    const [, form, unit] = /^Đồng ý đề xuất (.+) cho (.+)$/.exec((await first.getAttribute('aria-label')) ?? '') ?? [];
    await clicks.click(first);
    await suite.page.getByText(`Đồng ý: đề xuất ${form} cho ${unit}.`).waitFor();
    measured.decision = clicks.count;
    expect(clicks.count).toBeLessThanOrEqual(2);
  });

  it('a board member decides every pending proposal of that review in at most 4 clicks (under 10)', async () => {
    const clicks = await signInAs(suite.page, suite.server.url, 'hoidong@camau.demo');
    const waiting = suite.page.getByRole('region', { name: 'Đợt xét chờ quyết định' });
    await clicks.click(waiting.getByRole('link', { name: 'Tổng kết Chiến dịch 69 ngày đêm' }));
    await clicks.click(suite.page.getByRole('checkbox', { name: /^Chọn tất cả đang hiện \(\d+\)$/ }));
    await clicks.click(suite.page.getByRole('button', { name: /^Đồng ý \(\d+\)$/ }));
    const confirm = suite.page.getByRole('alertdialog', { name: /^Đồng ý \d+ đề xuất\?$/ });
    await clicks.click(confirm.getByRole('button', { name: /^Đồng ý/ }));
    await suite.page.getByText('Tất cả đề xuất đã được xét.').waitFor();
    measured.allPending = clicks.count;
    expect(clicks.count).toBeLessThanOrEqual(4);
  });

  it('an admin downloads the weekly report of the last period in at most 2 clicks (was 4)', async () => {
    const clicks = await signInAs(suite.page, suite.server.url, 'admin@camau.demo');
    await clicks.click(suite.page.getByRole('link', { name: 'Mở báo cáo tuần' }));
    await suite.page.getByRole('heading', { name: 'BÁO CÁO TUẦN', level: 1, exact: true }).waitFor();
    const [download] = await Promise.all([
      suite.page.waitForEvent('download'),
      clicks.click(suite.page.getByRole('button', { name: 'Tải XLSX' })),
    ]);
    expect(download.suggestedFilename()).toBe('bao-cao-tuan-ky-11.xlsx');
    measured.weeklyReport = clicks.count;
    expect(clicks.count).toBeLessThanOrEqual(2);
  });
});
