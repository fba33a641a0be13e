import type { DataSource } from 'typeorm';
import { unitSearchText } from '@thidua/api';
import { NATIONAL_LEVELS, type NationalUnit } from './national';

/**
 * Writes the levels and the unit tree straight into the database, in one transaction and three statements (roots,
 * their children, then the communes) — the fast path for benchmarks; the CSV of `npm run generate -- --units-out`
 * goes through the ordinary units import instead. Levels and units that exist already (by key, by code) are kept.
 */
export async function loadNationalUnits(dataSource: DataSource, units: readonly NationalUnit[]): Promise<void> {
  await dataSource.transaction(async (manager) => {
    for (const level of NATIONAL_LEVELS) {
      await manager.query('INSERT INTO levels (key, name, depth) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING', [
        level.key,
        level.name,
        level.depth,
      ]);
    }
    const depthOf = (unit: NationalUnit) => (unit.parentCode === null ? 0 : unit.levelKey === 'commune' ? 2 : 1);
    for (const depth of [0, 1, 2]) {
      const part = units.filter((unit) => depthOf(unit) === depth);
      await manager.query(
        `INSERT INTO units (code, name, search_text, level_id, parent_id)
         SELECT u.code, u.name, u.search_text, l.id, p.id
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS u(code, name, search_text, level_key, parent_code)
         JOIN levels l ON l.key = u.level_key
         LEFT JOIN units p ON p.code = u.parent_code
         ON CONFLICT (code) DO NOTHING`,
        [
          part.map((unit) => unit.code),
          part.map((unit) => unit.name),
          part.map((unit) => unitSearchText(unit.code, unit.name)),
          part.map((unit) => unit.levelKey),
          part.map((unit) => unit.parentCode),
        ],
      );
    }
  });
}
