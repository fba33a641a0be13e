import type { DataSource } from 'typeorm';
import { UnitEntity } from '../units';

/**
 * The units a ranking's rows show, by id. For a large cohort the ranking's statement reads only their ids with the
 * figures (names make a country's communes a third larger and their text two-byte: slower to send, decode and parse);
 * the units themselves are read when rows are about to be shown, so a page of 50 of 10.600 communes reads 50 units.
 */
export interface RankingUnits {
  /** A unit read before; throws for one not read (a row shown without `load` first is a bug). */
  get(id: string): UnitEntity;
  /** Reads the units of these ids not read yet (one statement; none when all are at hand). */
  load(ids: readonly string[]): Promise<void>;
  /**
   * The code and name of each unit of level `levelId` among `ids` (what ordering by name and searching need): those
   * read already, the others read bare, without making their entities (at a country's 10.600 communes, a third of
   * the time of reading them whole).
   */
  labels(levelId: string, ids: readonly string[]): Promise<ReadonlyMap<string, UnitLabel>>;
}

export interface UnitLabel {
  code: string;
  name: string;
}

/** The units of a cohort, read from the database as rows need them. */
export class CohortUnits implements RankingUnits {
  private readonly read: Map<string, UnitEntity>;

  /** `units`: those read already (with the figures). */
  constructor(
    private readonly dataSource: DataSource,
    units: readonly UnitEntity[] = [],
  ) {
    this.read = new Map(units.map((unit) => [unit.id, unit]));
  }

  get(id: string): UnitEntity {
    const unit = this.read.get(id);
    if (!unit) throw new Error(`unit ${id} of a ranking was not read before its row was made`);
    return unit;
  }

  async load(ids: readonly string[]): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.read.has(id));
    if (!missing.length) return;
    const units = await this.dataSource
      .getRepository(UnitEntity)
      .createQueryBuilder('unit')
      .where('unit.id = ANY(CAST(:ids AS uuid[]))', { ids: missing })
      .getMany();
    for (const unit of units) this.read.set(unit.id, unit);
  }

  async labels(levelId: string, ids: readonly string[]): Promise<ReadonlyMap<string, UnitLabel>> {
    if (ids.every((id) => this.read.has(id))) return this.read;
    const rows = (await this.dataSource.query('SELECT id, code, name FROM units WHERE level_id = $1', [
      levelId,
    ])) as (UnitLabel & { id: string })[];
    const labels = new Map<string, UnitLabel>(rows.map((row) => [row.id, row]));
    // A unit moved to another level since the ranking was read: read whole.
    await this.load(ids.filter((id) => !labels.has(id)));
    for (const id of ids) if (!labels.has(id)) labels.set(id, this.get(id));
    return labels;
  }
}

/** Units already at hand (a review's rows, read by its loaders): nothing more to read. */
export function unitsAtHand(units: ReadonlyMap<string, UnitEntity>): RankingUnits {
  return {
    get(id) {
      const unit = units.get(id);
      if (!unit) throw new Error(`unit ${id} of a ranking is not at hand`);
      return unit;
    },
    async load() {},
    async labels() {
      return units;
    },
  };
}
