import type { DataSource } from 'typeorm';
import type { Viewer } from '../../graphql/context';
import { checkText, fail, succeed, userError, type Outcome } from '../../graphql/user-error';
import { isId } from '../../database/errors';
import { recordAudit } from '../audit/audit.service';
import { ApiTokenEntity } from './api-token.entity';
import { newTokenSecret, parseToken, secretMatches } from './api-token-secret';
import { SCOPES } from './scopes';

const LAST_USED_RESOLUTION_MS = 60_000;

export class ApiTokensService {
  constructor(private readonly dataSource: DataSource) {}

  list(): Promise<ApiTokenEntity[]> {
    return this.dataSource.getRepository(ApiTokenEntity).find({ order: { createdAt: 'DESC' } });
  }

  async create(
    input: { name: string; scopes: string[] },
    viewer: Viewer,
  ): Promise<Outcome<{ apiToken: ApiTokenEntity; token: string }>> {
    const errors = checkText(input.name, ['input', 'name'], 'name', 200);
    input.scopes.forEach((scope, i) => {
      if (!(SCOPES as readonly string[]).includes(scope))
        errors.push(
          userError(
            'UNKNOWN_SCOPE',
            ['input', 'scopes', String(i)],
            `"${scope}" is not a scope; use ${SCOPES.join(', ')}.`,
          ),
        );
    });
    if (!input.scopes.length)
      errors.push(userError('REQUIRED', ['input', 'scopes'], 'A token needs at least one scope.'));
    if (errors.length) return fail(...errors);
    return this.dataSource.transaction(async (manager) => {
      const row = manager.create(ApiTokenEntity, {
        name: input.name.trim(),
        scopes: [...new Set(input.scopes)],
        secretHash: '',
        createdBy: viewer.userId,
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
        after: { name: saved.name, scopes: saved.scopes },
      });
      return succeed({ apiToken: saved, token });
    });
  }

  async revoke(id: string, viewer: Viewer, now: Date): Promise<Outcome<ApiTokenEntity>> {
    return this.dataSource.transaction(async (manager) => {
      const token = isId(id)
        ? await manager.findOne(ApiTokenEntity, { where: { id }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!token) return fail(userError('NOT_FOUND', ['input', 'id'], 'There is no such API token.'));
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

  /** The app behind a token, or null for an unknown, wrong or revoked one; notes when it was last used. */
  async viewerFromToken(token: string, now: Date): Promise<Viewer | null> {
    const parsed = parseToken(token);
    if (!parsed) return null;
    const row = await this.dataSource.getRepository(ApiTokenEntity).findOneBy({ id: parsed.tokenId });
    if (!row || row.revokedAt || !secretMatches(parsed.secret, row.secretHash)) return null;
    if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      await this.dataSource.getRepository(ApiTokenEntity).update({ id: row.id }, { lastUsedAt: now });
    }
    return { userId: null, role: null, unitId: null, sessionId: null, tokenId: row.id, scopes: row.scopes };
  }
}
