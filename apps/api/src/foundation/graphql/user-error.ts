import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root, registerEnumType } from 'type-graphql';
import { USER_ERROR_CODE_LIST, USER_ERROR_CODES } from '../errors/error-codes';
import type { Problem, ProblemCode } from '../errors/problem';
import { localize, type Message } from '../i18n/message';
import type { Context } from './context';

/** The GraphQL enum of every userError code: its values and their descriptions come from USER_ERROR_CODES. */
export const UserErrorCode = Object.fromEntries(USER_ERROR_CODE_LIST.map((code) => [code, code])) as {
  readonly [Code in ProblemCode]: Code;
};

registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description:
    'Why a mutation wrote nothing: a closed list, stable across versions (new codes may be added). ' +
    'docs/api-errors.md lists them with when each is answered.',
  valuesConfig: Object.fromEntries(
    USER_ERROR_CODE_LIST.map((code) => [code, { description: USER_ERROR_CODES[code] }]),
  ) as { [Code in ProblemCode]: { description: string } },
});

/** A service's `Problem` as GraphQL answers it: the same three fields. */
@ObjectType({ description: 'An expected failure of a mutation; when a payload has any, nothing was written.' })
export class UserError implements Problem {
  @Field(() => UserErrorCode, { description: 'Stable machine-readable code, e.g. DUPLICATE_CODE, STALE, NOT_FOUND.' })
  code: Problem['code'];

  @Field(() => [String], { nullable: true, description: 'Path of the input field at fault, e.g. ["input", "code"].' })
  field: string[] | null;

  @Field(() => String, {
    description: 'Why, in the language `Accept-Language` asks for (vi or en; English by default).',
  })
  message: Message;
}

/** Answers a problem's message in the request's language: chosen once, here, at the edge. */
@Resolver(() => UserError)
export class UserErrorResolver {
  @FieldResolver(() => String)
  message(@Root() problem: Problem, @Ctx() context: Context): string {
    return localize(problem.message, context.language ?? 'en');
  }
}
