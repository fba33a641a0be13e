import { buildPeriods, currentCampaign } from '@thidua/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { connectionOf, type Connection, type PageWindow } from '../../foundation/graphql/connection';
import type { Viewer } from '../../foundation/access/viewer';
import { checkText, fail, succeed, userError, type Outcome, type Problem } from '../../foundation/errors/problem';
import { isId } from '../../foundation/database/errors';
import { recordAudit } from '../../foundation/audit/audit.service';
import { IndicatorEntity } from '../indicators';
import { LevelEntity } from '../levels';
import { CampaignEntity, CampaignIndicatorEntity, CampaignLevelEntity, type CampaignStatus } from './campaign.entity';
import type { CampaignIndicatorInput, CreateCampaignInput, UpdateCampaignInput } from './campaign.inputs';
import {
  checkIndicatorList,
  checkLegend,
  checkSchedule,
  checkScoring,
  DEFAULT_STORED_LEGEND,
  scheduleOf,
} from './campaign-rules';
import { msg } from '../../foundation/i18n/message';
import { unknownCampaign } from './unknown-campaign';
import { refreshCampaignFigures } from './kept-figures';

/** The columns a campaign's periods are built from (buildPeriods). */
const SCHEDULE_FIELDS = ['startDate', 'endDate', 'timeZone', 'dueWeekday', 'dueTime'] as const;

/** Status changes an admin may make; CLOSED → ACTIVE reopens a campaign. */
const ALLOWED_STATUS_CHANGES: Record<CampaignStatus, CampaignStatus[]> = {
  DRAFT: ['ACTIVE'],
  ACTIVE: ['CLOSED', 'DRAFT'],
  CLOSED: ['ACTIVE'],
};

export class CampaignsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(window: PageWindow): Promise<Connection<CampaignEntity>> {
    const [nodes, total] = await this.dataSource.getRepository(CampaignEntity).findAndCount({
      order: { startDate: 'DESC', name: 'ASC', id: 'ASC' }, // a total order: positions are stable cursors
      skip: window.offset,
      take: window.limit,
    });
    return connectionOf(nodes, window, total);
  }

  /**
   * The ACTIVE campaigns in the order @thidua/domain's currentCampaign picks them: the one it picks first, then the
   * one it picks among the rest, and so on (the campaigns whose dates contain `today` first).
   */
  async current(today: string): Promise<CampaignEntity[]> {
    const rest = await this.dataSource.getRepository(CampaignEntity).findBy({ status: 'ACTIVE' });
    const ordered: CampaignEntity[] = [];
    for (let next = currentCampaign(rest, today); next; next = currentCampaign(rest, today)) {
      ordered.push(next);
      rest.splice(rest.indexOf(next), 1);
    }
    return ordered;
  }

  async findById(id: string): Promise<CampaignEntity | null> {
    return isId(id) ? this.dataSource.getRepository(CampaignEntity).findOneBy({ id }) : null;
  }

  async create(input: CreateCampaignInput, viewer: Viewer | null): Promise<Outcome<CampaignEntity>> {
    const schedule = scheduleOf({
      ...input,
      timeZone: input.timeZone ?? undefined,
      dueWeekday: input.dueWeekday ?? undefined,
      dueTime: input.dueTime ?? undefined,
    });
    const legend = input.legend ? checkLegend(input.legend) : { legend: DEFAULT_STORED_LEGEND, errors: [] };
    const scoring = input.scoring ? checkScoring(input.scoring) : { scoring: null, errors: [] };
    const errors = [
      ...checkText(input.name, ['input', 'name'], 'name', 300),
      ...checkSchedule(schedule),
      ...legend.errors,
      ...scoring.errors,
      ...checkIndicatorList(input.indicators ?? []),
    ];
    if (errors.length) return fail(...errors);
    return this.dataSource.transaction(async (manager) => {
      const indicators = await resolveIndicators(manager, input.indicators ?? []);
      const levels = await resolveLevels(manager, input.levelKeys ?? null);
      const problems = [...indicators.errors, ...levels.errors];
      if (problems.length) return fail(...problems);
      const campaign = await manager.save(
        manager.create(CampaignEntity, {
          name: input.name.trim(),
          ...schedule,
          status: 'DRAFT',
          legend: legend.legend,
          scoring: scoring.scoring,
          version: 1,
        }),
      );
      await replaceIndicators(manager, campaign.id, indicators.rows);
      await replaceLevels(manager, campaign.id, levels.ids);
      await refreshCampaignFigures(manager, campaign.id); // its basis: no report yet
      await recordAudit(manager, viewer, {
        action: 'createCampaign',
        entityType: 'Campaign',
        entityId: campaign.id,
        before: null,
        after: { ...input },
      });
      return succeed(campaign);
    });
  }

  async update(input: UpdateCampaignInput, viewer: Viewer | null): Promise<Outcome<CampaignEntity>> {
    return this.dataSource.transaction(async (manager) => {
      const campaign = isId(input.id)
        ? await manager.findOne(CampaignEntity, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!campaign) return fail(unknownCampaign(['input', 'id']));
      if (input.version != null && input.version !== campaign.version) {
        return fail(
          userError(
            'STALE',
            ['input', 'version'],
            msg(
              'Someone else changed this campaign since you opened it; reload and try again.',
              'Người khác vừa thay đổi chiến dịch này sau khi bạn mở; hãy tải lại rồi thử lại.',
            ),
          ),
        );
      }
      const before = { ...campaign };
      const editsBeyondStatus = Object.entries(input).some(
        ([key, value]) => !['id', 'version', 'status'].includes(key) && value != null,
      );
      if (campaign.status === 'CLOSED' && editsBeyondStatus && input.status !== 'ACTIVE') {
        return fail(
          userError(
            'CAMPAIGN_CLOSED',
            ['input', 'id'],
            msg(
              'This campaign is closed; reopen it (status ACTIVE) to change it.',
              'Chiến dịch đã đóng; hãy mở lại (trạng thái ACTIVE) để thay đổi.',
            ),
          ),
        );
      }
      const schedule = scheduleOf({
        startDate: input.startDate ?? campaign.startDate,
        endDate: input.endDate ?? campaign.endDate,
        timeZone: input.timeZone ?? campaign.timeZone,
        dueWeekday: input.dueWeekday ?? campaign.dueWeekday,
        dueTime: input.dueTime ?? campaign.dueTime,
      });
      const legend = input.legend ? checkLegend(input.legend) : { legend: campaign.legend, errors: [] };
      const scoring = input.scoring ? checkScoring(input.scoring) : { scoring: campaign.scoring, errors: [] };
      const errors: Problem[] = [
        ...checkText(input.name, ['input', 'name'], 'name', 300),
        ...checkSchedule(schedule),
        ...legend.errors,
        ...scoring.errors,
        ...(input.indicators ? checkIndicatorList(input.indicators) : []),
      ];
      if (errors.length) return fail(...errors);
      const indicators = input.indicators ? await resolveIndicators(manager, input.indicators) : null;
      const levels = input.levelKeys ? await resolveLevels(manager, input.levelKeys) : null;
      const problems = [...(indicators?.errors ?? []), ...(levels?.errors ?? [])];
      if (indicators && !problems.length)
        problems.push(...(await checkRemovedIndicators(manager, campaign.id, indicators.rows)));
      if (input.status && input.status !== campaign.status) {
        problems.push(...(await checkStatusChange(manager, campaign, input.status, indicators?.rows.length)));
      }
      problems.push(...(await checkReportsStillFit(manager, campaign.id, buildPeriods(schedule).length)));
      if (problems.length) return fail(...problems);

      Object.assign(campaign, schedule, {
        legend: legend.legend,
        scoring: scoring.scoring,
        version: campaign.version + 1,
      });
      if (input.name != null) campaign.name = input.name.trim();
      if (input.status) campaign.status = input.status;
      const saved = await manager.save(campaign);
      if (indicators) await replaceIndicators(manager, campaign.id, indicators.rows);
      if (levels) await replaceLevels(manager, campaign.id, levels.ids);
      // Reports are counted on time against the schedule and summed per indicator: the kept figures follow.
      if (indicators || SCHEDULE_FIELDS.some((field) => before[field] !== campaign[field]))
        await refreshCampaignFigures(manager, campaign.id);
      await recordAudit(manager, viewer, {
        action: 'updateCampaign',
        entityType: 'Campaign',
        entityId: campaign.id,
        before,
        after: { ...input },
      });
      return succeed(saved);
    });
  }
}

interface IndicatorRow {
  indicatorId: string;
  weight: number;
}

async function resolveIndicators(
  manager: EntityManager,
  list: CampaignIndicatorInput[],
): Promise<{ rows: IndicatorRow[]; errors: Problem[] }> {
  const found = list.length ? await manager.findBy(IndicatorEntity, { code: In(list.map((entry) => entry.code)) }) : [];
  const byCode = new Map(found.map((indicator) => [indicator.code, indicator.id]));
  const errors = list.flatMap((entry, i) =>
    byCode.has(entry.code)
      ? []
      : [
          userError(
            'UNKNOWN_INDICATOR',
            ['input', 'indicators', String(i), 'code'],
            msg(`There is no indicator ${entry.code}.`, `Không có chỉ số ${entry.code}.`),
          ),
        ],
  );
  return {
    rows: list.map((entry) => ({ indicatorId: byCode.get(entry.code) as string, weight: entry.weight ?? 1 })),
    errors,
  };
}

async function resolveLevels(
  manager: EntityManager,
  keys: string[] | null,
): Promise<{ ids: string[]; errors: Problem[] }> {
  const levels = await manager.find(LevelEntity);
  if (keys === null) return { ids: levels.map((level) => level.id), errors: [] };
  const byKey = new Map(levels.map((level) => [level.key, level.id]));
  const errors = keys.flatMap((key, i) =>
    byKey.has(key)
      ? []
      : [
          userError(
            'UNKNOWN_LEVEL',
            ['input', 'levelKeys', String(i)],
            msg(`There is no level "${key}".`, `Không có cấp "${key}".`),
          ),
        ],
  );
  if (!keys.length)
    errors.push(
      userError(
        'REQUIRED',
        ['input', 'levelKeys'],
        msg('A campaign needs at least one level.', 'Chiến dịch cần ít nhất một cấp.'),
      ),
    );
  return { ids: [...new Set(keys)].map((key) => byKey.get(key) as string), errors };
}

/** An indicator that already has targets stays until its targets are cleared: nothing is dropped silently. */
async function checkRemovedIndicators(
  manager: EntityManager,
  campaignId: string,
  rows: IndicatorRow[],
): Promise<Problem[]> {
  const kept = new Set(rows.map((row) => row.indicatorId));
  const targeted: { id: string; code: string }[] = await manager.query(
    `SELECT DISTINCT i.id, i.code FROM targets t JOIN target_sets s ON s.id = t.target_set_id JOIN indicators i ON i.id = t.indicator_id
     WHERE s.campaign_id = $1 ORDER BY i.code`,
    [campaignId],
  );
  return targeted
    .filter((indicator) => !kept.has(indicator.id))
    .map((indicator) =>
      userError(
        'INDICATOR_HAS_TARGETS',
        ['input', 'indicators'],
        msg(
          `The indicator ${indicator.code} has targets; clear them before removing it.`,
          `Chỉ số ${indicator.code} đã có chỉ tiêu; hãy xóa các chỉ tiêu đó trước khi bỏ chỉ số.`,
        ),
      ),
    );
}

async function checkStatusChange(
  manager: EntityManager,
  campaign: CampaignEntity,
  next: CampaignStatus,
  indicatorCount?: number,
): Promise<Problem[]> {
  const field = ['input', 'status'];
  if (!ALLOWED_STATUS_CHANGES[campaign.status].includes(next)) {
    return [
      userError(
        'INVALID_STATUS_CHANGE',
        field,
        msg(
          `A ${campaign.status} campaign cannot become ${next}.`,
          `Chiến dịch ở trạng thái ${campaign.status} không thể chuyển sang ${next}.`,
        ),
      ),
    ];
  }
  if (
    next === 'DRAFT' &&
    (await manager.query('SELECT 1 FROM reports WHERE campaign_id = $1 LIMIT 1', [campaign.id])).length
  ) {
    return [
      userError(
        'CAMPAIGN_HAS_REPORTS',
        field,
        msg(
          'This campaign has reports already; it cannot go back to being set up.',
          'Chiến dịch đã có báo cáo; không thể quay lại giai đoạn thiết lập.',
        ),
      ),
    ];
  }
  if (next !== 'ACTIVE') return [];
  const errors: Problem[] = [];
  const indicators = indicatorCount ?? (await manager.countBy(CampaignIndicatorEntity, { campaignId: campaign.id }));
  if (indicators === 0)
    errors.push(
      userError(
        'NO_INDICATORS',
        field,
        msg(
          'Add at least one indicator before activating the campaign.',
          'Hãy thêm ít nhất một chỉ số trước khi kích hoạt chiến dịch.',
        ),
      ),
    );
  const [{ count }] = await manager.query(
    `SELECT count(*)::int AS count FROM targets t JOIN target_sets s ON s.id = t.target_set_id WHERE s.campaign_id = $1`,
    [campaign.id],
  );
  if (count === 0)
    errors.push(
      userError(
        'NO_TARGETS',
        field,
        msg(
          'Set at least one target before activating the campaign.',
          'Hãy đặt ít nhất một chỉ tiêu trước khi kích hoạt chiến dịch.',
        ),
      ),
    );
  return errors;
}

/** New dates or a new schedule may not leave a report outside the campaign's periods. */
async function checkReportsStillFit(
  manager: EntityManager,
  campaignId: string,
  periodCount: number,
): Promise<Problem[]> {
  const [{ last }] = await manager.query('SELECT max(period_index)::int AS last FROM reports WHERE campaign_id = $1', [
    campaignId,
  ]);
  if (last === null || last <= periodCount) return [];
  return [
    userError(
      'REPORTS_OUTSIDE_PERIODS',
      ['input', 'endDate'],
      msg(
        `Units have reported for period ${last}, but the new dates and schedule give only ${periodCount} periods.`,
        `Các đơn vị đã báo cáo cho kỳ ${last}, nhưng ngày và lịch mới chỉ có ${periodCount} kỳ báo cáo.`,
      ),
    ),
  ];
}

async function replaceIndicators(manager: EntityManager, campaignId: string, rows: IndicatorRow[]): Promise<void> {
  await manager.delete(CampaignIndicatorEntity, { campaignId });
  if (rows.length) {
    await manager.insert(
      CampaignIndicatorEntity,
      rows.map((row, position) => ({ campaignId, indicatorId: row.indicatorId, weight: row.weight, position })),
    );
  }
}

async function replaceLevels(manager: EntityManager, campaignId: string, levelIds: string[]): Promise<void> {
  await manager.delete(CampaignLevelEntity, { campaignId });
  if (levelIds.length)
    await manager.insert(
      CampaignLevelEntity,
      levelIds.map((levelId) => ({ campaignId, levelId })),
    );
}
