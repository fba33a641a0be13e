import { validateTargetValue } from '@thidua/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { connectionOf, type Connection, type PageWindow } from '../../foundation/graphql/connection';
import type { Viewer } from '../../foundation/access/viewer';
import {
  checkText,
  fail,
  fromDomainErrors,
  succeed,
  userError,
  type Outcome,
  type Problem,
} from '../../foundation/errors/problem';
import { isId, isUniqueViolation } from '../../foundation/database/errors';
import { recordAudit } from '../../foundation/audit/audit.service';
import { CampaignEntity, CampaignIndicatorEntity, CampaignLevelEntity, unknownCampaign } from '../campaigns';
import { IndicatorEntity } from '../indicators';
import { LevelEntity } from '../levels';
import { UnitEntity } from '../units';
import { TargetChangeEntity, TargetEntity, TargetSetEntity } from './target.entity';
import type { CreateTargetSetInput, SetTargetsInput, TargetInput, UpdateTargetSetInput } from './target.type';
import { msg } from '../../foundation/i18n/message';

const KEY_PATTERN = /^[a-z0-9_-]{1,40}$/;
const stale = () =>
  userError(
    'STALE',
    ['input', 'version'],
    msg(
      'Someone else changed these targets since you opened them; reload and try again.',
      'Người khác vừa thay đổi các chỉ tiêu này sau khi bạn mở; hãy tải lại rồi thử lại.',
    ),
  );
const closed = (field: string[]) =>
  userError(
    'CAMPAIGN_CLOSED',
    field,
    msg(
      'This campaign is closed; reopen it to change its targets.',
      'Chiến dịch đã đóng; hãy mở lại chiến dịch để thay đổi chỉ tiêu.',
    ),
  );

export class TargetsService {
  constructor(private readonly dataSource: DataSource) {}

  async changes(
    campaignId: string,
    targetSetKey: string | null,
    window: PageWindow,
  ): Promise<Connection<TargetChangeEntity>> {
    const query = this.dataSource
      .getRepository(TargetChangeEntity)
      .createQueryBuilder('change')
      .innerJoin(TargetSetEntity, 'set', 'set.id = change.target_set_id')
      .where('set.campaign_id = :campaignId', { campaignId });
    if (targetSetKey) query.andWhere('set.key = :targetSetKey', { targetSetKey });
    const [nodes, total] = await query
      .orderBy('change.changed_at', 'DESC')
      .addOrderBy('change.id', 'DESC')
      .offset(window.offset)
      .limit(window.limit)
      .getManyAndCount();
    return connectionOf(nodes, window, total);
  }

  async createSet(input: CreateTargetSetInput, viewer: Viewer | null): Promise<Outcome<TargetSetEntity>> {
    const key = input.key.trim();
    const errors = [...checkText(input.name, ['input', 'name'], 'name', 200)];
    if (!KEY_PATTERN.test(key))
      errors.push(
        userError(
          'INVALID_FORMAT',
          ['input', 'key'],
          msg(
            'The key must be 1–40 lower case letters, digits, - or _ (e.g. plan-2023).',
            'Mã phải gồm 1–40 chữ cái thường, chữ số, - hoặc _ (ví dụ plan-2023).',
          ),
        ),
      );
    if (errors.length) return fail(...errors);
    try {
      return await this.dataSource.transaction(async (manager) => {
        // The campaign row is the lock that keeps "exactly one primary set" true under concurrent writes.
        const campaign = isId(input.campaignId)
          ? await manager.findOne(CampaignEntity, {
              where: { id: input.campaignId },
              lock: { mode: 'pessimistic_write' },
            })
          : null;
        if (!campaign) return fail(unknownCampaign());
        if (campaign.status === 'CLOSED') return fail(closed(['input', 'campaignId']));
        if (await manager.existsBy(TargetSetEntity, { campaignId: campaign.id, key })) {
          return fail(
            userError(
              'DUPLICATE_KEY',
              ['input', 'key'],
              msg(`This campaign already has a target set "${key}".`, `Chiến dịch đã có bộ chỉ tiêu "${key}".`),
            ),
          );
        }
        const isFirst = (await manager.countBy(TargetSetEntity, { campaignId: campaign.id })) === 0;
        const primary = isFirst || input.primary === true;
        if (primary && !isFirst)
          await manager.update(TargetSetEntity, { campaignId: campaign.id, primary: true }, { primary: false });
        const set = await manager.save(
          manager.create(TargetSetEntity, {
            campaignId: campaign.id,
            key,
            name: input.name.trim(),
            primary,
            version: 1,
          }),
        );
        await recordAudit(manager, viewer, {
          action: 'createTargetSet',
          entityType: 'TargetSet',
          entityId: set.id,
          before: null,
          after: { ...input },
        });
        return succeed(set);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'target_sets_campaign_id_key_key')) {
        return fail(
          userError(
            'DUPLICATE_KEY',
            ['input', 'key'],
            msg(`This campaign already has a target set "${key}".`, `Chiến dịch đã có bộ chỉ tiêu "${key}".`),
          ),
        );
      }
      throw error;
    }
  }

  async updateSet(input: UpdateTargetSetInput, viewer: Viewer | null): Promise<Outcome<TargetSetEntity>> {
    const errors = checkText(input.name, ['input', 'name'], 'name', 200);
    if (errors.length) return fail(...errors);
    return this.dataSource.transaction(async (manager) => {
      const found = isId(input.id) ? await manager.findOneBy(TargetSetEntity, { id: input.id }) : null;
      if (!found)
        return fail(
          userError('NOT_FOUND', ['input', 'id'], msg('There is no such target set.', 'Không có bộ chỉ tiêu này.')),
        );
      const campaign = await manager.findOneOrFail(CampaignEntity, {
        where: { id: found.campaignId },
        lock: { mode: 'pessimistic_write' },
      });
      const set = await manager.findOneByOrFail(TargetSetEntity, { id: found.id });
      if (input.version != null && input.version !== set.version) return fail(stale());
      if (campaign.status === 'CLOSED') return fail(closed(['input', 'id']));
      if (input.primary === false && set.primary) {
        return fail(
          userError(
            'PRIMARY_REQUIRED',
            ['input', 'primary'],
            msg(
              'A campaign keeps one primary target set: make another one primary instead.',
              'Chiến dịch luôn có một bộ chỉ tiêu chính: hãy đặt một bộ khác làm bộ chính.',
            ),
          ),
        );
      }
      const before = { name: set.name, primary: set.primary };
      if (input.primary === true && !set.primary) {
        // The other set's targets do not change, so its version stays: an open grid on it is not made stale.
        await manager.update(TargetSetEntity, { campaignId: set.campaignId, primary: true }, { primary: false });
        set.primary = true;
      }
      if (input.name != null) set.name = input.name.trim();
      set.version += 1;
      const saved = await manager.save(set);
      await recordAudit(manager, viewer, {
        action: 'updateTargetSet',
        entityType: 'TargetSet',
        entityId: set.id,
        before,
        after: { ...input },
      });
      return succeed(saved);
    });
  }

  /** Adds, replaces or clears the listed targets in one transaction, each change kept in the history. */
  async setTargets(
    input: SetTargetsInput,
    viewer: Viewer | null,
  ): Promise<Outcome<{ targetSet: TargetSetEntity; changed: number }>> {
    if (input.targets.length > 20_000)
      return fail(
        userError(
          'TOO_MANY_TARGETS',
          ['input', 'targets'],
          msg('Send at most 20.000 targets at once.', 'Mỗi lần gửi tối đa 20.000 chỉ tiêu.'),
        ),
      );
    return this.dataSource.transaction(async (manager) => {
      const campaign = isId(input.campaignId)
        ? await manager.findOneBy(CampaignEntity, { id: input.campaignId })
        : null;
      if (!campaign) return fail(unknownCampaign());
      const found = await manager.findOneBy(TargetSetEntity, { campaignId: campaign.id, key: input.targetSetKey });
      if (!found)
        return fail(
          userError(
            'UNKNOWN_TARGET_SET',
            ['input', 'targetSetKey'],
            msg(
              `This campaign has no target set "${input.targetSetKey}".`,
              `Chiến dịch không có bộ chỉ tiêu "${input.targetSetKey}".`,
            ),
          ),
        );
      const set = await manager.findOneOrFail(TargetSetEntity, {
        where: { id: found.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (input.version != null && input.version !== set.version) return fail(stale());
      if (campaign.status === 'CLOSED') return fail(closed(['input', 'campaignId']));
      const resolved = await resolveTargetInputs(manager, campaign.id, input.targets);
      if (resolved.errors.length) return fail(...resolved.errors);
      const changed = await applyTargets(manager, set.id, resolved.rows, viewer);
      if (changed > 0) {
        set.version += 1;
        await manager.save(set);
        await recordAudit(manager, viewer, {
          action: 'setTargets',
          entityType: 'TargetSet',
          entityId: set.id,
          before: null,
          after: { changed, targets: input.targets.length },
        });
      }
      return succeed({ targetSet: set, changed });
    });
  }
}

interface TargetRow {
  indicatorId: string;
  levelId: string | null;
  unitId: string | null;
  value: number | null;
}

async function resolveTargetInputs(
  manager: EntityManager,
  campaignId: string,
  targets: TargetInput[],
): Promise<{ rows: TargetRow[]; errors: Problem[] }> {
  const campaignIndicators = await manager.findBy(CampaignIndicatorEntity, { campaignId });
  const indicators = campaignIndicators.length
    ? await manager.findBy(IndicatorEntity, { id: In(campaignIndicators.map((ci) => ci.indicatorId)) })
    : [];
  const indicatorIdByCode = new Map(indicators.map((indicator) => [indicator.code, indicator.id]));
  const campaignLevelIds = new Set((await manager.findBy(CampaignLevelEntity, { campaignId })).map((cl) => cl.levelId));
  const levels = await manager.find(LevelEntity);
  const levelIdByKey = new Map(levels.map((level) => [level.key, level.id]));
  const unitIds = [...new Set(targets.map((target) => target.unitId).filter((id): id is string => isId(id)))];
  const units = unitIds.length ? await manager.findBy(UnitEntity, { id: In(unitIds) }) : [];
  const unitById = new Map(units.map((unit) => [unit.id, unit]));

  const errors: Problem[] = [];
  const rows: TargetRow[] = [];
  const seen = new Set<string>();
  targets.forEach((target, i) => {
    const at = (field: string) => ['input', 'targets', String(i), field];
    const before = errors.length;
    const indicatorId = indicatorIdByCode.get(target.indicatorCode);
    if (!indicatorId)
      errors.push(
        userError(
          'UNKNOWN_INDICATOR',
          at('indicatorCode'),
          msg(
            `${target.indicatorCode} is not an indicator of this campaign.`,
            `${target.indicatorCode} không phải là chỉ số của chiến dịch này.`,
          ),
        ),
      );
    let levelId: string | null = null;
    let unitId: string | null = null;
    if ((target.levelKey == null) === (target.unitId == null)) {
      errors.push(
        userError(
          'TARGET_SCOPE',
          at('levelKey'),
          msg(
            'Give either levelKey (a level default) or unitId (a unit override), not both.',
            'Hãy ghi levelKey (chỉ tiêu chung của cấp) hoặc unitId (chỉ tiêu riêng của đơn vị), không ghi cả hai.',
          ),
        ),
      );
    } else if (target.levelKey != null) {
      levelId = levelIdByKey.get(target.levelKey) ?? null;
      if (!levelId)
        errors.push(
          userError(
            'UNKNOWN_LEVEL',
            at('levelKey'),
            msg(`There is no level "${target.levelKey}".`, `Không có cấp "${target.levelKey}".`),
          ),
        );
      else if (!campaignLevelIds.has(levelId))
        errors.push(
          userError(
            'LEVEL_NOT_IN_CAMPAIGN',
            at('levelKey'),
            msg(
              `The level "${target.levelKey}" does not take part in this campaign.`,
              `Cấp "${target.levelKey}" không tham gia chiến dịch này.`,
            ),
          ),
        );
    } else {
      const unit = unitById.get(target.unitId as string);
      unitId = unit?.id ?? null;
      if (!unit)
        errors.push(userError('UNKNOWN_UNIT', at('unitId'), msg('There is no such unit.', 'Không có đơn vị này.')));
      else if (unit.archivedAt)
        errors.push(
          userError(
            'ARCHIVED_UNIT',
            at('unitId'),
            msg(
              `${unit.name} is archived and cannot get a target.`,
              `${unit.name} đã được lưu trữ nên không thể nhận chỉ tiêu.`,
            ),
          ),
        );
      else if (!campaignLevelIds.has(unit.levelId))
        errors.push(
          userError(
            'LEVEL_NOT_IN_CAMPAIGN',
            at('unitId'),
            msg(
              `${unit.name} is not at a level of this campaign.`,
              `${unit.name} không thuộc cấp nào của chiến dịch này.`,
            ),
          ),
        );
    }
    if (target.value != null) {
      const value = validateTargetValue(target.value, at('value'));
      if (!value.ok) errors.push(...fromDomainErrors(value.errors, []));
    }
    const key = `${indicatorId}/${levelId}/${unitId}`;
    if (errors.length === before && seen.has(key))
      errors.push(
        userError(
          'DUPLICATE_TARGET',
          at('indicatorCode'),
          msg('This target is listed more than once.', 'Chỉ tiêu này được liệt kê nhiều lần.'),
        ),
      );
    seen.add(key);
    if (errors.length === before)
      rows.push({ indicatorId: indicatorId as string, levelId, unitId, value: target.value ?? null });
  });
  return { rows, errors };
}

async function applyTargets(
  manager: EntityManager,
  targetSetId: string,
  rows: TargetRow[],
  viewer: Viewer | null,
): Promise<number> {
  const existing = await manager.findBy(TargetEntity, { targetSetId });
  const keyOf = (row: { indicatorId: string; levelId: string | null; unitId: string | null }) =>
    `${row.indicatorId}/${row.levelId}/${row.unitId}`;
  const byKey = new Map(existing.map((target) => [keyOf(target), target]));
  const history: Partial<TargetChangeEntity>[] = [];
  const toDelete: string[] = [];
  const toSave: TargetEntity[] = [];
  for (const row of rows) {
    const current = byKey.get(keyOf(row));
    const oldValue = current?.value ?? null;
    if (oldValue === row.value) continue;
    if (row.value === null) toDelete.push((current as TargetEntity).id);
    else
      toSave.push(
        Object.assign(
          current ??
            manager.create(TargetEntity, {
              targetSetId,
              indicatorId: row.indicatorId,
              levelId: row.levelId,
              unitId: row.unitId,
            }),
          { value: row.value },
        ),
      );
    history.push({
      targetSetId,
      indicatorId: row.indicatorId,
      levelId: row.levelId,
      unitId: row.unitId,
      oldValue,
      newValue: row.value,
      changedBy: viewer?.userId ?? null,
    });
  }
  if (toDelete.length) await manager.delete(TargetEntity, { id: In(toDelete) });
  for (let i = 0; i < toSave.length; i += 500) await manager.save(toSave.slice(i, i + 500));
  for (let i = 0; i < history.length; i += 500)
    await manager.save(manager.create(TargetChangeEntity, history.slice(i, i + 500)));
  return history.length;
}
