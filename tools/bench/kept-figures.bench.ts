/**
 * The ranking's figures kept at write time (apps/api/src/modules/campaigns/kept-figures.ts): what they add to a
 * write and what they save a ranking. On the demo campaign with one more level of BENCH_SIZE units (10.600 by
 * default: a country's communes), 11 periods of reports each, 3 indicators:
 * - one submitReport over HTTP, and the refresh of its unit alone (the part the kept figures add), median of RUNS;
 * - an import of 10.002 rows (3.334 units) over HTTP, and the refresh of those units alone;
 * - the campaign-wide refresh (a change of schedule or indicators, the migration's fill);
 * - the ranking's read of the level (loadRankingData, uncached) from the kept rows and as before, from the reports
 *   (the same statement when the campaign's basis does not match: it then sums the reports).
 *
 * Run: npm run bench:kept-figures            (embedded PGlite, in memory)
 *      DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_kept npm run bench:kept-figures   (a real server: the
 *      database's public schema is dropped and rebuilt, so give it a database of its own, never `test`)
 *      BENCH_SIZE=2000 BENCH_RUNS=21 for a smaller, quicker run.
 */
import './production-env';
import 'reflect-metadata';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  DEMO_PASSWORD,
  loadDemo,
  loadRankingData,
  refreshCampaignFigures,
  refreshUnitFigures,
  type RankingData,
} from '@thidua/api';
import { fillLevel, openBenchDatabase } from './bench-database';
import { medians, timedMedians } from './medians';
import { startBenchServer } from './bench-server';

const SIZE = Number(process.env.BENCH_SIZE ?? 10_600);
const RUNS = Math.max(Number(process.env.BENCH_RUNS ?? 21), 20);
const IMPORT_UNITS = 3334;
const CODES = ['ONLINE_RESOLUTION', 'DIGITIZATION', 'ONLINE_PAYMENT'];

async function main(): Promise<void> {
  const database = await openBenchDatabase();
  const { dataSource, embedded } = database;
  await database.reset();
  await loadDemo(dataSource);
  const { server, url: base } = await startBenchServer(dataSource);
  const gql = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const response = await fetch(base, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, Record<string, unknown>>; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data as Record<string, Record<string, unknown>>;
  };
  const login = await gql(
    `mutation($p: String!) { login(input: {email: "admin@camau.demo", password: $p}) { token } }`,
    { p: DEMO_PASSWORD },
  );
  const token = login.login.token as string;
  const campaignId = (await dataSource.query('SELECT id FROM campaigns LIMIT 1'))[0].id as string;
  const levelKey = `bench${SIZE}`;
  const filled = performance.now();
  await fillLevel(dataSource, campaignId, levelKey, SIZE);
  console.log(
    `ThiĐua kept figures benchmark — ${embedded ? 'embedded PGlite (in memory)' : 'PostgreSQL server'}; ` +
      `${os.cpus().length} cores, ${os.cpus()[0]?.model}; Node ${process.version}; load ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' / ')}; ` +
      `${SIZE} units × 11 periods filled in ${fmt(performance.now() - filled)} ms; medians of ${RUNS}`,
  );
  await dataSource.query('ANALYZE');
  const units: { id: string; code: string }[] = await dataSource.query(
    `SELECT u.id, u.code FROM units u JOIN levels l ON l.id = u.level_id WHERE l.key = $1 ORDER BY u.code`,
    [levelKey],
  );

  // The campaign-wide refresh: from no kept row (the migration's fill), then again with nothing to change.
  await dataSource.query('DELETE FROM unit_period_figures WHERE campaign_id = $1', [campaignId]);
  let started = performance.now();
  const fill = await dataSource.transaction((manager) => refreshCampaignFigures(manager, campaignId));
  const fillMs = performance.now() - started;
  started = performance.now();
  await dataSource.transaction((manager) => refreshCampaignFigures(manager, campaignId));
  const againMs = performance.now() - started;
  console.log(
    `campaign-wide refresh: ${fill.written} rows written in ${fmt(fillMs)} ms; ` +
      `again, nothing to change: ${fmt(againMs)} ms`,
  );

  // One submitReport (a revision of period 11: its unit's row of period 11 changes), and its unit's refresh alone, as
  // writeSubmissions calls it (from the period written on).
  let revision = 0;
  const submit = async () => {
    revision++;
    const unit = units[revision % units.length];
    const values = CODES.map((indicatorCode) => ({ indicatorCode, numerator: revision % 90, denominator: 100 }));
    const answer = await gql(
      `mutation($input: SubmitReportInput!) { submitReport(input: $input) { outcome userErrors { code message } } }`,
      { input: { campaignId, unitId: unit.id, period: 11, values } },
      token,
    );
    if ((answer.submitReport.userErrors as unknown[]).length) throw new Error(JSON.stringify(answer.submitReport));
  };
  const refreshOne = () =>
    dataSource.transaction((manager) =>
      refreshUnitFigures(manager, campaignId, [units[Math.floor(Math.random() * units.length)].id], 11),
    );
  const [submitMs, refreshOneMs] = await medians([submit, refreshOne], RUNS);
  console.log(
    `submitReport over HTTP: ${fmt(submitMs)} ms; ` +
      `of which its unit's refresh (lock + recompute): ${fmt(refreshOneMs)} ms` +
      ` (${pct(refreshOneMs / submitMs)})`,
  );

  // An import of 10.002 rows (a revision of period 10 for 3.334 units), and those units' refresh alone (10 and 11).
  const imported = units.slice(0, IMPORT_UNITS);
  let round = 0;
  const importFile = async () => {
    round++;
    const csv = [
      'unitCode,indicatorCode,numerator,denominator',
      ...imported.flatMap((unit) => CODES.map((code) => `${unit.code},${code},${round % 90},100`)),
    ].join('\n');
    const answer = await gql(
      `mutation($input: ImportReportsInput!) { importReports(input: $input) { revised created userErrors { code } } }`,
      { input: { campaignId, period: 10, csv } },
      token,
    );
    if ((answer.importReports.userErrors as unknown[]).length) throw new Error(JSON.stringify(answer.importReports));
  };
  const refreshImported = () =>
    dataSource.transaction((manager) =>
      refreshUnitFigures(
        manager,
        campaignId,
        imported.map((unit) => unit.id),
        10,
      ),
    );
  const [importMs, refreshImportMs] = await medians([importFile, refreshImported], 5);
  console.log(
    `import of ${IMPORT_UNITS * 3} rows over HTTP: ${fmt(importMs)} ms; of which the ${IMPORT_UNITS} units' refresh: ` +
      `${fmt(refreshImportMs)} ms (${pct(refreshImportMs / importMs)}) — median of 5`,
  );

  // The ranking's read of the level: from the kept rows, and from the reports (the basis made not to match).
  const query = { campaignId, levelKey, asOfPeriod: 11 };
  const now = new Date('2024-01-01T00:00:00Z');
  const [basis] = await dataSource.query('SELECT indicator_ids FROM kept_figure_bases WHERE campaign_id = $1', [
    campaignId,
  ]);
  const fromKept = async () => {
    await dataSource.query('UPDATE kept_figure_bases SET indicator_ids = $2 WHERE campaign_id = $1', [
      campaignId,
      basis.indicator_ids,
    ]);
    started = performance.now();
    const data = await loadRankingData(dataSource, query, now);
    if (cohortSizeOf(data) !== SIZE) throw new Error(`${cohortSizeOf(data)} units read`);
    return performance.now() - started;
  };
  const fromReports = async () => {
    await dataSource.query(`UPDATE kept_figure_bases SET indicator_ids = '{}' WHERE campaign_id = $1`, [campaignId]);
    started = performance.now();
    const data = await loadRankingData(dataSource, query, now);
    if (cohortSizeOf(data) !== SIZE) throw new Error(`${cohortSizeOf(data)} units read`);
    return performance.now() - started;
  };
  const [keptMs, reportsMs] = await timedMedians([fromKept, fromReports], 9);
  await fromKept(); // the basis as it was
  console.log(
    `ranking's read of ${SIZE} units (loadRankingData, uncached): from the kept rows ${fmt(keptMs)} ms; ` +
      `from the reports ${fmt(reportsMs)} ms (${(reportsMs / keptMs).toFixed(1)}× as long) — median of 9`,
  );

  await server.stop();
  await database.close();
}

const fmt = (ms: number) => ms.toFixed(1);
const pct = (share: number) => `${(share * 100).toFixed(0)} %`;

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);

/** How many units the ranking read, in all its levels. */
const cohortSizeOf = (data: RankingData) =>
  [...data.cohorts.values()].reduce((count, units) => count + units.length, 0);
