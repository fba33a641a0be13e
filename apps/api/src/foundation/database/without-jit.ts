import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs `run` with PostgreSQL's JIT compilation off for its statements alone: in a transaction of its own that says
 * `SET LOCAL jit = off` first, so the setting ends with it and no other statement of the pool's connection sees it.
 *
 * For a statement whose estimated cost lies near `jit_above_cost` (100.000 by default): a ranking's figures summed from
 * the reports for a country's 10.600 communes are estimated at ≈ 60.000, a cohort twice that size crosses the threshold
 * and would spend ≈ 400 ms compiling expressions that run a few milliseconds (tools/bench/RESULTS.md, "Ranking").
 *
 * Where JIT cannot happen — `pg_jit_available()` false: no JIT provider (PGlite, a server built without LLVM) or
 * `jit` turned off for the server — `run` is called as it is, with the data source's manager: no transaction, no
 * statement more. That is asked once per data source.
 */
export async function withoutJit<T>(dataSource: DataSource, run: (manager: EntityManager) => Promise<T>): Promise<T> {
  if (!(await jitAvailable(dataSource))) return run(dataSource.manager);
  return inTransactionWithoutJit(dataSource, run);
}

function inTransactionWithoutJit<T>(dataSource: DataSource, run: (manager: EntityManager) => Promise<T>): Promise<T> {
  return dataSource.transaction(async (manager) => {
    await manager.query('SET LOCAL jit = off');
    return run(manager);
  });
}

/**
 * Whether the database may JIT-compile a statement, asked once per data source (see jitThreshold).
 */
export async function jitAvailable(dataSource: DataSource): Promise<boolean> {
  return (await jitThreshold(dataSource)) !== null;
}

/**
 * The estimated cost from which the database JIT-compiles a statement (`jit_above_cost`), or null where it never does
 * (no JIT provider, `jit` off, a negative threshold). Asked once per data source; a failed question (the database
 * unreachable for a moment) answers null for that call only and is asked again next time.
 */
export function jitThreshold(dataSource: DataSource): Promise<number | null> {
  let known = thresholdByDataSource.get(dataSource);
  if (!known) {
    known = dataSource
      .query(`SELECT pg_jit_available() AS available, current_setting('jit_above_cost')::float8 AS "aboveCost"`)
      .then(([row]: { available: boolean; aboveCost: number }[]) =>
        row?.available === true && row.aboveCost >= 0 ? row.aboveCost : null,
      )
      .catch(() => {
        thresholdByDataSource.delete(dataSource);
        return null;
      });
    thresholdByDataSource.set(dataSource, known);
  }
  return known;
}

const thresholdByDataSource = new WeakMap<DataSource, Promise<number | null>>();

/**
 * Runs `run` with JIT off inside the caller's transaction (`manager` is in one), then sets it back as it was: for
 * statements of a write whose estimated cost passes `jit_above_cost` although they run in milliseconds (the kept
 * ranking figures' refresh). `set_config(…, true)` lasts until the transaction ends, whatever happens in `run`.
 */
export async function withJitOffIn<T>(manager: EntityManager, run: () => Promise<T>): Promise<T> {
  const [{ jit }]: { jit: string }[] = await manager.query(
    `SELECT current_setting('jit') AS jit, set_config('jit', 'off', true)`,
  );
  const result = await run();
  await manager.query(`SELECT set_config('jit', $1, true)`, [jit]);
  return result;
}
