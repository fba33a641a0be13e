import { Field, ID, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../foundation/graphql/connection';

@ObjectType({ description: 'An agency or locality that reports and is ranked (đơn vị). Archived, never deleted.' })
export class Unit {
  @Field(() => ID) id: string;
  @Field() code: string;
  @Field() name: string;
  // level, parent, archived, childCount and children are resolved in UnitsResolver.
}

@ObjectType()
export class UnitConnection extends ConnectionType(Unit) {}
