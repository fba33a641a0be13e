import fc from 'fast-check';
import pg from 'pg';
import pino from 'pino';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';
import { TableUpkeep } from './table-upkeep';

/**
 * The embedded database's stand-in for autovacuum, on a real PGlite (in memory), which runs none: tables are due
 * by autovacuum's own rule, read from PGlite's own counters, and are no longer due once kept up. These suites make
 * their own embedded database: on the pass over a PostgreSQL server (TEST_DATABASE_URL), whose autovacuum would race
 * them, they would only repeat the embedded pass.
 */
const suite = process.env.THIDUA_TEST_DB_EMBEDDED ? describe : describe.skip;

let database: EmbeddedPostgres;
let client: pg.Client;
const silent = pino({ level: 'silent' });
const query = async (sql: string, values: unknown[] = []) => (await client.query(sql, values)).rows;
const upkeep = () => new TableUpkeep({ query }, silent);
let tables = 0;

beforeAll(async () => {
  database = await startEmbeddedPostgres({ maxConnections: 2 });
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
}, 60_000);

afterAll(async () => {
  await client?.end();
  await database?.stop();
});

/** A new table of `rows` rows, vacuumed and analyzed (at rest), with `options` as its storage parameters. */
async function tableAtRest(rows: number, options = ''): Promise<string> {
  const name = `kept_${tables++}`;
  await query(`CREATE TABLE ${name} (id int PRIMARY KEY, note text) ${options ? `WITH (${options})` : ''}`);
  await query(`INSERT INTO ${name} SELECT g, 'row ' || g FROM generate_series(1, $1::int) g`, [rows]);
  await flushCounters(); // else the inserts would be counted after the vacuum, as inserted since
  await query(`VACUUM (ANALYZE) ${name}`);
  return name;
}

/** The statistics counted by the statements before, made visible (else each session flushes them now and then). */
async function flushCounters(): Promise<void> {
  await query('SELECT pg_stat_force_next_flush()');
  await query('SELECT 1');
}

/** What the upkeep finds due of `name`, after the counters of the statements before are flushed. */
async function dueOf(name: string) {
  await flushCounters();
  return (await upkeep().dueTables()).find((table) => table.name === `public.${name}`) ?? null;
}

/** The share of its rows a table's threshold adds to 50 rows, by default: to vacuum (dead rows), to analyze. */
const THRESHOLD_SHARES = fc.constantFrom(0.2, 0.1);

suite('the embedded database kept up as autovacuum would', () => {
  it('vacuums and analyzes a table past the thresholds, then finds it due no more (a round on at most)', async () => {
    await fc.assert(
      // Rows deleted at either threshold, or just short of it or just past it.
      fc.asyncProperty(
        fc.integer({ min: 0, max: 3_000 }),
        THRESHOLD_SHARES,
        fc.integer({ min: -2, max: 2 }),
        async (rows, share, off) => {
          const name = await tableAtRest(rows);
          const deleted = Math.max(0, Math.min(rows, Math.floor(50 + share * rows) + off));
          await query(`DELETE FROM ${name} WHERE id <= $1`, [deleted]);
          const due = await dueOf(name);
          // PostgreSQL's defaults: vacuum past 50 + 20 % of the rows dead, analyze past 50 + 10 % changed.
          expect(due?.vacuum ?? false).toBe(deleted > 50 + 0.2 * rows);
          expect(due?.analyze ?? false).toBe(deleted > 50 + 0.1 * rows);
          const kept = await upkeep().upkeepDue();
          expect(kept.filter((table) => table.name === `public.${name}`)).toEqual(due ? [due] : []);
          // Analyzed, a table can count fewer rows, so that its dead ones pass a lower threshold: the next round's.
          if (await dueOf(name)) await upkeep().upkeepDue();
          expect(await dueOf(name)).toBeNull();
          const [{ reltuples, dead }] = await query(
            `SELECT c.reltuples, s.n_dead_tup AS dead FROM pg_class c JOIN pg_stat_user_tables s ON s.relid = c.oid
           WHERE c.relname = $1`,
            [name],
          );
          if (due?.analyze) expect(reltuples).toBe(rows - deleted);
          if (due?.vacuum) expect(Number(dead)).toBe(0);
          await query(`DROP TABLE ${name}`);
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);

  it('analyzes a table filled since it was made, and counts its rows', async () => {
    const name = `filled_${tables++}`;
    await query(`CREATE TABLE ${name} (id int PRIMARY KEY)`);
    await query(`INSERT INTO ${name} SELECT generate_series(1, 2500)`);
    expect(await dueOf(name)).toEqual({ name: `public.${name}`, vacuum: true, analyze: true });
    await upkeep().upkeepDue();
    expect((await query(`SELECT reltuples FROM pg_class WHERE relname = $1`, [name]))[0].reltuples).toBe(2500);
    expect(await dueOf(name)).toBeNull();
  });

  it("keeps a table's own thresholds, and leaves alone a table whose autovacuum is turned off", async () => {
    const strict = await tableAtRest(10_000, 'autovacuum_vacuum_scale_factor = 0.02');
    const off = await tableAtRest(1_000, 'autovacuum_enabled = false');
    await query(`DELETE FROM ${strict} WHERE id <= 250`); // 50 + 2 % of 10.000 = 250: not past it
    await query(`DELETE FROM ${off} WHERE id <= 900`);
    expect((await dueOf(strict))?.vacuum ?? false).toBe(false);
    expect(await dueOf(off)).toBeNull();
    await query(`DELETE FROM ${strict} WHERE id = 251`);
    expect((await dueOf(strict))?.vacuum).toBe(true);
  });

  it('looks when first due, waits for the round in progress when stopped, and logs a failed round', async () => {
    const name = `started_${tables++}`;
    await query(`CREATE TABLE ${name} (id int)`);
    await query(`INSERT INTO ${name} SELECT generate_series(1, 1200)`);
    await flushCounters();
    // Each statement 50 ms late: stopped 20 ms after the first look began, the round is still asking.
    const late = async (sql: string) => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      return query(sql);
    };
    const started = new TableUpkeep({ query: late }, silent);
    started.start(3_600_000, 0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await started.stop();
    expect((await query(`SELECT reltuples FROM pg_class WHERE relname = $1`, [name]))[0].reltuples).toBe(1200);

    const lines: string[] = [];
    const log = pino({ level: 'debug' }, { write: (line: string) => void lines.push(line) });
    const failing = new TableUpkeep({ query: () => Promise.reject(new Error('gone')) }, log);
    failing.start(3_600_000, 0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await expect(failing.stop()).resolves.toBeUndefined();
    const logged = lines.map((line) => JSON.parse(line) as { level: number; msg: string; err?: { message: string } });
    expect(logged.map(({ level, msg, err }) => [level, msg, err?.message])).toEqual([
      [40, 'the tables could not be vacuumed and analyzed', 'gone'],
    ]);
  });
});
