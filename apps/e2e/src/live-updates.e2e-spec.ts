import { browserSuite } from './support/suite';
import { gql, logIn, tokenFor } from './support/session';

const CAMPAIGN = 'Chiến dịch cao điểm 69 ngày đêm';
const SUBMIT = `mutation($input: SubmitReportInput!) { submitReport(input: $input) { outcome userErrors { code } } }`;

describe('live updates: a report submitted elsewhere shows on an open status board without a reload', () => {
  const suite = browserSuite();

  it('the administrator watches period 5; the Đầm Dơi reporter submits through the API; the row turns late', async () => {
    const page = suite.page;
    await page.goto(`${suite.server.url}/`);
    await logIn(page, 'admin@camau.demo');
    await page.getByRole('link', { name: 'Chiến dịch', exact: true }).click();
    await page.getByRole('main').getByRole('link', { name: CAMPAIGN }).click();
    await page.getByRole('link', { name: 'Tình hình báo cáo' }).click();
    await page.getByRole('heading', { name: 'Tình hình báo cáo', level: 2 }).waitFor();
    await page.getByLabel('Kỳ báo cáo').selectOption('5');
    const units = page.getByRole('table', { name: 'Tình hình nộp báo cáo kỳ 5' });
    const damDoi = units
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Huyện Đầm Dơi', exact: true }) });
    await damDoi.getByText('Chưa nộp').waitFor();
    // A mark that a reload would wipe.
    await page.evaluate(() => ((window as unknown as { liveMark: string }).liveMark = 'still here'));

    const reporter = await tokenFor(suite.server, 'baocao@camau.demo');
    const { viewer, currentCampaigns } = await gql<{
      viewer: { writableUnits: { edges: { node: { id: string; name: string } }[] } };
      currentCampaigns: { id: string }[];
    }>(
      suite.server,
      reporter,
      '{ viewer { writableUnits(first: 500) { edges { node { id name } } } } currentCampaigns { id } }',
    );
    const unit = viewer.writableUnits.edges.find((edge) => edge.node.name === 'Huyện Đầm Dơi')?.node.id;
    const values = [
      { indicatorCode: 'ONLINE_RESOLUTION', numerator: 65, denominator: 100 },
      { indicatorCode: 'DIGITIZATION', numerator: 72, denominator: 100 },
      { indicatorCode: 'ONLINE_PAYMENT', numerator: 1200, denominator: 3000 },
    ];
    const started = Date.now();
    const { submitReport } = await gql<{ submitReport: { outcome: string } }>(suite.server, reporter, SUBMIT, {
      input: { campaignId: currentCampaigns[0].id, unitId: unit, period: 5, values },
    });
    expect(submitReport.outcome).toBe('CREATED');

    await damDoi.getByText('Trễ hạn').waitFor({ timeout: 10_000 });
    const shownAfter = Date.now() - started;
    expect(await page.evaluate(() => (window as unknown as { liveMark?: string }).liveMark)).toBe('still here');
    // The counts per level follow too.
    const districts = page
      .getByRole('table', { name: 'Số đơn vị theo cấp, kỳ 5' })
      .getByRole('row', { name: /^Cấp huyện/ });
    expect((await districts.locator('td').allTextContents()).slice(0, 2)).toEqual(['0', '1']);
    console.log(`live updates (browser): the submission showed on the open board ${shownAfter} ms after it was sent`);
  });
});
