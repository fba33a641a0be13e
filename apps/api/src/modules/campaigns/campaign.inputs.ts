import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CalendarDateScalar } from '../../graphql/scalars';
import { UserError } from '../../graphql/user-error';
import { Campaign, CampaignStatusEnum, WeekdayEnum } from './campaign.type';

@InputType()
export class CampaignIndicatorInput {
  @Field() code: string;
  @Field(() => Float, { nullable: true, description: 'Above 0; 1 when absent.' }) weight?: number | null;
}

@InputType()
export class LegendClassInput {
  @Field() code: string;
  @Field() name: string;
  @Field(() => Float) minScore: number;
}

@InputType()
export class CreateCampaignInput {
  @Field() name: string;
  @Field(() => CalendarDateScalar) startDate: string;
  @Field(() => CalendarDateScalar) endDate: string;
  @Field(() => String, { nullable: true, description: 'IANA zone; Asia/Ho_Chi_Minh when absent.' }) timeZone?:
    string | null;
  @Field(() => WeekdayEnum, { nullable: true, description: 'FRIDAY when absent.' }) dueWeekday?: WeekdayEnum | null;
  @Field(() => String, { nullable: true, description: 'HH:mm; 16:00 when absent.' }) dueTime?: string | null;
  @Field(() => [CampaignIndicatorInput], { nullable: true }) indicators?: CampaignIndicatorInput[] | null;
  @Field(() => [LegendClassInput], {
    nullable: true,
    description: 'Xuất sắc ≥ 90, Tốt ≥ 75, Trung bình ≥ 50, Yếu when absent.',
  })
  legend?: LegendClassInput[] | null;
  @Field(() => [String], { nullable: true, description: 'The levels whose units take part; every level when absent.' })
  levelKeys?: string[] | null;
}

@InputType()
export class UpdateCampaignInput {
  @Field(() => ID) id: string;
  @Field(() => Int, { nullable: true, description: 'The version read; a stale one is refused with STALE.' }) version?:
    number | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => CalendarDateScalar, { nullable: true }) startDate?: string | null;
  @Field(() => CalendarDateScalar, { nullable: true }) endDate?: string | null;
  @Field(() => String, { nullable: true }) timeZone?: string | null;
  @Field(() => WeekdayEnum, { nullable: true }) dueWeekday?: WeekdayEnum | null;
  @Field(() => String, { nullable: true }) dueTime?: string | null;
  @Field(() => [CampaignIndicatorInput], { nullable: true, description: 'Replaces the list.' }) indicators?:
    CampaignIndicatorInput[] | null;
  @Field(() => [LegendClassInput], { nullable: true }) legend?: LegendClassInput[] | null;
  @Field(() => [String], { nullable: true }) levelKeys?: string[] | null;
  @Field(() => CampaignStatusEnum, { nullable: true, description: 'DRAFT → ACTIVE → CLOSED; CLOSED → ACTIVE reopens.' })
  status?: CampaignStatusEnum | null;
}

@ObjectType()
export class CampaignPayload {
  @Field(() => Campaign, { nullable: true }) campaign: Campaign | null;
  @Field(() => [UserError]) userErrors: UserError[];
}
