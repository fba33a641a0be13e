import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { READ_RANKINGS, READ_REPORTS, READ_UNITS } from '../../foundation/access/scopes';
import type { Context } from '../../foundation/graphql/context';
import { CurrentViewer } from '../../foundation/graphql/current-viewer';
import type { Viewer } from '../../foundation/access/viewer';
import { Role } from '../../foundation/access/role';
import { CreateLevelInput, LevelPayload } from './create-level.input';
import { Level } from './level.type';
import { LevelsService } from './levels.service';

@Resolver(() => Level)
export class LevelsResolver {
  @Authorized(READ_UNITS, READ_REPORTS, READ_RANKINGS)
  @Query(() => [Level], { description: 'Every level, top first.' })
  levels(@Ctx() ctx: Context): Promise<Level[]> {
    return new LevelsService(ctx.dataSource).list();
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => LevelPayload)
  async createLevel(
    @Arg('input') input: CreateLevelInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<LevelPayload> {
    const outcome = await new LevelsService(ctx.dataSource).create(input, viewer);
    return outcome.ok ? { level: outcome.value, userErrors: [] } : { level: null, userErrors: outcome.userErrors };
  }
}
