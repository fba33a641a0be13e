/**
 * The embedded database's transport: the Unix socket it listens on (owner-only, no TCP port) against the loopback TCP
 * port it used before, on one in-memory PGlite, through `pg` as the app talks to it. Rounds alternate between the two
 * so that a busy machine slows both alike; each figure is the median round.
 *
 * Run: SWC_NODE_PROJECT=apps/api/tsconfig.json NODE_OPTIONS=--experimental-vm-modules \
 *        node -r @swc-node/register tools/bench/embedded-socket.bench.ts   (BENCH_ROUNDS, default 7; BENCH_QUERIES
 *        per round, default 1000)
 */
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { prepareSocketLocation, removeSocketLocation, restrictSocket } from '@thidua/api';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 1000);

const WORKLOADS: Record<string, string> = {
  'SELECT 1': 'SELECT 1',
  '100 rows, 3 columns': `SELECT g, 'Đơn vị ' || g AS name, g * 1.5 AS rate FROM generate_series(1, 100) g WHERE g > $1`,
};

async function timeRound(url: string, sql: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const started = performance.now();
    for (let i = 0; i < QUERIES; i++) await client.query(sql, sql.includes('$1') ? [0] : []);
    return (performance.now() - started) / QUERIES;
  } finally {
    await client.end();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main(): Promise<void> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const db = await PGlite.create('memory://');
  // One database, served both ways: on the Unix socket as the app now does, and on a loopback port as it did before.
  const socket = prepareSocketLocation(null);
  const onSocket = new PGLiteSocketServer({ db, path: socket.path, maxConnections: 4 });
  await onSocket.start();
  restrictSocket(socket);
  const onTcp = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 4 });
  await onTcp.start();
  const urls = { 'Unix socket': socket.url, 'TCP 127.0.0.1': `postgres://postgres@${onTcp.getServerConn()}/postgres` };
  const lines = [
    `Embedded database transport — PGlite in memory, ${QUERIES} queries per round, median of ${ROUNDS} rounds`,
    '| workload | transport | ms per query |',
    '|---|---|---:|',
  ];
  for (const [workload, sql] of Object.entries(WORKLOADS)) {
    await timeRound(urls['Unix socket'], sql);
    await timeRound(urls['TCP 127.0.0.1'], sql);
    const times: Record<string, number[]> = { 'Unix socket': [], 'TCP 127.0.0.1': [] };
    for (let round = 0; round < ROUNDS; round++) {
      for (const [transport, url] of round % 2 ? Object.entries(urls).reverse() : Object.entries(urls)) {
        times[transport].push(await timeRound(url, sql));
      }
    }
    for (const transport of Object.keys(urls)) {
      lines.push(`| ${workload} | ${transport} | ${median(times[transport]).toFixed(3).replace('.', ',')} |`);
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  await onSocket.stop();
  await onTcp.stop();
  await db.close();
  removeSocketLocation(socket);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
