import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, pageWindow } from '../../graphql/connection';
import type { Context, Viewer } from '../../graphql/context';
import type { Outcome } from '../../graphql/user-error';
import { Unit } from '../units/unit.type';
import { Role } from './role';
import { CreateUserInput, UpdateUserInput, UserPayload } from './user.inputs';
import { UserEntity } from './user.entity';
import { User, UserConnection } from './user.type';
import { UsersAdminService } from './users.admin.service';

const payload = (outcome: Outcome<UserEntity>): UserPayload =>
  outcome.ok ? { user: outcome.value, userErrors: [] } : { user: null, userErrors: outcome.userErrors };

@Resolver(() => User)
export class UsersResolver {
  @Authorized()
  @Query(() => User, { nullable: true, description: 'The signed-in user.' })
  me(@Ctx() ctx: Context) {
    return ctx.viewer?.userId ? ctx.dataSource.getRepository(UserEntity).findOneBy({ id: ctx.viewer.userId }) : null;
  }

  @Authorized(Role.ADMIN)
  @Query(() => UserConnection, { description: 'Every account, by email.' })
  users(@Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    return new UsersAdminService(ctx.dataSource).list(pageWindow(args));
  }

  @FieldResolver(() => Unit, { nullable: true })
  unit(@Root() user: UserEntity, @Ctx() ctx: Context) {
    return user.unitId ? ctx.loaders.unitById.load(user.unitId) : null;
  }

  @FieldResolver(() => Boolean, { description: 'A disabled account cannot sign in.' })
  disabled(@Root() user: UserEntity): boolean {
    return user.disabledAt !== null;
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UserPayload)
  async createUser(@Arg('input') input: CreateUserInput, @Ctx() ctx: Context): Promise<UserPayload> {
    return payload(await new UsersAdminService(ctx.dataSource).create(input, ctx.viewer as Viewer));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UserPayload, {
    description: 'Rename, change role or unit, disable or enable, or reset the password.',
  })
  async updateUser(@Arg('input') input: UpdateUserInput, @Ctx() ctx: Context): Promise<UserPayload> {
    return payload(await new UsersAdminService(ctx.dataSource).update(input, ctx.viewer as Viewer, new Date()));
  }
}
