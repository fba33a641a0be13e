import { MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../foundation/graphql/scalars';
import { UserError } from '../../foundation/graphql/user-error';

@ObjectType({ description: 'One reminder sent: for which period, when, and whom it reached.' })
export class ReminderSend {
  @Field(() => Int) periodIndex: number;
  @Field(() => Int, { description: 'Minutes before (negative) or after (positive) the due instant.' })
  offsetMinutes: number;
  @Field(() => DateTimeScalar) dueAt: Date;
  @Field(() => DateTimeScalar) sentAt: Date;
  @Field(() => Int, { description: 'Units not reported when it was sent.' }) unitCount: number;
  @Field(() => Int, { description: 'People it reached in the app.' }) recipientCount: number;
  @Field(() => Int, { description: 'Of them, those emailed so far.' }) emailedCount: number;
}

@ObjectType({ description: "A campaign's reminders (đôn đốc) before and after each due instant." })
export class CampaignReminders {
  @Field(() => [Int], {
    description:
      'Minutes around each due instant: negative before it (units not yet reported), positive after it ' +
      '(those still missing). Empty: no reminders.',
  })
  offsetsMinutes: number[];
  @Field(() => [String], {
    description: "Levels whose units' reminders also go to the parent unit's reporters (e.g. commune).",
  })
  copyToParentLevelKeys: string[];
  @Field(() => [ReminderSend], { description: 'The latest 20 reminders sent, the newest first.' })
  recentSends: ReminderSend[];
}

@InputType()
export class SetCampaignRemindersInput {
  @Field(() => ID) campaignId: string;
  @Field(() => [Int], { description: 'E.g. [-1440, -120, 60]: 24 h and 2 h before, 1 h after; at most 6.' })
  @MaxLength(10, { each: true })
  offsetsMinutes: number[];
  @Field(() => [String], { nullable: true }) @MaxLength(40, { each: true }) copyToParentLevelKeys?: string[] | null;
}

@ObjectType()
export class SetCampaignRemindersPayload {
  @Field(() => CampaignReminders, { nullable: true }) reminders: CampaignReminders | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType({ description: 'Which emails the signed-in person wants.' })
export class EmailPreferences {
  @Field({ description: 'Reminders to report (they stay in the app either way).' }) reminders: boolean;
}

@InputType()
export class SetEmailPreferencesInput {
  @Field() reminders: boolean;
}

@ObjectType()
export class SetEmailPreferencesPayload {
  @Field(() => EmailPreferences, { nullable: true }) emailPreferences: EmailPreferences | null;
  @Field(() => [UserError]) userErrors: UserError[];
}
