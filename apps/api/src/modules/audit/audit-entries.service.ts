import type { DataSource } from 'typeorm';
import { AuditEntryEntity } from '../../foundation/audit/audit-entry.entity';
import { connectionOf, type Connection, type PageWindow } from '../../foundation/graphql/connection';

export interface AuditEntriesFilter {
  entityType?: string | null;
  entityId?: string | null;
}

/** Reads the audit log that every write records (foundation/audit). */
export class AuditEntriesService {
  constructor(private readonly dataSource: DataSource) {}

  /** The newest first, of one entity type or entity when asked. */
  async list(filter: AuditEntriesFilter, window: PageWindow): Promise<Connection<AuditEntryEntity>> {
    const query = this.dataSource.getRepository(AuditEntryEntity).createQueryBuilder('entry');
    if (filter.entityType) query.andWhere('entry.entity_type = :type', { type: filter.entityType });
    if (filter.entityId) query.andWhere('entry.entity_id = :id', { id: filter.entityId });
    const [nodes, total] = await query
      .orderBy('entry.id', 'DESC')
      .offset(window.offset)
      .limit(window.limit)
      .getManyAndCount();
    return connectionOf(nodes, window, total);
  }
}
