import { Args, ArgsType, Authorized, Ctx, Field, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, pageWindow } from '../../foundation/graphql/connection';
import type { Context } from '../../foundation/graphql/context';
import { Role } from '../../foundation/access/role';
import { User } from '../users';
import { AuditEntryEntity } from '../../foundation/audit/audit-entry.entity';
import { AuditEntry, AuditEntryConnection } from './audit-entry.type';
import { AuditEntriesService } from './audit-entries.service';
import { userById } from '../users';

@ArgsType()
class AuditEntriesArgs extends ConnectionArgs {
  @Field(() => String, {
    nullable: true,
    description: 'e.g. Unit, Campaign, TargetSet, Report, Review, User, ApiToken.',
  })
  entityType?: string | null;
  @Field(() => String, { nullable: true }) entityId?: string | null;
}

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized(Role.ADMIN)
  @Query(() => AuditEntryConnection, { description: 'The audit log, the newest first.' })
  auditEntries(@Args() args: AuditEntriesArgs, @Ctx() ctx: Context) {
    return new AuditEntriesService(ctx.dataSource).list(args, pageWindow(args));
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: 'The user who made the change; null for an API token or the system.',
  })
  actor(@Root() entry: AuditEntryEntity, @Ctx() ctx: Context) {
    return entry.actorUserId ? ctx.loaders.of(userById).load(entry.actorUserId) : null;
  }
}
