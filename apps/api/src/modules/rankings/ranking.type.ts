import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../foundation/graphql/connection';
import { SafeIntScalar } from '../../foundation/graphql/scalars';
import type { TieBreakCriterion } from '@thidua/domain';
import { LegendClass, TieBreakCriterionEnum } from '../campaigns';
import { Indicator } from '../indicators';
import { Level } from '../levels';
import { TargetSet } from '../targets';
import { Unit } from '../units';

@ObjectType({
  description: 'One indicator of a unit or a level, cumulated over periods 1..asOfPeriod.',
  simpleResolvers: true,
})
export class IndicatorResult {
  @Field(() => Indicator) indicator: Indicator;
  @Field(() => SafeIntScalar, { description: 'Cumulative qualifying dossiers.' }) numerator: number;
  @Field(() => SafeIntScalar, { description: 'Cumulative dossiers.' }) denominator: number;
  @Field(() => Float, { nullable: true, description: 'Percent, unrounded; null = no data (never 0).' }) rate:
    number | null;
  @Field(() => Float, { nullable: true, description: 'Percent; null = no target, not scored.' }) target: number | null;
  @Field(() => Boolean, { nullable: true, description: 'rate ≥ target, compared exactly.' }) met: boolean | null;
  @Field(() => Float, { nullable: true, description: 'min(rate ÷ target, 1), from 0 to 1.' }) achievement:
    number | null;
  @Field(() => SafeIntScalar, {
    nullable: true,
    description: 'More dossiers that would have had to qualify to meet the target; 0 when met.',
  })
  shortfall: number | null;
  @Field(() => Float, { nullable: true, description: 'Percent at the campaign end at the pace of the last 3 periods.' })
  projectedRate: number | null;
  @Field(() => Boolean, { nullable: true }) onTrack: boolean | null;
  @Field(() => Float, { nullable: true, description: "The indicator's weight in the score (units only)." }) weight:
    number | null;
}

@ObjectType({
  description: 'Reports over periods 1..asOfPeriod; due = periods whose due instant has passed.',
  simpleResolvers: true,
})
export class ReportTally {
  @Field(() => Int) due: number;
  @Field(() => Int) onTime: number;
  @Field(() => Int) late: number;
  @Field(() => Int) missing: number;
}

/** Plain data fields: no middleware or auth check per field (the query itself is authorized). */
@ObjectType({ simpleResolvers: true })
export class RankingRow {
  @Field(() => Int, {
    nullable: true,
    description: 'Competition rank in the level (1, 2, 2, 4); null = no data, listed last.',
  })
  rank: number | null;
  @Field(() => Int, { nullable: true }) previousRank: number | null;
  @Field(() => Int, { nullable: true, description: 'Previous rank − rank: positive = moved up.' }) movement:
    number | null;
  @Field(() => Unit) unit: Unit;
  @Field(() => Float, {
    nullable: true,
    description:
      'The final score, unrounded: max(0, baseScore + bonusPoints − penaltyPoints); 0–100 for a campaign without ' +
      'scoring settings, where it equals baseScore.',
  })
  score: number | null;
  @Field(() => Float, { nullable: true, description: 'The capped score, 0–100, unrounded (docs/domain.md §4).' })
  baseScore: number | null;
  @Field(() => Float, { nullable: true, description: 'Points for exceeding targets; 0 without a bonus.' })
  bonusPoints: number | null;
  @Field(() => Float, { nullable: true, description: 'Points taken off for late and missing reports; 0 without.' })
  penaltyPoints: number | null;
  @Field(() => TieBreakCriterionEnum, {
    nullable: true,
    description:
      'What placed this unit below the row just above with the same rounded score: the first tie-break that ' +
      'differs; null when the rounded scores differ, when the two share a rank, or for the first row.',
  })
  tieBreak: TieBreakCriterion | null;
  @Field({ description: "The unit has no report for asOfPeriod although that period's due instant has passed." })
  latestReportMissing: boolean;
  @Field(() => LegendClass, { nullable: true }) class: LegendClass | null;
  @Field(() => [IndicatorResult]) indicators: IndicatorResult[];
  @Field(() => ReportTally) reports: ReportTally;
}

@ObjectType({ description: "A page of a ranking's rows, in the order of `rows`." })
export class RankingRowConnection extends ConnectionType(RankingRow) {}

/** `rows` and `rowsConnection` are resolved in RankingsResolver (a row's unit is read as it is shown). */
@ObjectType({ description: 'The units of one level ranked as of a period against one target set.' })
export class Ranking {
  @Field(() => Level) level: Level;
  @Field(() => Int) asOfPeriod: number;
  @Field(() => TargetSet) targetSet: TargetSet;
  @Field(() => Int, {
    description: 'How many units are ranked (units with data), in the whole level, also with parentUnitId.',
  })
  cohortSize: number;
}

@ObjectType({ description: 'Sums of counts of a level (level null = all units), never averages of rates.' })
export class LevelSummary {
  @Field(() => Level, { nullable: true }) level: Level | null;
  @Field(() => Int, { description: 'Active units of the level in the campaign.' }) unitCount: number;
  @Field(() => Int, { description: 'The period the figures are cumulated to (the default when none was asked for).' })
  asOfPeriod: number;
  @Field(() => [IndicatorResult]) indicators: IndicatorResult[];
}

@ObjectType({ description: 'The summary as of one period: what `summary` answers for that asOfPeriod.' })
export class PeriodSummary {
  @Field(() => Int) asOfPeriod: number;
  @Field(() => [LevelSummary], { description: 'Each level of the campaign, then all units (level null).' })
  levels: LevelSummary[];
}
