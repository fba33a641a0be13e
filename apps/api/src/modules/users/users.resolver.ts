import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Unit } from '../units/unit.type';
import { UserEntity } from './user.entity';
import { User } from './user.type';

@Resolver(() => User)
export class UsersResolver {
  @Authorized()
  @Query(() => User, { nullable: true, description: 'The signed-in user.' })
  me(@Ctx() ctx: Context) {
    return ctx.viewer?.userId ? ctx.dataSource.getRepository(UserEntity).findOneBy({ id: ctx.viewer.userId }) : null;
  }

  @FieldResolver(() => Unit, { nullable: true })
  unit(@Root() user: UserEntity, @Ctx() ctx: Context) {
    return user.unitId ? ctx.loaders.unitById.load(user.unitId) : null;
  }
}
