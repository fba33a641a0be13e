import fc from 'fast-check';
import { DataSource, QueryFailedError } from 'typeorm';
import { preparedRoundTrip, queryPrepared, type PreparedStatement } from './prepared-query';

/** One connection each by default: what each pool's connection holds is then what the data source holds. */
const connect = async (max = 1) => {
  const extra = { max, connectionTimeoutMillis: 5_000 };
  return new DataSource({ type: 'postgres', url: process.env.THIDUA_TEST_DB_URL, extra }).initialize();
};
const embedded = Boolean(process.env.THIDUA_TEST_DB_EMBEDDED);
const named = (dataSource: DataSource) =>
  dataSource.query(`SELECT name FROM pg_prepared_statements WHERE name LIKE 'generic_spec%' ORDER BY name`);

/** Texts a caller may send: quotes, backslashes, braces, commas, Vietnamese, emoji — anything but NUL. */
const textArb = fc.string({ unit: 'binary', maxLength: 30 }).map((text) => text.replace(/\0/g, ''));
const TYPES = ['text', 'int', 'float8', 'boolean', 'timestamptz', 'text[]', 'int[]', 'timestamptz[]', 'text'];
const ECHO: Omit<PreparedStatement, 'values'> = {
  name: 'generic_spec_echo',
  types: TYPES,
  plan: 'generic',
  // Cast where used, as a statement sent unnamed to PGlite needs (it is not given the types there).
  text: `SELECT ${['text', 'int', 'float', 'flag', 'at', 'texts', 'ints', 'ats', 'nothing']
    .map((column, i) => `$${i + 1}::${TYPES[i]} AS ${column}`)
    .join(', ')}`,
};

describe('queryPrepared: parsed once per connection, planned as asked, JIT off, in one round trip', () => {
  let first: DataSource;
  let second: DataSource;
  beforeAll(async () => {
    [first, second] = await Promise.all([connect(), connect()]);
  });
  afterAll(() => Promise.all([first?.destroy(), second?.destroy()]));

  it('answers generated values as an unnamed query with the same values does, on either connection', async () => {
    const dateArb = fc.date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true });
    const valuesArb = fc.tuple(
      textArb,
      fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      dateArb,
      fc.array(textArb, { maxLength: 5 }),
      fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { maxLength: 5 }),
      fc.array(dateArb, { maxLength: 3 }),
      fc.constant(null),
    );
    let turn = 0;
    await fc.assert(
      fc.asyncProperty(valuesArb, async (values) => {
        const [dataSource, other] = turn++ % 2 ? [first, second] : [second, first];
        const unnamed = await other.query(ECHO.text, values);
        expect(await queryPrepared(dataSource, { ...ECHO, values })).toEqual(unnamed);
      }),
      { numRuns: 60 },
    );
    // On a server, each connection prepared it once, under its name; PGlite's one session keeps none.
    for (const dataSource of [first, second])
      expect(await named(dataSource)).toEqual(embedded ? [] : [{ name: 'generic_spec_echo' }]);
  });

  (embedded ? it.skip : it)('runs with the plan asked for and JIT off, and leaves neither set after it', async () => {
    const statement = {
      name: 'generic_spec_settings',
      types: ['text'],
      plan: 'generic' as const,
      text: `SELECT current_setting('plan_cache_mode') AS mode, current_setting('jit') AS jit, $1 AS word`,
      values: ['từ'],
    };
    expect(await queryPrepared(first, statement)).toEqual([{ mode: 'force_generic_plan', jit: 'off', word: 'từ' }]);
    const custom = { ...statement, name: 'generic_spec_custom', plan: 'custom' as const };
    expect(await queryPrepared(first, custom)).toEqual([{ mode: 'force_custom_plan', jit: 'off', word: 'từ' }]);
    const [settings] = await first.query(
      `SELECT current_setting('plan_cache_mode') AS mode, current_setting('jit') AS jit`,
    );
    expect(settings).toEqual({ mode: 'auto', jit: 'on' });
    // The plan of the statement as it runs: generic (its parameter left as $1, not the value), not compiled.
    const runner = first.createQueryRunner();
    try {
      const client = (await runner.connect()) as { query(text: string): Promise<{ rows: object[] }[]> };
      const sql = preparedRoundTrip(
        statement,
        false,
        (text) => `'${text.replace(/'/g, "''")}'`,
        '(VERBOSE, FORMAT JSON)',
      );
      const plan = JSON.stringify((await client.query(sql)).at(-1)?.rows);
      expect(plan).toContain('$1');
      expect(plan).not.toContain('từ');
      expect(plan).not.toContain('"JIT"');
    } finally {
      await runner.release();
    }
  });

  it('answers more callers at once than the pool has connections, on a new data source', async () => {
    const fresh = await connect(embedded ? 1 : 2);
    try {
      const statement = {
        name: 'generic_spec_twice',
        types: ['int'],
        text: `SELECT $1 * 2 AS twice`,
        plan: 'custom' as const,
      };
      const answers = await Promise.all(
        Array.from({ length: 8 }, (_, i) => queryPrepared(fresh, { ...statement, values: [i] })),
      );
      expect(answers).toEqual(Array.from({ length: 8 }, (_, i) => [{ twice: i * 2 }]));
    } finally {
      await fresh.destroy();
    }
  });

  it("fails as TypeORM's queries fail, the first time too, and the connection goes on", async () => {
    const statement = {
      name: 'generic_spec_fails',
      types: ['int'],
      text: `SELECT 1 / $1 AS q`,
      values: [0],
      plan: 'generic' as const,
    };
    for (let i = 0; i < 2; i++) {
      const failure = await queryPrepared(first, statement).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(QueryFailedError);
      expect((failure as QueryFailedError & { code: string }).code).toBe('22012');
    }
    // Prepared by the first round trip though its EXECUTE failed: not prepared a second time.
    expect(await queryPrepared(first, { ...statement, values: [4] })).toEqual([{ q: 0 }]);
    // A value of another type than declared: PostgreSQL refuses it, nothing is run.
    const wrong = await queryPrepared(first, { ...statement, values: ['1); SELECT pg_sleep(5); --'] }).catch(
      (error: unknown) => error,
    );
    expect(wrong).toBeInstanceOf(QueryFailedError);
    expect((wrong as QueryFailedError & { code: string }).code).toBe('22P02');
  });

  it('refuses a text holding NUL and a number that is not finite, before sending anything', async () => {
    const statement = {
      name: 'generic_spec_refused',
      types: ['text'],
      text: `SELECT $1 AS word`,
      plan: 'custom' as const,
    };
    for (const value of ['a\0b', Number.NaN, Number.POSITIVE_INFINITY, ['x', 'y\0']])
      await expect(queryPrepared(first, { ...statement, values: [value] })).rejects.toThrow(RangeError);
  });
});
