import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Period } from '@thidua/domain';
import { startTestApp, type TestApp } from '../../../test/harness';
import { rankFromReports, readReportValues } from '../../../test/reference-ranking';
import { seededRandom } from '../../app/demo/seeded-random';
import { checkKeptFigures, refreshCampaignFigures, refreshUnitFigures } from '../campaigns';
import { RankingsService } from './rankings.service';

const SUBMIT = `mutation($input: SubmitReportInput!) {
  submitReport(input: $input) { outcome userErrors { code message } } }`;
const IMPORT = `mutation($input: ImportReportsInput!) {
  importReports(input: $input) { created revised unchanged userErrors { code message } } }`;
const UPDATE = `mutation($input: UpdateCampaignInput!) {
  updateCampaign(input: $input) { campaign { version } userErrors { code message } } }`;
const CODES = ['ONLINE_RESOLUTION', 'DIGITIZATION', 'ONLINE_PAYMENT'];
const AFTER_CAMPAIGN = new Date('2024-01-01T00:00:00Z');

/**
 * The ranking's figures kept at write time (modules/campaigns/kept-figures.ts): after every kind of write the check
 * (npm run verify-figures) finds them equal to the reports, and the ranking read from them ranks as @thidua/domain
 * ranks the raw reports.
 */
describe('ranking figures kept at write time', () => {
  let app: TestApp;
  let admin: string;
  let campaignId: string;
  let districts: { id: string; code: string }[];
  let periods: Period[];
  const q = (sql: string, parameters?: unknown[]) => app.dataSource.query(sql, parameters);

  /** No difference anywhere, and the campaign's rows counted on its schedule and indicators as they are. */
  const expectKept = async () => {
    const checks = await checkKeptFigures(app.dataSource);
    expect(checks.flatMap((check) => check.differences)).toEqual([]);
    const own = checks.find((check) => check.campaignId === campaignId);
    expect(own?.basis).toBe('CURRENT');
    expect(own?.rowsChecked).toBeGreaterThan(0);
  };

  /**
   * Every level ranked at these periods, read from the kept rows, equals @thidua/domain's ranking of the reports; its
   * units read in the order of their codes (the order the domain lists tied and unranked units in).
   */
  const expectRankedAsReports = async (asOfPeriods: number[], now = AFTER_CAMPAIGN) => {
    const service = new RankingsService(app.dataSource);
    const reports = await readReportValues(app.dataSource, campaignId);
    for (const asOfPeriod of asOfPeriods) {
      const { data, rankings } = await service.rankLevels({ campaignId, asOfPeriod }, now);
      for (const { level, ranking } of rankings) {
        expect(rankFromReports(data, level.key, reports, asOfPeriod, now)).toEqual(ranking);
        const byCode: { id: string }[] = await q(
          'SELECT id FROM units WHERE level_id = $1 AND archived_at IS NULL ORDER BY code',
          [level.id],
        );
        expect(data.cohorts.get(level.key)?.map((unit) => unit.unitId)).toEqual(byCode.map((unit) => unit.id));
      }
    }
  };

  const submit = async (unitId: string, period: number, counts: [number, number][], submittedAt?: string) => {
    const values = CODES.map((indicatorCode, i) => ({
      indicatorCode,
      numerator: counts[i][0],
      denominator: counts[i][1],
    }));
    const answer = await app.gql(
      SUBMIT,
      { input: { campaignId, unitId, period, values, ...(submittedAt ? { submittedAt } : {}) } },
      admin,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.submitReport.userErrors).toEqual([]);
    return answer.data?.submitReport.outcome as string;
  };

  const updateCampaign = async (input: Record<string, unknown>) => {
    const [{ version }] = await q('SELECT version FROM campaigns WHERE id = $1', [campaignId]);
    const answer = await app.gql(UPDATE, { input: { id: campaignId, version, ...input } }, admin);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.updateCampaign.userErrors).toEqual([]);
  };

  beforeAll(async () => {
    app = await startTestApp({ demo: 'full' });
    // The communes' codes in an order of their own, neither their ids' nor the order they were stored in.
    await app.dataSource.query(
      `UPDATE units SET code = 'U-' || substr(md5(id::text), 1, 12)
       WHERE level_id = (SELECT id FROM levels WHERE key = 'commune')`,
    );
    admin = await app.loginAs('admin@camau.demo');
    campaignId = (await q('SELECT id FROM campaigns ORDER BY created_at, id LIMIT 1'))[0].id;
    districts = await q(
      `SELECT u.id, u.code FROM units u JOIN levels l ON l.id = u.level_id WHERE l.key = 'district' ORDER BY u.code`,
    );
    const service = new RankingsService(app.dataSource);
    periods = (await service.rankLevels({ campaignId, asOfPeriod: 1 }, AFTER_CAMPAIGN)).data.context.periods;
  }, 120_000);
  afterAll(() => app?.close());

  it("keeps the demo's figures as its reports give them, and the ranking reads them", async () => {
    await expectKept();
    await expectRankedAsReports([1, 2, 5, periods.length]);
    // Ranked at periods not yet due (an hour before period 5's due instant): the reports of past-due periods are
    // counted to period 4 only, from a second kept row.
    const beforeFifthDue = new Date(periods[4].dueAt.getTime() - 3_600_000);
    await expectRankedAsReports([5, 7], beforeFifthDue);
    // The ranking reads the kept rows: a row changed behind its back shows, until the campaign is refreshed. Here a
    // district's period-3 report, on time, is made late (consistently: @thidua/domain refuses a tally that is not).
    const [{ unit_id: unitId, code }] = await q(
      `SELECT k.unit_id, u.code FROM unit_period_figures k JOIN units u ON u.id = k.unit_id
       JOIN levels l ON l.id = u.level_id AND l.key = 'district'
       WHERE k.campaign_id = $1 AND k.period_index = 3 AND k.latest = 1 ORDER BY u.code LIMIT 1`,
      [campaignId],
    );
    const service = new RankingsService(app.dataSource);
    const tally = async () =>
      (await service.ranking({ campaignId, levelKey: 'district', asOfPeriod: 3 }, AFTER_CAMPAIGN)).rows.find(
        (row) => row.unit.id === unitId,
      )?.reports;
    const before = await tally();
    await q(
      `UPDATE unit_period_figures SET on_time = on_time - 1, latest = 2
       WHERE campaign_id = $1 AND unit_id = $2 AND period_index = 3`,
      [campaignId, unitId],
    );
    expect(await tally()).toEqual({ ...before, onTime: before!.onTime - 1, late: before!.late + 1 });
    const checks = await checkKeptFigures(app.dataSource);
    expect(
      checks.flatMap((check) => check.differences.map(({ unitCode, period, field }) => [unitCode, period, field])),
    ).toEqual([
      [code, 3, 'on_time'],
      [code, 3, 'latest'],
    ]);
    await app.dataSource.transaction((manager) => refreshCampaignFigures(manager, campaignId));
    expect(await tally()).toEqual(before);
    await expectKept();
  });

  it("sums the reports when the kept basis is not the campaign's (a change made around the API)", async () => {
    // Every kept row made wrong, and the basis no longer the campaign's indicators: the ranking must not read them.
    await q(
      `UPDATE unit_period_figures SET numerators = array_fill(1e9::float8, ARRAY[3]),
         previous_numerators = NULL, base_numerators = NULL WHERE campaign_id = $1`,
      [campaignId],
    );
    await q(`UPDATE kept_figure_bases SET indicator_ids = '{}' WHERE campaign_id = $1`, [campaignId]);
    await expectRankedAsReports([1, 2, 5, periods.length]);
    await expectRankedAsReports([5, 7], new Date(periods[4].dueAt.getTime() - 3_600_000));
    await app.dataSource.transaction((manager) => refreshCampaignFigures(manager, campaignId));
    await expectKept();
  });

  it('follows submissions, revisions, back-filled submissions and imports, each in its own transaction', async () => {
    const [first, second] = districts;
    expect(
      await submit(first.id, 9, [
        [1, 2],
        [3, 4],
        [5, 6],
      ]),
    ).toMatch(/CREATED|REVISED/);
    await expectKept();
    expect(
      await submit(first.id, 9, [
        [2, 2],
        [4, 4],
        [6, 6],
      ]),
    ).toBe('REVISED');
    await expectKept();
    // Back-filled before period 4's due instant: the report becomes on time.
    const early = new Date(periods[3].dueAt.getTime() - 3_600_000).toISOString();
    await submit(
      second.id,
      4,
      [
        [7, 9],
        [1, 9],
        [2, 9],
      ],
      early,
    );
    await expectKept();
    // A new unit's first report, then one of an earlier period: its rows from that period on appear.
    const made = await app.gql(
      `mutation($csv: String!) { importUnits(input: {csv: $csv}) { created userErrors { code } } }`,
      { csv: 'code,name,levelKey,parentCode\nKEPT-NEW,Xã mới,commune,970' },
      admin,
    );
    expect(made.data?.importUnits.created).toBe(1);
    const [silent] = await q(`SELECT id FROM units WHERE code = 'KEPT-NEW'`);
    expect(
      await submit(silent.id, 5, [
        [1, 1],
        [1, 2],
        [1, 3],
      ]),
    ).toBe('CREATED');
    await expectKept();
    expect(
      await submit(silent.id, 2, [
        [2, 2],
        [2, 3],
        [2, 4],
      ]),
    ).toBe('CREATED');
    await expectKept();
    const [{ firstKept }] = await q(
      'SELECT min(period_index) AS "firstKept" FROM unit_period_figures WHERE campaign_id = $1 AND unit_id = $2',
      [campaignId, silent.id],
    );
    expect(firstKept).toBe(2);
    const csv = [
      'unitCode,indicatorCode,numerator,denominator',
      ...districts.flatMap((unit, i) => CODES.map((code) => `${unit.code},${code},${i},${i + 10}`)),
    ].join('\n');
    const imported = await app.gql(IMPORT, { input: { campaignId, period: 6, csv } }, admin);
    expect(imported.data?.importReports.userErrors).toEqual([]);
    await expectKept();
    await expectRankedAsReports([4, 6, 9, periods.length]);
  });

  it('follows a change of schedule and of indicators, made through the API', async () => {
    const [{ due_weekday: weekday }] = await q('SELECT due_weekday FROM campaigns WHERE id = $1', [campaignId]);
    await updateCampaign({ dueWeekday: weekday === 'SATURDAY' ? 'SUNDAY' : 'SATURDAY' });
    await expectKept();
    await expectRankedAsReports([3, periods.length]);
    await updateCampaign({ indicators: [...CODES].reverse().map((code) => ({ code, weight: 1 })) });
    await expectKept();
    await updateCampaign({ dueWeekday: weekday });
    await expectKept();
    await expectRankedAsReports([3, periods.length]);
  });

  it('stays right under many concurrent writes of one unit and others, and a schedule change among them', async () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const random = seededRandom(seed);
      const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
      // Two units only: many writes of one unit overlap, each of another period or the same one.
      const writes: (() => Promise<unknown>)[] = Array.from({ length: 40 }, () => {
        const unit = pick(districts.slice(0, 2));
        const period = 1 + Math.floor(random() * Math.min(8, periods.length));
        const counts = CODES.map((): [number, number] => {
          const denominator = 1 + Math.floor(random() * 500);
          return [Math.floor(random() * (denominator + 1)), denominator];
        });
        return () => submit(unit.id, period, counts);
      });
      // And, among them, a change of schedule: the whole campaign refreshed while its units are being written.
      const weekday = seed % 2 ? 'SATURDAY' : 'FRIDAY';
      writes.splice(Math.floor(random() * writes.length), 0, () => updateCampaign({ dueWeekday: weekday }));
      await Promise.all(writes.map((write) => write()));
      await expectKept();
    }
    await expectRankedAsReports([2, 8]);
  }, 120_000);

  // A server only: its lock table is a fixed size (64 locks per connection by default, with some slack: on the local
  // server one transaction of 12.000 to 15.000 advisory locks ran it out), so a lock per unit of a large import would
  // run out of shared memory and starve every other session; the units' row locks take none of it.
  (process.env.THIDUA_TEST_DB_EMBEDDED ? it.skip : it)(
    "refreshes more units in one transaction than the server's lock table holds",
    async () => {
      const size = 16_000;
      const created = await app.gql(
        `mutation($csv: String!) { importUnits(input: {csv: $csv}) { created userErrors { code } } }`,
        {
          csv: [
            'code,name,levelKey,parentCode',
            ...Array.from({ length: size }, (_, i) => `LOCK-${i},Xã khóa ${i},commune,970`),
          ].join('\n'),
        },
        admin,
      );
      expect(created.data?.importUnits.created).toBe(size);
      const ids: string[] = (await q(`SELECT id FROM units WHERE code LIKE 'LOCK-%'`)).map(
        (row: { id: string }) => row.id,
      );
      expect(ids).toHaveLength(size);
      await app.dataSource.transaction((manager) => refreshUnitFigures(manager, campaignId, ids, 1));
      await expectKept();
    },
    120_000,
  );

  // A server only: a child process imports a large file and is killed (SIGKILL) inside its transaction.
  (process.env.THIDUA_TEST_DB_EMBEDDED ? it.skip : it)(
    'stays right when an import is killed with SIGKILL in the middle of its transaction',
    async () => {
      const size = 4000;
      const unitCsv = [
        'code,name,levelKey,parentCode',
        ...Array.from({ length: size }, (_, i) => `KILL-${i},Xã ${i},commune,970`),
      ].join('\n');
      const units = await app.gql(
        `mutation($csv: String!) { importUnits(input: {csv: $csv}) { created userErrors { code } } }`,
        { csv: unitCsv },
        admin,
      );
      expect(units.data?.importUnits.created).toBe(size);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kept-kill-'));
      const file = path.join(dir, 'reports.csv');
      fs.writeFileSync(
        file,
        [
          'unitCode,indicatorCode,numerator,denominator',
          ...Array.from({ length: size }, (_, i) => CODES.map((code) => `KILL-${i},${code},${i % 50},100`)).flat(),
        ].join('\n'),
      );
      const reportsBefore = (await q('SELECT count(*)::int AS n FROM reports'))[0].n;
      const root = path.resolve(__dirname, '../../../../..');
      const child = spawn(
        process.execPath,
        [
          '-r',
          '@swc-node/register',
          'tools/import-reports/import-reports.ts',
          '--database-url',
          process.env.THIDUA_TEST_DB_URL as string,
          '--period',
          '7',
          file,
        ],
        {
          cwd: root,
          env: {
            ...process.env,
            SWC_NODE_PROJECT: 'apps/api/tsconfig.json',
            NODE_OPTIONS: '--experimental-vm-modules',
          },
          stdio: 'ignore',
        },
      );
      const exited = new Promise<NodeJS.Signals | null>((resolve) =>
        child.on('exit', (_code, signal) => resolve(signal)),
      );
      // Mid-import: a backend other than this test's holds a write lock on reports, inside an open transaction.
      let importer: number | null = null;
      for (let tries = 0; tries < 3000 && importer === null; tries++) {
        const [row] = await q(
          `SELECT l.pid FROM pg_locks l JOIN pg_class c ON c.oid = l.relation JOIN pg_stat_activity a ON a.pid = l.pid
           WHERE c.relname = 'reports' AND l.mode = 'RowExclusiveLock' AND l.pid <> pg_backend_pid()
             AND a.xact_start IS NOT NULL LIMIT 1`,
        );
        if (row) importer = row.pid;
        else await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(importer).not.toBeNull();
      child.kill('SIGKILL');
      expect(await exited).toBe('SIGKILL');
      // The server rolls the transaction back once it sees the connection gone.
      for (let tries = 0; tries < 600; tries++) {
        const [{ alive }] = await q('SELECT count(*)::int AS alive FROM pg_stat_activity WHERE pid = $1', [importer]);
        if (!alive) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect((await q('SELECT count(*)::int AS n FROM reports'))[0].n).toBe(reportsBefore);
      await expectKept();
      fs.rmSync(dir, { recursive: true, force: true });
    },
    180_000,
  );
});
