import { Readable } from 'node:stream';
import { buildPeriods, periodAtInstant, type CampaignSchedule } from '@thidua/domain';
import { startTestApp, type TestApp } from '../../../test/harness';
import { ingestDossiers, type IngestOptions } from './dossier-ingest';
import { recomputeDirtyCells } from './dossier-recompute';
import { CA_MAU_RECORD_RULES, setCampaignRecordFeeds, setIndicatorRecordRule } from './record-rules';

const loader: IngestOptions['loader'] = process.env.THIDUA_TEST_DB_EMBEDDED ? 'insert' : 'copy';
const HEADER =
  'source,external_id,unit_code,procedure_code,received_at,channel,resolved_at,resolved_online,digitised,fee_required,paid_online';
const IMPORT = `mutation($input: ImportReportsInput!) { importReports(input: $input) { created revised unchanged userErrors { code field message } } }`;
const RANKING = `query($campaignId: ID!, $asOfPeriod: Int) {
  ranking(campaignId: $campaignId, levelKey: "commune", asOfPeriod: $asOfPeriod) {
    cohortSize rows { rank previousRank movement score class { code } unit { code }
      indicators { indicator { code } numerator denominator rate target met achievement shortfall }
      reports { due onTime late missing } } } }`;

interface GeneratedRecord {
  id: string;
  unitCode: string;
  receivedAt: Date;
  resolvedAt: Date | null;
  resolvedOnline: boolean;
  digitised: boolean;
  feeRequired: boolean;
  paidOnline: boolean;
}

/** Deterministic records for the communes, a few before and after the campaign, at any minute of the day. */
function generateRecords(communes: string[], count: number): GeneratedRecord[] {
  let seed = 20230301;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const from = Date.parse('2023-02-27T00:00:00Z');
  const to = Date.parse('2023-05-11T00:00:00Z');
  return Array.from({ length: count }, (_, i) => {
    // Skewed: the first communes receive far more dossiers than the last.
    const unitCode = communes[Math.floor(communes.length * random() ** 2)];
    const receivedAt = new Date(from + Math.floor((random() * (to - from)) / 60_000) * 60_000);
    const resolvedAt = random() < 0.8 ? new Date(receivedAt.getTime() + Math.floor(random() * 72) * 3_600_000) : null;
    const feeRequired = random() < 0.4;
    return {
      id: `R-${i}`,
      unitCode,
      receivedAt,
      resolvedAt,
      resolvedOnline: resolvedAt !== null && random() < 0.5,
      digitised: random() < 0.6,
      feeRequired,
      paidOnline: feeRequired && random() < 0.5,
    };
  });
}

function toCsv(records: GeneratedRecord[]): Readable {
  const flag = (value: boolean) => (value ? '1' : '0');
  const lines = records.map((r) =>
    [
      'DVC',
      r.id,
      r.unitCode,
      '',
      r.receivedAt.toISOString(),
      'ONLINE',
      r.resolvedAt?.toISOString() ?? '',
      flag(r.resolvedOnline),
      flag(r.digitised),
      flag(r.feeRequired),
      flag(r.paidOnline),
    ].join(','),
  );
  return Readable.from([[HEADER, ...lines].join('\n') + '\n']);
}

describe('dossier records: period figures derived from records', () => {
  let app: TestApp;
  let admin: string;
  let communes: string[];
  let recordsCampaign: string;
  let handCampaign: string;
  let records: GeneratedRecord[];
  let schedule: CampaignSchedule;

  /** A copy of the demo campaign (indicators, levels, target sets and targets) with no reports. */
  async function copyDemoCampaign(name: string): Promise<string> {
    const q = app.dataSource.query.bind(app.dataSource);
    const [{ id: demo }] = await q('SELECT id FROM campaigns ORDER BY created_at LIMIT 1');
    const [{ id }] = await q(
      `INSERT INTO campaigns (name, start_date, end_date, time_zone, due_weekday, due_time, status, legend)
       SELECT $2, start_date, end_date, time_zone, due_weekday, due_time, 'ACTIVE', legend FROM campaigns WHERE id = $1 RETURNING id`,
      [demo, name],
    );
    await q(
      'INSERT INTO campaign_indicators SELECT $2, indicator_id, weight, position FROM campaign_indicators WHERE campaign_id = $1',
      [demo, id],
    );
    await q('INSERT INTO campaign_levels SELECT $2, level_id FROM campaign_levels WHERE campaign_id = $1', [demo, id]);
    await q(
      'INSERT INTO target_sets (campaign_id, key, name, is_primary) SELECT $2, key, name, is_primary FROM target_sets WHERE campaign_id = $1',
      [demo, id],
    );
    await q(
      `INSERT INTO targets (target_set_id, indicator_id, level_id, unit_id, value)
       SELECT n.id, t.indicator_id, t.level_id, t.unit_id, t.value
       FROM targets t JOIN target_sets o ON o.id = t.target_set_id JOIN target_sets n ON n.key = o.key AND n.campaign_id = $2
       WHERE o.campaign_id = $1`,
      [demo, id],
    );
    return id;
  }

  const ranking = async (campaignId: string, asOfPeriod: number) => {
    const result = await app.gql(RANKING, { campaignId, asOfPeriod }, admin);
    expect(result.errors).toBeUndefined();
    return result.data?.ranking;
  };

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.loginAs('admin@camau.demo');
    const q = app.dataSource.query.bind(app.dataSource);
    communes = (
      await q(
        `SELECT u.id, u.code FROM units u JOIN levels l ON l.id = u.level_id WHERE l.key = 'commune' ORDER BY u.code`,
      )
    ).map((r: { code: string }) => r.code);
    for (const [code, rule] of Object.entries(CA_MAU_RECORD_RULES)) {
      const [{ id }] = await q('SELECT id FROM indicators WHERE code = $1', [code]);
      await setIndicatorRecordRule(app.dataSource.manager, { indicatorId: id, ...rule });
    }
    recordsCampaign = await copyDemoCampaign('Từ hồ sơ');
    handCampaign = await copyDemoCampaign('Nhập tay');
    [schedule] = await q(
      `SELECT to_char(start_date, 'YYYY-MM-DD') AS "startDate", to_char(end_date, 'YYYY-MM-DD') AS "endDate", time_zone AS "timeZone",
      due_weekday AS "dueWeekday", due_time AS "dueTime" FROM campaigns WHERE id = $1`,
      [recordsCampaign],
    );

    const unitIds = (
      await q(`SELECT u.id FROM units u JOIN levels l ON l.id = u.level_id WHERE l.key = 'commune'`)
    ).map((r: { id: string }) => r.id);
    await setCampaignRecordFeeds(app.dataSource.manager, recordsCampaign, unitIds, true);
    records = generateRecords(communes, 1500);
    const ingested = await ingestDossiers(app.dataSource, toCsv(records), { format: 'csv', loader, batchSize: 500 });
    expect(ingested).toMatchObject({ inserted: 1500, rejected: 0 });
    const recomputed = await recomputeDirtyCells(app.dataSource);
    // Every fed commune gets a report for each of the 11 periods (the feed queued all their days).
    expect(recomputed).toMatchObject({ campaigns: 1, cells: 101 * 11, created: 101 * 11, revised: 0 });

    // The same figures counted by hand from the records, period by period, and imported like weekly reports.
    const periods = buildPeriods(schedule);
    for (const period of periods) {
      const lines = ['unitCode,indicatorCode,numerator,denominator'];
      for (const code of communes) {
        const mine = records.filter(
          (r) =>
            r.unitCode === code && periodAtInstant(periods, r.receivedAt, schedule.timeZone)?.index === period.index,
        );
        const resolved = mine.filter((r) => r.resolvedAt);
        lines.push(
          `${code},ONLINE_RESOLUTION,${mine.filter((r) => r.resolvedOnline).length},${mine.length}`,
          `${code},DIGITIZATION,${resolved.filter((r) => r.digitised).length},${resolved.length}`,
          `${code},ONLINE_PAYMENT,${mine.filter((r) => r.paidOnline).length},${mine.filter((r) => r.feeRequired).length}`,
        );
      }
      const result = await app.gql(
        IMPORT,
        {
          input: {
            campaignId: handCampaign,
            period: period.index,
            csv: lines.join('\n'),
            submittedAt: period.dueAt.toISOString(),
          },
        },
        admin,
      );
      expect(result.data?.importReports.userErrors).toEqual([]);
    }
  }, 120_000);
  afterAll(() => app.close());

  it('the communes ranking from records equals the ranking from the same counts entered by hand, period after period', async () => {
    const sizes: number[] = [];
    for (const asOf of [1, 6, 11]) {
      const fromRecords = await ranking(recordsCampaign, asOf);
      const byHand = await ranking(handCampaign, asOf);
      expect(fromRecords).toEqual(byHand);
      sizes.push(fromRecords.cohortSize);
    }
    // Skewed records: a third of the communes have data in the 3-day first week, nearly all by the end.
    expect(sizes[0]).toBeGreaterThan(20);
    expect(sizes[2]).toBeGreaterThan(90);
    const final = await ranking(recordsCampaign, 11);
    // Only the records inside the campaign's days count (some were generated before and after it).
    const inside = records.filter((r) =>
      periodAtInstant(buildPeriods(schedule), r.receivedAt, schedule.timeZone),
    ).length;
    const received = final.rows.reduce(
      (sum: number, row: { indicators: { indicator: { code: string }; denominator: number }[] }) =>
        sum + (row.indicators.find((i) => i.indicator.code === 'ONLINE_RESOLUTION')?.denominator ?? 0),
      0,
    );
    expect(received).toBe(inside);
    expect(inside).toBeLessThan(1500);
    const revision = await app.dataSource.query(
      `SELECT DISTINCT v.source, v.backfilled FROM report_revisions v JOIN reports r ON r.id = v.report_id WHERE r.campaign_id = $1`,
      [recordsCampaign],
    );
    expect(revision).toEqual([{ source: 'RECORDS', backfilled: true }]);
  });

  it('an import of one changed record recomputes only the cells it touched', async () => {
    const periods = buildPeriods(schedule);
    // A record received on a Wednesday afternoon (Cà Mau), well inside one period.
    const changed = records.find(
      (r) =>
        r.resolvedAt &&
        !r.resolvedOnline &&
        periodAtInstant(periods, r.receivedAt, schedule.timeZone)?.index === 3 &&
        r.receivedAt.getUTCHours() >= 3 &&
        r.receivedAt.getUTCHours() < 14,
    ) as GeneratedRecord;
    const before = (await ranking(recordsCampaign, 3)).rows.find(
      (row: { unit: { code: string } }) => row.unit.code === changed.unitCode,
    );
    try {
      const ingested = await ingestDossiers(app.dataSource, toCsv([{ ...changed, resolvedOnline: true }]), {
        format: 'csv',
        loader,
      });
      expect(ingested).toMatchObject({ inserted: 0, updated: 1 });
      expect(await recomputeDirtyCells(app.dataSource)).toEqual({
        campaigns: 1,
        cells: 1,
        created: 0,
        revised: 1,
        unchanged: 0,
      });
      const after = (await ranking(recordsCampaign, 3)).rows.find(
        (row: { unit: { code: string } }) => row.unit.code === changed.unitCode,
      );
      const online = (row: { indicators: { indicator: { code: string }; numerator: number; denominator: number }[] }) =>
        row.indicators.find((i) => i.indicator.code === 'ONLINE_RESOLUTION');
      expect(online(after)?.numerator).toBe((online(before)?.numerator ?? 0) + 1);
      expect(online(after)?.denominator).toBe(online(before)?.denominator);
      expect(await app.dataSource.query('SELECT count(*)::int AS n FROM dossier_dirty_ranges')).toEqual([{ n: 0 }]);
    } finally {
      // The record as generated again, and its cell recounted: the other tests compare against the hand-entered copy.
      await ingestDossiers(app.dataSource, toCsv([changed]), { format: 'csv', loader });
      await recomputeDirtyCells(app.dataSource);
    }
  });

  it('units the campaign does not feed from records keep their own reports', async () => {
    const [{ n }] = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM reports r JOIN units u ON u.id = r.unit_id JOIN levels l ON l.id = u.level_id WHERE r.campaign_id = $1 AND l.key <> 'commune'`,
      [recordsCampaign],
    );
    expect(n).toBe(0);
  });
});
