import { Field, Int, ObjectType } from 'type-graphql';
import { SafeIntScalar } from '../../foundation/graphql/scalars';
import { Campaign, Period } from '../campaigns';
import { Indicator } from '../indicators';
import { Level } from '../levels';
import { LevelSummary, RankingRow } from '../rankings';
import { ReportStatusRow } from '../reports';
import { TargetSet } from '../targets';
import { Unit } from '../units';

@ObjectType({ description: 'The heading of an administrative document (Nghị định 30/2020/NĐ-CP).' })
export class DocumentHeading {
  @Field(() => [String], {
    description: 'The issuer block from the root unit: ["ỦY BAN NHÂN DÂN", "TỈNH CÀ MAU"]; empty without a root unit.',
  })
  issuer: string[];
  @Field(() => String, { nullable: true, description: 'The place of the date line, e.g. "Cà Mau".' }) placeName:
    string | null;
  @Field({ description: '"Cà Mau, ngày 12 tháng 5 năm 2023": the period\'s due date in the campaign\'s zone.' })
  dateLine: string;
  @Field() title: string;
  @Field({ description: 'The campaign, the period and its first and last days (dd/MM/yyyy).' }) subtitle: string;
}

@ObjectType({ description: 'One level of the weekly report: every unit ranked, and the leading and trailing units.' })
export class WeeklyReportLevel {
  @Field(() => Level) level: Level;
  @Field(() => Int, { description: 'How many units are ranked (units with data).' }) cohortSize: number;
  @Field(() => [RankingRow], {
    description: 'Every unit of the level: ranked rows by rank, then the units without data.',
  })
  rows: RankingRow[];
  @Field(() => [RankingRow], { description: 'The first five ranked units, with any tied with the fifth.' })
  top: RankingRow[];
  @Field(() => [RankingRow], {
    description: 'The last five ranked units not already on top, with any tied with the first of them.',
  })
  bottom: RankingRow[];
}

@ObjectType({
  description: 'A unit at 0% on an indicator although it received dossiers (cumulative as of the period).',
})
export class ZeroRateUnit {
  @Field(() => Unit) unit: Unit;
  @Field(() => Level) level: Level;
  @Field(() => Indicator) indicator: Indicator;
  @Field(() => SafeIntScalar, { description: 'Cumulative dossiers: none of them qualified.' }) denominator: number;
}

@ObjectType({ description: 'The weekly report to the chairman (báo cáo tuần) for one period, against one target set.' })
export class WeeklyReport {
  @Field(() => Campaign) campaign: Campaign;
  @Field(() => Period, { description: 'The period reported on; figures are cumulated over periods 1..period.' })
  period: Period;
  @Field(() => Int, { description: 'How many periods the campaign has.' }) periodCount: number;
  @Field(() => TargetSet) targetSet: TargetSet;
  @Field(() => DocumentHeading) heading: DocumentHeading;
  @Field(() => [LevelSummary], {
    description: 'Each level against its default target, then all units (level null, no target).',
  })
  summary: LevelSummary[];
  @Field(() => [WeeklyReportLevel]) levels: WeeklyReportLevel[];
  @Field(() => [ReportStatusRow], { description: 'Units whose report for the period came after its due time.' })
  lateUnits: ReportStatusRow[];
  @Field(() => [ReportStatusRow], { description: 'Units with no report for the period once it was due.' })
  missingUnits: ReportStatusRow[];
  @Field(() => [ZeroRateUnit], {
    description: 'Units at 0% on an indicator with dossiers received, by level and unit.',
  })
  zeroRateUnits: ZeroRateUnit[];
}
