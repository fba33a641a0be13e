/**
 * API throughput under load: requests per second of the `ranking` query (one level of `BENCH_UNITS` units, every
 * figure of every row) against a trivial GraphQL query (`{ levels { key } }`), each driven by autocannon with the
 * same connections for the same time, against the same server and database. Aim: ranking ≥ 50 % of trivial.
 * The ranking is measured twice: as the server runs by default (answers kept RANKING_CACHE_SECONDS = 2 s, see
 * RankingResponseCache: many readers share one computation) and with that turned off (every request reads and
 * ranks again).
 * "As served" repeats one identical query: within the 2-second answer cache nearly every request is a hit, so it
 * measures the cache, not the ranking. For requests that differ (users, levels, periods, target sets, paging, a
 * stated share repeated) with and without the cache, and the cold case, see ranking-mixed-load.bench.ts
 * (npm run bench:mixed).
 * An issue asks the uncached ranking ≥ 40 % of trivial. Whether that is reachable at all is what the floor tells: the
 * least work that gives the same answer, loaded the same way (same autocannon, connections, time, request body). It
 * is a bare node:http server in this process on a port of its own — no Express, no Apollo/GraphQL, no session lookup
 * (the token sent is ignored), no answer cache — that for every POST (its body read and ignored) reads the cohort's
 * kept sums in one statement and ranks them with @thidua/domain's rankAggregatedCohort, as ranking-api.bench.ts's
 * "limit" does (ranking-limit.ts: table bench_kept_sums, filled untimed from FLOOR_SQL's figures, read by LIMIT_SQL),
 * then writes the rows the ranking load asks for (ROWS: same fields, same order, the units' codes and names read once
 * at start) with the API's own writer, jsonBytes. Its answer is checked against the API's uncached one first (ranks,
 * scores, movements, unit codes; size within ±10 %). If the floor's throughput is itself below 40 % of trivial, the
 * aim cannot be met by any ranking that reads and ranks per request; "uncached ranking ÷ floor" is how near the API is.
 *
 * Run: npm run bench:throughput                                  (embedded PGlite, in memory)
 *      DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_ranking npm run bench:throughput   (its public schema is
 * dropped)
 * Options: BENCH_UNITS (130), BENCH_SECONDS (10), BENCH_CONNECTIONS (10); BENCH_PROFILE=file.cpuprofile writes a CPU
 * profile of the server's process (this one) during the uncached load (open it in Chrome's DevTools) and prints where
 * its time went, by function's own time.
 */
import './production-env';
import 'reflect-metadata';
import os from 'node:os';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type autocannon from 'autocannon';
import type { Ranking } from '@thidua/domain';
import { DEMO_PASSWORD, jsonBytes } from '@thidua/api';
import { readConfig } from '@thidua/api';
import { demoWithLevel, openBenchDatabase } from './bench-database';
import { profiled } from './cpu-profile';
import { startBenchServer } from './bench-server';
import {
  AS_OF,
  FLOOR_SQL,
  floorParameters,
  KEPT_SUMS_TABLE,
  keepSums,
  LIMIT_SQL,
  rankFromKeptSums,
  rankingSettings,
  type FloorRow,
  type LimitRow,
} from './ranking-limit';

const run = promisify(execFile);
const UNITS = Number(process.env.BENCH_UNITS ?? 130);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const ROWS = `rows { rank score movement unit { code name }
  indicators { numerator denominator rate target met achievement shortfall projectedRate onTrack }
  reports { due onTime late missing } }`;

async function main(): Promise<void> {
  const database = await openBenchDatabase();
  const { dataSource, embedded } = database;
  const campaignId = await demoWithLevel(database, 'bench', UNITS);
  const servers = await Promise.all(
    [readConfig({}, '/').rankingCacheSeconds, 0].map(async (rankingCacheSeconds) => {
      const { server, url } = await startBenchServer(dataSource, { rankingCacheSeconds });
      return { server, url };
    }),
  );
  const [{ url }, { url: uncachedUrl }] = servers;
  const login = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation { login(input: {email: "xem@camau.demo", password: "${DEMO_PASSWORD}"}) { token } }`,
    }),
  });
  const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
  // The floor's server, its data read untimed: the ranking's settings, the level's units, the kept sums.
  const now = new Date();
  const levelId = (await dataSource.query(`SELECT id FROM levels WHERE key = 'bench'`))[0].id as string;
  const settings = await rankingSettings(dataSource, campaignId, now);
  await dataSource.query(KEPT_SUMS_TABLE);
  const figures = (await dataSource.query(
    FLOOR_SQL,
    floorParameters(campaignId, levelId, settings.input.periods, now),
  )) as FloorRow[];
  await keepSums(dataSource, campaignId, levelId, settings.indicatorIds, figures[0]);
  const unitRows = (await dataSource.query('SELECT id, code, name FROM units WHERE level_id = $1', [levelId])) as {
    id: string;
    code: string;
    name: string;
  }[];
  const units = new Map(unitRows.map(({ id, code, name }) => [id, { code, name }]));
  const floor = await startFloorServer(async () => {
    const [row] = (await dataSource.query(LIMIT_SQL, [campaignId, levelId, AS_OF])) as LimitRow[];
    return jsonBytes(rankingAnswer(rankFromKeptSums(settings, levelId, row), units), '\n');
  });
  // autocannon runs in a process of its own, as a load generator should: in the server's process it would read
  // the answers on the server's event loop (≈ 60 MB/s of ranking JSON), which weighs on large answers only.
  const load = async (query: string, variables: Record<string, unknown> = {}, to = url): Promise<autocannon.Result> => {
    const args = [
      require.resolve('autocannon/autocannon.js'),
      '-j',
      '-c',
      String(CONNECTIONS),
      '-d',
      String(SECONDS),
      '-m',
      'POST',
    ];
    args.push(
      '-H',
      'content-type=application/json',
      '-H',
      `authorization=Bearer ${token}`,
      '-b',
      JSON.stringify({ query, variables }),
      to,
    );
    const { stdout } = await run(process.execPath, args);
    const result = JSON.parse(stdout) as autocannon.Result;
    if (result.non2xx || result.errors)
      throw new Error(`${result.non2xx} non-2xx answers and ${result.errors} errors under load`);
    return result;
  };
  const trivial = `{ levels { key } }`;
  const ranking = `query($c: ID!) {
    ranking(campaignId: $c, levelKey: "bench", asOfPeriod: ${AS_OF}) { cohortSize ${ROWS} } }`;
  const floorCheck = checkSameAnswer(
    await answerOf(floor.url, token, ranking, { c: campaignId }),
    await answerOf(uncachedUrl, token, ranking, { c: campaignId }),
  );
  await load(trivial); // warm-up: JIT, pools, caches alike for both
  const trivialResult = await load(trivial);
  const rankingResult = await load(ranking, { c: campaignId });
  const uncachedLoad = () => load(ranking, { c: campaignId }, uncachedUrl);
  const uncachedResult = process.env.BENCH_PROFILE
    ? await profiled(process.env.BENCH_PROFILE, uncachedLoad)
    : await uncachedLoad();
  const floorResult = await load(ranking, { c: campaignId }, floor.url);
  await floor.close();
  for (const { server } of servers) await server.stop();
  await database.close();

  const perSecond = (value: number) => Math.round(value).toLocaleString('vi-VN');
  const ms = (value: number) => value.toFixed(1).replace('.', ',');
  const percent = (part: autocannon.Result, whole: autocannon.Result) =>
    `${((part.requests.average / whole.requests.average) * 100).toFixed(0)} %`;
  const cacheSeconds = readConfig({}, '/').rankingCacheSeconds;
  console.log(
    `ThiĐua API throughput — ${embedded ? 'embedded PGlite (in memory)' : 'PostgreSQL server'}; ` +
      `${os.cpus().length} cores, ${os.cpus()[0]?.model}; Node ${process.version}, ` +
      `NODE_ENV=${process.env.NODE_ENV}; autocannon ${CONNECTIONS} connections × ${SECONDS} s each, after a warm-up`,
  );
  console.log('| query | requests/s (mean) | latency p50 (ms) | latency p99 (ms) | bytes/s |');
  console.log('|---|---:|---:|---:|---:|');
  const rows = [
    ['trivial `{ levels { key } }`', trivialResult],
    [
      `ranking, ${UNITS} units, every figure (answers kept ${cacheSeconds} s, as served; one query repeated: ` +
        'cache hits)',
      rankingResult,
    ],
    [`ranking, ${UNITS} units, every figure, RANKING_CACHE_SECONDS=0 (read and ranked every time)`, uncachedResult],
    ['floor: kept sums read, ranked and written by a bare node:http server — no GraphQL, no auth', floorResult],
  ] as const;
  for (const [name, result] of rows) {
    const cells = [result.requests.average, result.latency.p50, result.latency.p99, result.throughput.average];
    console.log(`| ${name} | ${perSecond(cells[0])} | ${ms(cells[1])} | ${ms(cells[2])} | ${perSecond(cells[3])} |`);
  }
  console.log(
    `ranking ÷ trivial: ${percent(rankingResult, trivialResult)} (aim ≥ 50 %); ` +
      `uncached: ${percent(uncachedResult, trivialResult)} (aim ≥ 40 %)`,
  );
  console.log(`floor ÷ trivial: ${percent(floorResult, trivialResult)}`);
  console.log(`uncached ranking ÷ floor: ${percent(uncachedResult, floorResult)}`);
  console.log(floorCheck);
}

/** A unit's label as the ranking load asks it (`unit { code name }`). */
interface UnitLabel {
  code: string;
  name: string;
}

/**
 * The floor's server: a bare node:http server on 127.0.0.1, a port of its own — no Express, no Apollo/GraphQL, no
 * session lookup. Every POST's body is read and ignored, then `answer`'s bytes are sent as application/json.
 */
async function startFloorServer(answer: () => Promise<Buffer>): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((request, response) => {
    if (request.method !== 'POST') {
      response.writeHead(405).end();
      return;
    }
    request.resume();
    request.once('end', () => {
      answer().then(
        (bytes) =>
          response.writeHead(200, { 'content-type': 'application/json', 'content-length': bytes.length }).end(bytes),
        (error: unknown) => {
          console.error(error);
          response.writeHead(500).end();
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/**
 * The GraphQL answer the ranking load gets, built from @thidua/domain's ranking: the fields of ROWS in their order,
 * as the API maps the domain's rows (RankingRow, IndicatorResult, ReportTally in apps/api/src/modules/rankings).
 */
function rankingAnswer({ cohortSize, rows }: Ranking, units: ReadonlyMap<string, UnitLabel>) {
  return {
    data: {
      ranking: {
        cohortSize,
        rows: rows.map((row) => ({
          rank: row.rank,
          score: row.score,
          movement: row.movement,
          unit: units.get(row.unitId),
          indicators: row.indicators.map((figure) => ({
            numerator: figure.numerator,
            denominator: figure.denominator,
            rate: figure.rate,
            target: figure.target,
            met: figure.met,
            achievement: figure.achievement,
            shortfall: figure.shortfall,
            projectedRate: figure.projectedRate,
            onTrack: figure.onTrack,
          })),
          reports: {
            due: row.reports.due,
            onTime: row.reports.onTime,
            late: row.reports.late,
            missing: row.reports.missing,
          },
        })),
      },
    },
  };
}

/** An answer's bytes to the ranking query (refused unless 200). */
async function answerOf(url: string, token: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${bytes.toString()}`);
  return bytes;
}

interface RankingAnswer {
  extensions?: unknown;
  data: {
    ranking: {
      cohortSize: number;
      rows: { rank: number | null; score: number | null; movement: number | null; unit: UnitLabel }[];
    };
  };
}

/**
 * Refuses a floor whose answer is not the API's: the same cohort size and rows (ranks, scores, movements, unit codes,
 * in order) and a size within ±10 % of the API's. Returns what was checked, to print.
 */
function checkSameAnswer(floorBytes: Buffer, apiBytes: Buffer): string {
  const [floorAnswer, apiAnswer] = [floorBytes, apiBytes].map((bytes) => JSON.parse(bytes.toString()) as RankingAnswer);
  const [floor, api] = [floorAnswer.data, apiAnswer.data];
  if (!api?.ranking) throw new Error(`the API's answer holds no ranking: ${apiBytes.toString().slice(0, 500)}`);
  const [mine, theirs] = [floor.ranking, api.ranking];
  if (mine.cohortSize !== theirs.cohortSize || mine.rows.length !== theirs.rows.length)
    throw new Error("the floor's cohort is not the API's");
  for (let i = 0; i < theirs.rows.length; i++) {
    const [row, apiRow] = [mine.rows[i], theirs.rows[i]];
    const sameScore = row.score === apiRow.score || Math.abs((row.score ?? NaN) - (apiRow.score ?? NaN)) < 1e-9;
    if (
      row.unit?.code !== apiRow.unit.code ||
      row.rank !== apiRow.rank ||
      !sameScore ||
      row.movement !== apiRow.movement
    )
      throw new Error(`the floor's row ${i + 1} differs from the API's: ${JSON.stringify([row, apiRow])}`);
  }
  const size = floorBytes.length / apiBytes.length;
  if (Math.abs(size - 1) > 0.1)
    throw new Error(`the floor's answer is ${floorBytes.length} bytes, the API's ${apiBytes.length}`);
  const extensions = apiAnswer.extensions ? `, which adds "extensions":${JSON.stringify(apiAnswer.extensions)}` : '';
  const same =
    JSON.stringify(floor) === JSON.stringify(api)
      ? 'in every figure of every row'
      : 'in ranks, scores, movements and unit codes';
  return (
    `Floor checked equal to the API's uncached answer ${same} (${theirs.rows.length} rows; ` +
    `${floorBytes.length.toLocaleString('vi-VN')} bytes against ${apiBytes.length.toLocaleString('vi-VN')}` +
    `${extensions}).`
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
