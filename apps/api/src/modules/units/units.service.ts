import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { connectionOf, type Connection, type PageWindow } from '../../foundation/graphql/connection';
import { applyKeysetWindow, keysetConnectionOf, type KeysetWindow } from '../../foundation/graphql/keyset';
import type { Viewer } from '../../foundation/access/viewer';
import { fail, succeed, userError, type Outcome, type Problem } from '../../foundation/errors/problem';
import { isId, isUniqueViolation } from '../../foundation/database/errors';
import { recordAudit } from '../../foundation/audit/audit.service';
import { recordEvents } from '../../foundation/events/outbox';
import { unitChanged } from './unit-events';
import { LevelEntity } from '../levels';
import { unitSearchQuery, unitSearchText } from './search-text';
import { archivedParent, checkUnitFields } from './unit-rules';
import { UnitEntity } from './unit.entity';
import type { ArchiveUnitInput, CreateUnitInput, UpdateUnitInput } from './unit.inputs';
import { msg } from '../../foundation/i18n/message';

export interface UnitFilter {
  levelKey?: string | null;
  parentId?: string | null;
  rootsOnly?: boolean | null;
  search?: string | null;
  includeArchived?: boolean | null;
  /** Only this unit and the units under it, at any depth. */
  subtreeOf?: string | null;
  /** Only units whose last change is at or after this instant. */
  updatedSince?: Date | null;
}

const duplicateCode = (code: string) =>
  userError(
    'DUPLICATE_CODE',
    ['input', 'code'],
    msg(`A unit with code "${code}" already exists.`, `Đã có đơn vị với mã "${code}".`),
  );

export class UnitsService {
  constructor(private readonly dataSource: DataSource) {}

  /** Units by level depth then code, with offset cursors. */
  async list(filter: UnitFilter, window: PageWindow): Promise<Connection<UnitEntity>> {
    const query = this.filtered(filter);
    if (!query) return connectionOf([], window, 0);
    const [nodes, total] = await query
      .orderBy('level.depth', 'ASC')
      .addOrderBy('unit.code', 'ASC')
      .offset(window.offset)
      .limit(window.limit)
      .getManyAndCount();
    return connectionOf(nodes, window, total);
  }

  /** Units by last change then id, with keyset cursors (served by units_updated_idx). */
  async listByLastChange(filter: UnitFilter, window: KeysetWindow): Promise<Connection<UnitEntity>> {
    const query = this.filtered(filter);
    if (!query) return keysetConnectionOf([], window, 0);
    const total = await query.clone().getCount();
    const rows = await applyKeysetWindow(query, 'unit', window).getMany();
    return keysetConnectionOf(rows, window, total);
  }

  /** The units `filter` selects; null when an id cannot be ours (nothing is). */
  private filtered(filter: UnitFilter): SelectQueryBuilder<UnitEntity> | null {
    const query = this.dataSource
      .getRepository(UnitEntity)
      .createQueryBuilder('unit')
      .innerJoin(LevelEntity, 'level', 'level.id = unit.level_id');
    if (!filter.includeArchived) query.andWhere('unit.archived_at IS NULL');
    if (filter.levelKey) query.andWhere('level.key = :levelKey', { levelKey: filter.levelKey });
    if (filter.rootsOnly) query.andWhere('unit.parent_id IS NULL');
    if (filter.parentId !== undefined && filter.parentId !== null) {
      if (!isId(filter.parentId)) return null;
      query.andWhere('unit.parent_id = :parentId', { parentId: filter.parentId });
    }
    if (filter.subtreeOf !== undefined && filter.subtreeOf !== null) {
      if (!isId(filter.subtreeOf)) return null;
      query.andWhere(
        `unit.id IN (WITH RECURSIVE subtree(id) AS (
           SELECT id FROM units WHERE id = :subtreeRoot
           UNION SELECT child.id FROM units child JOIN subtree ON child.parent_id = subtree.id
         ) SELECT id FROM subtree)`,
        { subtreeRoot: filter.subtreeOf },
      );
    }
    const search = filter.search ? unitSearchQuery(filter.search) : '';
    if (search)
      query.andWhere(`unit.search_text LIKE :search ESCAPE '\\'`, { search: `%${search.replace(/[\\%_]/g, '\\$&')}%` });
    if (filter.updatedSince) query.andWhere('unit.updated_at >= :updatedSince', { updatedSince: filter.updatedSince });
    return query;
  }

  async findById(id: string): Promise<UnitEntity | null> {
    return isId(id) ? this.dataSource.getRepository(UnitEntity).findOneBy({ id }) : null;
  }

  async create(input: CreateUnitInput, viewer: Viewer | null): Promise<Outcome<UnitEntity>> {
    const errors = checkUnitFields({ code: input.code, name: input.name }, ['input']);
    if (errors.length) return fail(...errors);
    const code = input.code.trim();
    try {
      return await this.dataSource.transaction(async (manager) => {
        const level = await manager.findOneBy(LevelEntity, { key: input.levelKey });
        const problems: Problem[] = [];
        if (!level)
          problems.push(
            userError(
              'UNKNOWN_LEVEL',
              ['input', 'levelKey'],
              msg(`There is no level "${input.levelKey}".`, `Không có cấp "${input.levelKey}".`),
            ),
          );
        if (input.parentId) problems.push(...(await checkParent(manager, input.parentId, null)));
        if (await manager.existsBy(UnitEntity, { code })) problems.push(duplicateCode(code));
        if (problems.length || !level) return fail(...problems);
        const unit = await manager.save(
          manager.create(UnitEntity, {
            code,
            name: input.name.trim(),
            searchText: unitSearchText(code, input.name),
            levelId: level.id,
            parentId: input.parentId ?? null,
          }),
        );
        await recordAudit(manager, viewer, {
          action: 'createUnit',
          entityType: 'Unit',
          entityId: unit.id,
          before: null,
          after: snapshot(unit),
        });
        await recordEvents(manager, [unitChanged(unit.id, 'CREATED', snapshot(unit))]);
        return succeed(unit);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'units_code_key')) return fail(duplicateCode(code));
      throw error;
    }
  }

  async update(input: UpdateUnitInput, viewer: Viewer | null): Promise<Outcome<UnitEntity>> {
    const errors = checkUnitFields({ code: input.code ?? undefined, name: input.name ?? undefined }, ['input']);
    if (errors.length) return fail(...errors);
    const code = input.code?.trim();
    try {
      return await this.dataSource.transaction(async (manager) => {
        const unit = isId(input.id)
          ? await manager.findOne(UnitEntity, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } })
          : null;
        if (!unit)
          return fail(userError('NOT_FOUND', ['input', 'id'], msg('There is no such unit.', 'Không có đơn vị này.')));
        if (input.version != null && input.version !== unit.version) {
          return fail(
            userError(
              'STALE',
              ['input', 'version'],
              msg(
                'Someone else changed this unit since you opened it; reload and try again.',
                'Người khác vừa thay đổi đơn vị này sau khi bạn mở; hãy tải lại rồi thử lại.',
              ),
            ),
          );
        }
        if (unit.archivedAt)
          return fail(
            userError(
              'ARCHIVED_UNIT',
              ['input', 'id'],
              msg('An archived unit cannot be changed.', 'Không thể thay đổi đơn vị đã lưu trữ.'),
            ),
          );
        const before = snapshot(unit);
        const problems: Problem[] = [];
        if (input.levelKey != null) {
          const level = await manager.findOneBy(LevelEntity, { key: input.levelKey });
          if (level) unit.levelId = level.id;
          else
            problems.push(
              userError(
                'UNKNOWN_LEVEL',
                ['input', 'levelKey'],
                msg(`There is no level "${input.levelKey}".`, `Không có cấp "${input.levelKey}".`),
              ),
            );
        }
        if (input.parentId !== undefined) {
          if (input.parentId) problems.push(...(await checkParent(manager, input.parentId, unit.id)));
          unit.parentId = input.parentId ?? null;
        }
        if (code !== undefined && code !== unit.code) {
          if (await manager.existsBy(UnitEntity, { code })) problems.push(duplicateCode(code));
          unit.code = code;
        }
        if (input.name != null) unit.name = input.name.trim();
        if (problems.length) return fail(...problems);
        unit.searchText = unitSearchText(unit.code, unit.name);
        const saved = await manager.save(unit);
        await recordAudit(manager, viewer, {
          action: 'updateUnit',
          entityType: 'Unit',
          entityId: unit.id,
          before,
          after: snapshot(saved),
        });
        await recordEvents(manager, [unitChanged(unit.id, 'UPDATED', snapshot(saved))]);
        return succeed(saved);
      });
    } catch (error) {
      if (code && isUniqueViolation(error, 'units_code_key')) return fail(duplicateCode(code));
      throw error;
    }
  }

  async archive(input: ArchiveUnitInput, viewer: Viewer | null): Promise<Outcome<UnitEntity>> {
    return this.dataSource.transaction(async (manager) => {
      const unit = isId(input.id)
        ? await manager.findOne(UnitEntity, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!unit)
        return fail(userError('NOT_FOUND', ['input', 'id'], msg('There is no such unit.', 'Không có đơn vị này.')));
      if (unit.archivedAt)
        return fail(
          userError(
            'ALREADY_ARCHIVED',
            ['input', 'id'],
            msg('This unit is archived already.', 'Đơn vị này đã được lưu trữ.'),
          ),
        );
      const [{ count }] = await manager.query(
        'SELECT count(*)::int AS count FROM units WHERE parent_id = $1 AND archived_at IS NULL',
        [unit.id],
      );
      if (count > 0) {
        return fail(
          userError(
            'HAS_ACTIVE_CHILDREN',
            ['input', 'id'],
            msg(
              `This unit still has ${count} active units under it; archive or move them first.`,
              `Đơn vị này còn ${count} đơn vị trực thuộc đang hoạt động; hãy lưu trữ hoặc chuyển các đơn vị đó trước.`,
            ),
          ),
        );
      }
      const before = snapshot(unit);
      unit.archivedAt = new Date();
      const saved = await manager.save(unit);
      await recordAudit(manager, viewer, {
        action: 'archiveUnit',
        entityType: 'Unit',
        entityId: unit.id,
        before,
        after: snapshot(saved),
      });
      await recordEvents(manager, [unitChanged(unit.id, 'ARCHIVED', snapshot(saved))]);
      return succeed(saved);
    });
  }
}

/** The parent must exist, be active and not be the unit itself or one of its descendants. */
async function checkParent(manager: EntityManager, parentId: string, unitId: string | null): Promise<Problem[]> {
  const field = ['input', 'parentId'];
  const parent = isId(parentId) ? await manager.findOneBy(UnitEntity, { id: parentId }) : null;
  if (!parent)
    return [userError('UNKNOWN_PARENT', field, msg('There is no such parent unit.', 'Không có đơn vị cấp trên này.'))];
  if (parent.archivedAt) return [archivedParent(field, parent.name)];
  if (unitId && (await isSelfOrAncestor(manager, unitId, parentId))) {
    return [
      userError(
        'CYCLE',
        field,
        msg(
          'A unit cannot be placed under itself or under one of its own units.',
          'Không thể đặt đơn vị dưới chính nó hoặc dưới một đơn vị trực thuộc của nó.',
        ),
      ),
    ];
  }
  return [];
}

/** True when `unitId` is `parentId` or one of its ancestors. */
async function isSelfOrAncestor(manager: EntityManager, unitId: string, parentId: string): Promise<boolean> {
  const rows: { id: string }[] = await manager.query(
    `WITH RECURSIVE ancestors(id, parent_id) AS (
       SELECT id, parent_id FROM units WHERE id = $1
       UNION SELECT u.id, u.parent_id FROM units u JOIN ancestors a ON u.id = a.parent_id
     ) SELECT id FROM ancestors WHERE id = $2`,
    [parentId, unitId],
  );
  return rows.length > 0;
}

function snapshot(unit: UnitEntity) {
  return {
    code: unit.code,
    name: unit.name,
    levelId: unit.levelId,
    parentId: unit.parentId,
    archivedAt: unit.archivedAt,
  };
}
