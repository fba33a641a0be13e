import { Args, ArgsType, Authorized, Ctx, Field, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, connectionOf, pageWindow } from '../../foundation/graphql/connection';
import type { Context } from '../../foundation/graphql/context';
import { Role } from '../../foundation/access/role';
import { User } from '../users';
import { AuditEntryEntity } from '../../foundation/audit/audit-entry.entity';
import { AuditEntry, AuditEntryConnection } from './audit-entry.type';
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
  async auditEntries(@Args() args: AuditEntriesArgs, @Ctx() ctx: Context) {
    const window = pageWindow(args);
    const query = ctx.dataSource.getRepository(AuditEntryEntity).createQueryBuilder('entry');
    if (args.entityType) query.andWhere('entry.entity_type = :type', { type: args.entityType });
    if (args.entityId) query.andWhere('entry.entity_id = :id', { id: args.entityId });
    const [nodes, total] = await query
      .orderBy('entry.id', 'DESC')
      .offset(window.offset)
      .limit(window.limit)
      .getManyAndCount();
    return connectionOf(nodes, window, total);
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: 'The user who made the change; null for an API token or the system.',
  })
  actor(@Root() entry: AuditEntryEntity, @Ctx() ctx: Context) {
    return entry.actorUserId ? ctx.loaders.of(userById).load(entry.actorUserId) : null;
  }
}
