import DataLoader from 'dataloader';
import { loadById, type LoaderDefinition } from '../../foundation/database/request-loaders';
import { UnitEntity } from './unit.entity';

export const unitById = loadById(UnitEntity);

/** Children directly under a unit: active ones, and all including archived. */
export const childCountsByUnitId: LoaderDefinition<string, { active: number; all: number }> = (dataSource) =>
  new DataLoader(async (ids) => {
    const rows: { parent_id: string; active: number; all: number }[] = await dataSource.query(
      `SELECT parent_id, (count(*) FILTER (WHERE archived_at IS NULL))::int AS active, count(*)::int AS all
       FROM units WHERE parent_id = ANY($1::uuid[]) GROUP BY parent_id`,
      [ids],
    );
    return ids.map((id) => rows.find((row) => row.parent_id === id) ?? { active: 0, all: 0 });
  });
