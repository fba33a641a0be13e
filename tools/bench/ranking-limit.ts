/**
 * What the ranking benches share to measure a ranking against the least it can cost: the floor's statement (FLOOR_SQL:
 * the ranking statement's figures, written by hand), and the limit — kept sums (table bench_kept_sums, filled untimed
 * from the floor's figures by keepSums), read by one statement (LIMIT_SQL) and ranked in memory by @thidua/domain
 * (rankFromKeptSums), as the API ranks. Used by ranking-api.bench.ts (its floor and its limit) and by
 * ranking-throughput.bench.ts (its floor server answers from the limit's read and ranking).
 */
import type { DataSource } from 'typeorm';
import {
  buildPeriods,
  cumulationWindow,
  isPastDue,
  rankAggregatedCohort,
  type AggregatedCohortUnit,
  type AggregatedRankingInput,
  type CumulativeCounts,
  type Period,
} from '@thidua/domain';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows read by name
type Data = Record<string, any>;

/** The period the benches rank as of (the demo campaign's 11th week). */
export const AS_OF = 11;

/**
 * The floor: the figures of the ranking's statement (RANKING_SQL in apps/api/src/modules/rankings/ranking-data.ts) in
 * its shape, written by hand for one level ($2, an id, as the ranking is given its levels' ids): the cohort's units as
 * one JSON value, by code — id, code, name, reports on time (first submitted before $4, one millisecond after each
 * period's due instant), reports in all, reports of past-due periods ($5), period $3's timeliness (1 on time, 2 late),
 * and per indicator N and D to $3, to $6 and from $7 summed as float8 — and the target set's targets (the primary
 * set's, level defaults and unit overrides) as a second JSON value. What it leaves out: the campaign's context (one
 * small row), and the arithmetic (scores, classes, ranks, shortfalls, projections). Its parameters: floorParameters.
 */
export const FLOOR_SQL = `
  WITH cohort AS (
    SELECT u.id, u.code, u.name FROM units u WHERE u.archived_at IS NULL AND u.level_id = $2
  ), tally AS (
    SELECT r.unit_id,
           count(*) FILTER (WHERE r.first_submitted_at < ($4::timestamptz[])[r.period_index]) AS on_time,
           count(*) AS reports,
           count(*) FILTER (WHERE ($5::boolean[])[r.period_index]) AS submitted_due,
           max(CASE WHEN r.period_index = $3 THEN
                 CASE WHEN r.first_submitted_at < ($4::timestamptz[])[r.period_index] THEN 1 ELSE 2 END END) AS latest
    FROM reports r JOIN cohort m ON m.id = r.unit_id
    WHERE r.campaign_id = $1 AND r.period_index <= $3 GROUP BY r.unit_id
  ), sums AS (
    SELECT r.unit_id, v.indicator_id, sum(v.numerator::float8) AS n, sum(v.denominator::float8) AS d,
           coalesce(sum(v.numerator::float8) FILTER (WHERE r.period_index <= $6), 0) AS pn,
           coalesce(sum(v.denominator::float8) FILTER (WHERE r.period_index <= $6), 0) AS pd,
           coalesce(sum(v.numerator::float8) FILTER (WHERE r.period_index >= $7), 0) AS sn,
           coalesce(sum(v.denominator::float8) FILTER (WHERE r.period_index >= $7), 0) AS sd
    FROM reports r JOIN report_values v ON v.report_id = r.id JOIN cohort m ON m.id = r.unit_id
    WHERE r.campaign_id = $1 AND r.period_index <= $3 GROUP BY r.unit_id, v.indicator_id
  ), figures AS (
    SELECT unit_id, json_agg(json_build_array(indicator_id, n, d, pn, pd, sn, sd)) AS figures FROM sums GROUP BY unit_id
  )
  SELECT (SELECT json_agg(json_build_array(t.indicator_id, t.level_id, t.unit_id, t.value))
          FROM targets t JOIN target_sets s ON s.id = t.target_set_id
          WHERE s.campaign_id = $1 AND s.is_primary
            AND (t.level_id = $2 OR t.unit_id IN (SELECT id FROM cohort))) AS targets,
         (SELECT coalesce(json_agg(json_build_array(m.id, m.code, m.name, coalesce(t.on_time, 0),
                                                    coalesce(t.reports, 0), coalesce(t.submitted_due, 0), t.latest,
                                                    f.figures) ORDER BY m.code), '[]')
          FROM cohort m LEFT JOIN tally t ON t.unit_id = m.id LEFT JOIN figures f ON f.unit_id = m.id) AS units`;

/** Indicator id, level id (a default) or unit id (an override), value. */
export type TargetJson = [string, string | null, string | null, number];
/** Indicator id, then N and D to p, to p − 1 and over the pace window. */
export type FigureJson = [string, number, number, number, number, number, number];
export interface FloorRow {
  targets: TargetJson[] | null;
  units: [string, string, string, number, number, number, 1 | 2 | null, FigureJson[] | null][];
}

/**
 * FLOOR_SQL's parameters for a level at period AS_OF: each period's due instant plus one millisecond (a report first
 * submitted before it is on time), whether each period is past due at `now`, and the window's bounds.
 */
export function floorParameters(campaignId: string, levelId: string, periods: readonly Period[], now: Date) {
  const window = cumulationWindow(AS_OF);
  return [
    campaignId,
    levelId,
    AS_OF,
    periods.slice(0, AS_OF).map((period) => new Date(period.dueAt.getTime() + 1).toISOString()),
    periods.slice(0, AS_OF).map((period) => isPastDue(period, now)),
    window.previousTo,
    window.paceFrom,
  ];
}

/**
 * The limit's layout: one row per unit and period p (and campaign, level) with everything the ranking at p needs as
 * one float8[] — reports on time, in all, of past-due periods, period p's timeliness (0 none, 1 on time, 2 late),
 * then per indicator in the campaign's order N, D, N to p − 1, D to p − 1, N and D over the pace window (NaN: no
 * figures). By code, the order @thidua/domain lists tied and unranked units in.
 */
export const KEPT_SUMS_TABLE = `
  CREATE TABLE bench_kept_sums (
    campaign_id uuid NOT NULL, level_id uuid NOT NULL, period_index int NOT NULL, code text NOT NULL,
    unit_id uuid NOT NULL,
    sums float8[] NOT NULL,
    PRIMARY KEY (campaign_id, level_id, period_index, code)
  )`;

/** The limit's one statement: the cohort's kept rows and the primary set's targets, each as one JSON value. */
export const LIMIT_SQL = `
  SELECT (SELECT json_agg(json_build_array(t.indicator_id, t.level_id, t.unit_id, t.value))
          FROM targets t JOIN target_sets s ON s.id = t.target_set_id
          WHERE s.campaign_id = $1 AND s.is_primary AND (t.level_id = $2 OR t.unit_id IS NOT NULL)) AS targets,
         (SELECT coalesce(json_agg(json_build_array(k.unit_id, k.sums) ORDER BY k.code), '[]')
          FROM bench_kept_sums k WHERE k.campaign_id = $1 AND k.level_id = $2 AND k.period_index = $3) AS units`;

export interface LimitRow {
  targets: TargetJson[] | null;
  /** NaN arrives as the string "NaN". */
  units: [string, (number | string)[]][];
}

/** What the ranking needs besides a cohort's figures: read once, untimed (a process would keep it). */
export interface RankingSettings {
  input: Omit<AggregatedRankingInput, 'units'>;
  /** Indicator ids in the campaign's order, and their codes. */
  indicatorIds: string[];
  codes: string[];
}

export async function rankingSettings(dataSource: DataSource, campaignId: string, now: Date): Promise<RankingSettings> {
  const [campaign] = (await dataSource.query(
    `SELECT c.legend, c.scoring, start_date::text AS "startDate", end_date::text AS "endDate", time_zone AS "timeZone",
            due_weekday AS "dueWeekday", due_time AS "dueTime" FROM campaigns c WHERE c.id = $1`,
    [campaignId],
  )) as Data[];
  const indicators = (await dataSource.query(
    `SELECT i.id, i.code, ci.weight FROM campaign_indicators ci JOIN indicators i ON i.id = ci.indicator_id
     WHERE ci.campaign_id = $1 ORDER BY ci.position`,
    [campaignId],
  )) as { id: string; code: string; weight: number }[];
  const codes = indicators.map((indicator) => indicator.code);
  return {
    indicatorIds: indicators.map((indicator) => indicator.id),
    codes,
    input: {
      periods: buildPeriods(campaign as Parameters<typeof buildPeriods>[0]),
      asOfPeriod: AS_OF,
      now,
      indicators: codes,
      weights: Object.fromEntries(indicators.map((indicator) => [indicator.code, Number(indicator.weight)])),
      legend: (campaign.legend as Data[]).map(({ code, name, minScore }) => ({ code, label: name, minScore })),
      scoring: campaign.scoring ?? undefined,
    },
  };
}

/** Writes the level's kept rows at period AS_OF from the floor's figures (untimed). */
export async function keepSums(
  dataSource: DataSource,
  campaignId: string,
  levelId: string,
  indicatorIds: string[],
  floor: FloorRow,
): Promise<void> {
  const sums = floor.units.map(([, , , onTime, reports, submittedDue, latest, figures]) => {
    const byIndicator = new Map((figures ?? []).map(([id, ...counts]) => [id, counts]));
    const values = [onTime, reports, submittedDue, latest ?? 0];
    for (const id of indicatorIds) values.push(...(byIndicator.get(id) ?? [NaN, NaN, NaN, NaN, NaN, NaN]));
    return `{${values.join(',')}}`;
  });
  await dataSource.query(
    `INSERT INTO bench_kept_sums (campaign_id, level_id, period_index, code, unit_id, sums)
     SELECT $1, $2, $3, k.code, k.unit_id, k.sums::float8[]
     FROM unnest($4::text[], $5::uuid[], $6::text[]) AS k(code, unit_id, sums)`,
    [campaignId, levelId, AS_OF, floor.units.map((unit) => unit[1]), floor.units.map((unit) => unit[0]), sums],
  );
  await dataSource.query('VACUUM ANALYZE bench_kept_sums');
}

const LATEST = { 1: 'ON_TIME', 2: 'LATE' } as const;

/**
 * The kept rows ranked by @thidua/domain, as the API ranks its cohort (targets: a unit's override, else its level's).
 */
export function rankFromKeptSums({ input, indicatorIds, codes }: RankingSettings, levelId: string, row: LimitRow) {
  const defaults: Record<string, number | null> = Object.fromEntries(codes.map((code) => [code, null]));
  const overrides = new Map<string, Record<string, number>>();
  for (const [indicatorId, targetLevelId, unitId, value] of row.targets ?? []) {
    const code = codes[indicatorIds.indexOf(indicatorId)];
    if (code === undefined) continue;
    if (targetLevelId === levelId) defaults[code] = value;
    if (unitId) overrides.set(unitId, { ...overrides.get(unitId), [code]: value });
  }
  const units = row.units.map(([unitId, sums]): AggregatedCohortUnit => {
    const figures: Record<string, CumulativeCounts> = {};
    for (let i = 0; i < codes.length; i++) {
      const at = 4 + 6 * i;
      if (typeof sums[at] !== 'number') continue;
      figures[codes[i]] = {
        numerator: sums[at] as number,
        denominator: sums[at + 1] as number,
        previousNumerator: sums[at + 2] as number,
        previousDenominator: sums[at + 3] as number,
        paceNumerator: sums[at + 4] as number,
        paceDenominator: sums[at + 5] as number,
      };
    }
    const [onTime, reports, submittedDue, latest] = sums as number[];
    const override = overrides.get(unitId);
    return {
      unitId,
      targets: override ? { ...defaults, ...override } : defaults,
      figures,
      reports: {
        onTime,
        late: reports - onTime,
        submittedDue,
        latest: latest ? LATEST[latest as 1 | 2] : null,
      },
    };
  });
  const result = rankAggregatedCohort({ ...input, units });
  if (!result.ok) throw new Error(`ranking refused: ${result.errors.map((error) => error.message.en).join('; ')}`);
  return result.value;
}
