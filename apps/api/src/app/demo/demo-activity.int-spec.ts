import { buildPeriods } from '@thidua/domain';
import { CA_MAU_SCHEDULE } from '@thidua/domain/fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';
import { CA_MAU_UNITS } from './ca-mau-units';
import { generateDemoReports } from './demo-reports';

describe('the full Cà Mau demo (reports and reviews)', () => {
  let app: TestApp;
  let viewer: string;
  let campaignId: string;
  const generated = generateDemoReports(CA_MAU_UNITS, buildPeriods(CA_MAU_SCHEDULE));

  beforeAll(async () => {
    app = await startTestApp({ demo: 'full' });
    viewer = await app.loginAs('xem@camau.demo');
    const campaigns = await app.gql(`{ campaigns(first: 1) { edges { node { id } } } }`, {}, viewer);
    campaignId = campaigns.data?.campaigns.edges[0].node.id;
  });
  afterAll(() => app.close());

  it('holds every generated report, and the corrected ones with two revisions', async () => {
    const [{ count }] = await app.dataSource.query('SELECT count(*)::int AS count FROM reports');
    expect(count).toBe(generated.length);
    const [{ revised }] = await app.dataSource.query('SELECT count(*)::int AS revised FROM reports WHERE revision = 2');
    expect(revised).toBe(generated.filter((report) => report.firstSent).length);
  });

  it('sums, per level as of the last period, exactly the generated counts', async () => {
    const result = await app.gql(
      `query($id: ID!) { summary(campaignId: $id, asOfPeriod: 11) { level { key } indicators { indicator { code } numerator denominator } } }`,
      { id: campaignId },
      viewer,
    );
    const levelOf = new Map(CA_MAU_UNITS.map((unit) => [unit.code, unit.levelKey]));
    const expected = (level: string | null, index: number) =>
      generated
        .filter((report) => level === null || levelOf.get(report.unitCode) === level)
        .reduce(
          (sum, report) => [sum[0] + report.values[index].numerator, sum[1] + report.values[index].denominator],
          [0, 0],
        );
    for (const row of result.data?.summary ?? []) {
      row.indicators.forEach((figure: { numerator: number; denominator: number }, index: number) => {
        expect([figure.numerator, figure.denominator]).toEqual(expected(row.level?.key ?? null, index));
      });
    }
    expect(result.data?.summary).toHaveLength(4);
  });

  it('shows late and missing reports on the status board of the last period', async () => {
    const result = await app.gql(
      `query($id: ID!) { reportStatusBoard(campaignId: $id, period: 11) { levels { onTime late missing } toRemind { code } } }`,
      { id: campaignId },
      viewer,
    );
    const board = result.data?.reportStatusBoard;
    expect(board.toRemind.map((unit: { code: string }) => unit.code)).toEqual(
      expect.arrayContaining(['32071', '32185', '32245']),
    );
    const late = board.levels.reduce((sum: number, level: { late: number }) => sum + level.late, 0);
    // A corrected report keeps the time of its first send for timeliness.
    const firstSentAt = (report: (typeof generated)[number]) => report.firstSent?.submittedAt ?? report.submittedAt;
    expect(late).toBe(
      generated.filter(
        (report) => report.period === 11 && firstSentAt(report) > buildPeriods(CA_MAU_SCHEDULE)[10].dueAt,
      ).length,
    );
  });

  it('has a finalized mid-campaign review and a closing review in progress', async () => {
    const result = await app.gql(
      `query($id: ID!) { reviews(campaignId: $id) { name status asOfPeriod decisionNumber proposals { decision outcome } } }`,
      { id: campaignId },
      viewer,
    );
    const [closing, midway] = result.data?.reviews ?? [];
    expect(midway).toMatchObject({ status: 'FINALIZED', asOfPeriod: 6, decisionNumber: '512/QĐ-UBND' });
    expect(midway.proposals.length).toBeGreaterThan(1);
    expect(midway.proposals.some((proposal: { decision: string }) => proposal.decision === 'REJECTED')).toBe(true);
    expect(midway.proposals.every((proposal: { decision: string }) => proposal.decision !== 'PENDING')).toBe(true);
    expect(closing).toMatchObject({ status: 'DRAFT', asOfPeriod: 11, decisionNumber: null });
    const decisions = new Set(closing.proposals.map((proposal: { decision: string }) => proposal.decision));
    expect([...decisions].sort()).toEqual(['APPROVED', 'PENDING']);
    expect(new Set(closing.proposals.map((proposal: { outcome: string }) => proposal.outcome))).toEqual(
      new Set(['COMMENDATION', 'DISCIPLINE']),
    );
  });

  it('holds the reminders the campaign sent, each naming the units not reported at its instant', async () => {
    const sends: { period_index: number; offset_minutes: number; unit_count: number; due_at: Date }[] =
      await app.dataSource.query('SELECT period_index, offset_minutes, unit_count, due_at FROM reminder_sends');
    expect(sends).toHaveLength(11 * 3);
    const units = CA_MAU_UNITS.filter((unit) => ['province', 'district', 'commune'].includes(unit.levelKey)).length;
    for (const send of sends) {
      const sentAt = new Date(new Date(send.due_at).getTime() + send.offset_minutes * 60_000);
      const reportedBy = generated.filter(
        (report) =>
          report.period === send.period_index &&
          (report.firstSent?.submittedAt ?? report.submittedAt).getTime() <= sentAt.getTime(),
      ).length;
      expect(send.unit_count).toBe(units - reportedBy);
    }
    const reporter = await app.loginAs('baocao@camau.demo');
    const notes = await app.gql(`{ unreadNotificationCount notifications(first: 1) { totalCount } }`, {}, reporter);
    expect(notes.data?.notifications.totalCount).toBeGreaterThan(0);
    expect(notes.data?.unreadNotificationCount).toBe(notes.data?.notifications.totalCount);
  });
});
