import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { LevelEntity } from '../modules/levels/level.entity';
import { UnitEntity } from '../modules/units/unit.entity';

/** Per-request batching: every relation field resolves through one of these, never one query per row. */
export interface Loaders {
  levelById: DataLoader<string, LevelEntity | null>;
  unitById: DataLoader<string, UnitEntity | null>;
  /** Children directly under a unit: active ones, and all including archived. */
  childCountsByUnitId: DataLoader<string, { active: number; all: number }>;
}

export function createLoaders(dataSource: DataSource): Loaders {
  return {
    levelById: new DataLoader(async (ids) => {
      const rows = await dataSource.getRepository(LevelEntity).findBy({ id: In([...ids]) });
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }),
    unitById: new DataLoader(async (ids) => {
      const rows = await dataSource.getRepository(UnitEntity).findBy({ id: In([...ids]) });
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }),
    childCountsByUnitId: new DataLoader(async (ids) => {
      const rows: { parent_id: string; active: number; all: number }[] = await dataSource.query(
        `SELECT parent_id, (count(*) FILTER (WHERE archived_at IS NULL))::int AS active, count(*)::int AS all
         FROM units WHERE parent_id = ANY($1::uuid[]) GROUP BY parent_id`,
        [ids],
      );
      return ids.map((id) => rows.find((row) => row.parent_id === id) ?? { active: 0, all: 0 });
    }),
  };
}
