import {
  matchesSearch,
  orderRows,
  rankAggregatedCohort,
  RANK_ORDER,
  sameRowOrderKey,
  type IndicatorResult as DomainIndicatorResult,
  type RowOrder,
  type RowOrderKey,
  type RowOrderValue,
  type Ranking,
  type RankingRow as DomainRankingRow,
  type TieBreakCriterion,
} from '@thidua/domain';
import type { DataSource } from 'typeorm';
import { isId } from '../../foundation/database/errors';
import { connectionOf, type Connection, type PageWindow } from '../../foundation/graphql/connection';
import { badInput } from '../../foundation/errors/refusal';
import type { StoredLegendClass } from '../campaigns';
import type { IndicatorEntity } from '../indicators';
import type { LevelEntity } from '../levels';
import type { TargetSetEntity } from '../targets';
import type { UnitEntity } from '../units';
import { summarizeLoaded, type IndicatorResultData, type LevelSummaryData } from './level-summary';
import { legendOf, loadRankingData, type RankingData, type RankingQuery } from './ranking-data';
import type { RankingUnits, UnitLabel } from './ranking-units';
import { loadSummaryTrend, type PeriodSummaryData, type SummaryTrendQuery } from './summary-trend';
import { msg } from '../../foundation/i18n/message';

export interface RankingRowData {
  rank: number | null;
  previousRank: number | null;
  movement: number | null;
  unit: UnitEntity;
  score: number | null;
  baseScore: number | null;
  bonusPoints: number | null;
  penaltyPoints: number | null;
  tieBreak: TieBreakCriterion | null;
  latestReportMissing: boolean;
  class: StoredLegendClass | null;
  indicators: IndicatorResultData[];
  reports: { due: number; onTime: number; late: number; missing: number };
}

export interface RankingResult {
  level: LevelEntity;
  asOfPeriod: number;
  targetSet: TargetSetEntity;
  /** The whole level's, also when `rows` keeps only the units under a parent. */
  cohortSize: number;
  /**
   * Reads the units of rows `start` to `end` (excluded; all rows by default) if not read yet: `rows` and
   * `rowsBetween` show only rows whose units were read (see RankingUnits).
   */
  loadUnits(start?: number, end?: number): Promise<void>;
  /** Every row in the API's terms, made when first read (a page of them, or none, costs only what it shows). */
  readonly rows: RankingRowData[];
  /** How many rows there are, and rows `start` to `end` (excluded) in the API's terms, made alone. */
  readonly rowCount: number;
  rowsBetween(start: number, end: number): RankingRowData[];
  /**
   * Where a unit's place is explained from, as positions in `rows` (`end` excluded, the unit's row last): from the
   * nearest row ranked better than the unit (the first row when none is), whatever the size of its tie group; only its
   * own row when it has no rank; null when the unit is not among the rows.
   */
  placeOf(unitId: string): { start: number; end: number } | null;
  /** The same ranking keeping only the rows of these units. */
  onlyUnits(unitIds: ReadonlySet<string>): RankingResult;
  /**
   * The same ranking's rows whose unit matches `search` (name or code), in `order` (see @thidua/domain's orderRows),
   * their units read first when either needs them; an indicator not among the ranking's is BAD_USER_INPUT.
   */
  arranged(view: RowView): Promise<RankingResult>;
}

/** Which rows a page shows and in what order: rowsConnection's orderBy and search. */
export interface RowView {
  order: RowOrder;
  /** Words to find in the unit's name or code; '' for every row. */
  search: string;
}

/** A level's ranking; with `parentUnitId`, only the rows of the units under that unit (at any depth). */
export interface LevelRankingQuery extends RankingQuery {
  levelKey: string;
  parentUnitId?: string | null;
}

/** A ranked row by ids and codes, as @thidua/domain computes it (a review's snapshot is read back into it). */
export type RankedRow = Pick<
  DomainRankingRow,
  | 'unitId'
  | 'rank'
  | 'previousRank'
  | 'movement'
  | 'score'
  | 'baseScore'
  | 'bonusPoints'
  | 'penaltyPoints'
  | 'tieBreak'
  | 'latestReportMissing'
  | 'class'
  | 'reports'
  | 'indicators'
>;

/** What a ranking's ids and codes stand for: units by id, indicators by code, legend classes by code. */
export interface RankingReferences {
  units: RankingUnits;
  indicatorByCode: ReadonlyMap<string, IndicatorEntity>;
  classByCode: ReadonlyMap<string, StoredLegendClass>;
}

/** A ranking in the API's terms: units, indicators and legend classes instead of ids and codes. */
export function rankingResultOf(
  frame: Pick<RankingResult, 'level' | 'asOfPeriod' | 'targetSet'>,
  ranking: { cohortSize: number; rows: readonly RankedRow[] },
  references: RankingReferences,
): RankingResult {
  return new MappedRanking(frame, ranking.cohortSize, ranking.rows, references);
}

/**
 * The domain's rows turned into the API's terms only as they are read: a country's 10.600 rows take 10–30 ms to
 * turn (tools/bench/RESULTS.md, "to API rows"), which an answer of its cohort size or a page of 50 rows never pays.
 */
class MappedRanking implements RankingResult {
  readonly level: LevelEntity;
  readonly asOfPeriod: number;
  readonly targetSet: TargetSetEntity;
  private mapped: RankingRowData[] | null = null;

  constructor(
    frame: Pick<RankingResult, 'level' | 'asOfPeriod' | 'targetSet'>,
    readonly cohortSize: number,
    private readonly ranked: readonly RankedRow[],
    private readonly references: RankingReferences,
  ) {
    this.level = frame.level;
    this.asOfPeriod = frame.asOfPeriod;
    this.targetSet = frame.targetSet;
  }

  loadUnits(start = 0, end = this.ranked.length): Promise<void> {
    return this.references.units.load(this.ranked.slice(start, end).map((row) => row.unitId));
  }

  get rows(): RankingRowData[] {
    this.mapped ??= this.ranked.map((row) => rowOf(row, this.references));
    return this.mapped;
  }

  get rowCount(): number {
    return this.ranked.length;
  }

  rowsBetween(start: number, end: number): RankingRowData[] {
    if (this.mapped) return this.mapped.slice(start, end);
    return this.ranked.slice(start, end).map((row) => rowOf(row, this.references));
  }

  placeOf(unitId: string): { start: number; end: number } | null {
    const index = this.ranked.findIndex((row) => row.unitId === unitId);
    if (index < 0) return null;
    const rank = this.ranked[index].rank;
    if (rank === null) return { start: index, end: index + 1 };
    // Rows above rank better or the same (ties): back past the unit's tie group to the nearest better rank.
    let start = index - 1;
    while (start > 0 && this.ranked[start].rank === rank) start--;
    return { start: Math.max(start, 0), end: index + 1 };
  }

  onlyUnits(unitIds: ReadonlySet<string>): RankingResult {
    const rows = this.ranked.filter((row) => unitIds.has(row.unitId));
    return new MappedRanking(this, this.cohortSize, rows, this.references);
  }

  async arranged({ order, search }: RowView): Promise<RankingResult> {
    const { key } = order;
    if (key.kind === 'indicator' && !this.references.indicatorByCode.has(key.code))
      throw badInput(
        msg(
          `The campaign has no indicator "${key.code}" to order by.`,
          `Chiến dịch không có chỉ tiêu "${key.code}" để sắp xếp.`,
        ),
      );
    const asRanked = sameRowOrderKey(key, RANK_ORDER.key) && order.direction === RANK_ORDER.direction;
    if (asRanked && !search) return this;
    const labels =
      search || key.kind === 'unit'
        ? await this.references.units.labels(
            this.level.id,
            this.ranked.map((row) => row.unitId),
          )
        : null;
    const labelOf = (row: RankedRow) => labels?.get(row.unitId) as UnitLabel;
    const found = search
      ? this.ranked.filter((row) => matchesSearch(search, labelOf(row).code, labelOf(row).name))
      : this.ranked;
    const rows = asRanked ? found : orderRows(found, order, (row, by) => rankedRowValue(row, by, labelOf));
    return new MappedRanking(this, this.cohortSize, rows, this.references);
  }
}

/** A ranked row's value in a column (its unit's name from `labelOf`). */
function rankedRowValue(row: RankedRow, key: RowOrderKey, labelOf: (row: RankedRow) => UnitLabel): RowOrderValue {
  switch (key.kind) {
    case 'rank':
      return row.rank;
    case 'unit':
      return labelOf(row).name;
    case 'score':
      return row.score;
    case 'movement':
      return row.movement;
    case 'indicator':
      return row.indicators.find((figure) => figure.code === key.code)?.rate ?? null;
  }
}

/**
 * A ranked row's standing as @thidua/domain gives it — rank, movement, score and its parts, the tie-break, the
 * reports —: what a row in the API's terms and a review's stored snapshot both keep as it is.
 */
export function standingOf(row: RankedRow) {
  return {
    rank: row.rank,
    previousRank: row.previousRank,
    movement: row.movement,
    score: row.score,
    baseScore: row.baseScore,
    bonusPoints: row.bonusPoints,
    penaltyPoints: row.penaltyPoints,
    tieBreak: row.tieBreak,
    latestReportMissing: row.latestReportMissing,
    reports: row.reports,
  };
}

function rowOf(row: RankedRow, { units, indicatorByCode, classByCode }: RankingReferences): RankingRowData {
  return {
    ...standingOf(row),
    unit: units.get(row.unitId),
    class: row.class ? (classByCode.get(row.class) ?? null) : null,
    indicators: row.indicators.map((figure) =>
      indicatorResult(figure, indicatorByCode.get(figure.code) as IndicatorEntity),
    ),
  };
}

/** A ranking of data just read in the API's terms (see rankingResultOf). */
export function toRankingResult(data: RankingData, level: LevelEntity, ranking: Ranking): RankingResult {
  const { context } = data;
  return rankingResultOf({ level, asOfPeriod: data.asOfPeriod, targetSet: data.targetSet }, ranking, {
    units: data.units,
    indicatorByCode: new Map(context.indicators.map((indicator) => [indicator.code, indicator])),
    classByCode: new Map(context.campaign.legend.map((entry) => [entry.code, entry])),
  });
}

/** A unit's figure with its indicator: one object literal (10.600 rows × 3 indicators are made per ranking). */
function indicatorResult(figure: DomainIndicatorResult, indicator: IndicatorEntity): IndicatorResultData {
  return {
    indicator,
    numerator: figure.numerator,
    denominator: figure.denominator,
    rate: figure.rate,
    target: figure.target,
    met: figure.met,
    achievement: figure.achievement,
    shortfall: figure.shortfall,
    projectedRate: figure.projectedRate,
    onTrack: figure.onTrack,
    weight: figure.weight,
  };
}

/** Each level of the data ranked by @thidua/domain from the cumulated counts: no I/O. */
export function rankLoaded(data: RankingData, now: Date): { level: LevelEntity; ranking: Ranking }[] {
  const { context } = data;
  const settings = {
    periods: context.periods,
    asOfPeriod: data.asOfPeriod,
    now,
    indicators: context.indicators.map((indicator) => indicator.code),
    weights: context.weights,
    legend: legendOf(context),
    scoring: context.campaign.scoring ?? undefined,
  };
  return data.levels.map((level) => {
    const result = rankAggregatedCohort({ ...settings, units: data.cohorts.get(level.key) ?? [] });
    if (!result.ok) throw new Error(`ranking refused: ${result.errors.map((error) => error.message.en).join('; ')}`);
    return { level, ranking: result.value };
  });
}

/** Rankings and summaries: counts cumulated in SQL, every number computed by @thidua/domain. */
export class RankingsService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The level ranked whole; with `parentUnitId`, only the rows of the units under that unit are kept, with the
   * ranks, movements and cohort size of the whole level (a province's communes keep their national rank). Its rows'
   * units are read, unless `unitsAsShown`: then only as rows are shown (see RankingResult.loadUnits).
   */
  async ranking(query: LevelRankingQuery, now: Date, { unitsAsShown = false } = {}): Promise<RankingResult> {
    const under = query.parentUnitId == null ? null : await unitsUnder(this.dataSource, query.parentUnitId);
    const { data, rankings } = await this.rankLevels(query, now);
    const whole = toRankingResult(data, rankings[0].level, rankings[0].ranking);
    const result = under ? whole.onlyUnits(under) : whole;
    if (!unitsAsShown) await result.loadUnits();
    return result;
  }

  /** Every level asked for (one, or all the campaign's), ranked by @thidua/domain from one read of the counts. */
  async rankLevels(
    query: RankingQuery,
    now: Date,
  ): Promise<{ data: RankingData; rankings: { level: LevelEntity; ranking: Ranking }[] }> {
    const data = await loadRankingData(this.dataSource, query, now);
    return { data, rankings: rankLoaded(data, now) };
  }

  /** Per level (against the level's default target) and for all units (no target), as sums of counts. */
  async summary(query: RankingQuery, now: Date): Promise<LevelSummaryData[]> {
    return summarizeLoaded(await loadRankingData(this.dataSource, query, now));
  }

  /** The summary as of each period 1..throughPeriod, from one statement (see loadSummaryTrend). */
  async summaryTrend(query: SummaryTrendQuery, now: Date): Promise<PeriodSummaryData[]> {
    return loadSummaryTrend(this.dataSource, query, now);
  }
}

/** The ids of the units under `parentId`, at any depth (not itself); an unknown unit is refused (BAD_USER_INPUT). */
async function unitsUnder(dataSource: DataSource, parentId: string): Promise<Set<string>> {
  const refusal = badInput(msg('parentUnitId: there is no such unit.', 'parentUnitId: không có đơn vị này.'));
  if (!isId(parentId)) throw refusal;
  const [row]: { found: boolean; ids: string[] }[] = await dataSource.query(
    `WITH RECURSIVE under(id) AS (
       SELECT id FROM units WHERE parent_id = $1
       UNION SELECT u.id FROM units u JOIN under ON u.parent_id = under.id
     )
     SELECT EXISTS (SELECT 1 FROM units WHERE id = $1) AS found, (SELECT coalesce(json_agg(id), '[]') FROM under) AS ids`,
    [parentId],
  );
  if (!row?.found) throw refusal;
  return new Set(row.ids);
}

/**
 * A page of a ranking's rows found and ordered as `view` asks (positions in that order); totalCount counts those rows,
 * not the cohort.
 */
export async function rowsPage(
  whole: RankingResult,
  window: PageWindow,
  view: RowView = { order: RANK_ORDER, search: '' },
): Promise<Connection<RankingRowData>> {
  const ranking = await whole.arranged(view);
  const rows = await shownRows(ranking, window.offset, window.offset + window.limit);
  return connectionOf(rows, window, ranking.rowCount);
}

/** A unit's row with the rows its place is explained from (see RankingResult.placeOf); none when it is not ranked here. */
export async function rowsAbove(ranking: RankingResult, unitId: string): Promise<RankingRowData[]> {
  const place = ranking.placeOf(unitId);
  return place ? shownRows(ranking, place.start, place.end) : [];
}

/** Every row of a ranking, its units read first. */
export async function allRows(ranking: RankingResult): Promise<RankingRowData[]> {
  await ranking.loadUnits();
  return ranking.rows;
}

/** Rows `start` to `end` (excluded) of a ranking, their units read first. */
async function shownRows(ranking: RankingResult, start: number, end: number): Promise<RankingRowData[]> {
  await ranking.loadUnits(start, end);
  return ranking.rowsBetween(start, end);
}
