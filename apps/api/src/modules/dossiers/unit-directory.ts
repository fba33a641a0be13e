import type { PoolClient } from 'pg';

export interface DirectoryUnit {
  id: string;
  /** The code of the unit's topmost ancestor (itself for a root): the province, and the distribution column. */
  provinceCode: string;
}

/** Unit code → unit, for every unit (archived ones too: records of the past may name them). */
export type UnitDirectory = Map<string, DirectoryUnit>;

/** The whole unit tree in one query (about 12.600 units for the whole country). */
export async function loadUnitDirectory(client: Pick<PoolClient, 'query'>): Promise<UnitDirectory> {
  const { rows } = await client.query<{ id: string; code: string; province_code: string }>(
    `WITH RECURSIVE tree AS (
       SELECT id, code, code AS province_code FROM units WHERE parent_id IS NULL
       UNION ALL
       SELECT u.id, u.code, t.province_code FROM units u JOIN tree t ON u.parent_id = t.id
     )
     SELECT id, code, province_code FROM tree`,
  );
  return new Map(rows.map((row) => [row.code, { id: row.id, provinceCode: row.province_code }]));
}
