import { MaxLength } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MAX_CAMPAIGN_PERIODS, MAX_CAMPAIGN_YEARS } from '@thidua/domain';
import { CalendarDateScalar } from '../../foundation/graphql/scalars';
import { UserError } from '../../foundation/graphql/user-error';
import { Campaign, CampaignStatusEnum, WeekdayEnum } from './campaign.type';
import { ScoringSettingsInput } from './scoring.type';

const END_DATE =
  `The last day, inclusive: on or after startDate and at most ${MAX_CAMPAIGN_YEARS} years on (the day before the ` +
  `same date ${MAX_CAMPAIGN_YEARS} years later; at most ${MAX_CAMPAIGN_PERIODS} weekly periods). A later one is ` +
  'refused with CAMPAIGN_TOO_LONG.';

@InputType()
export class CampaignIndicatorInput {
  @Field() @MaxLength(64) code: string;
  @Field(() => Float, { nullable: true, description: 'Above 0; 1 when absent.' }) weight?: number | null;
}

@InputType()
export class LegendClassInput {
  @Field() @MaxLength(40) code: string;
  @Field() @MaxLength(200) name: string;
  @Field(() => Float) minScore: number;
}

@InputType()
export class CreateCampaignInput {
  @Field() @MaxLength(300) name: string;
  @Field(() => CalendarDateScalar) startDate: string;
  @Field(() => CalendarDateScalar, { description: END_DATE }) endDate: string;
  @Field(() => String, { nullable: true, description: 'IANA zone; Asia/Ho_Chi_Minh when absent.' })
  @MaxLength(64)
  timeZone?: string | null;
  @Field(() => WeekdayEnum, { nullable: true, description: 'FRIDAY when absent.' }) dueWeekday?: WeekdayEnum | null;
  @Field(() => String, { nullable: true, description: 'HH:mm; 16:00 when absent.' })
  @MaxLength(5)
  dueTime?: string | null;
  @Field(() => [CampaignIndicatorInput], { nullable: true }) indicators?: CampaignIndicatorInput[] | null;
  @Field(() => [LegendClassInput], {
    nullable: true,
    description: 'Xuất sắc ≥ 90, Tốt ≥ 75, Trung bình ≥ 50, Yếu when absent.',
  })
  legend?: LegendClassInput[] | null;
  @Field(() => [String], { nullable: true, description: 'The levels whose units take part; every level when absent.' })
  @MaxLength(40, { each: true })
  levelKeys?: string[] | null;
  @Field(() => ScoringSettingsInput, {
    nullable: true,
    description: 'Bonus, penalties and tie-breaks; none when absent.',
  })
  scoring?: ScoringSettingsInput | null;
}

@InputType()
export class UpdateCampaignInput {
  @Field(() => ID) id: string;
  @Field(() => Int, { nullable: true, description: 'The version read; a stale one is refused with STALE.' }) version?:
    number | null;
  @Field(() => String, { nullable: true }) @MaxLength(300) name?: string | null;
  @Field(() => CalendarDateScalar, { nullable: true }) startDate?: string | null;
  @Field(() => CalendarDateScalar, { nullable: true, description: END_DATE }) endDate?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(64) timeZone?: string | null;
  @Field(() => WeekdayEnum, { nullable: true }) dueWeekday?: WeekdayEnum | null;
  @Field(() => String, { nullable: true }) @MaxLength(5) dueTime?: string | null;
  @Field(() => [CampaignIndicatorInput], { nullable: true, description: 'Replaces the list.' }) indicators?:
    CampaignIndicatorInput[] | null;
  @Field(() => [LegendClassInput], { nullable: true }) legend?: LegendClassInput[] | null;
  @Field(() => [String], { nullable: true }) @MaxLength(40, { each: true }) levelKeys?: string[] | null;
  @Field(() => ScoringSettingsInput, {
    nullable: true,
    description:
      'Replaces the scoring settings. Allowed while DRAFT or ACTIVE: rankings and open reviews then change; a ' +
      'finalized review keeps its snapshot.',
  })
  scoring?: ScoringSettingsInput | null;
  @Field(() => CampaignStatusEnum, { nullable: true, description: 'DRAFT → ACTIVE → CLOSED; CLOSED → ACTIVE reopens.' })
  status?: CampaignStatusEnum | null;
}

@ObjectType()
export class CampaignPayload {
  @Field(() => Campaign, { nullable: true }) campaign: Campaign | null;
  @Field(() => [UserError]) userErrors: UserError[];
}
