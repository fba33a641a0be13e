import { Field, Float, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { MAX_SCORING_POINTS, type TieBreakCriterion } from '@thidua/domain';

export enum TieBreakCriterionEnum {
  UNCAPPED_ACHIEVEMENT = 'UNCAPPED_ACHIEVEMENT',
  ON_TIME_SHARE = 'ON_TIME_SHARE',
  FEWER_MISSING = 'FEWER_MISSING',
  VOLUME = 'VOLUME',
}
registerEnumType(TieBreakCriterionEnum, {
  name: 'TieBreakCriterion',
  description:
    'What breaks equal rounded scores, each compared exactly (docs/domain.md §4a). UNCAPPED_ACHIEVEMENT: the ' +
    'weighted ratio of rate to target without the cap, higher first. ON_TIME_SHARE: reports on time ÷ periods due, ' +
    'higher first. FEWER_MISSING: missing reports, fewer first. VOLUME: dossiers handled (Σ denominators), higher first.',
});

const POINTS = `Points, 0 to ${MAX_SCORING_POINTS}.`;

@ObjectType({
  description:
    "A campaign's scoring beyond the capped score (docs/domain.md §4a). All zero with no tie-break (the default): " +
    'units are ranked on the capped score alone, as without settings.',
})
export class ScoringSettings {
  @Field(() => Float, { description: `The most bonus points for exceeding targets; 0 = no bonus. ${POINTS}` })
  bonusMax: number;
  @Field(() => Float, { description: 'Above 1: the ratio rate ÷ target at which an indicator earns its full bonus.' })
  bonusFullAt: number;
  @Field(() => Float, { description: `Taken off per late report up to the period ranked. ${POINTS}` })
  penaltyPerLate: number;
  @Field(() => Float, { description: `Taken off per missing report up to the period ranked. ${POINTS}` })
  penaltyPerMissing: number;
  @Field(() => Float, { nullable: true, description: 'The most penalty points in all; null = no cap.' })
  penaltyMax: number | null;
  @Field(() => [TieBreakCriterionEnum], {
    description: 'Applied in order to units with the same rounded final score; empty = such units share a rank.',
  })
  tieBreaks: readonly TieBreakCriterion[];
}

@InputType({ description: 'Replaces the scoring settings; a field left out takes its "off" value (0, 1.5, none).' })
export class ScoringSettingsInput {
  @Field(() => Float, { nullable: true }) bonusMax?: number | null;
  @Field(() => Float, { nullable: true }) bonusFullAt?: number | null;
  @Field(() => Float, { nullable: true }) penaltyPerLate?: number | null;
  @Field(() => Float, { nullable: true }) penaltyPerMissing?: number | null;
  @Field(() => Float, { nullable: true }) penaltyMax?: number | null;
  @Field(() => [TieBreakCriterionEnum], { nullable: true }) tieBreaks?: TieBreakCriterion[] | null;
}
