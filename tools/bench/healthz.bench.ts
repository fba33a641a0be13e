/**
 * /healthz latency while the heaviest allowed requests run: `npm run bench:healthz` (embedded PGlite, in memory) or
 * `DATABASE_URL=postgres://…/bench_healthz npm run bench:healthz` (its public schema is dropped: never a database
 * you keep). BENCH_UNITS=10600 adds a level of that many units and ranks it too (a country's communes); BENCH_RUNS
 * sets how many times each request runs. Prints figures, asserts nothing.
 */
import './production-env';
import 'reflect-metadata';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { DEMO_PASSWORD, loadDemo } from '@thidua/api';
import { fillLevel, openBenchDatabase } from './bench-database';
import { startBenchServer } from './bench-server';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const UNITS = Number(process.env.BENCH_UNITS ?? 0);

const WEEKLY = `weeklyReport(campaignId: $c) { summary { unitCount indicators { rate } }
  levels { rows { rank score unit { code name } indicators { indicator { code } rate } reports { late } } }
  lateUnits { unit { code } } missingUnits { unit { code } } zeroRateUnits { unit { code } } }`;
const LIST = Array.from({ length: 40 }, (_, i) => i);
/** 8.166 estimated steps per unit: four such rules on the demo's 130 units are 4,2 of the 5 million of a run. */
const HEAVY_CONDITION = {
  and: [{ var: 'allTargetsMet' }, { some: [LIST, { some: [LIST, { '==': [{ var: '' }, 7] }] }] }],
};

interface Scenario {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  as: 'admin' | 'board';
}

async function main(): Promise<void> {
  const database = await openBenchDatabase();
  const { dataSource, embedded } = database;
  await database.reset();
  await loadDemo(dataSource, 'full');
  const campaignId = (await dataSource.query('SELECT id FROM campaigns LIMIT 1'))[0].id as string;
  if (UNITS > 0) {
    await fillLevel(dataSource, campaignId, `bench${UNITS}`, UNITS);
    await dataSource.query('ANALYZE');
  }
  const { server, base } = await startBenchServer(dataSource);
  const gql = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, { token?: string }>; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
    return body.data ?? {};
  };
  const login = async (email: string) =>
    (
      await gql(`mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { token } }`, {
        e: email,
        p: DEMO_PASSWORD,
      })
    ).login.token as string;
  const tokens = { admin: await login('admin@camau.demo'), board: await login('hoidong@camau.demo') };

  const rules = ['A', 'B', 'C', 'D'].map((code) => ({
    code,
    name: code,
    outcome: 'COMMENDATION',
    form: 'Biểu dương',
    priority: 1,
    condition: HEAVY_CONDITION,
  }));
  const scenarios: Scenario[] = [
    { name: 'idle (a trivial query)', query: '{ levels { key } }', variables: {}, as: 'admin' },
    {
      name: 'previewRules, 4 rules near the 5 million steps of a run',
      query: `query($c: ID!, $r: [RuleDraftInput!]) { previewRules(campaignId: $c, rules: $r) { ruleCode } }`,
      variables: { c: campaignId, r: rules },
      as: 'board',
    },
    {
      name: 'two weeklyReports (cost 42.816 of 50.000)',
      query: `query($c: ID!) { a: ${WEEKLY} b: ${WEEKLY} }`,
      variables: { c: campaignId },
      as: 'admin',
    },
    {
      name: 'reports(first: 500) with revisions',
      query: `query($c: ID!) { reports(campaignId: $c, first: 500) { edges { node { id unit { code }
        values { numerator } revisions { revision submittedBy { name } } } } } }`,
      variables: { c: campaignId },
      as: 'admin',
    },
  ];
  // The largest report file an import takes: 100.000 CSV rows (3 MB), each refused (unknown unit), so that the
  // answer is the longest one too (its first 500 problems).
  const rows = Array.from({ length: 99_999 }, (_, i) => `X${i},ONLINE_RESOLUTION,${i % 50},100`);
  scenarios.push({
    name: 'importReports of 100.000 CSV rows (refused)',
    query: `mutation($i: ImportReportsInput!) { importReports(input: $i) { created userErrors { code } } }`,
    variables: {
      i: { campaignId, period: 1, csv: ['unitCode,indicatorCode,numerator,denominator', ...rows].join('\n') },
    },
    as: 'admin',
  });
  if (UNITS > 0)
    scenarios.push({
      name: `ranking of ${UNITS.toLocaleString('vi-VN')} units`,
      query: `query($c: ID!, $l: String!) { ranking(campaignId: $c, levelKey: $l, asOfPeriod: 11) { cohortSize
        rows { rank score unit { code } indicators { rate } } } }`,
      variables: { c: campaignId, l: `bench${UNITS}` },
      as: 'admin',
    });

  console.log(
    `ThiĐua /healthz latency while one heavy request runs — ` +
      `${embedded ? 'embedded PGlite (in memory)' : 'PostgreSQL server'}; ` +
      `${os.cpus().length} cores, ${os.cpus()[0]?.model}; Node ${process.version}; load average ${os
        .loadavg()
        .map((load) => load.toFixed(1))
        .join(', ')}; ${RUNS} runs each after a warm-up`,
  );
  console.log('| request | request (ms, median) | polls | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const scenario of scenarios) {
    const run = () => gql(scenario.query, scenario.variables, tokens[scenario.as]);
    await run(); // warm-up: the first run compiles the query and the statements
    const latencies: number[] = [];
    const durations: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      const request = run().finally(() => durations.push(performance.now() - started));
      latencies.push(...(await pollWhile(base, request)));
    }
    latencies.sort((a, b) => a - b);
    durations.sort((a, b) => a - b);
    const at = (share: number) => fmt(latencies[Math.min(latencies.length - 1, Math.floor(share * latencies.length))]);
    console.log(
      `| ${scenario.name} | ${fmt(durations[Math.floor(durations.length / 2)])} | ${latencies.length} | ${at(0.5)} | ` +
        `${at(0.95)} | ${at(0.99)} | ${fmt(latencies[latencies.length - 1])} |`,
    );
  }
  await server.stop();
  await database.close();
}

/** /healthz polled one request after another (5 ms apart) until `request` settles; each answer's time. */
async function pollWhile(base: string, request: Promise<unknown>): Promise<number[]> {
  let done = false;
  const settled = request.then(
    () => (done = true),
    () => (done = true),
  );
  const latencies: number[] = [];
  while (!done) {
    const started = performance.now();
    await (await fetch(`${base}/healthz`)).json();
    latencies.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await settled;
  await request;
  return latencies;
}

function fmt(ms: number | undefined): string {
  return ms === undefined ? '–' : ms.toLocaleString('vi-VN', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
