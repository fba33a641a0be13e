import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { Scope } from '../../foundation/access/scopes';
import { Role } from '../../foundation/access/role';
import type { Viewer } from '../../foundation/access/viewer';
import { DateTimeScalar } from '../../foundation/graphql/scalars';
import { User, type UserEntity } from '../users';

export enum ViewerKindEnum {
  USER = 'USER',
  API_TOKEN = 'API_TOKEN',
}
registerEnumType(ViewerKindEnum, {
  name: 'ViewerKind',
  description: 'USER: a person signed in with `login`. API_TOKEN: another app, with a token an administrator made.',
});

/** An API token's scopes as GraphQL enum values; the value behind each is the scope's name (read:units…). */
export enum ApiScopeEnum {
  READ_UNITS = 'read:units',
  READ_REPORTS = 'read:reports',
  READ_RANKINGS = 'read:rankings',
  WRITE_REPORTS = 'write:reports',
}
registerEnumType(ApiScopeEnum, {
  name: 'ApiScope',
  description: 'What an API token may do: READ_UNITS is read:units, WRITE_REPORTS is write:reports, and so on.',
});

/** Every scope has its enum value: the compiler refuses a scope added to SCOPES and not here. */
const SCOPE_VALUES: Readonly<Record<Scope, ApiScopeEnum>> = {
  'read:units': ApiScopeEnum.READ_UNITS,
  'read:reports': ApiScopeEnum.READ_REPORTS,
  'read:rankings': ApiScopeEnum.READ_RANKINGS,
  'write:reports': ApiScopeEnum.WRITE_REPORTS,
};

/** The enum values of the scopes a token carries, in the order of SCOPES; names no longer known are left out. */
export function scopeValuesOf(scopes: readonly string[]): ApiScopeEnum[] {
  return (Object.keys(SCOPE_VALUES) as Scope[])
    .filter((name) => scopes.includes(name))
    .map((name) => SCOPE_VALUES[name]);
}

@ObjectType({ description: 'The API token a request is made with (never its secret).' })
export class ViewerToken {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => [ApiScopeEnum]) scopes: ApiScopeEnum[];
  @Field(() => DateTimeScalar, { nullable: true, description: 'From this instant on it is refused; null: never.' })
  expiresAt: Date | null;
}

@ObjectType('Viewer', {
  description:
    'Who is asking: a signed-in user or an API token, and which units it may report for. Open to every caller, ' +
    'whatever its role or scopes.',
})
export class ViewerType {
  @Field(() => ViewerKindEnum) kind: ViewerKindEnum;
  @Field(() => User, { nullable: true, description: 'The signed-in user, as `me` answers it; null for a token.' })
  user: UserEntity | null;
  @Field(() => Role, { nullable: true, description: "The user's role; null for a token (its scopes apply)." })
  role: Role | null;
  @Field(() => ViewerToken, { nullable: true, description: 'The API token; null for a user.' })
  token: ViewerToken | null;
  @Field({
    description:
      'true when submitReport accepts every (active) unit: an ADMIN, or a token with WRITE_REPORTS. writableUnits ' +
      'then lists every active unit.',
  })
  canWriteAllUnits: boolean;
  /** The caller the answer describes; writableUnits is resolved in ViewerResolver from it. */
  caller: Viewer;
}
