import { cumulationWindow, lastDuePeriodIndex, type AggregatedCohortUnit, type CumulativeCounts, type Legend } from '@thidua/domain';
import type { DataSource } from 'typeorm';
import { isId } from '../../database/errors';
import { badUserInput } from '../../graphql/format-error';
import { LevelEntity } from '../levels/level.entity';
import { campaignContextOf, readCampaignContext, type CampaignContext } from '../reports/campaign-context';
import { TargetEntity, TargetSetEntity } from '../targets/target.entity';
import type { UnitEntity } from '../units/unit.entity';

/**
 * Everything a ranking or a summary is computed from, read in a fixed number of queries whatever the size: counts
 * cumulated in SQL (to p, to p − 1 and over the pace window) and reports counted by timeliness, as plain rows.
 */
export interface RankingData {
  context: CampaignContext;
  asOfPeriod: number;
  targetSet: TargetSetEntity;
  targets: TargetEntity[];
  levels: LevelEntity[];
  /** The active units of those levels, with the columns a ranking shows and its relations need (see unitOf). */
  units: UnitEntity[];
  /** Level key → its units' figures for @thidua/domain. */
  cohorts: Map<string, AggregatedCohortUnit[]>;
}

export interface RankingQuery {
  campaignId: string;
  asOfPeriod?: number | null;
  targetSetKey?: string | null;
  /** Only this level's units; all the campaign's levels when absent. */
  levelKey?: string | null;
}

/**
 * Two round trips of queries run side by side: the campaign, its target set, targets and levels; then the units,
 * their cumulated counts and their report tally. `request` (the GraphQL context) shares the campaign context with
 * whatever else the request reads.
 */
export async function loadRankingData(dataSource: DataSource, query: RankingQuery, now: Date, request?: object): Promise<RankingData> {
  const manager = dataSource.manager;
  if (!isId(query.campaignId)) throw badUserInput('There is no such campaign.');
  const campaignId = query.campaignId;
  const [context, targetSet, targets, allLevels] = await Promise.all([
    request ? campaignContextOf(request, manager, campaignId) : readCampaignContext(manager, campaignId),
    manager.findOneBy(TargetSetEntity, query.targetSetKey ? { campaignId, key: query.targetSetKey } : { campaignId, primary: true }),
    manager
      .createQueryBuilder(TargetEntity, 'target')
      .innerJoin(TargetSetEntity, 'set', 'set.id = target.target_set_id')
      .where('set.campaign_id = :campaignId', { campaignId })
      .andWhere(query.targetSetKey ? 'set.key = :key' : 'set.is_primary', { key: query.targetSetKey })
      .getMany(),
    manager.find(LevelEntity),
  ]);
  if (!context) throw badUserInput('There is no such campaign.');
  const asOfPeriod = query.asOfPeriod ?? lastDuePeriodIndex(context.periods, now) ?? 1;
  if (!Number.isInteger(asOfPeriod) || asOfPeriod < 1 || asOfPeriod > context.periods.length) {
    throw badUserInput(`asOfPeriod must be a period of this campaign, 1 to ${context.periods.length}.`);
  }
  if (!targetSet) throw badUserInput(query.targetSetKey ? `This campaign has no target set "${query.targetSetKey}".` : 'This campaign has no target set yet.');
  const levels = allLevels.filter((level) => context.levelIds.has(level.id) && (!query.levelKey || level.key === query.levelKey));
  if (query.levelKey && !levels.length) throw badUserInput(`The level "${query.levelKey}" does not take part in this campaign.`);
  const levelIds = levels.map((level) => level.id);
  const window = cumulationWindow(asOfPeriod);
  const dueInstants = context.periods.slice(0, asOfPeriod).map((period) => period.dueAt.toISOString());
  const [unitRows, figureRows, tallyRows] = await Promise.all([
    dataSource.query(UNITS_SQL, [levelIds]) as Promise<UnitRow[]>,
    dataSource.query(FIGURES_SQL, [campaignId, window.asOf, window.previousTo, window.paceFrom, levelIds]) as Promise<FigureRow[]>,
    dataSource.query(TALLY_SQL, [campaignId, asOfPeriod, levelIds, dueInstants, now.toISOString()]) as Promise<TallyRow[]>,
  ]);
  return { context, asOfPeriod, targetSet, targets, levels, ...cohortsOf(context, levels, targets, unitRows, figureRows, tallyRows) };
}

/** The campaign's legend in the domain's words. */
export function legendOf(context: CampaignContext): Legend {
  return context.campaign.legend.map(({ code, name, minScore }) => ({ code, label: name, minScore }));
}

interface UnitRow {
  id: string;
  code: string;
  name: string;
  level_id: string;
  parent_id: string | null;
}

/**
 * Sums of bigint columns come back as numeric text, read with Number: a sum past 2⁵³ stays past it and
 * @thidua/domain refuses it (COUNT_TOO_LARGE) rather than rank a rounded count.
 */
interface FigureRow {
  unit_id: string;
  indicator_id: string;
  n: string;
  d: string;
  pn: string;
  pd: string;
  sn: string;
  sd: string;
}

interface TallyRow {
  unit_id: string;
  on_time: string;
  late: string;
  submitted_due: string;
}

const UNITS_SQL = `SELECT id, code, name, level_id, parent_id FROM units WHERE archived_at IS NULL AND level_id = ANY($1::uuid[])`;

const ACTIVE_UNITS = `SELECT id FROM units WHERE archived_at IS NULL AND level_id = ANY($LEVELS::uuid[])`;

/** Per unit and indicator: N and D to $2, to $3 (the previous ranking) and from $4 (the pace window), exact. */
const FIGURES_SQL = `
  SELECT r.unit_id, v.indicator_id,
         sum(v.numerator) AS n, sum(v.denominator) AS d,
         coalesce(sum(v.numerator) FILTER (WHERE r.period_index <= $3), 0) AS pn,
         coalesce(sum(v.denominator) FILTER (WHERE r.period_index <= $3), 0) AS pd,
         coalesce(sum(v.numerator) FILTER (WHERE r.period_index >= $4), 0) AS sn,
         coalesce(sum(v.denominator) FILTER (WHERE r.period_index >= $4), 0) AS sd
  FROM reports r JOIN report_values v ON v.report_id = r.id
  WHERE r.campaign_id = $1 AND r.period_index <= $2 AND r.unit_id IN (${ACTIVE_UNITS.replace('$LEVELS', '$5')})
  GROUP BY r.unit_id, v.indicator_id`;

/**
 * Per unit, its reports for periods 1..$2 by the timeliness of the first submission against the period's due
 * instant ($4, from @thidua/domain's periods; at the instant itself is on time, as timelinessOf says), and how many
 * fall in periods past due at $5. Instants are compared to the millisecond, as JavaScript dates are.
 */
const TALLY_SQL = `
  SELECT r.unit_id,
         count(*) FILTER (WHERE date_trunc('milliseconds', r.first_submitted_at) <= ($4::timestamptz[])[r.period_index]) AS on_time,
         count(*) FILTER (WHERE date_trunc('milliseconds', r.first_submitted_at) > ($4::timestamptz[])[r.period_index]) AS late,
         count(*) FILTER (WHERE $5::timestamptz > ($4::timestamptz[])[r.period_index]) AS submitted_due
  FROM reports r
  WHERE r.campaign_id = $1 AND r.period_index <= $2 AND r.unit_id IN (${ACTIVE_UNITS.replace('$LEVELS', '$3')})
    AND EXISTS (SELECT 1 FROM report_values v WHERE v.report_id = r.id)
  GROUP BY r.unit_id`;

/**
 * A unit as a ranking row shows it: the columns of the Unit type and those its relations are resolved from
 * (level, parent, archived). The bookkeeping columns (search text, version, timestamps) are not read.
 */
function unitOf(row: UnitRow): UnitEntity {
  return { id: row.id, code: row.code, name: row.name, levelId: row.level_id, parentId: row.parent_id, archivedAt: null } as UnitEntity;
}

const NO_FIGURES: CumulativeCounts = { numerator: 0, denominator: 0, previousNumerator: 0, previousDenominator: 0, paceNumerator: 0, paceDenominator: 0 };

function cohortsOf(
  context: CampaignContext,
  levels: LevelEntity[],
  targets: TargetEntity[],
  unitRows: UnitRow[],
  figureRows: FigureRow[],
  tallyRows: TallyRow[],
): { units: UnitEntity[]; cohorts: Map<string, AggregatedCohortUnit[]> } {
  const codeOf = new Map(context.indicators.map((indicator) => [indicator.id, indicator.code]));
  const levelKeyOf = new Map(levels.map((level) => [level.id, level.key]));
  // Targets: a unit's own override, else its level's default, else none (not scored).
  const defaults = new Map<string, number>();
  const overrides = new Map<string, number>();
  for (const target of targets) {
    if (target.levelId) defaults.set(`${target.levelId}/${target.indicatorId}`, target.value);
    if (target.unitId) overrides.set(`${target.unitId}/${target.indicatorId}`, target.value);
  }
  const levelTargets = new Map<string, Record<string, number | null>>();
  for (const level of levels) {
    levelTargets.set(level.id, Object.fromEntries(context.indicators.map((indicator) => [indicator.code, defaults.get(`${level.id}/${indicator.id}`) ?? null])));
  }
  const cohorts = new Map<string, AggregatedCohortUnit[]>(levels.map((level) => [level.key, []]));
  const byId = new Map<string, AggregatedCohortUnit & { figures: Record<string, CumulativeCounts> }>();
  const units = new Array<UnitEntity>(unitRows.length);
  for (let i = 0; i < unitRows.length; i++) {
    const row = unitRows[i];
    units[i] = unitOf(row);
    let unitTargets = levelTargets.get(row.level_id) as Record<string, number | null>;
    if (overrides.size > 0) {
      for (const indicator of context.indicators) {
        const override = overrides.get(`${row.id}/${indicator.id}`);
        if (override !== undefined) unitTargets = { ...unitTargets, [indicator.code]: override };
      }
    }
    const unit = { unitId: row.id, targets: unitTargets, figures: {}, reports: { onTime: 0, late: 0, submittedDue: 0 } };
    byId.set(row.id, unit);
    cohorts.get(levelKeyOf.get(row.level_id) as string)?.push(unit);
  }
  for (const row of figureRows) {
    const unit = byId.get(row.unit_id);
    const code = codeOf.get(row.indicator_id);
    if (!unit || !code) continue;
    unit.figures[code] = {
      numerator: Number(row.n),
      denominator: Number(row.d),
      previousNumerator: Number(row.pn),
      previousDenominator: Number(row.pd),
      paceNumerator: Number(row.sn),
      paceDenominator: Number(row.sd),
    };
  }
  for (const row of tallyRows) {
    const unit = byId.get(row.unit_id);
    if (unit) unit.reports = { onTime: Number(row.on_time), late: Number(row.late), submittedDue: Number(row.submitted_due) };
  }
  return { units, cohorts };
}

/** A unit's cumulative counts of an indicator; none when it has no report with it. */
export function figuresOf(unit: AggregatedCohortUnit, code: string): CumulativeCounts {
  return unit.figures[code] ?? NO_FIGURES;
}
