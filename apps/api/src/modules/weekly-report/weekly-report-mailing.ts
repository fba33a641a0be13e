import { MaxLength } from 'class-validator';
import type { DataSource } from 'typeorm';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Resolver,
  Root,
} from 'type-graphql';
import { Role } from '../../foundation/access/role';
import type { Viewer } from '../../foundation/access/viewer';
import { recordAudit } from '../../foundation/audit/audit.service';
import { fail, succeed, userError, type Outcome, type Problem } from '../../foundation/errors/problem';
import type { Context } from '../../foundation/graphql/context';
import { CurrentViewer } from '../../foundation/graphql/current-viewer';
import { DateTimeScalar } from '../../foundation/graphql/scalars';
import { UserError } from '../../foundation/graphql/user-error';
import { msg } from '../../foundation/i18n/message';
import { Campaign, loadCampaignContext, unknownCampaign, type CampaignEntity } from '../campaigns';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_RECIPIENTS = 20;
const MAX_DELAY_MINUTES = 7 * 24 * 60;

@ObjectType()
export class WeeklyReportSend {
  @Field(() => Int) period: number;
  @Field(() => [String]) recipients: string[];
  @Field(() => DateTimeScalar) queuedAt: Date;
  @Field(() => DateTimeScalar, { nullable: true }) sentAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Why it was not sent (after its retries).' }) error:
    string | null;
}

@ObjectType({ description: "Who receives the weekly report by email at each due instant (the chairman's office)." })
export class WeeklyReportMailing {
  @Field(() => [String], { description: 'Email addresses; empty: none is sent.' }) recipients: string[];
  @Field(() => Int, { description: 'Minutes after the due instant, so that late reports of the last minutes count.' })
  delayMinutes: number;
  @Field(() => [WeeklyReportSend], { description: 'The latest 10, the newest first.' }) recentSends: WeeklyReportSend[];
}

@InputType()
export class SetWeeklyReportMailingInput {
  @Field(() => ID) campaignId: string;
  @Field(() => [String]) @MaxLength(254, { each: true }) recipients: string[];
  @Field(() => Int, { nullable: true, description: 'From 0 to 10080 (a week); 0 when absent.' }) delayMinutes?:
    number | null;
}

@ObjectType()
export class SetWeeklyReportMailingPayload {
  @Field(() => WeeklyReportMailing, { nullable: true }) weeklyReportMailing: WeeklyReportMailing | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

async function mailingOf(dataSource: DataSource, campaignId: string): Promise<WeeklyReportMailing> {
  const [settings] = await dataSource.query(
    `SELECT recipients, delay_minutes FROM weekly_report_mailings WHERE campaign_id = $1`,
    [campaignId],
  );
  const sends: {
    period_index: number;
    recipients: string[];
    queued_at: Date;
    sent_at: Date | null;
    error: string | null;
  }[] = await dataSource.query(
    `SELECT period_index, recipients, queued_at, sent_at, error FROM weekly_report_sends WHERE campaign_id = $1
       ORDER BY period_index DESC LIMIT 10`,
    [campaignId],
  );
  return {
    recipients: settings?.recipients ?? [],
    delayMinutes: settings?.delay_minutes ?? 0,
    recentSends: sends.map((send) => ({
      period: send.period_index,
      recipients: send.recipients,
      queuedAt: new Date(send.queued_at),
      sentAt: send.sent_at ? new Date(send.sent_at) : null,
      error: send.error,
    })),
  };
}

async function setMailing(
  dataSource: DataSource,
  input: SetWeeklyReportMailingInput,
  viewer: Viewer,
): Promise<Outcome<string>> {
  // Each address is checked where the caller put it (the field names its index), then the list is kept once each.
  const addresses = input.recipients.map((email) => email.trim().toLowerCase());
  const recipients = [...new Set(addresses)];
  const delay = input.delayMinutes ?? 0;
  const problems: Problem[] = [];
  addresses.forEach((email, i) => {
    if (!EMAIL.test(email))
      problems.push(
        userError(
          'INVALID_EMAIL',
          ['input', 'recipients', String(i)],
          msg(`"${email}" is not an email address.`, `"${email}" không phải là địa chỉ email.`),
        ),
      );
  });
  if (recipients.length > MAX_RECIPIENTS)
    problems.push(
      userError(
        'TOO_MANY',
        ['input', 'recipients'],
        msg(`At most ${MAX_RECIPIENTS} recipients.`, `Tối đa ${MAX_RECIPIENTS} người nhận.`),
      ),
    );
  if (!Number.isInteger(delay) || delay < 0 || delay > MAX_DELAY_MINUTES)
    problems.push(
      userError(
        'INVALID_INPUT',
        ['input', 'delayMinutes'],
        msg(
          `The delay is a whole number of minutes from 0 to ${MAX_DELAY_MINUTES}.`,
          `Độ trễ là số phút nguyên từ 0 đến ${MAX_DELAY_MINUTES}.`,
        ),
      ),
    );
  if (problems.length) return fail(...problems);
  return dataSource.transaction(async (manager): Promise<Outcome<string>> => {
    const context = await loadCampaignContext(manager, input.campaignId);
    if (!context) return fail(unknownCampaign());
    const [before] = await manager.query(
      `SELECT recipients, delay_minutes AS "delayMinutes" FROM weekly_report_mailings WHERE campaign_id = $1 FOR UPDATE`,
      [context.campaign.id],
    );
    await manager.query(
      `INSERT INTO weekly_report_mailings (campaign_id, recipients, delay_minutes, updated_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (campaign_id) DO UPDATE SET recipients = $2, delay_minutes = $3, updated_at = now()`,
      [context.campaign.id, recipients, delay],
    );
    await recordAudit(manager, viewer, {
      action: 'setWeeklyReportMailing',
      entityType: 'Campaign',
      entityId: context.campaign.id,
      before: before ?? null,
      after: { recipients, delayMinutes: delay },
    });
    return succeed(context.campaign.id);
  });
}

/** A campaign's weekly report mailing, resolved here so that campaigns need not know the weekly report. */
@Resolver(() => Campaign)
export class WeeklyReportMailingResolver {
  @Authorized(Role.ADMIN, Role.BOARD)
  @FieldResolver(() => WeeklyReportMailing, {
    description: 'Who receives the weekly report by email (ADMIN and BOARD; FORBIDDEN to others).',
    nullable: true,
  })
  weeklyReportMailing(@Root() campaign: CampaignEntity, @Ctx() ctx: Context) {
    return mailingOf(ctx.dataSource, campaign.id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => SetWeeklyReportMailingPayload)
  async setWeeklyReportMailing(
    @Arg('input') input: SetWeeklyReportMailingInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<SetWeeklyReportMailingPayload> {
    const outcome = await setMailing(ctx.dataSource, input, viewer);
    return outcome.ok
      ? { weeklyReportMailing: await mailingOf(ctx.dataSource, outcome.value), userErrors: [] }
      : { weeklyReportMailing: null, userErrors: outcome.userErrors };
  }
}
