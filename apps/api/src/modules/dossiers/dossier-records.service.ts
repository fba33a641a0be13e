import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import type { Viewer } from '../../foundation/access/viewer';
import { fail, succeed, userError, type Outcome } from '../../foundation/errors/problem';
import { isId } from '../../foundation/database/errors';
import { recordAudit } from '../../foundation/audit/audit.service';
import { CampaignEntity } from '../campaigns';
import { IndicatorEntity } from '../indicators';
import { UnitEntity } from '../units';
import { recomputeDirtyCells, type RecomputeSummary } from './dossier-recompute';
import { isRecordMeasure, setCampaignRecordFeeds, setIndicatorRecordRule, type RecordMeasure } from './record-rules';
import { msg } from '../../foundation/i18n/message';

export const MAX_FEED_UNITS = 20_000;

export interface StoredRecordRule {
  indicator: IndicatorEntity;
  numerator: RecordMeasure;
  denominator: RecordMeasure;
}

/** Configuration of how dossier records feed indicators and campaigns, and the recompute on demand. */
export class DossierRecordsService {
  constructor(private readonly dataSource: DataSource) {}

  async listRules(): Promise<StoredRecordRule[]> {
    const rows: { indicator_id: string; numerator: RecordMeasure; denominator: RecordMeasure }[] =
      await this.dataSource.query(
        'SELECT r.indicator_id, r.numerator, r.denominator FROM indicator_record_rules r JOIN indicators i ON i.id = r.indicator_id ORDER BY i.code',
      );
    const indicators = rows.length
      ? await this.dataSource.getRepository(IndicatorEntity).findBy({ id: In(rows.map((row) => row.indicator_id)) })
      : [];
    return rows.map((row) => ({
      indicator: indicators.find((i) => i.id === row.indicator_id) as IndicatorEntity,
      numerator: row.numerator,
      denominator: row.denominator,
    }));
  }

  async setRule(
    input: { indicatorId: string; numerator: string; denominator: string },
    viewer: Viewer | null,
  ): Promise<Outcome<StoredRecordRule>> {
    const errors = [
      ...(isRecordMeasure(input.numerator)
        ? []
        : [
            userError(
              'INVALID_MEASURE',
              ['input', 'numerator'],
              msg(`Unknown measure ${input.numerator}.`, `Không có thước đo ${input.numerator}.`),
            ),
          ]),
      ...(isRecordMeasure(input.denominator)
        ? []
        : [
            userError(
              'INVALID_MEASURE',
              ['input', 'denominator'],
              msg(`Unknown measure ${input.denominator}.`, `Không có thước đo ${input.denominator}.`),
            ),
          ]),
    ];
    if (errors.length) return fail(...errors);
    return this.dataSource.transaction(async (manager) => {
      const indicator = isId(input.indicatorId)
        ? await manager.findOneBy(IndicatorEntity, { id: input.indicatorId })
        : null;
      if (!indicator)
        return fail<StoredRecordRule>(
          userError('NOT_FOUND', ['input', 'indicatorId'], msg('No such indicator.', 'Không có chỉ số này.')),
        );
      const [before] = await manager.query(
        'SELECT numerator, denominator FROM indicator_record_rules WHERE indicator_id = $1',
        [indicator.id],
      );
      const rule = {
        indicatorId: indicator.id,
        numerator: input.numerator as RecordMeasure,
        denominator: input.denominator as RecordMeasure,
      };
      await setIndicatorRecordRule(manager, rule);
      await recordAudit(manager, viewer, {
        action: 'setIndicatorRecordRule',
        entityType: 'Indicator',
        entityId: indicator.id,
        before: before ?? null,
        after: { numerator: rule.numerator, denominator: rule.denominator },
      });
      return succeed({ indicator, numerator: rule.numerator, denominator: rule.denominator });
    });
  }

  async listFeeds(campaignId: string): Promise<string[]> {
    if (!isId(campaignId)) return [];
    const rows: { unit_id: string }[] = await this.dataSource.query(
      'SELECT unit_id FROM campaign_record_feeds WHERE campaign_id = $1 ORDER BY unit_id',
      [campaignId],
    );
    return rows.map((row) => row.unit_id);
  }

  async setFeeds(
    input: { campaignId: string; unitIds: string[]; fed: boolean },
    viewer: Viewer | null,
  ): Promise<Outcome<number>> {
    if (input.unitIds.length > MAX_FEED_UNITS)
      return fail(
        userError(
          'TOO_MANY',
          ['input', 'unitIds'],
          msg(`At most ${MAX_FEED_UNITS} units per call.`, `Mỗi lần gọi tối đa ${MAX_FEED_UNITS} đơn vị.`),
        ),
      );
    const badIndex = input.unitIds.findIndex((id) => !isId(id));
    if (badIndex >= 0)
      return fail(
        userError('NOT_FOUND', ['input', 'unitIds', String(badIndex)], msg('No such unit.', 'Không có đơn vị này.')),
      );
    return this.dataSource.transaction(async (manager) => {
      const campaign = isId(input.campaignId)
        ? await manager.findOneBy(CampaignEntity, { id: input.campaignId })
        : null;
      if (!campaign)
        return fail<number>(
          userError('NOT_FOUND', ['input', 'campaignId'], msg('No such campaign.', 'Không có chiến dịch này.')),
        );
      if (campaign.status === 'CLOSED')
        return fail<number>(
          userError(
            'CAMPAIGN_CLOSED',
            ['input', 'campaignId'],
            msg(
              'This campaign is closed; its figures no longer change.',
              'Chiến dịch đã đóng; số liệu của chiến dịch không còn thay đổi.',
            ),
          ),
        );
      const ids = [...new Set(input.unitIds)];
      const found = new Set(
        (ids.length ? await manager.findBy(UnitEntity, { id: In(ids) }) : []).map((unit) => unit.id),
      );
      const missing = input.unitIds.findIndex((id) => !found.has(id));
      if (missing >= 0)
        return fail<number>(
          userError('NOT_FOUND', ['input', 'unitIds', String(missing)], msg('No such unit.', 'Không có đơn vị này.')),
        );
      await setCampaignRecordFeeds(manager, campaign.id, ids, input.fed);
      await recordAudit(manager, viewer, {
        action: 'setCampaignRecordFeeds',
        entityType: 'Campaign',
        entityId: campaign.id,
        before: null,
        after: { unitIds: ids, fed: input.fed },
      });
      const [{ n }] = await manager.query(
        'SELECT count(*)::int AS n FROM campaign_record_feeds WHERE campaign_id = $1',
        [campaign.id],
      );
      return succeed(n as number);
    });
  }

  /** With a campaign: first queues every day of the campaign for every unit it feeds, so that all are recounted. */
  async recompute(campaignId: string | null, now: Date = new Date()): Promise<Outcome<RecomputeSummary>> {
    if (campaignId !== null) {
      const campaign = isId(campaignId)
        ? await this.dataSource.getRepository(CampaignEntity).findOneBy({ id: campaignId })
        : null;
      if (!campaign)
        return fail(userError('NOT_FOUND', ['campaignId'], msg('No such campaign.', 'Không có chiến dịch này.')));
      if (campaign.status !== 'ACTIVE')
        return fail(
          userError(
            'CAMPAIGN_NOT_ACTIVE',
            ['campaignId'],
            msg('Only an active campaign takes figures.', 'Chỉ chiến dịch đang hoạt động mới nhận số liệu.'),
          ),
        );
      await this.dataSource.query(
        `INSERT INTO dossier_dirty_ranges (unit_id, first_day, last_day)
         SELECT f.unit_id, c.start_date - 1, c.end_date + 1 FROM campaign_record_feeds f JOIN campaigns c ON c.id = f.campaign_id WHERE c.id = $1`,
        [campaign.id],
      );
    }
    return succeed(await recomputeDirtyCells(this.dataSource, now));
  }
}
