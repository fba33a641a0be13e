import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { READ_RANKINGS, READ_REPORTS, READ_UNITS } from '../../foundation/access/scopes';
import type { Context } from '../../foundation/graphql/context';
import { validateInput } from '../../foundation/graphql/validate-input';
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
  async createLevel(@Arg('input') input: CreateLevelInput, @Ctx() ctx: Context): Promise<LevelPayload> {
    const invalid = await validateInput(input);
    if (invalid.length) return { level: null, userErrors: invalid };
    const outcome = await new LevelsService(ctx.dataSource).create(input, ctx.viewer);
    return outcome.ok ? { level: outcome.value, userErrors: [] } : { level: null, userErrors: outcome.userErrors };
  }
}
