import { IsNull, type DataSource } from 'typeorm';
import type { Viewer } from '../../foundation/access/viewer';
import { fail, succeed, userError, type Outcome } from '../../foundation/errors/problem';
import { isId } from '../../foundation/database/errors';
import { recordAudit } from '../../foundation/audit/audit.service';
import { UserEntity } from '../users';
import { normalizeEmail } from '../users';
import { argon2PasswordChecker, type PasswordChecker } from '../users';
import type { ApiTokensService } from '../api-tokens';
import { LoginAttempts } from './login-attempts';
import { SessionEntity } from '../users';
import { endSessionsOf } from '../users';
import { readSessionToken, signSessionToken } from './session-token';
import { msg } from '../../foundation/i18n/message';

export const SESSION_TTL_MS = 7 * 24 * 3600 * 1000;

export class AuthService {
  private readonly attempts: LoginAttempts;

  constructor(
    private readonly dataSource: DataSource,
    private readonly secret: string,
    private readonly apiTokens?: ApiTokensService,
    private readonly passwords: PasswordChecker = argon2PasswordChecker,
  ) {
    this.attempts = new LoginAttempts(dataSource);
  }

  /**
   * A session for the right email and password. The attempt is counted (and may be throttled) before the password
   * is hashed, in the database that every API process shares: see login-throttle.ts for the limits.
   */
  async login(
    email: string,
    password: string,
    now: Date,
    ip = 'unknown',
  ): Promise<Outcome<{ token: string; user: UserEntity }>> {
    const refused = fail<{ token: string; user: UserEntity }>(
      userError(
        'INVALID_CREDENTIALS',
        null,
        msg('The email or the password is not right.', 'Email hoặc mật khẩu không đúng.'),
      ),
    );
    // Refused without hashing anything, so there is nothing to throttle.
    if (email.length > 254 || password.length > 1000) return refused;
    const account = normalizeEmail(email);
    const admission = await this.attempts.admit(account, ip, now);
    if (!admission.admitted)
      return fail(
        userError(
          'LOGIN_THROTTLED',
          null,
          msg(
            `Too many failed attempts; try again in ${admission.waitSeconds} seconds.`,
            `Đăng nhập sai quá nhiều lần; hãy thử lại sau ${admission.waitSeconds} giây.`,
          ),
        ),
      );
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ email: account });
    let passwordRight = false;
    if (user) passwordRight = await this.passwords.verify(user.passwordHash, password);
    else await this.passwords.spend(password);
    await this.attempts.settle(admission.attempt, passwordRight ? 'succeeded' : 'failed', now);
    if (!user || !passwordRight) return refused;
    if (user.disabledAt)
      return fail(
        userError(
          'USER_DISABLED',
          null,
          msg(
            'This account is disabled; ask an administrator.',
            'Tài khoản này đã bị khóa; hãy liên hệ quản trị viên.',
          ),
        ),
      );
    return this.dataSource.transaction(async (manager) => {
      const session = await manager.save(
        manager.create(SessionEntity, { userId: user.id, expiresAt: new Date(now.getTime() + SESSION_TTL_MS) }),
      );
      const viewer: Viewer = {
        userId: user.id,
        role: user.role,
        unitId: user.unitId,
        sessionId: session.id,
        tokenId: null,
        scopes: [],
      };
      await recordAudit(manager, viewer, {
        action: 'login',
        entityType: 'Session',
        entityId: session.id,
        before: null,
        after: null,
      });
      return succeed({ token: signSessionToken(session.id, this.secret), user });
    });
  }

  /** The caller behind a bearer token (a session or an API token), or null for a forged, expired or revoked one. */
  async viewerFromToken(token: string, now: Date): Promise<Viewer | null> {
    if (token.startsWith('thidua_')) return this.apiTokens ? this.apiTokens.viewerFromToken(token, now) : null;
    const sessionId = readSessionToken(token, this.secret);
    if (!sessionId || !isId(sessionId)) return null;
    const rows: { user_id: string; role: Viewer['role']; unit_id: string | null }[] = await this.dataSource.query(
      `SELECT u.id AS user_id, u.role, u.unit_id FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > $2 AND u.disabled_at IS NULL`,
      [sessionId, now],
    );
    const row = rows[0];
    return row
      ? { userId: row.user_id, role: row.role, unitId: row.unit_id, sessionId, tokenId: null, scopes: [] }
      : null;
  }

  /** Ends the session of the token used, or with `everywhere` every session of its user; answers how many. */
  async logout(viewer: Viewer, now: Date, everywhere = false): Promise<number> {
    const { sessionId, userId } = viewer;
    if (!sessionId || !userId) return 0;
    return this.dataSource.transaction(async (manager) => {
      if (everywhere) {
        const sessionsEnded = await endSessionsOf(manager, userId, now);
        await recordAudit(manager, viewer, {
          action: 'logoutEverywhere',
          entityType: 'User',
          entityId: userId,
          before: null,
          after: { sessionsEnded },
        });
        return sessionsEnded;
      }
      const result = await manager.update(SessionEntity, { id: sessionId, revokedAt: IsNull() }, { revokedAt: now });
      await recordAudit(manager, viewer, {
        action: 'logout',
        entityType: 'Session',
        entityId: sessionId,
        before: null,
        after: null,
      });
      return result.affected ?? 0;
    });
  }
}
