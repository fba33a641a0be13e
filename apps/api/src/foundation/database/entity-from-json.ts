import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * An entity from a row as PostgreSQL's `row_to_json` writes it (column names as keys), typed as TypeORM would have
 * read it: timestamps become Dates and column transformers run. For statements that read several tables at once
 * as JSON (one round trip instead of one per table). Numbers arrive as JSON numbers, so a bigint or numeric column
 * past 2⁵³ would lose digits: not for such columns.
 */
export function entityFromJson<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  json: Record<string, unknown>,
): T {
  const metadata = manager.connection.getMetadata(target);
  const entity = metadata.create() as T;
  for (const column of metadata.columns) {
    let value = json[column.databaseName];
    if (value === undefined) continue;
    if (value !== null && TIMESTAMP_TYPES.has(String(column.type))) value = new Date(value as string);
    const transformer = column.transformer;
    if (transformer && !Array.isArray(transformer)) value = transformer.from(value);
    (entity as Record<string, unknown>)[column.propertyName] = value;
  }
  return entity;
}

const TIMESTAMP_TYPES = new Set([
  'timestamptz',
  'timestamp',
  'timestamp with time zone',
  'timestamp without time zone',
]);
