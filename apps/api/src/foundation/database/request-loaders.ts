import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';

/** How a feature makes one of its DataLoaders for a request. */
export type LoaderDefinition<K, V> = (dataSource: DataSource) => DataLoader<K, V>;

/** A request's DataLoaders: each made on first use, then shared by every field of that request. */
export class RequestLoaders {
  private readonly made = new Map<LoaderDefinition<unknown, unknown>, DataLoader<unknown, unknown>>();

  constructor(private readonly dataSource: DataSource) {}

  of<K, V>(definition: LoaderDefinition<K, V>): DataLoader<K, V> {
    let loader = this.made.get(definition as LoaderDefinition<unknown, unknown>);
    if (!loader) {
      loader = definition(this.dataSource) as DataLoader<unknown, unknown>;
      this.made.set(definition as LoaderDefinition<unknown, unknown>, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** Rows of an entity by id, null for an id that finds none. */
export function loadById<T extends { id: string }>(entity: EntityTarget<T>): LoaderDefinition<string, T | null> {
  return (dataSource) =>
    new DataLoader<string, T | null>(async (ids) => {
      const rows = await dataSource.getRepository(entity).findBy({ id: In([...ids]) } as never);
      const found = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => found.get(id) ?? null);
    });
}

/** Rows of an entity grouped by one of its columns, each group in the given order. */
export function loadGroupedBy<T extends ObjectLiteral, K extends keyof T>(
  entity: EntityTarget<T>,
  key: K,
  order: Partial<Record<keyof T, 'ASC' | 'DESC'>>,
): LoaderDefinition<string, T[]> {
  return (dataSource) =>
    new DataLoader<string, T[]>(async (ids) => {
      const rows = await dataSource
        .getRepository(entity)
        .find({ where: { [key]: In([...ids]) } as never, order: order as never });
      const grouped = groupRows(rows, (row) => row[key] as string);
      return ids.map((id) => grouped.get(id) ?? []);
    });
}

/** Rows grouped by a key, each group in the rows' order. */
export function groupRows<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = grouped.get(key);
    if (group) group.push(row);
    else grouped.set(key, [row]);
  }
  return grouped;
}
