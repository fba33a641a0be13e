import fc from 'fast-check';
import type { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../../../test/harness';
import { MAX_CAMPAIGN_INDICATORS } from '../campaigns';
import { packedUnitSql, unpackCohort, type CohortUnitFigures } from './cohort-figures';

/**
 * A unit as the ranking's statements write it (packedUnitSql): its header, then its kept row's packed figures as the
 * server packs them (kept_figures_packed, the column's generation), or none.
 */
const UNIT_SQL = `
  SELECT ${packedUnitSql('$1', '$2::uuid', '$3', '$4', 'x.packed')} AS bytes
  FROM (SELECT CASE WHEN $5::boolean THEN
                 kept_figures_packed($6::int, $7::int, $8::smallint, $9::float8[], $10::float8[], $11::float8[],
                                     $12::float8[], $13::float8[], $14::float8[]) END AS packed) x`;

/** Mostly small (a row whose sums all fit int4 is packed narrow), some past int4 and past 2⁵³ (packed as float8). */
const count = fc.oneof(
  { arbitrary: fc.nat({ max: 100_000 }), weight: 20 },
  fc.nat(),
  fc.constantFrom(0, 2 ** 31 - 1, 2 ** 53 - 1, 2 ** 53 + 2, 1e300),
  fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
);
const int4 = fc.integer({ min: 0, max: 2 ** 31 - 1 });

const unit = fc.record({
  id: fc.uuid(),
  level: fc.integer({ min: 1, max: 32_767 }),
  submittedDue: int4,
  row: fc.option(
    fc.integer({ min: 0, max: 9 }).chain((indicators) =>
      fc.record({
        onTime: int4,
        reports: int4,
        latest: fc.constantFrom(null, 1, 2),
        // N and D to p always; to p − 1 and before the pace window null where there was no report by then.
        sums: fc.tuple(
          ...[false, false, true, true, true, true].map((nullable) => {
            const array = fc.array(count, { minLength: indicators, maxLength: indicators });
            return nullable ? fc.option(array) : array;
          }),
        ),
      }),
    ),
  ),
});

type GeneratedUnit = typeof unit extends fc.Arbitrary<infer T> ? T : never;

describe('the cohort packed: the kept rows as the server packs them, read back', () => {
  let app: TestApp;
  let dataSource: DataSource;
  beforeAll(async () => {
    app = await startTestApp({ demo: false });
    dataSource = app.dataSource;
  }, 60_000);
  afterAll(() => app?.close());

  const packed = async (units: GeneratedUnit[]) => {
    const parts: Buffer[] = [];
    for (const [index, { id, level, submittedDue, row }] of units.entries()) {
      const figures = row ? [row.onTime, row.reports, row.latest, ...row.sums] : [0, 0, null, [], [], [], [], [], []];
      const [{ bytes }] = await dataSource.query(UNIT_SQL, [index + 1, id, level, submittedDue, !!row, ...figures]);
      parts.push(bytes as Buffer);
    }
    return Buffer.concat(parts);
  };

  it('gives back every unit, its tally and its sums interleaved per indicator (0 for none), exactly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(unit, { maxLength: 5 }), async (units) => {
        const expected: CohortUnitFigures[] = units.map(({ id, level, submittedDue, row }, index) => ({
          position: index + 1,
          id,
          level,
          submittedDue,
          onTime: row?.onTime ?? 0,
          reports: row?.reports ?? 0,
          latest: row?.latest ?? null,
          sums: row ? (row.sums[0] ?? []).flatMap((_, i) => row.sums.map((array) => array?.[i] ?? 0)) : null,
        }));
        expect(unpackCohort(await packed(units))).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  it("keeps the row of a campaign with the most indicators it may have: its period's index takes it", async () => {
    // Sums that do not compress (PostgreSQL compresses a long value before it gives up on indexing it).
    const sums = (indicators: number) =>
      Array.from({ length: 6 }, () => Array.from({ length: indicators }, () => Math.floor(Math.random() * 2 ** 53)));
    const keep = (indicators: number) =>
      dataSource.query(
        `INSERT INTO unit_period_figures (campaign_id, unit_id, period_index, reports, on_time, latest, numerators,
           denominators, previous_numerators, previous_denominators, base_numerators, base_denominators)
         VALUES (gen_random_uuid(), gen_random_uuid(), 1, 1, 1, 1, $1, $2, $3, $4, $5, $6) RETURNING length(packed)`,
        sums(indicators),
      );
    expect(await keep(MAX_CAMPAIGN_INDICATORS)).toEqual([{ length: 12 + 48 * MAX_CAMPAIGN_INDICATORS }]);
    // The bound is real: a few more and the row cannot be written at all.
    await expect(keep(MAX_CAMPAIGN_INDICATORS + 6)).rejects.toThrow(/index row/);
    await dataSource.query('DELETE FROM unit_period_figures');
  });

  it('refuses bytes cut inside a unit, wherever', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(unit, { minLength: 1, maxLength: 3 }), fc.nat(), async (units, cut) => {
        const bytes = await packed(units);
        const ends = new Set<number>([0]);
        for (let at = 0; at < bytes.length;) ends.add((at += 30 + bytes.readInt32BE(at + 26)));
        const length = cut % bytes.length;
        if (ends.has(length)) expect(unpackCohort(bytes.subarray(0, length))).toHaveLength([...ends].indexOf(length));
        else expect(() => unpackCohort(bytes.subarray(0, length))).toThrow(/packed cohort/);
      }),
      { numRuns: 60 },
    );
  });
});
