import { lastDuePeriodIndex, type CohortUnit, type IndicatorSeries, type Legend } from '@thidua/domain';
import type { DataSource } from 'typeorm';
import { badUserInput } from '../../graphql/format-error';
import { LevelEntity } from '../levels/level.entity';
import { loadCampaignContext, type CampaignContext } from '../reports/campaign-context';
import { TargetEntity, TargetSetEntity } from '../targets/target.entity';
import { UnitEntity } from '../units/unit.entity';

/** Everything a ranking or a summary is computed from, read in a fixed number of queries whatever the size. */
export interface RankingData {
  context: CampaignContext;
  asOfPeriod: number;
  targetSet: TargetSetEntity;
  targets: TargetEntity[];
  levels: LevelEntity[];
  units: UnitEntity[];
  cohorts: Map<string, CohortUnit[]>;
}

export interface RankingQuery {
  campaignId: string;
  asOfPeriod?: number | null;
  targetSetKey?: string | null;
  /** Only this level's units; all the campaign's levels when absent. */
  levelKey?: string | null;
}

export async function loadRankingData(dataSource: DataSource, query: RankingQuery, now: Date): Promise<RankingData> {
  const manager = dataSource.manager;
  const context = await loadCampaignContext(manager, query.campaignId);
  if (!context) throw badUserInput('There is no such campaign.');
  const asOfPeriod = query.asOfPeriod ?? lastDuePeriodIndex(context.periods, now) ?? 1;
  if (!Number.isInteger(asOfPeriod) || asOfPeriod < 1 || asOfPeriod > context.periods.length) {
    throw badUserInput(`asOfPeriod must be a period of this campaign, 1 to ${context.periods.length}.`);
  }
  const targetSet = await manager.findOneBy(TargetSetEntity, query.targetSetKey ? { campaignId: context.campaign.id, key: query.targetSetKey } : { campaignId: context.campaign.id, primary: true });
  if (!targetSet) throw badUserInput(query.targetSetKey ? `This campaign has no target set "${query.targetSetKey}".` : 'This campaign has no target set yet.');
  const levels = (await manager.find(LevelEntity)).filter((level) => context.levelIds.has(level.id) && (!query.levelKey || level.key === query.levelKey));
  if (query.levelKey && !levels.length) throw badUserInput(`The level "${query.levelKey}" does not take part in this campaign.`);
  const levelIds = levels.map((level) => level.id);
  const [targets, units, counts] = await Promise.all([
    manager.findBy(TargetEntity, { targetSetId: targetSet.id }),
    manager
      .createQueryBuilder(UnitEntity, 'unit')
      .where('unit.archived_at IS NULL AND unit.level_id = ANY(:levelIds)', { levelIds })
      .orderBy('unit.code')
      .getMany(),
    // One row per report and indicator: the counts, and the report's first submission (for timeliness).
    manager.query(
      `SELECT r.unit_id, r.period_index, r.first_submitted_at, v.indicator_id, v.numerator::float8 AS numerator, v.denominator::float8 AS denominator
       FROM reports r JOIN report_values v ON v.report_id = r.id JOIN units u ON u.id = r.unit_id
       WHERE r.campaign_id = $1 AND r.period_index <= $2 AND u.level_id = ANY($3::uuid[]) AND u.archived_at IS NULL`,
      [context.campaign.id, asOfPeriod, levelIds],
    ) as Promise<{ unit_id: string; period_index: number; first_submitted_at: Date; indicator_id: string; numerator: number; denominator: number }[]>,
  ]);

  const codeOf = new Map(context.indicators.map((indicator) => [indicator.id, indicator.code]));
  const periodCount = context.periods.length;
  const cohortUnits = new Map<string, CohortUnit & { counts: Record<string, IndicatorSeries & { numerators: number[]; denominators: number[] }> }>();
  const levelKeyOf = new Map(levels.map((level) => [level.id, level.key]));
  const defaults = new Map<string, number>();
  const overrides = new Map<string, number>();
  for (const target of targets) {
    if (target.levelId) defaults.set(`${target.levelId}/${target.indicatorId}`, target.value);
    if (target.unitId) overrides.set(`${target.unitId}/${target.indicatorId}`, target.value);
  }
  for (const unit of units) {
    const unitTargets: Record<string, number | null> = {};
    const series: Record<string, { numerators: number[]; denominators: number[] }> = {};
    for (const indicator of context.indicators) {
      unitTargets[indicator.code] = overrides.get(`${unit.id}/${indicator.id}`) ?? defaults.get(`${unit.levelId}/${indicator.id}`) ?? null;
      series[indicator.code] = { numerators: new Array(periodCount).fill(0), denominators: new Array(periodCount).fill(0) };
    }
    cohortUnits.set(unit.id, { unitId: unit.id, targets: unitTargets, counts: series, submissions: [] });
  }
  const submitted = new Set<string>();
  for (const row of counts) {
    const unit = cohortUnits.get(row.unit_id);
    if (!unit) continue;
    const key = `${row.unit_id}/${row.period_index}`;
    if (!submitted.has(key)) {
      submitted.add(key);
      (unit.submissions as { period: number; submittedAt: Date }[]).push({ period: row.period_index, submittedAt: new Date(row.first_submitted_at) });
    }
    const code = codeOf.get(row.indicator_id);
    if (!code) continue;
    unit.counts[code].numerators[row.period_index - 1] = row.numerator;
    unit.counts[code].denominators[row.period_index - 1] = row.denominator;
  }
  const cohorts = new Map<string, CohortUnit[]>(levels.map((level) => [level.key, []]));
  for (const unit of units) cohorts.get(levelKeyOf.get(unit.levelId) as string)?.push(cohortUnits.get(unit.id) as CohortUnit);
  return { context, asOfPeriod, targetSet, targets, levels, units, cohorts };
}

/** The campaign's legend in the domain's words. */
export function legendOf(context: CampaignContext): Legend {
  return context.campaign.legend.map(({ code, name, minScore }) => ({ code, label: name, minScore }));
}
