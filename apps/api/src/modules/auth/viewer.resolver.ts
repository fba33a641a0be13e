import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { SCOPES, scope } from '../../foundation/access/scopes';
import type { Viewer } from '../../foundation/access/viewer';
import { ConnectionArgs, connectionOf, pageWindow } from '../../foundation/graphql/connection';
import type { Context } from '../../foundation/graphql/context';
import { CurrentViewer } from '../../foundation/graphql/current-viewer';
import { ApiTokensService } from '../api-tokens';
import { writableUnitsOf } from '../reports';
import { UnitConnection, UnitsService } from '../units';
import { accountOf } from '../users';
import { ViewerKindEnum, ViewerType, scopeValuesOf } from './viewer.type';

/**
 * Every scope admits a token and no role is listed, so every user is admitted: `viewer` is open to any signed-in
 * caller, a write-only token included (a token always carries at least one scope).
 */
const ANY_CALLER = SCOPES.map((name) => scope(name));

@Resolver(() => ViewerType)
export class ViewerResolver {
  @Authorized(...ANY_CALLER)
  @Query(() => ViewerType, {
    description:
      'Who is asking, for users and API tokens alike: the kind, the user and role or the token and its scopes, and ' +
      'the units it may submit reports for. Open to every signed-in caller whatever its scopes.',
  })
  async viewer(@CurrentViewer() viewer: Viewer, @Ctx() ctx: Context): Promise<ViewerType> {
    const canWriteAllUnits = writableUnitsOf(viewer).kind === 'ALL';
    if (viewer.tokenId) {
      const token = await new ApiTokensService(ctx.dataSource).findById(viewer.tokenId);
      return {
        kind: ViewerKindEnum.API_TOKEN,
        user: null,
        role: null,
        token: {
          id: viewer.tokenId,
          name: token?.name ?? '',
          scopes: scopeValuesOf(viewer.scopes),
          expiresAt: token?.expiresAt ?? null,
        },
        canWriteAllUnits,
        caller: viewer,
      };
    }
    const user = await accountOf(ctx.dataSource, viewer);
    return { kind: ViewerKindEnum.USER, user, role: viewer.role, token: null, canWriteAllUnits, caller: viewer };
  }

  @FieldResolver(() => UnitConnection, {
    description:
      'The active units submitReport accepts from this caller, by level then code: every unit for an ADMIN or a ' +
      "WRITE_REPORTS token (see canWriteAllUnits), a REPORTER's unit and the units under it, none for anyone else.",
  })
  writableUnits(@Root() answer: ViewerType, @Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    const window = pageWindow(args);
    const writable = writableUnitsOf(answer.caller);
    const units = new UnitsService(ctx.dataSource);
    switch (writable.kind) {
      case 'ALL':
        return units.list({}, window);
      case 'SUBTREE':
        return units.list({ subtreeOf: writable.rootId }, window);
      case 'NONE':
        return connectionOf([], window, 0);
    }
  }
}
