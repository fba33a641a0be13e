import { cumulationWindow, isPastDue, lastDuePeriodIndex, type AggregatedCohortUnit, type CumulativeCounts, type Legend, type Period } from '@thidua/domain';
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
 * One round of queries run side by side: the campaign's context, target set, targets and levels, and the cohort's
 * units with their report tally and their cumulated counts. The cohort's statements need the periods' due instants
 * and the levels' ids, which come with the campaign's context: they start with those the last ranking of the same
 * campaign and level read, checked once the context is in (a changed schedule or set of levels reads the cohort
 * again). `request` (the GraphQL context) shares the campaign context with whatever else the request reads.
 */
export async function loadRankingData(dataSource: DataSource, query: RankingQuery, now: Date, request?: object): Promise<RankingData> {
  const manager = dataSource.manager;
  if (!isId(query.campaignId)) throw badUserInput('There is no such campaign.');
  const campaignId = query.campaignId;
  const shapeKey = `${campaignId}/${query.levelKey ?? ''}`;
  const known = knownShapes.get(shapeKey);
  const knownAsOf = known ? asOfOf(query, known.periods, now) : null;
  const cohortRead = known && knownAsOf ? readCohort(dataSource, campaignId, known.levelIds, known.periods, knownAsOf, now) : null;
  cohortRead?.catch(() => undefined); // awaited below, or dropped when the campaign turns out different
  const [context, setWithTargets] = await Promise.all([
    request ? campaignContextOf(request, manager, campaignId) : readCampaignContext(manager, campaignId),
    manager
      .createQueryBuilder(TargetSetEntity, 'set')
      .leftJoinAndMapMany('set.targets', TargetEntity, 'target', 'target.target_set_id = set.id')
      .where('set.campaign_id = :campaignId', { campaignId })
      .andWhere(query.targetSetKey ? 'set.key = :key' : 'set.is_primary', { key: query.targetSetKey })
      .getOne() as Promise<(TargetSetEntity & { targets?: TargetEntity[] }) | null>,
  ]);
  if (!context) throw badUserInput('There is no such campaign.');
  const allLevels = context.levels ?? (await manager.find(LevelEntity));
  const targets = setWithTargets?.targets ?? [];
  if (setWithTargets) delete setWithTargets.targets;
  const targetSet: TargetSetEntity | null = setWithTargets;
  const asOfPeriod = asOfOf(query, context.periods, now);
  if (asOfPeriod === null) throw badUserInput(`asOfPeriod must be a period of this campaign, 1 to ${context.periods.length}.`);
  if (!targetSet) throw badUserInput(query.targetSetKey ? `This campaign has no target set "${query.targetSetKey}".` : 'This campaign has no target set yet.');
  const levels = allLevels.filter((level) => context.levelIds.has(level.id) && (!query.levelKey || level.key === query.levelKey));
  if (query.levelKey && !levels.length) throw badUserInput(`The level "${query.levelKey}" does not take part in this campaign.`);
  const levelIds = levels.map((level) => level.id).sort();
  const sameShape = known !== undefined && knownAsOf === asOfPeriod && sameDueInstants(known.periods, context.periods, asOfPeriod) && known.levelIds.join() === levelIds.join();
  knownShapes.set(shapeKey, { periods: context.periods, levelIds });
  if (knownShapes.size > 200) knownShapes.delete(knownShapes.keys().next().value as string);
  const [unitRows, figureRows] = await (cohortRead && sameShape ? cohortRead : readCohort(dataSource, campaignId, levelIds, context.periods, asOfPeriod, now));
  return { context, asOfPeriod, targetSet, targets, levels, ...cohortsOf(context, levels, targets, unitRows, figureRows) };
}

/**
 * Campaign id and level key → the campaign's periods and the levels' ids as last read: what the cohort's read
 * starts with, before the campaign's context confirms them.
 */
const knownShapes = new Map<string, { periods: readonly Period[]; levelIds: string[] }>();

/** The period asked for, else the last one past due (1 before any); null when the campaign has no such period. */
function asOfOf(query: RankingQuery, periods: readonly Period[], now: Date): number | null {
  const asOfPeriod = query.asOfPeriod ?? lastDuePeriodIndex(periods, now) ?? 1;
  return Number.isInteger(asOfPeriod) && asOfPeriod >= 1 && asOfPeriod <= periods.length ? asOfPeriod : null;
}

function sameDueInstants(known: readonly Period[], periods: readonly Period[], asOfPeriod: number): boolean {
  if (known.length !== periods.length) return false;
  for (let i = 0; i < asOfPeriod; i++) if (known[i].dueAt.getTime() !== periods[i].dueAt.getTime()) return false;
  return true;
}

/** The campaign's legend in the domain's words. */
export function legendOf(context: CampaignContext): Legend {
  return context.campaign.legend.map(({ code, name, minScore }) => ({ code, label: name, minScore }));
}

/** The active units of the levels with their tally, and their cumulated counts. */
function readCohort(
  dataSource: DataSource,
  campaignId: string,
  levelIds: string[],
  periods: readonly Period[],
  asOfPeriod: number,
  now: Date,
): Promise<[UnitRow[], FigureRow[]]> {
  const window = cumulationWindow(asOfPeriod);
  const onTimeBefore = periods.slice(0, asOfPeriod).map((period) => new Date(period.dueAt.getTime() + 1).toISOString());
  const pastDue = periods.slice(0, asOfPeriod).map((period) => isPastDue(period, now));
  return Promise.all([
    dataSource.query(UNITS_SQL, [campaignId, levelIds, asOfPeriod, onTimeBefore, pastDue]) as Promise<UnitRow[]>,
    dataSource.query(FIGURES_SQL, [campaignId, levelIds, window.asOf, window.previousTo, window.paceFrom]) as Promise<FigureRow[]>,
  ]);
}

/** A unit and its reports for periods 1..asOf, counted by timeliness (bigint counts come back as text). */
interface UnitRow {
  id: string;
  code: string;
  name: string;
  level_id: string;
  parent_id: string | null;
  on_time: string | null;
  reports: string | null;
  submitted_due: string | null;
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

/** The active units of the levels $2 (ids: the planner then knows how many units each level has). */
const COHORT = `SELECT u.id, u.code, u.name, u.level_id, u.parent_id FROM units u WHERE u.archived_at IS NULL AND u.level_id = ANY($2::uuid[])`;

/**
 * Each unit with its reports for periods 1..$3: how many came in on time — first submitted before $4, one millisecond
 * after the period's due instant from @thidua/domain's periods (at the instant itself is on time, as timelinessOf says;
 * instants are compared to the millisecond, as JavaScript dates are) —, how many in all, and how many in periods past
 * due ($5). Late = all − on time.
 */
const UNITS_SQL = `
  WITH cohort AS (${COHORT}),
  tally AS (
    SELECT r.unit_id,
           count(*) FILTER (WHERE r.first_submitted_at < ($4::timestamptz[])[r.period_index]) AS on_time,
           count(*) AS reports,
           count(*) FILTER (WHERE ($5::boolean[])[r.period_index]) AS submitted_due
    FROM reports r JOIN cohort c ON c.id = r.unit_id
    WHERE r.campaign_id = $1 AND r.period_index <= $3
    GROUP BY r.unit_id
  )
  SELECT c.*, t.on_time, t.reports, t.submitted_due FROM cohort c LEFT JOIN tally t ON t.unit_id = c.id`;

/** Per unit and indicator: N and D to $3, to $4 (the previous ranking) and from $5 (the pace window), exact. */
const FIGURES_SQL = `
  SELECT r.unit_id, v.indicator_id,
         sum(v.numerator) AS n, sum(v.denominator) AS d,
         coalesce(sum(v.numerator) FILTER (WHERE r.period_index <= $4), 0) AS pn,
         coalesce(sum(v.denominator) FILTER (WHERE r.period_index <= $4), 0) AS pd,
         coalesce(sum(v.numerator) FILTER (WHERE r.period_index >= $5), 0) AS sn,
         coalesce(sum(v.denominator) FILTER (WHERE r.period_index >= $5), 0) AS sd
  FROM reports r JOIN report_values v ON v.report_id = r.id
  WHERE r.campaign_id = $1 AND r.period_index <= $3 AND r.unit_id IN (SELECT id FROM units WHERE archived_at IS NULL AND level_id = ANY($2::uuid[]))
  GROUP BY r.unit_id, v.indicator_id`;

/**
 * A unit as a ranking row shows it: the columns of the Unit type and those its relations are resolved from
 * (level, parent, archived). The bookkeeping columns (search text, version, timestamps) are not read.
 */
function unitOf(row: UnitRow): UnitEntity {
  return { id: row.id, code: row.code, name: row.name, levelId: row.level_id, parentId: row.parent_id, archivedAt: null } as UnitEntity;
}

const NO_FIGURES: CumulativeCounts = { numerator: 0, denominator: 0, previousNumerator: 0, previousDenominator: 0, paceNumerator: 0, paceDenominator: 0 };

function cohortsOf(context: CampaignContext, levels: LevelEntity[], targets: TargetEntity[], unitRows: UnitRow[], figureRows: FigureRow[]): { units: UnitEntity[]; cohorts: Map<string, AggregatedCohortUnit[]> } {
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
    const onTime = Number(row.on_time ?? 0);
    const reports = { onTime, late: Number(row.reports ?? 0) - onTime, submittedDue: Number(row.submitted_due ?? 0) };
    const unit = { unitId: row.id, targets: unitTargets, figures: {}, reports };
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
  return { units, cohorts };
}

/** A unit's cumulative counts of an indicator; none when it has no report with it. */
export function figuresOf(unit: AggregatedCohortUnit, code: string): CumulativeCounts {
  return unit.figures[code] ?? NO_FIGURES;
}
