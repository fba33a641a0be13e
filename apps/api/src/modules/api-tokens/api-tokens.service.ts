import type { DataSource } from 'typeorm';
import type { Viewer } from '../../foundation/access/viewer';
import { checkText, fail, succeed, userError, type Outcome } from '../../foundation/errors/problem';
import { isId } from '../../foundation/database/errors';
import { recordAudit } from '../../foundation/audit/audit.service';
import { ApiTokenEntity } from './api-token.entity';
import { newTokenSecret, parseToken, secretMatches } from './api-token-secret';
import { SCOPES } from '../../foundation/access/scopes';
import { msg } from '../../foundation/i18n/message';

const LAST_USED_RESOLUTION_MS = 60_000;

export class ApiTokensService {
  constructor(private readonly dataSource: DataSource) {}

  list(): Promise<ApiTokenEntity[]> {
    return this.dataSource.getRepository(ApiTokenEntity).find({ order: { createdAt: 'DESC' } });
  }

  /** The token of this id, revoked or not; null for none. */
  async findById(id: string): Promise<ApiTokenEntity | null> {
    return isId(id) ? this.dataSource.getRepository(ApiTokenEntity).findOneBy({ id }) : null;
  }

  async create(
    input: { name: string; scopes: string[]; expiresAt?: Date | null },
    viewer: Viewer,
    now: Date,
  ): Promise<Outcome<{ apiToken: ApiTokenEntity; token: string }>> {
    const errors = checkText(input.name, ['input', 'name'], 'name', 200);
    const expiresAt = input.expiresAt ?? null;
    if (expiresAt && expiresAt.getTime() <= now.getTime())
      errors.push(
        userError(
          'EXPIRY_IN_PAST',
          ['input', 'expiresAt'],
          msg('A token must expire in the future.', 'Mã truy cập phải hết hạn vào một thời điểm trong tương lai.'),
        ),
      );
    input.scopes.forEach((scope, i) => {
      if (!(SCOPES as readonly string[]).includes(scope))
        errors.push(
          userError(
            'UNKNOWN_SCOPE',
            ['input', 'scopes', String(i)],
            msg(
              `"${scope}" is not a scope; use ${SCOPES.join(', ')}.`,
              `"${scope}" không phải là phạm vi hợp lệ; hãy dùng ${SCOPES.join(', ')}.`,
            ),
          ),
        );
    });
    if (!input.scopes.length)
      errors.push(
        userError(
          'REQUIRED',
          ['input', 'scopes'],
          msg('A token needs at least one scope.', 'Mã truy cập cần ít nhất một phạm vi.'),
        ),
      );
    if (errors.length) return fail(...errors);
    return this.dataSource.transaction(async (manager) => {
      const row = manager.create(ApiTokenEntity, {
        name: input.name.trim(),
        scopes: [...new Set(input.scopes)],
        secretHash: '',
        createdBy: viewer.userId,
        expiresAt,
      });
      const saved = await manager.save(row);
      const { token, hash } = newTokenSecret(saved.id);
      saved.secretHash = hash;
      await manager.save(saved);
      await recordAudit(manager, viewer, {
        action: 'createApiToken',
        entityType: 'ApiToken',
        entityId: saved.id,
        before: null,
        after: { name: saved.name, scopes: saved.scopes, expiresAt },
      });
      return succeed({ apiToken: saved, token });
    });
  }

  async revoke(id: string, viewer: Viewer, now: Date): Promise<Outcome<ApiTokenEntity>> {
    return this.dataSource.transaction(async (manager) => {
      const token = isId(id)
        ? await manager.findOne(ApiTokenEntity, { where: { id }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!token)
        return fail(
          userError('NOT_FOUND', ['input', 'id'], msg('There is no such API token.', 'Không có mã truy cập API này.')),
        );
      if (!token.revokedAt) {
        token.revokedAt = now;
        await manager.save(token);
        await recordAudit(manager, viewer, {
          action: 'revokeApiToken',
          entityType: 'ApiToken',
          entityId: token.id,
          before: null,
          after: { revokedAt: now },
        });
      }
      return succeed(token);
    });
  }

  /**
   * The app behind a token, or null for an unknown, wrong, revoked or expired one, or one whose creator is disabled
   * (it works again if the creator is enabled again); notes when it was last used.
   */
  async viewerFromToken(token: string, now: Date): Promise<Viewer | null> {
    const parsed = parseToken(token);
    if (!parsed) return null;
    const [row]: { id: string; scopes: string[]; secret_hash: string; last_used_at: Date | null }[] =
      await this.dataSource.query(
        `SELECT t.id, t.scopes, t.secret_hash, t.last_used_at FROM api_tokens t
         LEFT JOIN users creator ON creator.id = t.created_by
         WHERE t.id = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > $2)
           AND creator.disabled_at IS NULL`,
        [parsed.tokenId, now],
      );
    if (!row || !secretMatches(parsed.secret, row.secret_hash)) return null;
    if (!row.last_used_at || now.getTime() - new Date(row.last_used_at).getTime() > LAST_USED_RESOLUTION_MS) {
      await this.dataSource.getRepository(ApiTokenEntity).update({ id: row.id }, { lastUsedAt: now });
    }
    return { userId: null, role: null, unitId: null, sessionId: null, tokenId: row.id, scopes: row.scopes };
  }
}
