import type { EntityManager } from 'typeorm';
import { SessionEntity } from './session.entity';

/** Revokes every open session of a user (its signed tokens stop working at once); answers how many were open. */
export async function endSessionsOf(manager: EntityManager, userId: string, now: Date): Promise<number> {
  const result = await manager
    .createQueryBuilder()
    .update(SessionEntity)
    .set({ revokedAt: now })
    .where('user_id = :userId AND revoked_at IS NULL AND expires_at > :now', { userId, now })
    .execute();
  return result.affected ?? 0;
}
