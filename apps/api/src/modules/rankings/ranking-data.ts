import {
  cumulationWindow,
  isPastDue,
  lastDuePeriodIndex,
  type AggregatedCohortUnit,
  type CumulativeCounts,
  type Legend,
  type Period,
  type Timeliness,
} from '@thidua/domain';
import type { DataSource } from 'typeorm';
import { entityFromJson } from '../../foundation/database/entity-from-json';
import { isId } from '../../foundation/database/errors';
import { queryPrepared, type PreparedStatement, type SqlValue } from '../../foundation/database/prepared-query';
import { withoutJit } from '../../foundation/database/without-jit';
import { badInput, type Refusal } from '../../foundation/errors/refusal';
import { LevelEntity } from '../levels';
import {
  CAMPAIGN_CONTEXT_COLUMNS,
  contextOf,
  type CampaignContext,
  type CampaignContextRow,
  NO_SUCH_CAMPAIGN,
  onTimeBoundsOf,
} from '../campaigns';
import { TargetEntity, TargetSetEntity } from '../targets';
import { UnitEntity } from '../units';
import { msg } from '../../foundation/i18n/message';
import { CohortUnits } from './ranking-units';
import { packedUnitSql, SUMS_PER_INDICATOR, unpackCohort, type CohortUnitFigures } from './cohort-figures';

/**
 * Everything a ranking or a summary is computed from, read in a fixed number of queries whatever the size: counts
 * cumulated in SQL (to p, to p − 1 and over the pace window) and reports counted by timeliness.
 */
export interface RankingData {
  context: CampaignContext;
  asOfPeriod: number;
  targetSet: TargetSetEntity;
  targets: TargetEntity[];
  levels: LevelEntity[];
  /** The active units of those levels, read with the figures or as rows show them (see UNITS_WITH_FIGURES_UP_TO). */
  units: CohortUnits;
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
 * One statement reads it all: the campaign's context, the target set with its targets, and the cohort's units
 * with their report tally and cumulated counts. The cohort's part needs the periods' due instants and the levels'
 * ids, which come with the campaign's context: it is given those the last ranking of the same campaign and level
 * read (none the first time), checked once the context is in. A changed schedule or set of levels reads the
 * statement again with the right ones (two statements then).
 */
export async function loadRankingData(dataSource: DataSource, query: RankingQuery, now: Date): Promise<RankingData> {
  const manager = dataSource.manager;
  if (!isId(query.campaignId)) throw badInput(NO_SUCH_CAMPAIGN);
  const shapeKey = `${query.campaignId}/${query.levelKey ?? ''}`;
  const known = knownShapes.get(shapeKey);
  const knownAsOf = known ? asOfOf(query, known.periods, now) : null;
  const guess = known && knownAsOf ? { ...known, asOfPeriod: knownAsOf } : NO_COHORT;
  const row = await readRanking(dataSource, query, guess, guess === NO_COHORT ? 0 : (known?.cohortSize ?? null), now);
  if (!row) throw badInput(NO_SUCH_CAMPAIGN);
  const context = contextOf(manager, row);
  const targetSet = row.target_set ? entityFromJson(manager, TargetSetEntity, row.target_set) : null;
  const targets = (row.targets ?? []).map((target) => entityFromJson(manager, TargetEntity, target));
  const asOfPeriod = asOfOf(query, context.periods, now);
  if (asOfPeriod === null)
    throw badInput(
      msg(
        `asOfPeriod must be a period of this campaign, 1 to ${context.periods.length}.`,
        `asOfPeriod phải là một kỳ báo cáo của chiến dịch, từ 1 đến ${context.periods.length}.`,
      ),
    );
  if (!targetSet) throw noTargetSet(query.targetSetKey);
  const levels = context.levels.filter((level) => !query.levelKey || level.key === query.levelKey);
  if (query.levelKey && !levels.length)
    throw badInput(
      msg(
        `The level "${query.levelKey}" does not take part in this campaign.`,
        `Cấp "${query.levelKey}" không tham gia chiến dịch này.`,
      ),
    );
  const shape = cohortShapeOf({ context, levels, asOfPeriod });
  // The second read's context is not used: the units were read for this one's shape, whatever changed since.
  const cohort = sameShape(guess, shape) ? row : await readRanking(dataSource, query, shape, null, now);
  if (!cohort) throw badInput(NO_SUCH_CAMPAIGN);
  const figures = cohort.units ? unpackCohort(cohort.units) : await unitsFromReports(dataSource, query, shape, now);
  knownShapes.set(shapeKey, { ...shape, cohortSize: figures.length });
  if (knownShapes.size > 200) knownShapes.delete(knownShapes.keys().next().value as string);
  const cohorts = cohortsOf(context, levels, shape.levelIds, targets, figures, cohort.indicator_ids);
  const units = (cohort.cohort_units ?? []).map(unitOf);
  return { context, asOfPeriod, targetSet, targets, levels, units: new CohortUnits(dataSource, units), cohorts };
}

function noTargetSet(key: string | null | undefined): Refusal {
  return badInput(
    key
      ? msg(`This campaign has no target set "${key}".`, `Chiến dịch không có bộ chỉ tiêu "${key}".`)
      : msg('This campaign has no target set yet.', 'Chiến dịch chưa có bộ chỉ tiêu nào.'),
  );
}

/** The cohort's part of the statement: which levels' units, the campaign's periods, and the period ranked. */
export interface CohortShape {
  levelIds: string[];
  periods: readonly Period[];
  asOfPeriod: number;
}

/** Reads no unit: what the statement is given before anything is known of the campaign. */
const NO_COHORT: CohortShape = { levelIds: [], periods: [], asOfPeriod: 0 };

function sameShape(a: CohortShape, b: CohortShape): boolean {
  return (
    a.asOfPeriod === b.asOfPeriod &&
    a.levelIds.join() === b.levelIds.join() &&
    sameDueInstants(a.periods, b.periods, b.asOfPeriod)
  );
}

/**
 * Campaign id and level key → the cohort's shape as last read, and how many units it had: what the statement starts
 * with, before the campaign's context confirms it.
 */
const knownShapes = new Map<string, CohortShape & { cohortSize: number }>();

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

/**
 * The statement; null when there is no such campaign. Its units' figures are null when the campaign's kept basis does
 * not hold (see RANKING_SQL): `unitsFromReports` reads them then. On a PostgreSQL server (queryPrepared) it is parsed
 * once per connection and runs with JIT off; a cohort known to be small (a province's levels, at most
 * SMALL_COHORT units, or not known yet) with the one plan made for every call, where planning it for each call's
 * values took as long as running it. Its rows are then read unit by unit by their key (RANKING_SQL's `small`), a plan
 * fit for a cohort of any size; a large cohort (a country's communes) is planned for its values, which reads its
 * period's rows in one pass (≈ 20 ms less at 10.600 units than unit by unit). JIT off: compiling would cost more than
 * the run, and a plan made for no value in particular can be estimated past `jit_above_cost` (ranking-jit.int-spec.ts).
 */
async function readRanking(
  dataSource: DataSource,
  query: RankingQuery,
  shape: CohortShape,
  cohortSize: number | null,
  now: Date,
): Promise<RankingRow | null> {
  const [row] = await queryPrepared<RankingRow>(dataSource, keptReadStatement(query, shape, now, cohortSize));
  return row ?? null;
}

/** The kept read as readRanking runs it for a cohort of `cohortSize` units (null: not known yet). */
export function keptReadStatement(
  query: RankingQuery,
  shape: CohortShape,
  now: Date,
  cohortSize: number | null,
): PreparedStatement {
  const small = cohortSize === null || cohortSize <= SMALL_COHORT;
  const { sql, parameters } = rankingStatements(query, shape, now, small).kept;
  const plan = small ? 'generic' : 'custom';
  return { name: small ? 'ranking_small' : 'ranking', types: RANKING_TYPES, text: sql, values: parameters, plan };
}

/** Up to this many units a cohort is read with one plan for every call (see readRanking). */
const SMALL_COHORT = 500;

/** The types of RANKING_SQL's parameters, $1 to $9. */
const RANKING_TYPES = ['uuid', 'text', 'uuid[]', 'int', 'timestamptz[]', 'int', 'int', 'int', 'int'];

/**
 * The cohort's figures summed from the reports, as RANKING_SQL reads them kept. Run with JIT off (see withoutJit): its
 * estimated cost passes `jit_above_cost` at about twice a country's communes, where compiling would cost far more than
 * running it.
 */
async function unitsFromReports(
  dataSource: DataSource,
  query: RankingQuery,
  shape: CohortShape,
  now: Date,
): Promise<CohortUnitFigures[]> {
  const { fromReports } = rankingStatements(query, shape, now);
  const [row] = (await withoutJit(dataSource, (manager) => manager.query(fromReports.sql, fromReports.parameters))) as {
    units: Buffer;
  }[];
  return unpackCohort(row.units);
}

/**
 * The ranking's statements and their parameters for a cohort's shape, as readRanking and unitsFromReports send them:
 * `kept` reads the campaign, the cohort and its kept figures; `fromReports` sums the figures from the reports.
 */
export function rankingStatements(
  query: RankingQuery,
  { levelIds, periods, asOfPeriod }: CohortShape,
  now: Date,
  small = false,
): Record<'kept' | 'fromReports', { sql: string; parameters: SqlValue[] }> {
  const window = cumulationWindow(asOfPeriod);
  const onTimeBefore = onTimeBoundsOf(periods.slice(0, asOfPeriod));
  const pastDue = periods.slice(0, asOfPeriod).map((period) => isPastDue(period, now));
  // Periods past due come first (due instants rise): the last of them up to p, 0 for none.
  const lastPastDue = pastDue.filter(Boolean).length;
  const { previousTo, paceFrom } = window;
  const campaignId = query.campaignId;
  return {
    kept: {
      sql: small ? RANKING_SMALL_SQL : RANKING_SQL,
      parameters: [
        campaignId,
        query.targetSetKey ?? null,
        levelIds,
        asOfPeriod,
        onTimeBefore,
        previousTo,
        paceFrom,
        lastPastDue,
        UNITS_WITH_FIGURES_UP_TO,
      ],
    },
    fromReports: {
      sql: FROM_REPORTS_SQL,
      parameters: [campaignId, levelIds, asOfPeriod, onTimeBefore, pastDue, previousTo, paceFrom],
    },
  };
}

/** The cohort's shape of data read (what its statement was given). */
export function cohortShapeOf(data: Pick<RankingData, 'context' | 'levels' | 'asOfPeriod'>): CohortShape {
  return {
    periods: data.context.periods,
    levelIds: data.levels.map((level) => level.id).sort(),
    asOfPeriod: data.asOfPeriod,
  };
}

interface RankingRow extends CampaignContextRow {
  target_set: Record<string, unknown> | null;
  targets: Record<string, unknown>[] | null;
  /** The campaign's indicators in the order of the units' arrays (by id). */
  indicator_ids: string[];
  /**
   * The units' figures packed (see unpackCohort); null when the campaign's kept basis does not hold: they are summed
   * from the reports then.
   */
  units: Buffer | null;
  /** The cohort's units when it has at most UNITS_WITH_FIGURES_UP_TO (see unitOf). */
  cohort_units: CohortUnitColumnsJson[] | null;
}

/**
 * Up to this many units, the statement reads the cohort's units with its figures: a province's levels (tens to a few
 * hundred units) are shown whole, and a second statement for them would cost more than their names. Beyond, a
 * country's communes say, only as rows are shown (see CohortUnits).
 */
export const UNITS_WITH_FIGURES_UP_TO = 1_000;

/** A unit's columns the Unit type shows and its relations are resolved from: id, code, name, level, parent, updated. */
type CohortUnitColumnsJson = [string, string, string, string, string | null, string];

/** A unit read with the figures: active (the cohort's), its bookkeeping columns (search text, version) not read. */
function unitOf([id, code, name, levelId, parentId, updatedAt]: CohortUnitColumnsJson): UnitEntity {
  return Object.assign(new UnitEntity(), {
    id,
    code,
    name,
    levelId,
    parentId,
    archivedAt: null,
    updatedAt: new Date(updatedAt),
  });
}

const LATEST: Record<1 | 2, Timeliness> = { 1: 'ON_TIME', 2: 'LATE' };

/**
 * Campaign $1's context (see CAMPAIGN_CONTEXT_COLUMNS) with the target set asked for ($2, else the primary one) and
 * its targets, and the active units of the levels $3 (ids: the planner then knows how many units each level has),
 * each with
 * - its reports for periods 1..$4: how many came in on time — first submitted before $5, one millisecond after the
 *   period's due instant from @thidua/domain's periods (at the instant itself is on time, as timelinessOf says;
 *   instants are compared to the millisecond, as JavaScript dates are) —, how many in all, and how many in periods
 *   past due (the last of them is $8). Late = all − on time; and whether period $4's report came on time (1),
 *   late (2) or not (null);
 * - per indicator, N and D to $4, to $6 (the previous ranking) and to $7 − 1 (before the pace window), summed as
 *   float8 (twice as fast as numeric): exact, since counts are whole and never negative, so every partial sum of a
 *   total below 2⁵³ is below it too; a total past 2⁵³ arrives past it and @thidua/domain refuses it (COUNT_TOO_LARGE).
 * Both are read from the figures kept at write time (modules/campaigns/kept-figures.ts), one row per unit: its
 * cumulative row at $4, which holds the sums at $6 and at $7 − 1 too, and the tally at $8 from a second row only
 * when $8 is not $4 (p not yet due); a unit has a row for every period from its first report on, none before (all
 * zero). Only when the campaign's kept basis is the schedule ($5), indicators and pace window it has now; else (a
 * change made around the API, a campaign made without one) `units` is null and FROM_REPORTS_SQL sums them from the
 * reports, in the same shape: a statement apart, so that the ranking's is parsed and planned without it (a third of
 * its planning at a province's level). The units' figures come as one bytea, each unit's kept row as the server keeps
 * it packed (see unpackCohort): copied, where as JSON the server printed and Node parsed every number, and as rows each
 * field would be decoded apart. Each carries its position by code, the order @thidua/domain lists tied and unranked
 * units in, and is put there as it is read: numbering the units sorts only their codes, where ordering inside the
 * aggregate sorted the built values (≈ 5–10 ms of the ≈ 50 ms the server spent building JSON at a country's 10.600
 * communes, measured in one warm session). The units themselves (see unitOf) come with their figures when there are
 * at most $9 of them (UNITS_WITH_FIGURES_UP_TO), else not at all.
 */
/** One figure's array over the campaign's indicators (by id), as summed; empty without indicators. */
const ARRAY_OF = (figure: string) =>
  `coalesce(array_agg(coalesce(s.${figure}, 0) ORDER BY i.id) FILTER (WHERE i.id IS NOT NULL), '{}') AS ${figure}`;

/**
 * The cohort — the active units of the levels `levels` (a uuid[] parameter), each with its level's position in it and
 * its own by code — and campaign $1's indicators: what both statements start with.
 */
const COHORT_AND_INDICATORS = (levels: string) => `
  cohort AS (
    SELECT u.id, array_position(${levels}::uuid[], u.level_id) AS level, row_number() OVER (ORDER BY u.code) AS position
    FROM units u WHERE u.archived_at IS NULL AND u.level_id = ANY(${levels}::uuid[])
  ),
  indicator AS (SELECT ci.indicator_id AS id FROM campaign_indicators ci WHERE ci.campaign_id = $1)`;

/** A unit's reports of past-due periods: its kept row's own when $8 (the last past due) is $4, else period $8's. */
const SUBMITTED_DUE = `CASE WHEN x.unit_id IS NULL THEN 0
                            WHEN $8::int = $4::int THEN x.reports
                            ELSE coalesce((SELECT y.reports FROM unit_period_figures y
                                           WHERE y.campaign_id = $1 AND y.unit_id = m.id AND y.period_index = $8), 0)
                       END`;

/**
 * The statement; `small`: each unit's kept row read by its key (a LATERAL subquery the planner keeps apart), so that
 * one plan serves a cohort of any size; else joined, for the planner to choose how with the cohort's size known.
 */
const rankingSql = (small: boolean) => `
  WITH ${COHORT_AND_INDICATORS('$3')},
  basis AS (
    SELECT 1 FROM kept_figure_bases b
    WHERE b.campaign_id = $1 AND b.on_time_before[1:$4] = $5::timestamptz[]
      AND b.indicator_ids = ARRAY(SELECT id FROM indicator ORDER BY id)
      -- The rows' snapshots are of the periods the domain's window asks for: p − 1, and the one before the pace window.
      AND $6::int = $4::int - 1
      AND ($4::int - b.pace_window = $7::int - 1 OR ($7::int = 1 AND $4::int - b.pace_window <= 0))
  )
  SELECT ${CAMPAIGN_CONTEXT_COLUMNS},
         row_to_json(s.*) AS target_set,
         (SELECT json_agg(row_to_json(t.*)) FROM targets t WHERE t.target_set_id = s.id) AS targets,
         CASE WHEN EXISTS (SELECT 1 FROM basis) THEN
           (SELECT coalesce(string_agg(${packedUnitSql('m.position', 'm.id', 'm.level', SUBMITTED_DUE, 'x.packed')},
                                       ''::bytea), '')
            FROM cohort m
            ${small ? KEPT_ROW_BY_KEY : KEPT_ROWS_JOINED})
         END AS units,
         ARRAY(SELECT id FROM indicator ORDER BY id) AS indicator_ids,
         CASE WHEN (SELECT count(*) FROM (SELECT FROM cohort LIMIT $9::int + 1) counted) <= $9 THEN
           (SELECT coalesce(json_agg(json_build_array(u.id, u.code, u.name, u.level_id, u.parent_id, u.updated_at)),
                            '[]')
            FROM units u WHERE u.archived_at IS NULL AND u.level_id = ANY($3::uuid[]))
         END AS cohort_units
  FROM campaigns c
  LEFT JOIN target_sets s ON s.campaign_id = c.id AND CASE WHEN $2::text IS NULL THEN s.is_primary ELSE s.key = $2 END
  WHERE c.id = $1`;

const KEPT_ROW_BY_KEY = `LEFT JOIN LATERAL (SELECT x.unit_id, x.reports, x.packed FROM unit_period_figures x
                               WHERE x.campaign_id = $1 AND x.unit_id = m.id AND x.period_index = $4 LIMIT 1) x ON true`;
const KEPT_ROWS_JOINED = `LEFT JOIN unit_period_figures x
                               ON x.campaign_id = $1 AND x.unit_id = m.id AND x.period_index = $4`;
const RANKING_SQL = rankingSql(false);
const RANKING_SMALL_SQL = rankingSql(true);

/**
 * The units' figures summed from the reports, in the shape RANKING_SQL reads them kept (see there): campaign $1, the
 * levels $2, period $3, on-time bounds $4, periods past due $5, the previous ranking's period $6 and the pace window's
 * first $7.
 */
const FROM_REPORTS_SQL = `
  WITH ${COHORT_AND_INDICATORS('$2')},
  tally AS (
    SELECT r.unit_id,
           count(*) FILTER (WHERE r.first_submitted_at < ($4::timestamptz[])[r.period_index]) AS on_time,
           count(*) AS reports,
           count(*) FILTER (WHERE ($5::boolean[])[r.period_index]) AS submitted_due,
           max(CASE WHEN r.period_index = $3 THEN
                 CASE WHEN r.first_submitted_at < ($4::timestamptz[])[r.period_index] THEN 1 ELSE 2 END END) AS latest
    FROM reports r JOIN cohort m ON m.id = r.unit_id
    WHERE r.campaign_id = $1 AND r.period_index <= $3
    GROUP BY r.unit_id
  ),
  sums AS (
    SELECT r.unit_id, v.indicator_id,
           sum(v.numerator::float8) AS n, sum(v.denominator::float8) AS d,
           coalesce(sum(v.numerator::float8) FILTER (WHERE r.period_index <= $6), 0) AS pn,
           coalesce(sum(v.denominator::float8) FILTER (WHERE r.period_index <= $6), 0) AS pd,
           coalesce(sum(v.numerator::float8) FILTER (WHERE r.period_index < $7), 0) AS bn,
           coalesce(sum(v.denominator::float8) FILTER (WHERE r.period_index < $7), 0) AS bd
    FROM reports r JOIN report_values v ON v.report_id = r.id JOIN cohort m ON m.id = r.unit_id
    WHERE r.campaign_id = $1 AND r.period_index <= $3
    GROUP BY r.unit_id, v.indicator_id
  ),
  -- The sums as the kept rows hold them: an array per figure, an element per indicator (by id), 0 for none.
  summed AS (
    SELECT t.unit_id,
           ${ARRAY_OF('n')}, ${ARRAY_OF('d')}, ${ARRAY_OF('pn')},
           ${ARRAY_OF('pd')}, ${ARRAY_OF('bn')}, ${ARRAY_OF('bd')}
    FROM tally t LEFT JOIN indicator i ON true LEFT JOIN sums s ON s.unit_id = t.unit_id AND s.indicator_id = i.id
    GROUP BY t.unit_id
  )
  SELECT coalesce(string_agg(${packedUnitSql('m.position', 'm.id', 'm.level', 'p.submitted_due', 'p.packed')},
                             ''::bytea), '') AS units
  FROM cohort m LEFT JOIN tally t ON t.unit_id = m.id LEFT JOIN summed f ON f.unit_id = m.id
  -- Packed as the kept rows are (see unpackCohort); none without a report.
  CROSS JOIN LATERAL (
    SELECT coalesce(t.submitted_due, 0) AS submitted_due,
           CASE WHEN t.unit_id IS NOT NULL THEN
             kept_figures_packed(t.on_time::int, t.reports::int, t.latest::smallint, f.n, f.d, f.pn, f.pd, f.bn, f.bd)
           END AS packed) p`;

const NO_FIGURES: CumulativeCounts = {
  numerator: 0,
  denominator: 0,
  previousNumerator: 0,
  previousDenominator: 0,
  paceNumerator: 0,
  paceDenominator: 0,
};

/** Level key → its units' figures for @thidua/domain; `levelIds` are the statement's (the units' levels index them). */
function cohortsOf(
  context: CampaignContext,
  levels: LevelEntity[],
  levelIds: readonly string[],
  targets: TargetEntity[],
  unordered: CohortUnitFigures[],
  indicatorIds: string[],
): Map<string, AggregatedCohortUnit[]> {
  const codeOf = new Map(context.indicators.map((indicator) => [indicator.id, indicator.code]));
  const codes = indicatorIds.map((id) => codeOf.get(id));
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
    levelTargets.set(
      level.id,
      Object.fromEntries(
        context.indicators.map((indicator) => [indicator.code, defaults.get(`${level.id}/${indicator.id}`) ?? null]),
      ),
    );
  }
  const cohorts = new Map<string, AggregatedCohortUnit[]>(levels.map((level) => [level.key, []]));
  for (const unit of byPosition(unordered)) {
    const { id, level, onTime, reports: reportCount, submittedDue, latest } = unit;
    const levelId = levelIds[level - 1];
    let unitTargets = levelTargets.get(levelId) as Record<string, number | null>;
    if (overrides.size > 0) {
      for (const indicator of context.indicators) {
        const override = overrides.get(`${id}/${indicator.id}`);
        if (override !== undefined) unitTargets = { ...unitTargets, [indicator.code]: override };
      }
    }
    const figures = figuresOfSums(unit.sums, codes);
    const reports = { onTime, late: reportCount - onTime, submittedDue, latest: latest ? LATEST[latest] : null };
    cohorts.get(levelKeyOf.get(levelId) as string)?.push({ unitId: id, targets: unitTargets, figures, reports });
  }
  return cohorts;
}

/** The units in the cohort's order by code: each at its position (1 to n, each once). */
function byPosition(units: CohortUnitFigures[]): CohortUnitFigures[] {
  const ordered = new Array<CohortUnitFigures>(units.length);
  for (const unit of units) ordered[unit.position - 1] = unit;
  return ordered;
}

/**
 * A unit's figures from its cumulative sums (see CohortUnitFigures): to the period, to the one before, and the pace
 * window's as the difference with the sums before it (exact: whole numbers below 2⁵³). None without a report by the
 * period.
 */
function figuresOfSums(sums: number[] | null, codes: (string | undefined)[]): Record<string, CumulativeCounts> {
  const figures: Record<string, CumulativeCounts> = {};
  if (!sums) return figures;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    const at = i * SUMS_PER_INDICATOR;
    if (!code || at >= sums.length) continue;
    const numerator = sums[at];
    const denominator = sums[at + 1];
    figures[code] = {
      numerator,
      denominator,
      previousNumerator: sums[at + 2],
      previousDenominator: sums[at + 3],
      paceNumerator: numerator - sums[at + 4],
      paceDenominator: denominator - sums[at + 5],
    };
  }
  return figures;
}

/** A unit's cumulative counts of an indicator; none when it has no report with it. */
export function figuresOf(unit: AggregatedCohortUnit, code: string): CumulativeCounts {
  return unit.figures[code] ?? NO_FIGURES;
}
