import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../foundation/graphql/context';
import { CurrentViewer } from '../../foundation/graphql/current-viewer';
import type { Viewer } from '../../foundation/access/viewer';
import { Public } from '../../foundation/graphql/public';
import type { AuthService } from './auth.service';
import { LoginInput, LoginPayload, LogoutInput, LogoutPayload } from './auth.inputs';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => LoginPayload, { description: 'The one operation open without a token.' })
  async login(@Arg('input') input: LoginInput, @Ctx() ctx: Context): Promise<LoginPayload> {
    const outcome = await this.auth.login(input.email, input.password, new Date(), ctx.ip);
    if (outcome.ok) ctx.signedInUserId = outcome.value.user.id;
    return outcome.ok
      ? { ...outcome.value, userErrors: [] }
      : { token: null, user: null, userErrors: outcome.userErrors };
  }

  @Authorized()
  @Mutation(() => LogoutPayload, {
    description: 'Revokes the session of the token used; with `everywhere: true`, every session of its user (audited).',
  })
  async logout(
    @Arg('input', () => LogoutInput, { nullable: true }) input: LogoutInput | null,
    @CurrentViewer() viewer: Viewer,
  ): Promise<LogoutPayload> {
    const sessionsEnded = await this.auth.logout(viewer, new Date(), input?.everywhere === true);
    return { ok: true, sessionsEnded, userErrors: [] };
  }
}
