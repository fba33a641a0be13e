import { DataSource, QueryFailedError } from 'typeorm';
import { queryPrepared } from './prepared-query';

/** One connection each by default: what each pool's connection holds is then what the data source holds. */
const connect = async (max = 1) => {
  const extra = { max, connectionTimeoutMillis: 5_000 };
  return new DataSource({ type: 'postgres', url: process.env.THIDUA_TEST_DB_URL, extra }).initialize();
};
const embedded = Boolean(process.env.THIDUA_TEST_DB_EMBEDDED);
const named = (dataSource: DataSource) =>
  dataSource.query(`SELECT name, statement FROM pg_prepared_statements WHERE name LIKE 'prepared_spec%'`);

describe('queryPrepared: a statement parsed once per connection', () => {
  let first: DataSource;
  let second: DataSource;
  beforeAll(async () => {
    [first, second] = await Promise.all([connect(), connect()]);
  });
  afterAll(() => Promise.all([first?.destroy(), second?.destroy()]));

  it('answers as an unnamed query does, for generated values, again and again on the same connections', async () => {
    const text = `SELECT $1::int + $2::int AS sum, $3::text AS word`;
    for (let i = 0; i < 40; i++) {
      const values = [i * 7919 - 50_000, (i * 104_729) % 2_000_000_000, `từ ${i}`];
      const [dataSource, other] = i % 2 ? [first, second] : [second, first];
      const statement = { name: 'prepared_spec_sum', text, values };
      const answer = await queryPrepared(dataSource, dataSource.manager, statement);
      expect(answer).toEqual(await other.query(text, values));
    }
    // On a server, each connection keeps it (under its name, for its own session); PGlite's one session keeps none.
    for (const dataSource of [first, second])
      expect(await named(dataSource)).toEqual(embedded ? [] : [{ name: 'prepared_spec_sum', statement: text }]);
  });

  it('answers more callers at once than the pool has connections, each in a transaction, on a new data source', async () => {
    // Its first statement asks what the database is: on the connection held, as every other one is held too.
    const fresh = await connect(embedded ? 1 : 2);
    try {
      const text = `SELECT $1::int * 2 AS twice`;
      const answers = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          fresh.transaction((manager) =>
            queryPrepared(fresh, manager, { name: 'prepared_spec_twice', text, values: [i] }),
          ),
        ),
      );
      expect(answers).toEqual(Array.from({ length: 8 }, (_, i) => [{ twice: i * 2 }]));
    } finally {
      await fresh.destroy();
    }
  });

  it("runs on the connection of the caller's transaction", async () => {
    const inside = await first.transaction(async (manager) => {
      await manager.query(`SET LOCAL application_name = 'prepared-spec'`);
      const statement = {
        name: 'prepared_spec_name',
        text: `SELECT current_setting($1) AS name`,
        values: ['application_name'],
      };
      return queryPrepared<{ name: string }>(first, manager, statement);
    });
    expect(inside).toEqual([{ name: 'prepared-spec' }]);
  });

  it("fails as TypeORM's queries fail, and the connection goes on", async () => {
    const statement = { name: 'prepared_spec_fails', text: `SELECT 1 / $1::int AS q`, values: [0] };
    const failure = await queryPrepared(first, first.manager, statement).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(QueryFailedError);
    expect((failure as QueryFailedError & { code: string }).code).toBe('22012');
    expect(await queryPrepared(first, first.manager, { ...statement, values: [4] })).toEqual([{ q: 0 }]);
  });
});
