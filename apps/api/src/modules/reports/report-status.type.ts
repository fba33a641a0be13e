import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../foundation/graphql/scalars';
import { Period } from '../campaigns';
import { Level } from '../levels';
import { Unit } from '../units';
import { ReportStatusEnum } from './report.type';

@ObjectType()
export class ReportStatusRow {
  @Field(() => Unit) unit: Unit;
  @Field(() => Level) level: Level;
  @Field(() => ReportStatusEnum) status: ReportStatusEnum;
  @Field(() => DateTimeScalar, { nullable: true, description: 'The first submission, when there is one.' })
  submittedAt: Date | null;
  @Field(() => Int, { nullable: true, description: 'How many times it was submitted.' }) revision: number | null;
}

@ObjectType({ description: 'How many units of a level are on time, late, missing or not due.' })
export class ReportStatusCount {
  @Field(() => Level) level: Level;
  @Field(() => Int) onTime: number;
  @Field(() => Int) late: number;
  @Field(() => Int) missing: number;
  @Field(() => Int) notDue: number;
  @Field(() => Int) total: number;
}

@ObjectType({ description: 'Who has reported for one period, as of now.' })
export class ReportStatusBoard {
  @Field(() => Period) period: Period;
  @Field(() => [ReportStatusRow], {
    description: 'Every active unit of the campaign (filtered by level and status when asked).',
  })
  rows: ReportStatusRow[];
  @Field(() => [ReportStatusCount], { description: 'Counts per level, whatever the filters.' })
  levels: ReportStatusCount[];
  @Field(() => [Unit], { description: 'Units to remind: the period is due and they have not reported.' })
  toRemind: Unit[];
}
