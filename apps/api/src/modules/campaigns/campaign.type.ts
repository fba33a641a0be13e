import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../foundation/graphql/connection';
import { CalendarDateScalar, DateTimeScalar } from '../../foundation/graphql/scalars';
import { MAX_CAMPAIGN_YEARS, type Weekday } from '@thidua/domain';
import { Indicator } from '../indicators';
import type { CampaignStatus } from './campaign.entity';

export enum WeekdayEnum {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}
registerEnumType(WeekdayEnum, { name: 'Weekday' });

export enum CampaignStatusEnum {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
}
registerEnumType(CampaignStatusEnum, {
  name: 'CampaignStatus',
  description:
    'DRAFT: being set up, no reports. ACTIVE: reports accepted. CLOSED: read-only until an admin reopens it.',
});

@ObjectType({ description: 'A class of the legend: units scoring at least minScore (and below the next class up).' })
export class LegendClass {
  @Field({ description: 'Stable code used in rule conditions, e.g. EXCELLENT.' }) code: string;
  @Field({ description: 'Shown to people, e.g. Xuất sắc.' }) name: string;
  @Field(() => Float) minScore: number;
}

@ObjectType({ description: 'An indicator as a campaign scores it.' })
export class CampaignIndicator {
  @Field(() => Indicator) indicator: Indicator;
  @Field(() => Float, { description: 'Relative weight in the score; equal weights by default.' }) weight: number;
}

@ObjectType({
  description: 'A reporting week, clipped to the campaign, due on the first due weekday on or after its last day.',
})
export class Period {
  @Field(() => Int, { description: '1 = the first period.' }) index: number;
  @Field(() => CalendarDateScalar) startDate: string;
  @Field(() => CalendarDateScalar) endDate: string;
  @Field(() => DateTimeScalar, { description: 'The due instant (UTC), e.g. Friday 16:00 in the campaign zone.' })
  dueAt: Date;
}

@ObjectType({ description: 'A target-driven emulation campaign (chiến dịch).' })
export class Campaign {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: 'Increases with every change; send it back to refuse a stale edit.' })
  version: number;
  @Field() name: string;
  @Field(() => CalendarDateScalar) startDate: string;
  @Field(() => CalendarDateScalar, {
    description: `The last day, inclusive; at most ${MAX_CAMPAIGN_YEARS} years after startDate (less a day).`,
  })
  endDate: string;
  @Field({ description: 'IANA time zone of all calendar logic, e.g. Asia/Ho_Chi_Minh.' }) timeZone: string;
  @Field(() => WeekdayEnum) dueWeekday: Weekday;
  @Field({ description: 'HH:mm in timeZone, e.g. 16:00.' }) dueTime: string;
  @Field(() => CampaignStatusEnum) status: CampaignStatus;
  @Field(() => [LegendClass], { description: 'Ordered from the highest minScore to the lowest.' })
  legend: LegendClass[];
  // indicators, levels, targetSets, periods and targetChanges are resolved in CampaignsResolver.
}

@ObjectType()
export class CampaignConnection extends ConnectionType(Campaign) {}
