import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Role } from '../../foundation/access/role';
import type { Viewer } from '../../foundation/access/viewer';
import type { Context } from '../../foundation/graphql/context';
import { CurrentViewer } from '../../foundation/graphql/current-viewer';
import { Campaign, type CampaignEntity } from '../campaigns';
import { levelById, type LevelEntity } from '../levels';
import type { CampaignPublicationEntity } from './campaign-publication.entity';
import {
  CampaignPublication,
  PublicFiguresEnum,
  PublishCampaignInput,
  PublishCampaignPayload,
  UnpublishCampaignInput,
  UnpublishCampaignPayload,
} from './campaign-publication.type';
import { publicationByCampaignId } from './publication.loaders';
import { PublicationsService, publicPathOf } from './publications.service';

/** A campaign's public scoreboard settings, resolved here so that campaigns need not know publications. */
@Resolver(() => Campaign)
export class CampaignPublicationResolver {
  @FieldResolver(() => CampaignPublication, {
    nullable: true,
    description: 'Whether and how its standings are public; null when they never were.',
  })
  async publication(@Root() campaign: CampaignEntity, @Ctx() ctx: Context): Promise<CampaignPublication | null> {
    const publication = await ctx.loaders.of(publicationByCampaignId).load(campaign.id);
    return publication && publicationOf(publication, ctx);
  }
}

@Resolver()
export class PublicationsResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => PublishCampaignPayload, {
    description: 'Opens the standings of the chosen levels, from a period on, to anyone at /cong-khai/<slug>.',
  })
  async publishCampaign(
    @Arg('input') input: PublishCampaignInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<PublishCampaignPayload> {
    const outcome = await new PublicationsService(ctx.dataSource).publish(input, viewer);
    if (!outcome.ok) return { publication: null, userErrors: outcome.userErrors };
    return { publication: await publicationOf(outcome.value, ctx), userErrors: [] };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UnpublishCampaignPayload, {
    description: 'Closes the public page at once (it answers 404); the settings are kept for publishing again.',
  })
  async unpublishCampaign(
    @Arg('input') input: UnpublishCampaignInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<UnpublishCampaignPayload> {
    const outcome = await new PublicationsService(ctx.dataSource).unpublish(input.campaignId, viewer);
    if (!outcome.ok) return { publication: null, userErrors: outcome.userErrors };
    return { publication: await publicationOf(outcome.value, ctx), userErrors: [] };
  }
}

async function publicationOf(publication: CampaignPublicationEntity, ctx: Context): Promise<CampaignPublication> {
  const levels = (await ctx.loaders.of(levelById).loadMany(publication.levelIds)).filter(
    (level): level is LevelEntity => Boolean(level) && !(level instanceof Error),
  );
  return {
    published: publication.published,
    slug: publication.slug,
    path: publicPathOf(publication.slug),
    levels: levels.sort((a, b) => a.depth - b.depth || a.key.localeCompare(b.key)),
    figures: publication.figures as PublicFiguresEnum,
    fromPeriod: publication.fromPeriod,
    updatedAt: publication.updatedAt,
  };
}
