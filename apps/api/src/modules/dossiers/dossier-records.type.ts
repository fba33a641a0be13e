import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../foundation/graphql/user-error';
import { Indicator } from '../indicators';
import { RECORD_MEASURES, type RecordMeasure as Measure } from './record-rules';

/** The fixed vocabulary of what a dossier record can count as (record-rules.ts), as a GraphQL enum. */
export const RecordMeasure = Object.fromEntries(RECORD_MEASURES.map((measure) => [measure, measure])) as {
  [K in Measure]: K;
};
registerEnumType(RecordMeasure, {
  name: 'RecordMeasure',
  description:
    'What a dossier record counts as: received; resolved; resolved online; digitised; with a fee; paid online.',
});

@ObjectType({
  description: 'How dossier records feed an indicator: the measure of its numerator and of its denominator.',
})
export class IndicatorRecordRule {
  @Field(() => Indicator) indicator: Indicator;
  @Field(() => RecordMeasure, { description: 'Counts the records that meet both this measure and the denominator.' })
  numerator: Measure;
  @Field(() => RecordMeasure) denominator: Measure;
}

@InputType()
export class SetIndicatorRecordRuleInput {
  @Field(() => ID) indicatorId: string;
  @Field(() => RecordMeasure) numerator: Measure;
  @Field(() => RecordMeasure) denominator: Measure;
}

@ObjectType()
export class IndicatorRecordRulePayload {
  @Field(() => IndicatorRecordRule, { nullable: true }) rule: IndicatorRecordRule | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@InputType()
export class SetCampaignRecordFeedsInput {
  @Field(() => ID) campaignId: string;
  @Field(() => [ID], { description: 'At most 20.000 units per call.' }) unitIds: string[];
  @Field({ description: 'true: their figures come from dossier records; false: from their own reports again.' })
  fed: boolean;
}

@ObjectType()
export class CampaignRecordFeedsPayload {
  @Field(() => Int, { nullable: true, description: 'How many units of the campaign are fed from records now.' })
  fedUnitCount: number | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType({ description: 'What a recompute of the figures from records wrote.' })
export class RecordRecompute {
  @Field(() => Int) campaigns: number;
  @Field(() => Int, { description: '(campaign, unit, period) cells recounted.' }) cells: number;
  @Field(() => Int) created: number;
  @Field(() => Int) revised: number;
  @Field(() => Int) unchanged: number;
}

@ObjectType()
export class RecomputeRecordFiguresPayload {
  @Field(() => RecordRecompute, { nullable: true }) recompute: RecordRecompute | null;
  @Field(() => [UserError]) userErrors: UserError[];
}
