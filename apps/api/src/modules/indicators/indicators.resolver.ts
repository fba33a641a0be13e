import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { READ_RANKINGS, READ_REPORTS } from '../../foundation/access/scopes';
import type { Context } from '../../foundation/graphql/context';
import type { Viewer } from '../../foundation/access/viewer';
import { CurrentViewer } from '../../foundation/graphql/current-viewer';
import { Role } from '../../foundation/access/role';
import { CreateIndicatorInput, Indicator, IndicatorPayload, UpdateIndicatorInput } from './indicator.type';
import { IndicatorsService } from './indicators.service';
import type { IndicatorEntity } from './indicator.entity';
import { type Outcome } from '../../foundation/errors/problem';

const payload = (outcome: Outcome<IndicatorEntity>): IndicatorPayload =>
  outcome.ok ? { indicator: outcome.value, userErrors: [] } : { indicator: null, userErrors: outcome.userErrors };

@Resolver(() => Indicator)
export class IndicatorsResolver {
  @Authorized(READ_REPORTS, READ_RANKINGS)
  @Query(() => [Indicator], { description: 'Every indicator, by code.' })
  indicators(@Ctx() ctx: Context) {
    return new IndicatorsService(ctx.dataSource).list();
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => IndicatorPayload)
  async createIndicator(
    @Arg('input') input: CreateIndicatorInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<IndicatorPayload> {
    return payload(await new IndicatorsService(ctx.dataSource).create(input, viewer));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => IndicatorPayload, { description: 'Renames an indicator or its labels; the code stays.' })
  async updateIndicator(
    @Arg('input') input: UpdateIndicatorInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<IndicatorPayload> {
    return payload(await new IndicatorsService(ctx.dataSource).update(input, viewer));
  }
}
