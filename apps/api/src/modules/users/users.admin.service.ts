import type { DataSource, EntityManager } from 'typeorm';
import { connectionOf, type Connection, type PageWindow } from '../../foundation/graphql/connection';
import type { Viewer } from '../../foundation/access/viewer';
import { checkText, fail, succeed, userError, type Outcome, type Problem } from '../../foundation/errors/problem';
import { isId, isUniqueViolation } from '../../foundation/database/errors';
import { recordAudit } from '../../foundation/audit/audit.service';
import { hashPassword } from './password';
import { endSessionsOf } from './sessions';
import { UnitEntity } from '../units';
import { checkPassword } from './password-policy';
import { Role } from '../../foundation/access/role';
import type { CreateUserInput, UpdateUserInput } from './user.inputs';
import { UserEntity } from './user.entity';
import { insertUser, normalizeEmail } from './users.service';
import { msg } from '../../foundation/i18n/message';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const duplicateEmail = (email: string) =>
  userError(
    'DUPLICATE_EMAIL',
    ['input', 'email'],
    msg(`There is already a user ${email}.`, `Đã có người dùng ${email}.`),
  );

/** Accounts, as an administrator manages them; every change ends up in the audit log. */
export class UsersAdminService {
  constructor(private readonly dataSource: DataSource) {}

  async list(window: PageWindow): Promise<Connection<UserEntity>> {
    const [nodes, total] = await this.dataSource
      .getRepository(UserEntity)
      .findAndCount({ order: { email: 'ASC' }, skip: window.offset, take: window.limit });
    return connectionOf(nodes, window, total);
  }

  async create(input: CreateUserInput, viewer: Viewer): Promise<Outcome<UserEntity>> {
    const email = normalizeEmail(input.email);
    const errors = [
      ...checkText(input.name, ['input', 'name'], 'name', 200),
      ...checkPassword(input.password, ['input', 'password']),
    ];
    if (!EMAIL.test(email) || email.length > 254)
      errors.push(
        userError(
          'INVALID_EMAIL',
          ['input', 'email'],
          msg('This is not an email address.', 'Đây không phải là địa chỉ email.'),
        ),
      );
    if (errors.length) return fail(...errors);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const problems = await checkUnitFor(manager, input.role, input.unitId ?? null);
        if (await manager.existsBy(UserEntity, { email })) problems.push(duplicateEmail(email));
        if (problems.length) return fail(...problems);
        const user = await insertUser(manager, {
          email,
          name: input.name.trim(),
          password: input.password,
          role: input.role,
          unitId: input.unitId ?? null,
        });
        await recordAudit(manager, viewer, {
          action: 'createUser',
          entityType: 'User',
          entityId: user.id,
          before: null,
          after: { email, name: user.name, role: user.role, unitId: user.unitId },
        });
        return succeed(user);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_key')) return fail(duplicateEmail(email));
      throw error;
    }
  }

  async update(input: UpdateUserInput, viewer: Viewer, now: Date): Promise<Outcome<UserEntity>> {
    const errors = [
      ...checkText(input.name, ['input', 'name'], 'name', 200),
      ...(input.password != null ? checkPassword(input.password, ['input', 'password']) : []),
    ];
    if (errors.length) return fail(...errors);
    return this.dataSource.transaction(async (manager) => {
      const user = isId(input.id)
        ? await manager.findOne(UserEntity, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!user)
        return fail(userError('NOT_FOUND', ['input', 'id'], msg('There is no such user.', 'Không có người dùng này.')));
      if (user.id === viewer.userId && (input.disabled === true || (input.role && input.role !== Role.ADMIN))) {
        return fail(
          userError(
            'SELF_LOCKOUT',
            ['input', 'id'],
            msg(
              'You cannot disable yourself or take away your own administrator role.',
              'Bạn không thể tự khóa tài khoản của mình hoặc tự bỏ vai trò quản trị của mình.',
            ),
          ),
        );
      }
      const role = input.role ?? user.role;
      const unitId = input.unitId !== undefined ? input.unitId : user.unitId;
      const problems = await checkUnitFor(manager, role, unitId);
      if (problems.length) return fail(...problems);
      const before = { name: user.name, role: user.role, unitId: user.unitId, disabled: Boolean(user.disabledAt) };
      let endSessions = false;
      if (input.name != null) user.name = input.name.trim();
      user.role = role;
      user.unitId = unitId;
      if (input.disabled != null) {
        endSessions ||= input.disabled && !user.disabledAt;
        user.disabledAt = input.disabled ? (user.disabledAt ?? now) : null;
      }
      if (input.password != null) {
        user.passwordHash = await hashPassword(input.password);
        endSessions = true;
      }
      const saved = await manager.save(user);
      if (endSessions) await endSessionsOf(manager, user.id, now);
      await recordAudit(manager, viewer, {
        action: 'updateUser',
        entityType: 'User',
        entityId: user.id,
        before,
        after: {
          name: user.name,
          role: user.role,
          unitId: user.unitId,
          disabled: Boolean(user.disabledAt),
          passwordReset: input.password != null,
        },
      });
      return succeed(saved);
    });
  }

  /** Ends every session of a user, on every device: the user has to sign in again. Audited. */
  async signOut(
    userId: string,
    viewer: Viewer,
    now: Date,
  ): Promise<Outcome<{ user: UserEntity; sessionsEnded: number }>> {
    return this.dataSource.transaction(async (manager) => {
      const user = isId(userId) ? await manager.findOneBy(UserEntity, { id: userId }) : null;
      if (!user)
        return fail(
          userError('NOT_FOUND', ['input', 'userId'], msg('There is no such user.', 'Không có người dùng này.')),
        );
      const sessionsEnded = await endSessionsOf(manager, user.id, now);
      await recordAudit(manager, viewer, {
        action: 'signOutUser',
        entityType: 'User',
        entityId: user.id,
        before: null,
        after: { sessionsEnded },
      });
      return succeed({ user, sessionsEnded });
    });
  }
}

/** A reporter reports for an active unit; other roles may be tied to one but need not be. */
async function checkUnitFor(manager: EntityManager, role: Role, unitId: string | null): Promise<Problem[]> {
  if (!unitId)
    return role === Role.REPORTER
      ? [
          userError(
            'UNIT_REQUIRED',
            ['input', 'unitId'],
            msg('A reporter needs the unit it reports for.', 'Cán bộ báo cáo cần có đơn vị mà mình báo cáo.'),
          ),
        ]
      : [];
  const unit = isId(unitId) ? await manager.findOneBy(UnitEntity, { id: unitId }) : null;
  if (!unit)
    return [userError('UNKNOWN_UNIT', ['input', 'unitId'], msg('There is no such unit.', 'Không có đơn vị này.'))];
  if (unit.archivedAt)
    return [
      userError(
        'ARCHIVED_UNIT',
        ['input', 'unitId'],
        msg(`${unit.name} is archived.`, `${unit.name} đã được lưu trữ.`),
      ),
    ];
  return [];
}
