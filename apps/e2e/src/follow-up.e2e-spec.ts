import { screenshot } from './support/browser';
import { browserSuite } from './support/suite';
import { expectNoSeriousViolations, gql, logIn, tokenFor } from './support/session';

/**
 * The follow-ups of a reporting period: the demo campaign reminds 24 h and 2 h before each deadline and 1 h after
 * it (a copy to the district for the communes), and has already sent some reminders.
 */
describe("an administrator edits the campaign's reminders; a reporter is reminded", () => {
  const suite = browserSuite({ seed: 'demo', pageTimeout: 20_000 });
  let campaignId = '';

  beforeAll(async () => {
    const token = await tokenFor(suite.server, 'admin@camau.demo');
    const { campaigns } = await gql<{ campaigns: { edges: Array<{ node: { id: string; status: string } }> } }>(
      suite.server,
      token,
      '{ campaigns(first: 20) { edges { node { id status } } } }',
    );
    const campaign = campaigns.edges.map((edge) => edge.node).find((node) => node.status === 'ACTIVE');
    if (!campaign) throw new Error('the demo has no active campaign');
    campaignId = campaign.id;
  });

  it('opens the section "Đôn đốc" (follow-up): the three reminders in words and the sends so far', async () => {
    const page = suite.page;
    await page.goto(`${suite.server.url}/login`);
    await logIn(page);
    await page.goto(`${suite.server.url}/campaigns/${campaignId}`);
    await page.getByRole('link', { name: 'Đôn đốc', exact: true }).click();
    await page.getByRole('heading', { name: 'Nhắc nộp báo cáo', level: 2 }).waitFor();
    const list = page.locator('.reminders__list').first();
    expect(await list.locator('.reminders__words').allTextContents()).toEqual([
      '24 giờ trước hạn',
      '2 giờ trước hạn',
      '1 giờ sau hạn',
    ]);
    expect(await page.getByRole('checkbox', { name: 'Xã' }).isChecked()).toBe(true);
    const sends = page.getByRole('table', { name: /lần nhắc gần đây/ });
    await sends.waitFor();
    expect(await sends.getByRole('row').count()).toBeGreaterThan(1);
    await page.getByRole('heading', { name: 'Báo cáo tuần qua email', level: 2 }).waitFor();
    await screenshot(page, 'follow-up-01-reminders');
    await expectNoSeriousViolations(page);
  });

  it('removes the 2-hour reminder, saves, and finds it gone after a reload', async () => {
    const page = suite.page;
    await page.getByRole('button', { name: 'Bỏ lần nhắc “2 giờ trước hạn”' }).click();
    await page.getByRole('button', { name: 'Lưu lần nhắc' }).click();
    await page.getByText('Đã lưu lần nhắc.').waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Nhắc nộp báo cáo', level: 2 }).waitFor();
    await page.locator('.reminders__words').first().waitFor();
    expect(await page.locator('.reminders__list').first().locator('.reminders__words').allTextContents()).toEqual([
      '24 giờ trước hạn',
      '1 giờ sau hạn',
    ]);
    await screenshot(page, 'follow-up-02-saved');
  });

  it('shows a reporter the bell with unread reminders and the email choice', async () => {
    const page = suite.page;
    await page.context().clearCookies();
    await page.evaluate(() => window.localStorage.clear());
    await page.goto(`${suite.server.url}/login`);
    await logIn(page, 'baocao@camau.demo');
    const bell = page.getByRole('button', { name: /thông báo chưa đọc$/ });
    await bell.waitFor();
    await bell.click();
    await page.getByRole('switch', { name: 'Nhận email nhắc nộp báo cáo' }).waitFor();
    await page.locator('.notification--unread').first().waitFor();
    await screenshot(page, 'follow-up-03-reporter-bell');
    await expectNoSeriousViolations(page);
  });
});
