import type { EntityManager } from 'typeorm';
import type { Viewer } from '../access/viewer';
import { AuditEntryEntity } from './audit-entry.entity';

export interface AuditChange {
  action: string;
  entityType: string;
  entityId: string;
  before: object | null;
  after: object | null;
}

/** Records who changed what, inside the same transaction as the change itself. */
export async function recordAudit(manager: EntityManager, viewer: Viewer | null, change: AuditChange): Promise<void> {
  await manager.save(
    manager.create(AuditEntryEntity, {
      actorUserId: viewer?.userId ?? null,
      sessionId: viewer?.sessionId ?? null,
      apiTokenId: viewer?.tokenId ?? null,
      action: change.action,
      entityType: change.entityType,
      entityId: change.entityId,
      before: change.before ?? null,
      after: change.after ?? null,
    }),
  );
}
