import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../foundation/graphql/context';
import { CurrentViewer } from '../../foundation/graphql/current-viewer';
import type { Viewer } from '../../foundation/access/viewer';
import { Role } from '../../foundation/access/role';
import { ApiToken, ApiTokenPayload, CreateApiTokenInput, RevokeApiTokenInput } from './api-token.type';
import { ApiTokensService } from './api-tokens.service';

@Resolver(() => ApiToken)
export class ApiTokensResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [ApiToken], { description: 'Every API token, the newest first; secrets are never shown again.' })
  apiTokens(@Ctx() ctx: Context) {
    return new ApiTokensService(ctx.dataSource).list();
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ApiTokenPayload)
  async createApiToken(
    @Arg('input') input: CreateApiTokenInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<ApiTokenPayload> {
    const outcome = await new ApiTokensService(ctx.dataSource).create(input, viewer, new Date());
    return outcome.ok
      ? { ...outcome.value, userErrors: [] }
      : { apiToken: null, token: null, userErrors: outcome.userErrors };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ApiTokenPayload, { description: 'The token stops working at once.' })
  async revokeApiToken(
    @Arg('input') input: RevokeApiTokenInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<ApiTokenPayload> {
    const outcome = await new ApiTokensService(ctx.dataSource).revoke(input.id, viewer, new Date());
    return outcome.ok
      ? { apiToken: outcome.value, token: null, userErrors: [] }
      : { apiToken: null, token: null, userErrors: outcome.userErrors };
  }
}
