import { browserSuite } from './support/suite';
import { screenshot, SCREENSHOT_DIR } from './support/browser';
import { expectNoSeriousViolations, gql, logIn, tokenFor } from './support/session';

interface Figure {
  rate: number;
  numerator: number;
  denominator: number;
  indicator: { code: string };
}

const percent = (value: number) =>
  new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);

describe('the full demo, as the emulation board finds it after `npm start`', () => {
  const suite = browserSuite({ seed: 'demo' });
  let campaignId: string;
  let provinceFigure: Figure;

  beforeAll(async () => {
    const token = await tokenFor(suite.server, 'hoidong@camau.demo');
    const { campaigns } = await gql<{ campaigns: { edges: { node: { id: string } }[] } }>(
      suite.server,
      token,
      '{ campaigns(first: 1) { edges { node { id } } } }',
    );
    campaignId = campaigns.edges[0].node.id;
    const { summary } = await gql<{ summary: { level: { key: string } | null; indicators: Figure[] }[] }>(
      suite.server,
      token,
      'query ($id: ID!) { summary(campaignId: $id) { level { key } indicators { rate numerator denominator indicator { code } } } }',
      { id: campaignId },
    );
    provinceFigure = summary.find((row) => row.level?.key === 'province')?.indicators[0] as Figure;
    await suite.page.goto(`${suite.server.url}/login`);
    await logIn(suite.page, 'hoidong@camau.demo');
    await suite.page.getByRole('link', { name: 'Chiến dịch' }).first().waitFor();
  });

  it('shows the dashboard with eleven weeks of figures', async () => {
    await suite.page.goto(`${suite.server.url}/campaigns/${campaignId}/dashboard`);
    const table = suite.page.getByRole('table', {
      name: 'Tỷ lệ cộng dồn của từng cấp theo chỉ số, so với chỉ tiêu, tính đến kỳ 11',
    });
    await table.waitFor();
    const provinceRow = table.getByRole('row').filter({ has: suite.page.getByRole('rowheader', { name: 'Cấp tỉnh' }) });
    await expect(provinceRow.textContent()).resolves.toContain(`${percent(provinceFigure.rate)}%`);
    expect(provinceFigure.denominator).toBeGreaterThan(5000);
    await suite.page
      .getByRole('img', { name: /^Tỷ lệ hồ sơ TTHC giải quyết trực tuyến, Cấp tỉnh: kỳ 11 đạt / })
      .waitFor();
    await screenshot(suite.page, 'demo-dashboard');
    await expectNoSeriousViolations(suite.page);
  });

  it('ranks the communes, with movement since the week before', async () => {
    await suite.page.goto(`${suite.server.url}/campaigns/${campaignId}/rankings`);
    await suite.page.getByRole('link', { name: 'Cấp xã' }).click();
    const table = suite.page.getByRole('table', { name: /^Xếp hạng Cấp xã tính đến kỳ 11,/ });
    await table.waitFor();
    await screenshot(suite.page, 'demo-rankings-communes');
    await expectNoSeriousViolations(suite.page);
  });

  it("prints the chairman's weekly report of the last period", async () => {
    await suite.page.goto(`${suite.server.url}/campaigns/${campaignId}/weekly-report?period=11`);
    await suite.page.getByText('Cà Mau, ngày 12 tháng 5 năm 2023').waitFor();
    await suite.page.getByText('Xã Trí Phải').first().waitFor();
    await suite.page.screenshot({ path: `${SCREENSHOT_DIR}/demo-weekly-report-top.png` });
    await screenshot(suite.page, 'demo-weekly-report');
    await expectNoSeriousViolations(suite.page);
  });

  it('lists the finalized mid-campaign review and the closing one in progress', async () => {
    await suite.page.goto(`${suite.server.url}/campaigns/${campaignId}/reviews`);
    await suite.page.getByText('Sơ kết giữa Chiến dịch (kỳ 6)').waitFor();
    await suite.page.getByText('Tổng kết Chiến dịch 69 ngày đêm').waitFor();
    await suite.page.getByText('Hoàn tất').first().waitFor();
    await suite.page.getByText('Đang xét').first().waitFor();
    await screenshot(suite.page, 'demo-reviews');
    await suite.page.getByText('Tổng kết Chiến dịch 69 ngày đêm').click();
    await suite.page.getByRole('heading', { name: /Tổng kết Chiến dịch 69 ngày đêm/ }).waitFor();
    await screenshot(suite.page, 'demo-review-closing');
    await expectNoSeriousViolations(suite.page);
  });
});
