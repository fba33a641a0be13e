import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../../foundation/access/viewer';
import { hashPassword } from './password';
import type { Role } from '../../foundation/access/role';
import { UserEntity } from './user.entity';

export interface NewUser {
  email: string;
  name: string;
  password: string;
  role: Role;
  unitId?: string | null;
}

/** Emails are kept lower case and trimmed, so that sign-in ignores their case. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function insertUser(manager: EntityManager, user: NewUser): Promise<UserEntity> {
  return manager.save(
    manager.create(UserEntity, {
      email: normalizeEmail(user.email),
      name: user.name,
      passwordHash: await hashPassword(user.password),
      role: user.role,
      unitId: user.unitId ?? null,
    }),
  );
}

/** The account of the user asking; null for an API token, which has none. */
export async function accountOf(dataSource: DataSource, viewer: Viewer): Promise<UserEntity | null> {
  return viewer.userId ? dataSource.getRepository(UserEntity).findOneBy({ id: viewer.userId }) : null;
}
