import { Field, ID, ObjectType } from 'type-graphql';
import { JSONResolver } from 'graphql-scalars';
import { ConnectionType } from '../../foundation/graphql/connection';
import { DateTimeScalar } from '../../foundation/graphql/scalars';

@ObjectType({ description: 'Who changed what, when, through which session or API token, with the old and new values.' })
export class AuditEntry {
  @Field(() => ID) id: string;
  @Field(() => DateTimeScalar) at: Date;
  @Field({ description: 'The mutation, e.g. updateUnit.' }) action: string;
  @Field() entityType: string;
  @Field() entityId: string;
  @Field(() => ID, { nullable: true }) sessionId: string | null;
  @Field(() => ID, { nullable: true }) apiTokenId: string | null;
  @Field(() => JSONResolver, { nullable: true }) before: unknown;
  @Field(() => JSONResolver, { nullable: true }) after: unknown;
  // actor is resolved in AuditResolver.
}

@ObjectType()
export class AuditEntryConnection extends ConnectionType(AuditEntry) {}
