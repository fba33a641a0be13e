import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../foundation/graphql/context';
import type { Viewer } from '../../foundation/access/viewer';
import { Person } from './person.type';
import { Role } from '../../foundation/access/role';
import type { UserEntity } from './user.entity';

/** An email is personal data: an administrator signed in sees it, and so does its owner; no API token does. */
export function mayReadEmailOf(viewer: Viewer | null, userId: string): boolean {
  if (!viewer || viewer.tokenId) return false;
  return viewer.role === Role.ADMIN || viewer.userId === userId;
}

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Only for an administrator and for the person themself; null for every other reader and API token.',
  })
  email(@Root() user: UserEntity, @Ctx() ctx: Context): string | null {
    return mayReadEmailOf(ctx.viewer, user.id) ? user.email : null;
  }
}
