import type { EntityManager } from 'typeorm';
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
