import { localDateOf } from '@thidua/domain';
import { copyDemoCampaign } from '../../../test/fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';

const BOARD = `query($campaignId: ID!, $period: Int) { reportStatusBoard(campaignId: $campaignId, period: $period) {
  period { index startDate endDate } levels { level { key } onTime late missing total } } }`;

const SUBMIT = `mutation($input: SubmitReportInput!) { submitReport(input: $input) { outcome userErrors { code } } }`;
const values = [
  { indicatorCode: 'ONLINE_RESOLUTION', numerator: 5, denominator: 10 },
  { indicatorCode: 'DIGITIZATION', numerator: 5, denominator: 10 },
  { indicatorCode: 'ONLINE_PAYMENT', numerator: 1, denominator: 2 },
];

/** Without a period, the status board answers for the current one: what a home page shows in a single request. */
describe('reportStatusBoard without a period', () => {
  let app: TestApp;
  let viewer: string;
  let demoId: string;

  beforeAll(async () => {
    app = await startTestApp();
    viewer = await app.loginAs('xem@camau.demo');
    demoId = (await app.dataSource.query('SELECT id FROM campaigns ORDER BY created_at, id LIMIT 1'))[0].id;
  });
  afterAll(() => app.close());

  it('answers for the last period (11) of Cà Mau 2023, which ended before today, with its reports', async () => {
    const admin = await app.loginAs('admin@camau.demo');
    const [{ id: unitId }] = await app.dataSource.query("SELECT id FROM units WHERE code = '970'");
    const submitted = await app.gql(SUBMIT, { input: { campaignId: demoId, unitId, period: 11, values } }, admin);
    expect(submitted.data?.submitReport.userErrors).toEqual([]);
    const current = await app.gql(BOARD, { campaignId: demoId }, viewer);
    const last = await app.gql(BOARD, { campaignId: demoId, period: 11 }, viewer);
    expect(current.errors).toBeUndefined();
    expect(current.data?.reportStatusBoard.period).toEqual({
      index: 11,
      startDate: '2023-05-06',
      endDate: '2023-05-09',
    });
    expect(current.data?.reportStatusBoard).toEqual(last.data?.reportStatusBoard);
    const district = current.data?.reportStatusBoard.levels.find(
      (l: { level: { key: string } }) => l.level.key === 'district',
    );
    expect(district.late).toBe(1);
  });

  it('answers for the week that contains today in a campaign running now', async () => {
    const id = await copyDemoCampaign(app, 'Chiến dịch đang chạy');
    await app.dataSource.query(
      `UPDATE campaigns SET start_date = CURRENT_DATE - 20, end_date = CURRENT_DATE + 40 WHERE id = $1`,
      [id],
    );
    const today = localDateOf(new Date(), 'Asia/Ho_Chi_Minh');
    const result = await app.gql(BOARD, { campaignId: id }, viewer);
    const period = result.data?.reportStatusBoard.period;
    expect(result.errors).toBeUndefined();
    expect(period.index).toBeGreaterThan(1);
    expect(period.startDate <= today && today <= period.endDate).toBe(true);
  });

  it('still refuses a period the campaign does not have', async () => {
    const result = await app.gql(BOARD, { campaignId: demoId, period: 12 }, viewer);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
