import { rateOf } from '@thidua/domain';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { connectionOf, type Connection, type PageWindow } from '../../foundation/graphql/connection';
import { applyKeysetWindow, keysetConnectionOf, type KeysetWindow } from '../../foundation/graphql/keyset';
import type { Viewer } from '../../foundation/access/viewer';
import { fail, succeed, userError, type Outcome } from '../../foundation/errors/problem';
import { isId } from '../../foundation/database/errors';
import { recordAudit } from '../../foundation/audit/audit.service';
import { UnitEntity } from '../units';
import { Role } from '../../foundation/access/role';
import { loadCampaignContext, unknownCampaign } from '../campaigns';
import { ReportEntity } from './report.entity';
import type { SubmitReportInput } from './report.inputs';
import { checkCampaignOpen, checkPeriod, checkUnit, checkValues } from './report-rules';
import { writeSubmissions, type SubmissionResult } from './report-writer';
import { isInSubtree } from './unit-scope';
import { writableUnitsOf } from './writable-units';
import { checkNotFedByRecords } from './fed-by-records';
import { msg } from '../../foundation/i18n/message';

export interface ReportFilter {
  campaignId: string;
  period?: number | null;
  unitId?: string | null;
  /** Only reports whose last change is at or after this instant. */
  updatedSince?: Date | null;
}

/** A report's values, each with its rate as @thidua/domain computes it. */
export function withRates<T extends { numerator: number; denominator: number }>(
  values: readonly T[],
): (T & { rate: number | null })[] {
  return values.map((value) => ({ ...value, rate: rateOf(value) }));
}

export class ReportsService {
  constructor(private readonly dataSource: DataSource) {}

  /** Whether `writableUnitsOf(viewer)` includes the unit. */
  async mayReportFor(viewer: Viewer, unitId: string): Promise<boolean> {
    const writable = writableUnitsOf(viewer);
    if (writable.kind !== 'SUBTREE') return writable.kind === 'ALL';
    return isInSubtree(this.dataSource.manager, writable.rootId, unitId);
  }

  /** Reports by period then unit code, with offset cursors. */
  async list(filter: ReportFilter, window: PageWindow): Promise<Connection<ReportEntity>> {
    const query = this.filtered(filter);
    if (!query) return connectionOf([], window, 0);
    const [nodes, total] = await query
      .innerJoin(UnitEntity, 'unit', 'unit.id = report.unit_id')
      .orderBy('report.period_index', 'ASC')
      .addOrderBy('unit.code', 'ASC')
      .offset(window.offset)
      .limit(window.limit)
      .getManyAndCount();
    return connectionOf(nodes, window, total);
  }

  /** Reports by last change then id, with keyset cursors (served by reports_campaign_updated_idx). */
  async listByLastChange(filter: ReportFilter, window: KeysetWindow): Promise<Connection<ReportEntity>> {
    const query = this.filtered(filter);
    if (!query) return keysetConnectionOf([], window, 0);
    const total = await query.clone().getCount();
    const rows = await applyKeysetWindow(query, 'report', window).getMany();
    return keysetConnectionOf(rows, window, total);
  }

  /** The reports `filter` selects; null when an id cannot be ours (nothing is). */
  private filtered(filter: ReportFilter): SelectQueryBuilder<ReportEntity> | null {
    if (!isId(filter.campaignId) || (filter.unitId && !isId(filter.unitId))) return null;
    const query = this.dataSource
      .getRepository(ReportEntity)
      .createQueryBuilder('report')
      .where('report.campaign_id = :campaignId', { campaignId: filter.campaignId });
    if (filter.period != null) query.andWhere('report.period_index = :period', { period: filter.period });
    if (filter.unitId) query.andWhere('report.unit_id = :unitId', { unitId: filter.unitId });
    if (filter.updatedSince)
      query.andWhere('report.updated_at >= :updatedSince', { updatedSince: filter.updatedSince });
    return query;
  }

  async submit(input: SubmitReportInput, viewer: Viewer, now: Date): Promise<Outcome<SubmissionResult>> {
    if (input.submittedAt && viewer.role !== Role.ADMIN) {
      return fail(
        userError(
          'SUBMITTED_AT_NOT_ALLOWED',
          ['input', 'submittedAt'],
          msg(
            'Only administrators may give the submission time, to back-fill history.',
            'Chỉ quản trị viên mới được ghi thời điểm nộp, để nhập bổ sung dữ liệu cũ.',
          ),
        ),
      );
    }
    if (input.submittedAt && input.submittedAt > now) {
      return fail(
        userError(
          'SUBMITTED_AT_IN_FUTURE',
          ['input', 'submittedAt'],
          msg(
            'A back-filled submission time cannot be in the future.',
            'Thời điểm nộp được nhập bổ sung không thể ở trong tương lai.',
          ),
        ),
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const context = await loadCampaignContext(manager, input.campaignId);
      if (!context) return fail(unknownCampaign());
      const unit = isId(input.unitId) ? await manager.findOneBy(UnitEntity, { id: input.unitId }) : null;
      const checked = checkValues(context, input.values, (i, column) => ['input', 'values', String(i), column], [
        'input',
        'values',
      ]);
      const errors = [
        ...checkCampaignOpen(context, ['input', 'campaignId']),
        ...checkPeriod(context, input.period, ['input', 'period']),
        ...checkUnit(context, unit, ['input', 'unitId']),
        ...checked.errors,
        ...(unit ? await checkNotFedByRecords(manager, context.campaign.id, [unit], () => ['input', 'unitId']) : []),
      ];
      if (errors.length || !unit) return fail(...errors);
      const [result] = await writeSubmissions(
        manager,
        {
          campaignId: context.campaign.id,
          periodIndex: input.period,
          submittedAt: input.submittedAt ?? now,
          backfilled: Boolean(input.submittedAt),
          source: 'FORM',
          submissions: [{ unitId: unit.id, values: checked.values }],
        },
        viewer,
      );
      if (result.outcome !== 'UNCHANGED') {
        await recordAudit(manager, viewer, {
          action: 'submitReport',
          entityType: 'Report',
          entityId: result.report.id,
          before: null,
          after: { period: input.period, unitId: unit.id, revision: result.report.revision, values: checked.values },
        });
      }
      return succeed(result);
    });
  }
}
