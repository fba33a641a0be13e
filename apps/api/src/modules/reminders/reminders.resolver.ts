import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../foundation/access/role';
import type { Viewer } from '../../foundation/access/viewer';
import type { Context } from '../../foundation/graphql/context';
import { CurrentViewer } from '../../foundation/graphql/current-viewer';
import { Campaign, type CampaignEntity } from '../campaigns';
import {
  CampaignReminders,
  EmailPreferences,
  SetCampaignRemindersInput,
  SetCampaignRemindersPayload,
  SetEmailPreferencesInput,
  SetEmailPreferencesPayload,
} from './reminder.type';
import { RemindersService } from './reminders.service';

/** A campaign's reminders, resolved here so that campaigns need not know reminders. */
@Resolver(() => Campaign)
export class CampaignRemindersResolver {
  @FieldResolver(() => CampaignReminders, { description: 'When its units are reminded to report, and what was sent.' })
  reminders(@Root() campaign: CampaignEntity, @Ctx() ctx: Context) {
    return new RemindersService(ctx.dataSource).of(campaign.id);
  }
}

@Resolver()
export class RemindersResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => SetCampaignRemindersPayload)
  async setCampaignReminders(
    @Arg('input') input: SetCampaignRemindersInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<SetCampaignRemindersPayload> {
    const outcome = await new RemindersService(ctx.dataSource).set(input, viewer, new Date());
    return outcome.ok
      ? { reminders: outcome.value, userErrors: [] }
      : { reminders: null, userErrors: outcome.userErrors };
  }

  @Authorized()
  @Query(() => EmailPreferences, { description: "The signed-in person's email choices." })
  emailPreferences(@CurrentViewer() viewer: Viewer, @Ctx() ctx: Context) {
    return new RemindersService(ctx.dataSource).emailPreferences(viewer.userId as string);
  }

  @Authorized()
  @Mutation(() => SetEmailPreferencesPayload)
  async setEmailPreferences(
    @Arg('input') input: SetEmailPreferencesInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<SetEmailPreferencesPayload> {
    const emailPreferences = await new RemindersService(ctx.dataSource).setEmailPreferences(
      viewer.userId as string,
      input.reminders,
    );
    return { emailPreferences, userErrors: [] };
  }
}
