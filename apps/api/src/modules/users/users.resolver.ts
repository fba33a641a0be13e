import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, pageWindow } from '../../foundation/graphql/connection';
import type { Context } from '../../foundation/graphql/context';
import { CurrentViewer } from '../../foundation/graphql/current-viewer';
import type { Viewer } from '../../foundation/access/viewer';
import { type Outcome } from '../../foundation/errors/problem';
import { Unit } from '../units';
import { mayReadEmailOf } from './person.resolver';
import { Role } from '../../foundation/access/role';
import { CreateUserInput, SignOutUserInput, SignOutUserPayload, UpdateUserInput, UserPayload } from './user.inputs';
import { UserEntity } from './user.entity';
import { User, UserConnection } from './user.type';
import { UsersAdminService } from './users.admin.service';
import { accountOf } from './users.service';
import { unitById } from '../units';
import { forbidden } from '../../foundation/errors/refusal';
import { msg } from '../../foundation/i18n/message';

const payload = (outcome: Outcome<UserEntity>): UserPayload =>
  outcome.ok ? { user: outcome.value, userErrors: [] } : { user: null, userErrors: outcome.userErrors };

@Resolver(() => User)
export class UsersResolver {
  @Authorized()
  @Query(() => User, {
    nullable: true,
    description: 'The signed-in user; FORBIDDEN to an API token (`viewer` answers users and tokens alike).',
  })
  me(@CurrentViewer() viewer: Viewer, @Ctx() ctx: Context) {
    return accountOf(ctx.dataSource, viewer);
  }

  @Authorized(Role.ADMIN)
  @Query(() => UserConnection, { description: 'Every account, by email.' })
  users(@Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    return new UsersAdminService(ctx.dataSource).list(pageWindow(args));
  }

  @FieldResolver(() => String, {
    description:
      'Personal data: readable by an administrator and by the user themself only; anyone else asking for it gets ' +
      "FORBIDDEN (a proposal's `decidedBy { name }` is open to every reader, its email is not).",
  })
  email(@Root() user: UserEntity, @Ctx() ctx: Context): string {
    if (!mayReadEmailOf(ctx.viewer, user.id) && ctx.signedInUserId !== user.id)
      throw forbidden(
        msg(
          "Only an administrator sees another person's email.",
          'Chỉ quản trị viên mới xem được email của người khác.',
        ),
      );
    return user.email;
  }

  @FieldResolver(() => Unit, { nullable: true })
  unit(@Root() user: UserEntity, @Ctx() ctx: Context) {
    return user.unitId ? ctx.loaders.of(unitById).load(user.unitId) : null;
  }

  @FieldResolver(() => Boolean, { description: 'A disabled account cannot sign in.' })
  disabled(@Root() user: UserEntity): boolean {
    return user.disabledAt !== null;
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UserPayload)
  async createUser(
    @Arg('input') input: CreateUserInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<UserPayload> {
    return payload(await new UsersAdminService(ctx.dataSource).create(input, viewer));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UserPayload, {
    description: 'Rename, change role or unit, disable or enable, or reset the password.',
  })
  async updateUser(
    @Arg('input') input: UpdateUserInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<UserPayload> {
    return payload(await new UsersAdminService(ctx.dataSource).update(input, viewer, new Date()));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => SignOutUserPayload, {
    description: 'Ends every session of the user, on every device (API tokens are not touched). Audited.',
  })
  async signOutUser(
    @Arg('input') input: SignOutUserInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<SignOutUserPayload> {
    const outcome = await new UsersAdminService(ctx.dataSource).signOut(input.userId, viewer, new Date());
    return outcome.ok
      ? { ...outcome.value, userErrors: [] }
      : { user: null, sessionsEnded: 0, userErrors: outcome.userErrors };
  }
}
