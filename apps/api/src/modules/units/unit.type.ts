import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../foundation/graphql/connection';
import { DateTimeScalar } from '../../foundation/graphql/scalars';

export enum UnitOrderEnum {
  DEFAULT = 'DEFAULT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(UnitOrderEnum, {
  name: 'UnitOrder',
  description: 'The order of units(…).',
  valuesConfig: {
    DEFAULT: { description: 'By level, then code; offset cursors (a row added before one shifts the rest).' },
    UPDATED_AT: {
      description:
        'By last change (updatedAt) ascending, then id; keyset cursors: paging never skips or repeats a unit that ' +
        'does not change meanwhile, and a unit that changes moves to the end.',
    },
  },
});

@ObjectType({ description: 'An agency or locality that reports and is ranked (đơn vị). Archived, never deleted.' })
export class Unit {
  @Field(() => ID) id: string;
  @Field() code: string;
  @Field() name: string;
  @Field(() => DateTimeScalar, {
    description:
      'When ThiĐua last changed the unit (created, renamed, given a new code, level or parent, archived, imported), ' +
      'to the millisecond; see units(updatedSince, orderBy).',
  })
  updatedAt: Date;
  // level, parent, archived, childCount and children are resolved in UnitsResolver.
}

@ObjectType()
export class UnitConnection extends ConnectionType(Unit) {}
